# Vadovo tekstai lietuvių kalba, susiję tik su šia svetaine.
site-title = Europos imunoterapijos vadovas pacientams

# Organizacijos pavadinimas ir finansavimo pareiškimas iš site.yaml, šia kalba.
site-organisation = Example Patient Coalition (išgalvota labdaros organizacija)
site-funding = Šis vadovas yra pavyzdinis tekstas, kurį parašė išgalvotos labdaros organizacijos Example Patient Coalition savanoriai. Jo netikrino nė vienas gydytojas ar slaugytojas. Jis neturi komercinio finansavimo, joks rėmėjas jo nematė ir jam nedarė įtakos.
