# Oberflächentexte des Leitfadens auf Deutsch. Die Texte des Themes sind eingebaut
# (themes/default/locales/de/theme.ftl); hier steht, was nur diese Website betrifft.
site-title = Europäischer Patientenleitfaden Immuntherapie

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (ein erfundener gemeinnütziger Verein)
site-funding = Dieser Leitfaden ist ein Beispieltext. Ehrenamtliche der Example Patient Coalition haben ihn geschrieben. Die Example Patient Coalition ist ein erfundener gemeinnütziger Verein. Keine Ärztin, kein Arzt und keine Pflegekraft hat ihn geprüft. Er hat keine kommerzielle Finanzierung, und kein Sponsor hat ihn gesehen oder beeinflusst.
