# Besedila vgrajene teme v slovenščini. Spletno mesto jih lahko zamenja, sporočilo za sporočilom,
# v locales/sl/*.ftl.

## Celotno spletno mesto

skip-to-content = Skoči na glavno vsebino
site-navigation = Povezave spletnega mesta
home = Domača stran
all-languages = Vsi jeziki
language-picker-title = Izberite svoj jezik
language-picker-intro = Ta vodnik je na voljo v teh jezikih.
language-switcher = Preberite to stran v drugem jeziku
language-label = Jezik:

## Strani zloženk

table-of-contents = Na tej strani
not-translated = Ta stran še ni prevedena v slovenščino. Spodaj je besedilo v jeziku: { $language }.
translation-unreviewed = Tega prevoda še ni preveril recenzent.
translation-outdated = Izvirnik te strani je bil posodobljen { $date }. Ta prevod morda ni več aktualen.
translation-outdated-undated = Izvirnik te strani je bil posodobljen, odkar je bil narejen ta prevod. Prevod morda ni več aktualen.
translation-outdated-link = Preberite izvirnik ({ $language })
last-reviewed = Zadnji pregled strani: { $date }
next-review = Naslednji pregled: { $date }
authors = Avtorji: { $names }
reviewers = Pregledali: { $names }
sources = Viri
funding = Financiranje in sponzorstvo
published-by = Izdajatelj: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Ta vodnik daje splošne informacije. Ne nadomešča nasvetov vaših zdravnikov in medicinskih sester.
back-to-top = Na vrh strani
breadcrumb = Nahajate se tukaj
previous-leaflet = Prejšnja zloženka
next-leaflet = Naslednja zloženka
all-leaflets = Vse zloženke

## Zloženke za zdravstvene delavce (front matter `audience:`)

audience-professionals = Za zdravstvene delavce
audience-professionals-note = Ta stran je napisana za zdravnike, medicinske sestre in druge zdravstvene delavce. Če ste bolnik ali skrbite za bolnega, so druge zloženke tega vodnika napisane za vas.

## Natisnjene zloženke: samo na papirju

print-online = Najnovejšo različico te zloženke najdete na spletu:
print-qr = Koda QR s spletnim naslovom te strani
translators = Prevod: { $names }
translated-from-reviewed = Prevedeno iz izvirnika ({ $language }). Izvirnik je bil nazadnje pregledan { $date }.
translated-from = Prevedeno iz izvirnika ({ $language }).
source-last-reviewed = Besedilo na tej strani ({ $language }) je bilo nazadnje pregledano { $date }.

## Okvirji (callouts): bloki, označeni z `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## ali `> [!CAUTION]`. Vsako sporočilo je naslov okvirja.

callout-note = Opomba
callout-tip = Nasvet
callout-important = Pomembno
callout-warning = Opozorilo
callout-caution = Nujno

## Takojšnja pomoč: okvir na vrhu vsake strani zloženke in domače strani, če site.yaml vsebuje
## `emergency:`. Vedno je v jeziku bralca, tudi na strani z besedilom v drugem jeziku.

urgent-help-heading = Takojšnja pomoč
urgent-help-emergency = Če zelo težko dihate, imate bolečine v prsih ali napad krčev, če se zgrudite ali če mislite, da je vaše življenje v nevarnosti:
urgent-help-call = Pokličite { $number }
urgent-help-team = Če se pojavi kateri koli drug nov simptom ali se simptom poslabša, takoj pokličite telefonsko številko svojega zdravstvenega tima, dosegljivo 24 ur na dan, podnevi ali ponoči. Ne čakajte do naslednjega obiska pri zdravniku.
urgent-help-helpline = Naša telefonska linija za pomoč: { $number }
urgent-help-signs = Opozorilni znaki neželenih učinkov

## Domača stran jezika

leaflets = Zloženke v tem vodniku
# Kategorije množine v CLDR: one (1, 101…), two (2, 102…), few (3, 4, 103, 104…), other (0, 5–100…).
leaflet-count = { $count ->
    [one] { $count } zloženka
    [two] { $count } zloženki
    [few] { $count } zloženke
   *[other] { $count } zloženk
}
in-other-language = ({ $language })
# Po „od“ rodilnik: one „od 1 zloženke“, two, few in other „od 2 (3, 5…) zloženk“.
language-coverage = { $total ->
    [one] { $translated } od { $total } zloženke
    [two] { $translated } od { $total } zloženk
    [few] { $translated } od { $total } zloženk
   *[other] { $translated } od { $total } zloženk
}
language-coverage-none = Za zdaj samo v jeziku: { $language }

## Datumi: »15. oktobra 2026« (mesec v rodilniku)

date = { $day }. { $month ->
    [1] januarja
    [2] februarja
    [3] marca
    [4] aprila
    [5] maja
    [6] junija
    [7] julija
    [8] avgusta
    [9] septembra
    [10] oktobra
    [11] novembra
   *[12] decembra
} { $year }

## Stran za prevajalce (translation-status/index.html)

translation-status = Stanje prevodov
translation-status-intro = Katere zloženke so prevedene v posamezne jezike in ali je bil vsak prevod narejen iz trenutne različice izvirnika.
translation-state-current = aktualen
translation-state-outdated = zastarel
translation-state-unknown = neznan
translation-state-missing = manjka
translation-review-pending = čaka na pregled
translation-reviewed-on = pregledan { $date }
translated-percent = prevedenih { $percent } % besed izvirnika, aktualnih { $current } %

## Poročilo za uredništvo (quality/<lang>/index.html)

quality-report = Poročilo o kakovosti
quality-report-intro = Berljivost in datumi pregledov vseh zloženk v tem jeziku, stanje na dan { $date }. Ocene so spodbuda, da besedilo še enkrat pogledate, in ne sodba.
quality-readability = Berljivost
quality-sentence-length = Besed na poved
quality-next-review = Naslednji pregled
review-state-overdue = zamuja
review-state-due-soon = kmalu
review-state-ok = pravočasno
review-state-missing = brez datuma

## Strani ni mogoče najti (404.html)

page-not-found = Strani ni mogoče najti
page-not-found-help = Te strani nismo našli. Morda je bila premaknjena. Prosimo, začnite znova na domači strani.

## Opozorilna kartica za tiskanje (v velikosti bančne kartice)

alert-card-title = Opozorilna kartica za imunoterapijo
alert-card-print-help = Natisnite to stran, izrežite kartico po robu, jo prepognite na pol in izpolnite na roko.
alert-card-carry = Prejemam ali sem prejemal(a) imunoterapijo za zdravljenje raka.
alert-card-carry-help = To kartico imejte vedno pri sebi, tudi po koncu zdravljenja. Pokažite jo vsakemu zdravniku, medicinski sestri ali farmacevtu.
alert-card-name = Ime in priimek
alert-card-phone = Telefon
alert-card-emergency-contact = Kontakt v nujnih primerih
alert-card-medicines = Zdravilo/zdravila za imunoterapijo
alert-card-started = Začetek zdravljenja
alert-card-last-dose = Zadnji odmerek
alert-card-centre = Ustanova, kjer se zdravim
alert-card-phone-24h = Telefonska številka, dosegljiva 24 ur na dan
alert-card-warning-heading = Opozorilni znaki: takoj pokličite številko, dosegljivo 24 ur na dan
alert-card-sign-skin = Koža: izpuščaj, srbenje, mehurji
alert-card-sign-gut = Črevesje: driska, bolečine v trebuhu, kri v blatu
alert-card-sign-lungs = Pljuča: nov kašelj, težko dihanje, bolečine v prsih
alert-card-sign-liver = Jetra: rumena koža ali oči, temen urin
alert-card-sign-hormones = Hormonske žleze: huda utrujenost, glavobol, omotica
alert-card-sign-sugar = Sladkor v krvi: močna žeja, veliko urina
alert-card-sign-heart = Srce in živci: hiter utrip, mišična šibkost, dvojni vid
alert-card-for-clinicians = Zdravstvenim delavcem: imunoterapija lahko povzroči hudo imunsko pogojeno vnetje kateregakoli organa, tudi več mesecev po koncu zdravljenja. Pred zdravljenjem se, prosimo, posvetujte z onkološkim timom.
alert-card-report = O domnevnih neželenih učinkih obvestite svoj zdravstveni tim ali agencijo za zdravila v svoji državi.
alert-card-oncologist = Zdravnik onkolog
alert-card-steroids = Hormonske tablete ali steroidi, ki jih jemljem
alert-card-emergency-number = Številka za nujne primere
alert-card-fold = Tukaj prepognite
alert-card-clinicians-heading = Za zdravnike in medicinske sestre

## Natisnjena knjižica v enem jeziku (leafpress pdf --booklet)

booklet-contents = Kazalo
booklet-online = Najnovejšo različico tega vodnika najdete na spletu:
booklet-printed = Natisnjeno { $date }. Na zgornjem spletnem naslovu je vedno najnovejša različica.
booklet-reviewed = Zadnji pregled zloženk: { $date }
booklet-next-review = Rok za naslednji pregled: { $date }

## Iskanje: polje na vrhu vsake strani jezika in stran za iskanje v tem jeziku

search-label = Iskanje po vodniku
search-button = Išči
search-title = Iskanje
search-loading = Iščemo …
search-results = { $count ->
    [0] Za »{ $query }« nismo našli ničesar.
    [one] Za »{ $query }« smo našli { $count } stran.
    [two] Za »{ $query }« smo našli { $count } strani.
    [few] Za »{ $query }« smo našli { $count } strani.
   *[other] Za »{ $query }« smo našli { $count } strani.
}
search-no-results-help = Poskusite z drugo ali krajšo besedo. Lahko pa pogledate spodnji seznam tem od A do Ž.
search-topics = Teme od A do Ž
search-no-script = Ta brskalnik ne izvaja JavaScripta, ki je potreben za iskanje. Spodaj so vse teme tega vodnika, od A do Ž.
search-glossary-word = (slovarček)
