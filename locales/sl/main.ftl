# Besedila vodnika v slovenščini, ki se nanašajo samo na to spletno mesto.
site-title = Evropski vodnik o imunoterapiji za bolnike

# Ime organizacije in izjava o financiranju iz site.yaml v tem jeziku.
site-organisation = Example Patient Coalition (izmišljena dobrodelna organizacija)
site-funding = Ta vodnik pišejo in pregledujejo prostovoljci Example Patient Coalition, izmišljene dobrodelne organizacije. Nima komercialnega financiranja in noben sponzor ga ni videl niti nanj vplival.
