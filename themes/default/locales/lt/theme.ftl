# Integruotos temos tekstai lietuvių kalba. Svetainė gali juos pakeisti, pranešimą po pranešimo,
# failuose locales/lt/*.ftl.

## Visa svetainė

skip-to-content = Pereiti prie pagrindinio turinio
site-navigation = Svetainės nuorodos
home = Pagrindinis puslapis
all-languages = Visos kalbos
language-picker-title = Pasirinkite kalbą
language-picker-intro = Šis vadovas prieinamas šiomis kalbomis.
language-switcher = Skaityti šį puslapį kita kalba
language-label = Kalba:

## Lankstinukų puslapiai

table-of-contents = Šiame puslapyje
not-translated = Šis puslapis dar neišverstas į lietuvių kalbą. Toliau pateikiamas tekstas šia kalba: { $language }.
translation-unreviewed = Šio vertimo recenzentas dar nepatikrino.
translation-outdated = Šio puslapio originalas atnaujintas { $date }. Šis vertimas gali būti pasenęs.
translation-outdated-undated = Šio puslapio originalas atnaujintas po to, kai buvo atliktas šis vertimas. Vertimas gali būti pasenęs.
translation-outdated-link = Skaityti originalą ({ $language })
last-reviewed = Puslapis paskutinį kartą peržiūrėtas: { $date }
next-review = Kita peržiūra numatyta: { $date }
authors = Parengė: { $names }
reviewers = Peržiūrėjo: { $names }
sources = Šaltiniai
funding = Finansavimas ir rėmimas
published-by = Leidėjas: { $organisation }
contact-us = Susisiekite su mumis: { $contact }
medical-disclaimer = Šiame vadove pateikiama bendro pobūdžio informacija. Ji nepakeičia jūsų gydytojų ir slaugytojų patarimų.
back-to-top = Į puslapio viršų
breadcrumb = Jūs esate čia
previous-leaflet = Ankstesnis lankstinukas
next-leaflet = Kitas lankstinukas
all-leaflets = Visi lankstinukai

## Lankstinukai sveikatos priežiūros specialistams (front matter `audience:`)

audience-professionals = Sveikatos priežiūros specialistams
audience-professionals-note = Šis puslapis parašytas gydytojams, slaugytojams ir kitiems sveikatos priežiūros specialistams. Jei esate pacientas arba slaugote artimąjį, kiti šio vadovo lankstinukai parašyti jums.

## Išspausdinti lankstinukai: rodoma tik popieriuje

print-online = Naujausią šio lankstinuko versiją visada rasite internete:
print-qr = Šio puslapio interneto adreso QR kodas
translators = Išvertė: { $names }
translated-from-reviewed = Išversta iš originalo ({ $language }). Originalas paskutinį kartą peržiūrėtas { $date }.
translated-from = Išversta iš originalo ({ $language }).
source-last-reviewed = Šio puslapio tekstas ({ $language }) paskutinį kartą peržiūrėtas { $date }.

## Išskirti blokai (callouts), pažymėti `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` arba `> [!CAUTION]`. Kiekvienas pranešimas yra bloko pavadinimas.

callout-note = Pastaba
callout-tip = Patarimas
callout-important = Svarbu
callout-warning = Įspėjimas
callout-caution = Skubu

## Skubi pagalba: langelis kiekvieno lankstinuko ir pradžios puslapio viršuje, kai site.yaml nurodyta
## `emergency:`. Jis visada skaitytojo kalba, net jei puslapio tekstas kita kalba.

urgent-help-heading = Skubi pagalba
urgent-help-emergency = Jei jums labai sunku kvėpuoti, skauda krūtinę, ištiko traukuliai, nualpote arba manote, kad jūsų gyvybei gresia pavojus:
urgent-help-call = Skambinkite { $number }
urgent-help-team = Atsiradus bet kokiam kitam naujam simptomui ar simptomui sustiprėjus, nedelsdami skambinkite savo gydymo komandos visą parą veikiančiu telefono numeriu – dieną ar naktį. Nelaukite kito numatyto vizito.
urgent-help-helpline = Mūsų pagalbos linija: { $number }
urgent-help-signs = Įspėjamieji šalutinio poveikio požymiai

## Kalbos pradžios puslapis

leaflets = Šio vadovo lankstinukai
# CLDR daugiskaitos kategorijos: one (1, 21, 31…), few (2–9, 22–29…), many (trupmenos), other (0, 10–20, 30…).
leaflet-count = { $count ->
    [one] { $count } lankstinukas
    [few] { $count } lankstinukai
    [many] { $count } lankstinuko
   *[other] { $count } lankstinukų
}
in-other-language = ({ $language })
# Po „iš“ – kilmininkas: one „iš 1 (21…) lankstinuko“, few ir other „iš 2 (10…) lankstinukų“.
language-coverage = { $total ->
    [one] { $translated } iš { $total } lankstinuko
    [few] { $translated } iš { $total } lankstinukų
    [many] { $translated } iš { $total } lankstinuko
   *[other] { $translated } iš { $total } lankstinukų
}
language-coverage-none = Kol kas tik šia kalba: { $language }

## Datos: „2026 m. spalio 15 d.“ (mėnesio pavadinimas kilmininku)

date = { $year } m. { $month ->
    [1] sausio
    [2] vasario
    [3] kovo
    [4] balandžio
    [5] gegužės
    [6] birželio
    [7] liepos
    [8] rugpjūčio
    [9] rugsėjo
    [10] spalio
    [11] lapkričio
   *[12] gruodžio
} { $day } d.

## Vertėjų puslapis (translation-status/index.html)

translation-status = Vertimų būklė
translation-status-intro = Kurie lankstinukai išversti į kiekvieną kalbą ir ar kiekvienas vertimas atliktas pagal dabartinę originalo versiją.
translation-state-current = aktualus
translation-state-outdated = pasenęs
translation-state-unknown = nežinomas
translation-state-missing = nėra
translation-review-pending = laukia peržiūros
translation-reviewed-on = peržiūrėtas { $date }
translated-percent = išversta { $percent } % originalo žodžių, aktualu { $current } %

## Redaktorių ataskaita (quality/<lang>/index.html)

quality-report = Kokybės ataskaita
quality-report-intro = Kiekvieno šios kalbos lankstinuko skaitomumas ir peržiūros datos, { $date } duomenimis. Balai yra paskata dar kartą peržiūrėti tekstą, o ne galutinis vertinimas.
quality-readability = Skaitomumas
quality-sentence-length = Žodžių sakinyje
quality-next-review = Kita peržiūra
review-state-overdue = pavėluota
review-state-due-soon = artėja terminas
review-state-ok = laiku
review-state-missing = nėra datos

## Puslapis nerastas (404.html)

page-not-found = Puslapis nerastas
page-not-found-help = Šio puslapio neradome. Galbūt jis buvo perkeltas. Prašome pradėti iš naujo nuo pagrindinio puslapio.

## Spausdinama įspėjamoji kortelė (banko kortelės dydžio)

alert-card-title = Imunoterapijos įspėjamoji kortelė
alert-card-print-help = Išspausdinkite šį puslapį, iškirpkite kortelę pagal kraštą, perlenkite ją per vidurį ir užpildykite ranka.
alert-card-carry = Vėžiui gydyti man taikoma arba buvo taikyta imunoterapija.
alert-card-carry-help = Visada nešiokitės šią kortelę, net ir baigę gydymą. Parodykite ją kiekvienam gydytojui, slaugytojui ar vaistininkui.
alert-card-name = Vardas ir pavardė
alert-card-phone = Telefonas
alert-card-emergency-contact = Kontaktinis asmuo skubiu atveju
alert-card-medicines = Imunoterapijos vaistas (-ai)
alert-card-started = Gydymo pradžia
alert-card-last-dose = Paskutinė dozė
alert-card-centre = Gydymo įstaiga
alert-card-phone-24h = Visą parą veikiantis telefono numeris
alert-card-warning-heading = Įspėjamieji požymiai: nedelsdami skambinkite visą parą veikiančiu numeriu
alert-card-sign-skin = Oda: išbėrimas, niežulys, pūslės
alert-card-sign-gut = Žarnynas: viduriavimas, pilvo skausmas, kraujas išmatose
alert-card-sign-lungs = Plaučiai: naujai atsiradęs kosulys, dusulys, krūtinės skausmas
alert-card-sign-liver = Kepenys: pageltusi oda ar akys, tamsus šlapimas
alert-card-sign-hormones = Hormonus gaminančios liaukos: didelis nuovargis, galvos skausmas, galvos svaigimas
alert-card-sign-sugar = Cukrus kraujyje: didelis troškulys, gausus šlapinimasis
alert-card-sign-heart = Širdis ir nervai: dažnas pulsas, raumenų silpnumas, dvejinimasis akyse
alert-card-for-clinicians = Sveikatos priežiūros specialistams: imunoterapija gali sukelti sunkų su imunine sistema susijusį bet kurio organo uždegimą, net praėjus keliems mėnesiams po gydymo pabaigos. Prieš pradėdami gydymą, prašome susisiekti su onkologijos komanda.
alert-card-report = Apie įtariamą nepageidaujamą poveikį praneškite savo gydymo komandai arba savo šalies vaistų kontrolės institucijai.
alert-card-oncologist = Gydytojas onkologas
alert-card-steroids = Hormonų tabletės ar steroidai, kuriuos vartoju
alert-card-emergency-number = Skubios pagalbos numeris
alert-card-fold = Perlenkite čia
alert-card-clinicians-heading = Gydytojams ir slaugytojams

## Spausdinta vienos kalbos knygelė (leafpress pdf --booklet)

booklet-contents = Turinys
booklet-online = Naujausią šio vadovo versiją visada rasite internete:
booklet-printed = Išspausdinta { $date }. Aukščiau nurodytu interneto adresu visada rasite naujausią versiją.
booklet-reviewed = Lankstinukai paskutinį kartą peržiūrėti: { $date }
booklet-next-review = Kita peržiūra numatyta ne vėliau kaip: { $date }

## Paieška: laukelis kiekvieno kalbos puslapio viršuje ir tos kalbos paieškos puslapis

search-label = Ieškoti šiame vadove
search-button = Ieškoti
search-title = Paieška
search-loading = Ieškoma…
search-results = { $count ->
    [0] Ieškant „{ $query }“, nieko nerasta.
    [one] Ieškant „{ $query }“, rastas { $count } puslapis.
    [few] Ieškant „{ $query }“, rasti { $count } puslapiai.
    [many] Ieškant „{ $query }“, rasta { $count } puslapio.
   *[other] Ieškant „{ $query }“, rasta { $count } puslapių.
}
search-no-results-help = Pabandykite kitą ar trumpesnį žodį. Taip pat galite peržiūrėti toliau pateiktas temas nuo A iki Ž.
search-topics = Temos nuo A iki Ž
search-no-script = Šioje naršyklėje neveikia JavaScript, o be jo negalima ieškoti. Visos šio vadovo temos išvardytos toliau nuo A iki Ž.
search-glossary-word = (žodynėlis)
