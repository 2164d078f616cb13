# Teksty interfejsu poradnika po polsku. Teksty motywu są wbudowane
# (themes/default/locales/pl/theme.ftl); tutaj jest to, co dotyczy tylko tej strony.
site-title = Immunoterapia – europejski poradnik dla pacjentów

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (fikcyjna organizacja charytatywna)
site-funding = Ten poradnik to przykładowy tekst napisany przez wolontariuszy Example Patient Coalition, fikcyjnej organizacji charytatywnej. Nie sprawdził go żaden lekarz ani żadna pielęgniarka. Nie ma finansowania komercyjnego i żaden sponsor go nie widział ani nie miał na niego wpływu.
