# Oberflächentexte des Leitfadens auf Deutsch. Die Texte des Themes sind eingebaut
# (themes/default/locales/de/theme.ftl); hier steht, was nur diese Website betrifft.
site-title = Europäischer Patientenleitfaden Immuntherapie

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (ein erfundener gemeinnütziger Verein)
site-funding = Dieser Leitfaden wird von Ehrenamtlichen der Example Patient Coalition geschrieben und geprüft, eines erfundenen gemeinnützigen Vereins. Er hat keine kommerzielle Finanzierung, und kein Sponsor hat ihn gesehen oder beeinflusst.
