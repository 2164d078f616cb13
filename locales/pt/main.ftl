# Textos da interface do guia em português. Os textos do tema estão incorporados
# (themes/default/locales/pt/theme.ftl); aqui está apenas o que diz respeito a este site.
site-title = Guia europeu sobre imunoterapia para doentes

# Nome da organização e declaração sobre o financiamento, do site.yaml, neste idioma.
site-organisation = Example Patient Coalition (uma instituição de solidariedade fictícia)
site-funding = Este guia é um texto de exemplo, escrito por voluntários da Example Patient Coalition, uma instituição de solidariedade fictícia. Nenhum médico ou enfermeiro o verificou. Não tem financiamento comercial e nenhum patrocinador o viu ou influenciou.
