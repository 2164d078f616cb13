# Tekstovi vodiča na hrvatskom koji se odnose samo na ovo mrežno mjesto.
site-title = Europski vodič za pacijente o imunoterapiji
