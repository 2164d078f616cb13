# Teksten van het ingebouwde thema in het Nederlands. Een website kan ze per bericht vervangen
# in locales/nl/*.ftl.

## Hele website

skip-to-content = Direct naar de hoofdinhoud
site-navigation = Links van de website
home = Startpagina
all-languages = Alle talen
language-picker-title = Kies uw taal
language-picker-intro = Deze gids is beschikbaar in deze talen.
language-switcher = Deze pagina in een andere taal lezen
language-label = Taal:

## Pagina's van de folders

table-of-contents = Op deze pagina
not-translated = Deze pagina is nog niet in het Nederlands vertaald. Hieronder staat de tekst in deze taal: { $language }.
translation-unreviewed = Deze vertaling is nog niet door een controleur nagekeken.
translation-outdated = Het origineel van deze pagina is op { $date } bijgewerkt. Deze vertaling is misschien niet meer actueel.
translation-outdated-undated = Het origineel van deze pagina is bijgewerkt nadat deze vertaling is gemaakt. De vertaling is misschien niet meer actueel.
translation-outdated-link = Het origineel lezen ({ $language })
last-reviewed = Pagina laatst gecontroleerd: { $date }
next-review = Volgende controle gepland: { $date }
authors = Geschreven door: { $names }
reviewers = Gecontroleerd door: { $names }
sources = Bronnen
funding = Financiering en sponsoring
published-by = Uitgegeven door { $organisation }
contact-us = Neem contact met ons op: { $contact }
medical-disclaimer = Deze gids geeft algemene informatie. Hij vervangt niet het advies van uw eigen artsen en verpleegkundigen.
back-to-top = Terug naar boven
breadcrumb = U bent hier
previous-leaflet = Vorige folder
next-leaflet = Volgende folder
all-leaflets = Alle folders

## Folders voor zorgverleners (front matter `audience:`)

audience-professionals = Voor zorgverleners
audience-professionals-note = Deze pagina is geschreven voor artsen, verpleegkundigen en andere zorgverleners. Bent u patiënt of mantelzorger? Dan zijn de andere folders van deze gids voor u geschreven.

## Geprinte folders: alleen op papier

print-online = Lees deze folder online, altijd actueel:
print-qr = QR-code van het webadres van deze pagina
translators = Vertaald door: { $names }
translated-from-reviewed = Vertaald uit het origineel ({ $language }), dat voor het laatst is gecontroleerd op { $date }.
translated-from = Vertaald uit het origineel ({ $language }).
source-last-reviewed = De tekst op deze pagina ({ $language }) is voor het laatst gecontroleerd op { $date }.

## Kaders (callouts): blokken gemarkeerd met `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` of `> [!CAUTION]`. Elk bericht is de titel van het kader.

callout-note = Opmerking
callout-tip = Tip
callout-important = Belangrijk
callout-warning = Waarschuwing
callout-caution = Dringend

## Direct hulp: een kader bovenaan elke folderpagina en startpagina, als site.yaml `emergency:`
## bevat. Altijd in de taal van de lezer, ook op een pagina met tekst in een andere taal.

urgent-help-heading = Direct hulp nodig?
urgent-help-emergency = Als u heel moeilijk kunt ademen, pijn op de borst heeft, een epileptische aanval (toeval) krijgt, in elkaar zakt, of als u denkt dat uw leven in gevaar is:
urgent-help-call = Bel { $number }
urgent-help-team = Heeft u een andere nieuwe klacht, of wordt een klacht erger? Bel dan meteen het telefoonnummer van uw behandelteam dat 24 uur per dag bereikbaar is, ook 's nachts. Wacht niet tot uw volgende afspraak.
urgent-help-helpline = Onze hulplijn: { $number }
urgent-help-signs = Waarschuwingssignalen van bijwerkingen

## Startpagina van een taal

leaflets = Folders in deze gids
leaflet-count = { $count ->
    [one] Eén folder
   *[other] { $count } folders
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } van { $total } folder
   *[other] { $translated } van { $total } folders
}
language-coverage-none = Voorlopig alleen in deze taal: { $language }

## Datums: "15 oktober 2026" (maanden met een kleine letter)

date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

## Pagina voor vertalers (translation-status/index.html)

translation-status = Stand van de vertalingen
translation-status-intro = Welke folders in elke taal zijn vertaald, en of elke vertaling is gemaakt op basis van de huidige versie van het origineel.
translation-state-current = actueel
translation-state-outdated = verouderd
translation-state-unknown = onbekend
translation-state-missing = ontbreekt
translation-review-pending = nog niet gecontroleerd
translation-reviewed-on = gecontroleerd op { $date }
translated-percent = { $percent }% van de woorden van het origineel vertaald, { $current }% actueel

## Rapport voor de redactie (quality/<lang>/index.html)

quality-report = Kwaliteitsrapport
quality-report-intro = Leesbaarheid en controledatums van elke folder in deze taal, op { $date }. De scores zijn een aanleiding om nog eens te kijken, geen oordeel.
quality-readability = Leesbaarheid
quality-sentence-length = Woorden per zin
quality-next-review = Volgende controle
review-state-overdue = te laat
review-state-due-soon = binnenkort
review-state-ok = op tijd
review-state-missing = geen datum

## Pagina niet gevonden (404.html)

page-not-found = Pagina niet gevonden
page-not-found-help = We konden deze pagina niet vinden. Misschien is ze verplaatst. Begin opnieuw op de startpagina.

## Waarschuwingskaart om te printen, op het formaat van een bankpas

alert-card-title = Waarschuwingskaart immunotherapie
alert-card-print-help = Print deze pagina, knip de kaart langs de rand uit, vouw hem dubbel en vul hem met de hand in.
alert-card-carry = Ik krijg immunotherapie tegen kanker of heb die gekregen.
alert-card-carry-help = Draag deze kaart altijd bij u, ook als uw behandeling voorbij is. Laat hem zien aan elke arts, verpleegkundige of apotheker bij wie u komt.
alert-card-name = Naam
alert-card-phone = Telefoon
alert-card-emergency-contact = Contactpersoon in noodgevallen
alert-card-medicines = Immunotherapiemedicijn(en)
alert-card-started = Start van de behandeling
alert-card-last-dose = Laatste dosis
alert-card-centre = Behandelend ziekenhuis
alert-card-phone-24h = Telefoonnummer dat 24 uur per dag bereikbaar is
alert-card-warning-heading = Waarschuwingssignalen: bel meteen het nummer dat 24 uur per dag bereikbaar is
alert-card-sign-skin = Huid: uitslag, jeuk, blaren
alert-card-sign-gut = Darmen: diarree, buikpijn, bloed in de ontlasting
alert-card-sign-lungs = Longen: nieuwe hoest, kortademigheid, pijn op de borst
alert-card-sign-liver = Lever: gele huid of ogen, donkere urine
alert-card-sign-hormones = Hormoonklieren: ernstige vermoeidheid, hoofdpijn, duizeligheid
alert-card-sign-sugar = Bloedsuiker: veel dorst, veel plassen
alert-card-sign-heart = Hart en zenuwen: snelle hartslag, spierzwakte, dubbelzien
alert-card-for-clinicians = Aan zorgverleners: immunotherapie kan een ernstige immuungerelateerde ontsteking van elk orgaan veroorzaken, ook maanden na het einde van de behandeling. Neem vóór een behandeling contact op met het oncologieteam.
alert-card-report = Meld mogelijke bijwerkingen aan uw behandelteam of aan de geneesmiddeleninstantie van uw land.
alert-card-oncologist = Kankerarts (oncoloog)
alert-card-steroids = Hormoontabletten of steroïden die ik gebruik
alert-card-emergency-number = Noodnummer
alert-card-fold = Hier vouwen
alert-card-clinicians-heading = Voor artsen en verpleegkundigen

## Gedrukt boekje van een taal (leafpress pdf --booklet)

booklet-contents = Inhoud
booklet-online = Deze gids online, altijd actueel:
booklet-printed = Gedrukt op { $date }. Op het webadres hierboven staat altijd de nieuwste versie.
booklet-reviewed = Folders laatst gecontroleerd: { $date }
booklet-next-review = Volgende controle uiterlijk: { $date }

## Zoeken: het zoekvak bovenaan elke pagina van een taal, en de zoekpagina van die taal

search-label = Zoeken in deze gids
search-button = Zoeken
search-title = Zoeken
search-loading = Bezig met zoeken…
search-results = { $count ->
    [0] Niets gevonden voor “{ $query }”.
    [one] Eén pagina gevonden voor “{ $query }”.
   *[other] { $count } pagina's gevonden voor “{ $query }”.
}
search-no-results-help = Probeer een ander of korter woord. Of kijk hieronder bij de onderwerpen van A tot Z.
search-topics = Onderwerpen van A tot Z
search-no-script = Deze browser gebruikt geen JavaScript, en dat is nodig om te zoeken. Hieronder staan alle onderwerpen van deze gids, van A tot Z.
search-glossary-word = (woordenlijst)
