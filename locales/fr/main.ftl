# Textes de l'interface du guide, en français. Les textes du thème sont intégrés
# (themes/default/locales/fr/theme.ftl) ; ici se trouve ce qui ne concerne que ce site.
site-title = Guide européen de l'immunothérapie pour les patients

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (une association fictive)
site-funding = Ce guide est un texte d'exemple, écrit par des bénévoles de l'Example Patient Coalition, une association fictive. Aucun médecin et aucun infirmier ne l'a vérifié. Il n'a aucun financement commercial, et aucun sponsor ne l'a vu ni influencé.
