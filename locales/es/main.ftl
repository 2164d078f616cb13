# Textos de la guía en español. Los textos del tema están incorporados
# (themes/default/locales/es/theme.ftl); aquí está lo que solo afecta a esta web.
site-title = Guía europea para pacientes sobre inmunoterapia

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (una organización benéfica ficticia)
site-funding = Esta guía es un texto de ejemplo, escrito por voluntarios de Example Patient Coalition, una organización benéfica ficticia. Ningún médico ni enfermero la ha revisado. No tiene financiación comercial y ningún patrocinador la ha visto ni ha influido en ella.
