# Vadovo tekstai lietuvių kalba, susiję tik su šia svetaine.
site-title = Europos imunoterapijos vadovas pacientams

# Organizacijos pavadinimas ir finansavimo pareiškimas iš site.yaml, šia kalba.
site-organisation = Example Patient Coalition (išgalvota labdaros organizacija)
site-funding = Šį vadovą rašo ir peržiūri išgalvotos labdaros organizacijos Example Patient Coalition savanoriai. Jis neturi komercinio finansavimo. Joks rėmėjas jo nematė ir jam nedarė įtakos.
