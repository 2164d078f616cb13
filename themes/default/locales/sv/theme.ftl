# Texter för det inbyggda temat på svenska. En webbplats kan ersätta dem, meddelande för meddelande,
# i locales/sv/*.ftl.

## Hela webbplatsen

skip-to-content = Hoppa till huvudinnehållet
site-navigation = Webbplatsens länkar
home = Startsida
all-languages = Alla språk
language-picker-title = Välj ditt språk
language-picker-intro = Den här guiden finns på följande språk.
language-switcher = Läs den här sidan på ett annat språk
language-label = Språk:

## Broschyrsidor

table-of-contents = På den här sidan
not-translated = Den här sidan har ännu inte översatts till svenska. Nedan finns texten på det här språket: { $language }.
translation-unreviewed = Den här översättningen har ännu inte kontrollerats av en granskare.
translation-outdated = Originalet till den här sidan uppdaterades den { $date }. Översättningen kan vara inaktuell.
translation-outdated-undated = Originalet till den här sidan har uppdaterats sedan översättningen gjordes. Översättningen kan vara inaktuell.
translation-outdated-link = Läs originalet ({ $language })
last-reviewed = Sidan granskades senast: { $date }
next-review = Nästa granskning: { $date }
authors = Skriven av: { $names }
reviewers = Granskad av: { $names }
sources = Källor
funding = Finansiering och sponsring
published-by = Utgiven av { $organisation }
contact-us = Kontakta oss: { $contact }
medical-disclaimer = Den här guiden ger allmän information. Den ersätter inte råd från dina egna läkare och sjuksköterskor.
back-to-top = Tillbaka till början
breadcrumb = Du är här
previous-leaflet = Föregående broschyr
next-leaflet = Nästa broschyr
all-leaflets = Alla broschyrer

## Broschyrer för hälso- och sjukvårdspersonal (front matter `audience:`)

audience-professionals = För hälso- och sjukvårdspersonal
audience-professionals-note = Den här sidan är skriven för läkare, sjuksköterskor och annan hälso- och sjukvårdspersonal. Om du är patient eller närstående är guidens andra broschyrer skrivna för dig.

## Utskrivna broschyrer: visas bara på papper

print-online = Läs broschyren på nätet – där är den alltid aktuell:
print-qr = QR-kod till den här sidans webbadress
translators = Översatt av: { $names }
translated-from-reviewed = Översatt från originalet ({ $language }), som senast granskades den { $date }.
translated-from = Översatt från originalet ({ $language }).
source-last-reviewed = Texten på den här sidan ({ $language }) granskades senast den { $date }.

## Faktarutor (callouts): block som markerats med `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` eller `> [!CAUTION]`. Varje meddelande är rutans rubrik.

callout-note = Obs
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Brådskande

## Akut hjälp: en ruta högst upp på varje broschyrsida och startsida, när site.yaml anger `emergency:`.
## Den är alltid på läsarens språk, även på en sida vars text är på ett annat språk.

urgent-help-heading = Akut hjälp
urgent-help-emergency = Om du har mycket svårt att andas, har bröstsmärtor eller krampanfall, om du faller ihop eller om du tror att ditt liv är i fara:
urgent-help-call = Ring { $number }
urgent-help-team = Får du något annat nytt symtom, eller blir ett symtom värre? Ring genast ditt vårdteams telefonnummer som är öppet dygnet runt, dag som natt. Vänta inte till ditt nästa besök.
urgent-help-helpline = Vår stödlinje: { $number }
urgent-help-signs = Varningstecken på biverkningar

## Startsidan för ett språk

leaflets = Broschyrer i den här guiden
leaflet-count = { $count ->
    [one] En broschyr
   *[other] { $count } broschyrer
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } av { $total } broschyr
   *[other] { $translated } av { $total } broschyrer
}
language-coverage-none = Än så länge bara på { $language }

## Datum: ”15 oktober 2026” (månader med liten bokstav)

date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

## Sida för översättare (translation-status/index.html)

translation-status = Översättningsstatus
translation-status-intro = Vilka broschyrer som har översatts till varje språk, och om varje översättning har gjorts från den aktuella versionen av originalet.
translation-state-current = aktuell
translation-state-outdated = inaktuell
translation-state-unknown = okänd
translation-state-missing = saknas
translation-review-pending = granskning väntar
translation-reviewed-on = granskad { $date }
translated-percent = { $percent } % av originalets ord översatta, { $current } % aktuella

## Rapport för redaktionen (quality/<lang>/index.html)

quality-report = Kvalitetsrapport
quality-report-intro = Läsbarhet och granskningsdatum för varje broschyr på det här språket, läget den { $date }. Poängen är en uppmaning att titta en gång till, inte ett slutgiltigt omdöme.
quality-readability = Läsbarhet
quality-sentence-length = Ord per mening
quality-next-review = Nästa granskning
review-state-overdue = försenad
review-state-due-soon = snart dags
review-state-ok = i tid
review-state-missing = inget datum

## Sidan hittades inte (404.html)

page-not-found = Sidan hittades inte
page-not-found-help = Vi kunde inte hitta den här sidan. Den kan ha flyttats. Börja gärna om från startsidan.

## Varningskort att skriva ut, i bankkortsformat

alert-card-title = Varningskort för immunterapi
alert-card-print-help = Skriv ut den här sidan, klipp ut kortet längs kanten, vik det på mitten och fyll i det för hand.
alert-card-carry = Jag får eller har fått immunterapi mot cancer.
alert-card-carry-help = Ha alltid det här kortet med dig, även när din behandling är avslutad. Visa det för varje läkare, sjuksköterska eller farmaceut som du träffar.
alert-card-name = Namn
alert-card-phone = Telefon
alert-card-emergency-contact = Kontaktperson vid nödfall
alert-card-medicines = Läkemedel för immunterapi
alert-card-started = Behandlingsstart
alert-card-last-dose = Senaste dos
alert-card-centre = Behandlande enhet
alert-card-phone-24h = Telefonnummer som är öppet dygnet runt
alert-card-warning-heading = Varningstecken: ring genast numret som är öppet dygnet runt
alert-card-sign-skin = Hud: utslag, klåda, blåsor
alert-card-sign-gut = Tarm: diarré, magsmärtor, blod i avföringen
alert-card-sign-lungs = Lungor: ny hosta, andfåddhet, bröstsmärtor
alert-card-sign-liver = Lever: gul hud eller gula ögon, mörk urin
alert-card-sign-hormones = Hormonkörtlar: svår trötthet, huvudvärk, yrsel
alert-card-sign-sugar = Blodsocker: stark törst, stora urinmängder
alert-card-sign-heart = Hjärta och nerver: snabb puls, muskelsvaghet, dubbelseende
alert-card-for-clinicians = Till hälso- och sjukvårdspersonal: immunterapi kan orsaka allvarlig immunrelaterad inflammation i vilket organ som helst, även flera månader efter avslutad behandling. Kontakta det onkologiska teamet före behandling.
alert-card-report = Rapportera misstänkta biverkningar till ditt vårdteam eller till läkemedelsmyndigheten i ditt land.
alert-card-oncologist = Cancerläkare (onkolog)
alert-card-steroids = Hormontabletter eller kortison som jag tar
alert-card-emergency-number = Nödnummer
alert-card-fold = Vik här
alert-card-clinicians-heading = Till läkare och sjuksköterskor

## Tryckt häfte för ett språk (leafpress pdf --booklet)

booklet-contents = Innehåll
booklet-online = Guiden på nätet – där är den alltid aktuell:
booklet-printed = Utskriven den { $date }. På webbadressen ovan finns alltid den senaste versionen.
booklet-reviewed = Broschyrerna granskades senast: { $date }
booklet-next-review = Nästa granskning senast: { $date }

## Sök: sökrutan högst upp på varje sida på ett språk, och språkets söksida

search-label = Sök i den här guiden
search-button = Sök
search-title = Sök
search-loading = Söker…
search-results = { $count ->
    [0] Inget hittades för ”{ $query }”.
    [one] En sida hittades för ”{ $query }”.
   *[other] { $count } sidor hittades för ”{ $query }”.
}
search-no-results-help = Prova ett annat eller kortare ord, eller titta bland ämnena från A till Ö här nedanför.
search-topics = Ämnen från A till Ö
search-no-script = Den här webbläsaren kör inte JavaScript, som behövs för att söka. Alla ämnen i guiden finns här nedanför, från A till Ö.
search-glossary-word = (ordlista)
