# Textos da interface do guia em português. Os textos do tema estão incorporados
# (themes/default/locales/pt/theme.ftl); aqui está apenas o que diz respeito a este site.
site-title = Guia europeu sobre imunoterapia para doentes
