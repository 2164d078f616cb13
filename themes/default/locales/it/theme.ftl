# Testi del tema predefinito di leafpress in italiano. Un sito può sostituirli, messaggio per
# messaggio, in locales/it/*.ftl.
# Forma di cortesia dei fogli illustrativi: "lei" (terza persona), con la minuscola.

## Tutto il sito

skip-to-content = Vai al contenuto principale
site-navigation = Link del sito
home = Pagina iniziale
all-languages = Tutte le lingue
language-picker-title = Scelga la sua lingua
language-picker-intro = Questa guida è disponibile in queste lingue.
language-switcher = Legga questa pagina in un'altra lingua
language-label = Lingua:

## Pagine delle schede

table-of-contents = In questa pagina
# $language: il nome della lingua mostrata, in quella lingua.
not-translated = Questa pagina non è ancora stata tradotta in italiano. Qui sotto trova il testo in questa lingua: { $language }.
translation-unreviewed = Questa traduzione non è ancora stata controllata da un revisore.
# Formulato senza articolo prima della data, per evitare "il 8" / "il 11".
translation-outdated = L'originale di questa pagina è stato aggiornato. Data dell'aggiornamento: { $date }. Questa traduzione potrebbe non essere aggiornata.
translation-outdated-undated = L'originale di questa pagina è stato aggiornato dopo questa traduzione. La traduzione potrebbe non essere aggiornata.
translation-outdated-link = Legga l'originale ({ $language })
last-reviewed = Ultima revisione della pagina: { $date }
next-review = Prossima revisione prevista: { $date }
authors = Scritto da: { $names }
reviewers = Revisionato da: { $names }
sources = Fonti
funding = Finanziamenti e sponsor
published-by = Pubblicato da { $organisation }
contact-us = Contatti: { $contact }
medical-disclaimer = Questa guida dà informazioni generali. Non sostituisce i consigli dei suoi medici e infermieri.
back-to-top = Torna all'inizio
breadcrumb = Si trova qui
previous-leaflet = Scheda precedente
next-leaflet = Scheda successiva
all-leaflets = Tutte le schede

## Schede per gli operatori sanitari (front matter `audience:`)

audience-professionals = Per gli operatori sanitari
audience-professionals-note = Questa pagina è scritta per medici, infermieri e altri operatori sanitari. Se è un paziente o assiste una persona malata, le altre schede di questa guida sono scritte per lei.

## Schede stampate: testi che compaiono solo su carta

print-online = Legga questa scheda online, sempre aggiornata:
print-qr = Codice QR dell'indirizzo web di questa pagina
translators = Tradotto da: { $names }
translated-from-reviewed = Tradotto dalla versione originale ({ $language }). Ultima revisione dell'originale: { $date }.
translated-from = Tradotto dalla versione originale ({ $language }).
source-last-reviewed = Ultima revisione del testo di questa pagina ({ $language }): { $date }.

## Riquadri (callout): blocchi segnati con `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` o `> [!CAUTION]`. Ogni messaggio è il titolo del riquadro.

callout-note = Nota
callout-tip = Consiglio
callout-important = Importante
callout-warning = Attenzione
callout-caution = Urgente

## Aiuto immediato: riquadro in alto in ogni scheda e pagina iniziale, se site.yaml contiene
## `emergency:`. È sempre nella lingua del lettore, anche su una pagina in un'altra lingua.

urgent-help-heading = Chieda aiuto subito
urgent-help-emergency = Se ha forte difficoltà a respirare, dolore al petto o convulsioni, se sviene, o se pensa che la sua vita sia in pericolo:
urgent-help-call = Chiami il { $number }
urgent-help-team = Per qualsiasi altro sintomo nuovo o che peggiora, chiami subito il numero attivo 24 ore della sua équipe di cura, di giorno o di notte. Non aspetti la prossima visita.
urgent-help-helpline = Il nostro numero di assistenza: { $number }
urgent-help-signs = Segnali di allarme degli effetti collaterali

## Pagina iniziale di una lingua

leaflets = Le schede di questa guida
# $count: il numero di schede. Categorie plurali CLDR dell'italiano: one, many, other
# ("many" vale solo per i milioni esatti; la forma è la stessa di "other").
leaflet-count = { $count ->
    [one] Una scheda
    [many] { $count } schede
   *[other] { $count } schede
}
in-other-language = ({ $language })
# $translated: schede tradotte; $total: schede della guida (categorie come in leaflet-count).
language-coverage = { $total ->
    [one] { $translated } di { $total } scheda
    [many] { $translated } di { $total } schede
   *[other] { $translated } di { $total } schede
}
language-coverage-none = Per ora solo in questa lingua: { $language }

## Date, nella forma lunga italiana: "15 ottobre 2026", "1º marzo 2027" (mesi con la minuscola).

date = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }

## Pagina per i traduttori (translation-status/index.html), non collegata alle pagine per i pazienti

translation-status = Stato delle traduzioni
translation-status-intro = Quali schede sono tradotte in ogni lingua, e se ogni traduzione è stata fatta sulla versione attuale dell'originale.
translation-state-current = aggiornata
translation-state-outdated = non aggiornata
translation-state-unknown = sconosciuta
translation-state-missing = mancante
translation-review-pending = da revisionare
translation-reviewed-on = revisionata: { $date }
translated-percent = { $percent }% delle parole dell'originale tradotte, { $current }% aggiornate

## Rapporto per la redazione (quality/<lang>/index.html)

quality-report = Rapporto sulla qualità
quality-report-intro = Leggibilità e date di revisione di ogni scheda in questa lingua, al { $date }. I punteggi invitano a rileggere il testo, non sono un giudizio.
quality-readability = Leggibilità
quality-sentence-length = Parole per frase
quality-next-review = Prossima revisione
review-state-overdue = scaduta
review-state-due-soon = in scadenza
review-state-ok = nei tempi
review-state-missing = nessuna data

## Pagina non trovata (404.html)

page-not-found = Pagina non trovata
page-not-found-help = Non abbiamo trovato questa pagina. Forse è stata spostata. Ricominci dalla pagina iniziale.

## Tessera di allerta da stampare (modello alert-card.html), nel formato di una carta bancaria

alert-card-title = Tessera di allerta immunoterapia
alert-card-print-help = Stampi questa pagina, ritagli la tessera lungo il bordo, la pieghi a metà e la compili a mano.
alert-card-carry = Ricevo o ho ricevuto un'immunoterapia contro il cancro.
alert-card-carry-help = Porti sempre con sé questa tessera, anche dopo la fine della cura. La mostri a ogni medico, infermiere o farmacista.
alert-card-name = Nome e cognome
alert-card-phone = Telefono
alert-card-emergency-contact = Contatto in caso di emergenza
alert-card-medicines = Farmaco/i di immunoterapia
alert-card-started = Inizio della cura
alert-card-last-dose = Ultima dose
alert-card-centre = Centro di cura
alert-card-phone-24h = Numero di telefono attivo 24 ore
alert-card-warning-heading = Segnali di allarme: chiamare subito il numero attivo 24 ore
alert-card-sign-skin = Pelle: eruzione cutanea, prurito, vesciche
alert-card-sign-gut = Intestino: diarrea, mal di pancia, sangue nelle feci
alert-card-sign-lungs = Polmoni: tosse nuova, fiato corto, dolore al petto
alert-card-sign-liver = Fegato: pelle od occhi gialli, urina scura
alert-card-sign-hormones = Ghiandole ormonali: forte stanchezza, mal di testa, capogiri
alert-card-sign-sugar = Zucchero nel sangue: molta sete, urinare molto
alert-card-sign-heart = Cuore e nervi: battito accelerato, debolezza muscolare, vista doppia
alert-card-for-clinicians = Agli operatori sanitari: l'immunoterapia può causare gravi infiammazioni immuno-correlate di qualsiasi organo, anche mesi dopo la fine della cura. Contattare l'équipe oncologica prima di trattare il paziente.
alert-card-report = Segnalare i sospetti effetti collaterali all'équipe di cura o all'agenzia nazionale dei medicinali.
alert-card-oncologist = Medico oncologo
alert-card-steroids = Compresse di ormoni o cortisone che prendo
alert-card-emergency-number = Numero di emergenza
alert-card-fold = Piegare qui
alert-card-clinicians-heading = Per medici e infermieri

## Libretto stampato di una lingua (leafpress pdf --booklet)

booklet-contents = Indice
booklet-online = Questa guida online, sempre aggiornata:
# Senza articolo prima della data, come in translation-outdated.
booklet-printed = Data di stampa: { $date }. All'indirizzo web qui sopra trova sempre la versione più recente.
booklet-reviewed = Ultima revisione delle schede: { $date }
booklet-next-review = Prossima revisione prevista entro: { $date }

## Ricerca: la casella in alto in ogni pagina e la pagina di ricerca

search-label = Cerca nella guida
search-button = Cerca
search-title = Ricerca
search-loading = Ricerca in corso…
search-results = { $count ->
    [0] Non abbiamo trovato nulla per «{ $query }».
    [one] Abbiamo trovato una pagina per «{ $query }».
    [many] Abbiamo trovato { $count } pagine per «{ $query }».
   *[other] Abbiamo trovato { $count } pagine per «{ $query }».
}
search-no-results-help = Provi con un'altra parola o con una più corta. Può anche guardare qui sotto gli argomenti dalla A alla Z.
search-topics = Argomenti dalla A alla Z
search-no-script = Questo browser non esegue JavaScript, che serve per la ricerca. Qui sotto trova tutti gli argomenti di questa guida, dalla A alla Z.
search-glossary-word = (glossario)
