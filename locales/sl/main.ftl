# Besedila vodnika v slovenščini, ki se nanašajo samo na to spletno mesto.
site-title = Evropski vodnik o imunoterapiji za bolnike

# Ime organizacije in izjava o financiranju iz site.yaml v tem jeziku.
site-organisation = Example Patient Coalition (izmišljena dobrodelna organizacija)
site-funding = Ta vodnik je primer besedila. Napisali so ga prostovoljci organizacije Example Patient Coalition, izmišljene dobrodelne organizacije. Preveril ga ni noben zdravnik ali medicinska sestra. Nima komercialnega financiranja in noben sponzor ga ni videl niti nanj vplival.
