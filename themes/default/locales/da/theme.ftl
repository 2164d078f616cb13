# Det indbyggede temas tekster på dansk. Et websted kan erstatte dem, besked for besked,
# i locales/da/*.ftl.
## Hele webstedet

skip-to-content = Gå til hovedindholdet
site-navigation = Links på webstedet
home = Forside
all-languages = Alle sprog
language-picker-title = Vælg dit sprog
language-picker-intro = Denne guide findes på disse sprog.
language-switcher = Læs denne side på et andet sprog
language-label = Sprog:

## Pjecer

table-of-contents = På denne side
not-translated = Denne side er endnu ikke oversat til dansk. Nedenfor står teksten på dette sprog: { $language }.
translation-unreviewed = Denne oversættelse er endnu ikke blevet gennemgået af en fagperson.
translation-outdated = Originalen til denne side blev opdateret den { $date }. Denne oversættelse er måske ikke længere opdateret.
translation-outdated-undated = Originalen til denne side er blevet opdateret, siden denne oversættelse blev lavet. Den er måske ikke længere opdateret.
translation-outdated-link = Læs originalen ({ $language })
last-reviewed = Siden blev senest gennemgået: { $date }
next-review = Næste gennemgang: { $date }
authors = Skrevet af: { $names }
reviewers = Gennemgået af: { $names }
sources = Kilder
funding = Finansiering og sponsorater
published-by = Udgivet af { $organisation }
contact-us = Kontakt os: { $contact }
medical-disclaimer = Denne guide giver generel information. Den erstatter ikke råd fra dine egne læger og sygeplejersker.
back-to-top = Til toppen
breadcrumb = Du er her
previous-leaflet = Forrige pjece
next-leaflet = Næste pjece
all-leaflets = Alle pjecer
translators = Oversat af: { $names }
translated-from-reviewed = Oversat fra originalen ({ $language }), som senest blev gennemgået den { $date }.
translated-from = Oversat fra originalen ({ $language }).
source-last-reviewed = Teksten på denne side ({ $language }) blev senest gennemgået den { $date }.

## Pjecer til sundhedspersonale (front matter `audience:`)

audience-professionals = Til sundhedspersonale
audience-professionals-note = Denne side er skrevet til læger, sygeplejersker og andet sundhedspersonale. Hvis du er patient eller pårørende, er de andre pjecer i denne guide skrevet til dig.

## Udskrevne pjecer: kun på papir

print-online = Læs den nyeste udgave af denne pjece online:
print-qr = QR-kode med webadressen til denne side

## Fremhævede bokse

callout-note = Bemærk
callout-tip = Tip
callout-important = Vigtigt
callout-warning = Advarsel
callout-caution = Akut

## Få hjælp nu

urgent-help-heading = Få hjælp nu
urgent-help-emergency = Hvis du har meget svært ved at trække vejret, smerter i brystet eller krampeanfald, hvis du falder om, eller hvis du tror, at dit liv er i fare:
urgent-help-call = Ring { $number }
urgent-help-team = Får du andre nye symptomer, eller bliver et symptom værre, skal du straks ringe til dit behandlingsteams døgnåbne telefonnummer, uanset om det er dag eller nat. Vent ikke til din næste aftale.
urgent-help-helpline = Vores rådgivningslinje: { $number }
urgent-help-signs = Advarselstegn på bivirkninger

## Et sprogs forside

leaflets = Pjecer i denne guide
leaflet-count = { $count ->
    [one] Én pjece
   *[other] { $count } pjecer
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } af { $total } pjece
   *[other] { $translated } af { $total } pjecer
}
language-coverage-none = Indtil videre kun på { $language }

## Datoer

date = { $day }. { $month ->
    [1] januar
    [2] februar
    [3] marts
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

## Side for oversættere

translation-status = Status for oversættelser
translation-status-intro = Hvilke pjecer der er oversat til hvert sprog, og om hver oversættelse er lavet ud fra den aktuelle version af originalen.
translation-state-current = aktuel
translation-state-outdated = forældet
translation-state-unknown = ukendt
translation-state-missing = mangler
translation-review-pending = mangler gennemgang
translation-reviewed-on = gennemgået den { $date }
translated-percent = { $percent } % af originalens ord oversat, { $current } % aktuelle

## Rapport til redaktionen (quality/<lang>/index.html)

quality-report = Kvalitetsrapport
quality-report-intro = Læsbarhed og gennemgangsdatoer for hver pjece på dette sprog pr. { $date }. Scorerne er en opfordring til at se efter en gang til, ikke en dom.
quality-readability = Læsbarhed
quality-sentence-length = Ord pr. sætning
quality-next-review = Næste gennemgang
review-state-overdue = overskredet
review-state-due-soon = snart
review-state-ok = til tiden
review-state-missing = ingen dato

## Siden blev ikke fundet (404)

page-not-found = Siden blev ikke fundet
page-not-found-help = Vi kunne ikke finde denne side. Den er måske flyttet. Start venligst forfra på forsiden.

## Advarselskort til udskrivning

alert-card-title = Advarselskort om immunterapi
alert-card-print-help = Udskriv denne side, klip kortet ud langs kanten, fold det på midten, og udfyld det i hånden.
alert-card-carry = Jeg er i behandling med immunterapi mod kræft eller har været det.
alert-card-carry-help = Hav altid dette kort på dig, også når din behandling er slut. Vis det til enhver læge, sygeplejerske eller farmaceut.
alert-card-name = Navn
alert-card-phone = Telefon
alert-card-emergency-contact = Kontaktperson i nødstilfælde
alert-card-medicines = Immunterapimedicin
alert-card-started = Behandlingen startede
alert-card-last-dose = Sidste dosis
alert-card-centre = Behandlingssted
alert-card-phone-24h = Døgnåbent telefonnummer
alert-card-warning-heading = Advarselstegn: ring straks til det døgnåbne nummer
alert-card-sign-skin = Hud: udslæt, kløe, blærer
alert-card-sign-gut = Mave og tarm: diarré, mavesmerter, blod i afføringen
alert-card-sign-lungs = Lunger: ny hoste, åndenød, smerter i brystet
alert-card-sign-liver = Lever: gul hud eller gule øjne, mørk urin
alert-card-sign-hormones = Hormonkirtler: svær træthed, hovedpine, svimmelhed
alert-card-sign-sugar = Blodsukker: stærk tørst, store mængder urin
alert-card-sign-heart = Hjerte og nerver: hurtig puls, muskelsvaghed, dobbeltsyn
alert-card-for-clinicians = Til sundhedspersonale: Immunterapi kan give alvorlig immunrelateret betændelse i ethvert organ, også flere måneder efter endt behandling. Kontakt venligst det onkologiske team før behandling.
alert-card-report = Indberet formodede bivirkninger til dit behandlingsteam eller til den nationale lægemiddelmyndighed.
alert-card-oncologist = Kræftlæge (onkolog)
alert-card-steroids = Hormon- eller steroidtabletter, jeg tager
alert-card-emergency-number = Alarmnummer
alert-card-fold = Fold her
alert-card-clinicians-heading = Til læger og sygeplejersker

## Et sprogs samlede hæfte til udskrivning (leafpress pdf --booklet)

booklet-contents = Indhold
booklet-online = Den nyeste udgave af denne guide online:
booklet-printed = Udskrevet den { $date }. På webadressen ovenfor finder du altid den nyeste udgave.
booklet-reviewed = Pjecerne blev senest gennemgået: { $date }
booklet-next-review = Næste gennemgang senest: { $date }

## Søgning: feltet øverst på hver side og søgesiden

search-label = Søg i guiden
search-button = Søg
search-title = Søgning
search-loading = Søger…
search-results = { $count ->
    [0] Vi fandt ingen sider med »{ $query }«.
    [one] Vi fandt én side med »{ $query }«.
   *[other] Vi fandt { $count } sider med »{ $query }«.
}
search-no-results-help = Prøv et andet ord eller et kortere ord. Du kan også se emnerne fra A til Å nedenfor.
search-topics = Emner fra A til Å
search-no-script = Denne browser kører ikke JavaScript, som søgningen har brug for. Alle emner i guiden står nedenfor fra A til Å.
search-glossary-word = (ordliste)
