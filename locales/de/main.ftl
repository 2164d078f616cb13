# Oberflächentexte des Leitfadens auf Deutsch. Die Texte des Themes sind eingebaut
# (themes/default/locales/de/theme.ftl); hier steht, was nur diese Website betrifft.
site-title = Europäischer Patientenleitfaden Immuntherapie
