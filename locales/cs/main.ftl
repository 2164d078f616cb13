# Texty průvodce v češtině, které se týkají jen tohoto webu.
site-title = Evropský průvodce imunoterapií pro pacienty
