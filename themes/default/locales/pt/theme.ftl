# Textos do tema incorporado, em português. Um site pode substituí-los, mensagem a mensagem,
# em locales/pt/*.ftl.

## Todo o site

skip-to-content = Ir para o conteúdo principal
site-navigation = Ligações do site
home = Início
all-languages = Todos os idiomas
language-picker-title = Escolha o seu idioma
language-picker-intro = Este guia está disponível nestes idiomas.
language-switcher = Ler esta página noutro idioma
language-label = Idioma:

## Páginas dos folhetos

table-of-contents = Nesta página
not-translated = Esta página ainda não foi traduzida para português. Abaixo encontra o texto neste idioma: { $language }.
translation-unreviewed = Esta tradução ainda não foi verificada por um revisor.
translation-outdated = O original desta página foi atualizado em { $date }. Esta tradução pode estar desatualizada.
translation-outdated-undated = O original desta página foi atualizado depois de esta tradução ter sido feita. A tradução pode estar desatualizada.
translation-outdated-link = Ler o original ({ $language })
last-reviewed = Última revisão da página: { $date }
next-review = Próxima revisão prevista: { $date }
authors = Escrito por: { $names }
reviewers = Revisto por: { $names }
sources = Fontes
funding = Financiamento e patrocínio
published-by = Publicado por { $organisation }
contact-us = Contacte-nos: { $contact }
medical-disclaimer = Este guia dá informações gerais. Não substitui os conselhos dos seus médicos e enfermeiros.
back-to-top = Voltar ao início
breadcrumb = Está aqui
previous-leaflet = Folheto anterior
next-leaflet = Folheto seguinte
all-leaflets = Todos os folhetos

## Folhetos para profissionais de saúde (front matter `audience:`)

audience-professionals = Para profissionais de saúde
audience-professionals-note = Esta página foi escrita para médicos, enfermeiros e outros profissionais de saúde. Se é doente ou cuidador, os outros folhetos deste guia foram escritos para si.

## Folhetos impressos: só em papel

print-online = Leia este folheto na Internet, sempre atualizado:
print-qr = Código QR do endereço desta página na Internet
translators = Traduzido por: { $names }
translated-from-reviewed = Traduzido do original ({ $language }). O original foi revisto pela última vez em { $date }.
translated-from = Traduzido do original ({ $language }).
source-last-reviewed = O texto desta página ({ $language }) foi revisto pela última vez em { $date }.

## Caixas de destaque (callouts): blocos marcados com `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` ou `> [!CAUTION]`. Cada mensagem é o título da caixa.

callout-note = Nota
callout-tip = Dica
callout-important = Importante
callout-warning = Aviso
callout-caution = Urgente

## Ajuda urgente: caixa no topo de cada página de folheto e da página inicial, quando o site.yaml
## define `emergency:`. Está sempre no idioma do leitor, mesmo numa página com texto noutro idioma.

urgent-help-heading = Ajuda urgente
urgent-help-emergency = Se tiver muita dificuldade em respirar, dor no peito ou uma convulsão, se desmaiar, ou se achar que a sua vida está em perigo:
urgent-help-call = Ligue { $number }
urgent-help-team = Se tiver qualquer outro sintoma novo ou que esteja a piorar, ligue imediatamente para o telefone disponível 24 horas da sua equipa de saúde, de dia ou de noite. Não espere pela próxima consulta.
urgent-help-helpline = A nossa linha de apoio: { $number }
urgent-help-signs = Sinais de alerta de efeitos secundários

## Página inicial de um idioma

leaflets = Folhetos deste guia
# Categorias de plural do português no CLDR: one (0 e 1), many (milhões: «1 milhão de folhetos») e other.
leaflet-count = { $count ->
    [one] { $count } folheto
    [many] { $count } de folhetos
   *[other] { $count } folhetos
}
in-other-language = ({ $language })
# $translated: folhetos traduzidos; $total: folhetos do guia (categorias como em leaflet-count).
language-coverage = { $total ->
    [one] { $translated } de { $total } folheto
    [many] { $translated } de { $total } de folhetos
   *[other] { $translated } de { $total } folhetos
}
language-coverage-none = Por enquanto, só neste idioma: { $language }

## Datas: «15 de outubro de 2026» (meses com minúscula)

date = { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }

## Página para tradutores (translation-status/index.html)

translation-status = Estado das traduções
translation-status-intro = Que folhetos estão traduzidos em cada idioma e se cada tradução foi feita a partir da versão atual do original.
translation-state-current = atualizada
translation-state-outdated = desatualizada
translation-state-unknown = desconhecida
translation-state-missing = em falta
translation-review-pending = revisão pendente
translation-reviewed-on = revista em { $date }
translated-percent = { $percent }% das palavras do original traduzidas, { $current }% atualizadas

## Relatório para a equipa editorial (quality/<lang>/index.html)

quality-report = Relatório de qualidade
quality-report-intro = Legibilidade e datas de revisão de cada folheto neste idioma, em { $date }. As pontuações são um convite a rever o texto, não um veredicto.
quality-readability = Legibilidade
quality-sentence-length = Palavras por frase
quality-next-review = Próxima revisão
review-state-overdue = em atraso
review-state-due-soon = para breve
review-state-ok = dentro do prazo
review-state-missing = sem data

## Página não encontrada (404.html)

page-not-found = Página não encontrada
page-not-found-help = Não conseguimos encontrar esta página. Pode ter mudado de lugar. Por favor, comece de novo a partir da página inicial.

## Cartão de alerta para imprimir, do tamanho de um cartão bancário

alert-card-title = Cartão de alerta de imunoterapia
alert-card-print-help = Imprima esta página, recorte o cartão pelo contorno, dobre-o ao meio e preencha-o à mão.
alert-card-carry = Estou a fazer ou já fiz imunoterapia contra o cancro.
alert-card-carry-help = Traga sempre este cartão consigo, mesmo depois de terminar o tratamento. Mostre-o a qualquer médico, enfermeiro ou farmacêutico.
alert-card-name = Nome
alert-card-phone = Telefone
alert-card-emergency-contact = Contacto de emergência
alert-card-medicines = Medicamento(s) de imunoterapia
alert-card-started = Início do tratamento
alert-card-last-dose = Última dose
alert-card-centre = Centro de tratamento
alert-card-phone-24h = Telefone disponível 24 horas
alert-card-warning-heading = Sinais de alerta: ligue imediatamente para o telefone disponível 24 horas
alert-card-sign-skin = Pele: erupção, comichão, bolhas
alert-card-sign-gut = Intestino: diarreia, dor de barriga, sangue nas fezes
alert-card-sign-lungs = Pulmões: tosse nova, falta de ar, dor no peito
alert-card-sign-liver = Fígado: pele ou olhos amarelos, urina escura
alert-card-sign-hormones = Glândulas hormonais: cansaço intenso, dor de cabeça, tonturas
alert-card-sign-sugar = Açúcar no sangue: muita sede, urinar muito
alert-card-sign-heart = Coração e nervos: coração acelerado, fraqueza muscular, visão dupla
alert-card-for-clinicians = Aos profissionais de saúde: a imunoterapia pode causar inflamação imunomediada grave em qualquer órgão, mesmo meses após o fim do tratamento. Por favor, contactem a equipa de oncologia antes de tratar o doente.
alert-card-report = Comunique suspeitas de efeitos secundários à sua equipa de saúde ou à autoridade do medicamento do seu país.
alert-card-oncologist = Médico do cancro (oncologista)
alert-card-steroids = Comprimidos de hormonas ou corticoides que tomo
alert-card-emergency-number = Número de emergência
alert-card-fold = Dobrar aqui
alert-card-clinicians-heading = Para médicos e enfermeiros

## Caderno impresso de um idioma (leafpress pdf --booklet)

booklet-contents = Índice
booklet-online = Este guia na Internet, sempre atualizado:
booklet-printed = Impresso em { $date }. No endereço acima encontra sempre a versão mais recente.
booklet-reviewed = Última revisão dos folhetos: { $date }
booklet-next-review = Data limite da próxima revisão: { $date }

## Pesquisa: a caixa no topo de cada página de um idioma e a página de pesquisa desse idioma

search-label = Pesquisar neste guia
search-button = Pesquisar
search-title = Pesquisa
search-loading = A pesquisar…
search-results = { $count ->
    [0] Não encontrámos nada para «{ $query }».
    [one] Encontrámos { $count } página para «{ $query }».
    [many] Encontrámos { $count } de páginas para «{ $query }».
   *[other] Encontrámos { $count } páginas para «{ $query }».
}
search-no-results-help = Experimente outra palavra ou uma mais curta. Também pode ver os temas de A a Z, mais abaixo.
search-topics = Temas de A a Z
search-no-script = Este navegador não está a usar JavaScript, que é preciso para pesquisar. Todos os temas deste guia estão mais abaixo, de A a Z.
search-glossary-word = (glossário)
