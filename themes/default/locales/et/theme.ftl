# Sisseehitatud teema tekstid eesti keeles. Sait võib neid sõnumi kaupa asendada
# failides locales/et/*.ftl.
## Kogu sait

skip-to-content = Mine põhisisu juurde
site-navigation = Saidi lingid
home = Avaleht
all-languages = Kõik keeled
language-picker-title = Valige oma keel
language-picker-intro = See juhend on saadaval järgmistes keeltes.
language-switcher = Lugege seda lehte teises keeles
language-label = Keel:

## Infolehtede lehed

table-of-contents = Sellel lehel
not-translated = Seda lehte ei ole veel eesti keelde tõlgitud. Allpool on tekst keeles: { $language }.
translation-unreviewed = Seda tõlget ei ole ülevaataja veel kontrollinud.
translation-outdated = Selle lehe originaali viimane uuendus: { $date }. See tõlge ei pruugi olla ajakohane.
translation-outdated-undated = Selle lehe originaali on pärast tõlke valmimist uuendatud. Tõlge ei pruugi olla ajakohane.
translation-outdated-link = Lugege originaali ({ $language })
last-reviewed = Lehe viimane ülevaatus: { $date }
next-review = Järgmine ülevaatus: { $date }
authors = Autorid: { $names }
reviewers = Üle vaadanud: { $names }
sources = Allikad
funding = Rahastamine ja toetajad
published-by = Väljaandja: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = See juhend annab üldist teavet. See ei asenda teie oma arstide ja õdede nõuandeid.
back-to-top = Tagasi üles
breadcrumb = Te olete siin
previous-leaflet = Eelmine infoleht
next-leaflet = Järgmine infoleht
all-leaflets = Kõik infolehed
translators = Tõlkinud: { $names }
translated-from-reviewed = Tõlgitud originaalist ({ $language }). Originaali viimane ülevaatus: { $date }.
translated-from = Tõlgitud originaalist ({ $language }).
source-last-reviewed = Selle lehe teksti ({ $language }) viimane ülevaatus: { $date }.

## Infolehed tervishoiutöötajatele (front matter `audience:`)

audience-professionals = Tervishoiutöötajatele
audience-professionals-note = See leht on kirjutatud arstidele, õdedele ja teistele tervishoiutöötajatele. Kui olete patsient või hooldate lähedast, on selle juhendi teised infolehed kirjutatud teile.

## Prinditud infolehed: ainult paberil

print-online = Selle infolehe ajakohane versioon veebis:
print-qr = Selle lehe veebiaadressi QR-kood

## Esiletõstetud kastid

callout-note = Märkus
callout-tip = Nõuanne
callout-important = Tähtis
callout-warning = Hoiatus
callout-caution = Kiireloomuline

## Kiire abi

urgent-help-heading = Otsige kohe abi
urgent-help-emergency = Kui teil on väga raske hingata, kui teil on valu rinnus või krambihoog, kui te kukute kokku või arvate, et teie elu on ohus:
urgent-help-call = Helistage { $number }
urgent-help-team = Kui teil tekib mõni muu uus vaevus või mõni vaevus läheb hullemaks, helistage kohe oma ravimeeskonna ööpäevaringsele telefoninumbrile, olgu päev või öö. Ärge oodake järgmise vastuvõtuni.
urgent-help-helpline = Meie nõuandetelefon: { $number }
urgent-help-signs = Kõrvaltoimete ohumärgid

## Keele avaleht

leaflets = Selle juhendi infolehed
leaflet-count = { $count ->
    [one] Üks infoleht
   *[other] { $count } infolehte
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $total } infolehest { $translated }
   *[other] { $total } infolehest { $translated }
}
language-coverage-none = Seni ainult keeles { $language }

## Kuupäevad

date = { $day }. { $month ->
    [1] jaanuar
    [2] veebruar
    [3] märts
    [4] aprill
    [5] mai
    [6] juuni
    [7] juuli
    [8] august
    [9] september
    [10] oktoober
    [11] november
   *[12] detsember
} { $year }

## Tõlkijate leht

translation-status = Tõlgete seis
translation-status-intro = Millised infolehed on igasse keelde tõlgitud ja kas iga tõlge on tehtud originaali praeguse versiooni põhjal.
translation-state-current = ajakohane
translation-state-outdated = aegunud
translation-state-unknown = teadmata
translation-state-missing = puudub
translation-review-pending = ülevaatus ootel
translation-reviewed-on = üle vaadatud { $date }
translated-percent = originaali sõnadest tõlgitud { $percent }%, ajakohaseid { $current }%

## Toimetajate aruanne (quality/<lang>/index.html)

quality-report = Kvaliteediaruanne
quality-report-intro = Selle keele iga infolehe loetavus ja ülevaatuse kuupäevad (seis: { $date }). Hinded on ajend uuesti üle vaadata, mitte lõplik otsus.
quality-readability = Loetavus
quality-sentence-length = Sõnu lauses
quality-next-review = Järgmine ülevaatus
review-state-overdue = tähtaeg ületatud
review-state-due-soon = tähtaeg läheneb
review-state-ok = õigeaegne
review-state-missing = kuupäev puudub

## Lehte ei leitud (404)

page-not-found = Lehte ei leitud
page-not-found-help = Me ei leidnud seda lehte. Võib-olla on see teise kohta viidud. Palun alustage uuesti avalehelt.

## Prinditav hoiatuskaart

alert-card-title = Immunoteraapia hoiatuskaart
alert-card-print-help = Printige see leht välja, lõigake kaart piki äärejoont välja, murdke see keskelt kokku ja täitke käsitsi.
alert-card-carry = Saan või olen saanud immunoteraapiat vähi raviks.
alert-card-carry-help = Kandke seda kaarti alati kaasas, ka pärast ravi lõppu. Näidake seda igale arstile, õele või apteekrile.
alert-card-name = Nimi
alert-card-phone = Telefon
alert-card-emergency-contact = Kontaktisik hädaolukorras
alert-card-medicines = Immunoteraapia ravim(id)
alert-card-started = Ravi algus
alert-card-last-dose = Viimane annus
alert-card-centre = Raviasutus
alert-card-phone-24h = Ööpäevaringne telefoninumber
alert-card-warning-heading = Ohumärgid: helistage kohe ööpäevaringsele numbrile
alert-card-sign-skin = Nahk: lööve, sügelus, villid
alert-card-sign-gut = Sooled: kõhulahtisus, kõhuvalu, veri väljaheites
alert-card-sign-lungs = Kopsud: uus köha, hingeldus, valu rinnus
alert-card-sign-liver = Maks: kollane nahk või silmad, tume uriin
alert-card-sign-hormones = Hormoone tootvad näärmed: tugev väsimus, peavalu, pearinglus
alert-card-sign-sugar = Veresuhkur: suur janu, palju uriini
alert-card-sign-heart = Süda ja närvid: kiire pulss, lihasnõrkus, kahelinägemine
alert-card-for-clinicians = Tervishoiutöötajatele: immunoteraapia võib põhjustada mis tahes elundi raske immuunvahendatud põletiku, isegi mitu kuud pärast ravi lõppu. Palun võtke enne ravi ühendust onkoloogiameeskonnaga.
alert-card-report = Teatage võimalikest kõrvaltoimetest oma ravimeeskonnale või riiklikule ravimiametile.
alert-card-oncologist = Vähiarst (onkoloog)
alert-card-steroids = Hormoonitabletid või steroidid, mida võtan
alert-card-emergency-number = Hädaabinumber
alert-card-fold = Murdke siit kokku
alert-card-clinicians-heading = Arstidele ja õdedele

## Ühe keele prinditud brošüür (leafpress pdf --booklet)

booklet-contents = Sisukord
booklet-online = Selle juhendi ajakohane versioon veebis:
booklet-printed = Printimise kuupäev: { $date }. Ülaltoodud veebiaadressil on alati uusim versioon.
booklet-reviewed = Infolehtede viimane ülevaatus: { $date }
booklet-next-review = Järgmine ülevaatus hiljemalt: { $date }

## Otsing: otsingukast iga lehe ülaosas ja otsinguleht

search-label = Otsi juhendist
search-button = Otsi
search-title = Otsing
search-loading = Otsime…
search-results = { $count ->
    [0] „{ $query }“ kohta ei leitud midagi.
    [one] „{ $query }“ kohta leiti üks leht.
   *[other] „{ $query }“ kohta leiti { $count } lehte.
}
search-no-results-help = Proovige mõnda teist või lühemat sõna. Võite ka vaadata allpool teemasid tähestiku järjekorras.
search-topics = Teemad tähestiku järjekorras
search-no-script = Selles brauseris ei tööta JavaScript, mida otsing vajab. Kõik selle juhendi teemad on allpool tähestiku järjekorras.
search-glossary-word = (sõnastik)
