# Textele ghidului în limba română care privesc doar acest site.
site-title = Ghid european despre imunoterapie pentru pacienți
