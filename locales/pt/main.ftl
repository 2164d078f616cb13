# Textos da interface do guia em português. Os textos do tema estão incorporados
# (themes/default/locales/pt/theme.ftl); aqui está apenas o que diz respeito a este site.
site-title = Guia europeu sobre imunoterapia para doentes

# Nome da organização e declaração sobre o financiamento, do site.yaml, neste idioma.
site-organisation = Example Patient Coalition (uma instituição de solidariedade fictícia)
site-funding = Este guia é escrito e revisto por voluntários da Example Patient Coalition, uma instituição de solidariedade fictícia. Não tem financiamento comercial e nenhum patrocinador o viu ou influenciou.
