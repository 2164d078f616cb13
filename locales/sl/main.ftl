# Besedila vodnika v slovenščini, ki se nanašajo samo na to spletno mesto.
site-title = Evropski vodnik o imunoterapiji za bolnike
