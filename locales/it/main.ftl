# Testi dell'interfaccia della guida in italiano. I testi del tema sono inclusi
# (themes/default/locales/it/theme.ftl); qui c'è solo ciò che riguarda questo sito.
site-title = Guida europea per i pazienti sull'immunoterapia

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (un'associazione di fantasia)
site-funding = Questa guida è un testo di esempio, scritto da volontari della Example Patient Coalition, un'associazione di fantasia. Nessun medico o infermiere l'ha controllata. Non ha finanziamenti commerciali e nessuno sponsor l'ha vista o influenzata.
