# Iebūvētās tēmas teksti latviešu valodā. Vietne tos var aizstāt, ziņojumu pa ziņojumam,
# failos locales/lv/*.ftl.

## Visa vietne

skip-to-content = Pāriet uz galveno saturu
site-navigation = Vietnes saites
home = Sākumlapa
all-languages = Visas valodas
language-picker-title = Izvēlieties savu valodu
language-picker-intro = Šis ceļvedis ir pieejams šajās valodās.
language-switcher = Lasīt šo lapu citā valodā
language-label = Valoda:

## Bukletu lapas

table-of-contents = Šajā lapā
not-translated = Šī lapa vēl nav iztulkota latviešu valodā. Tālāk ir teksts šajā valodā: { $language }.
translation-unreviewed = Šo tulkojumu recenzents vēl nav pārbaudījis.
# Datums ir nominatīvā („2026. gada 15. oktobris“), tāpēc tas stāv aiz kola.
translation-outdated = Šīs lapas oriģināls ir atjaunināts. Atjaunināšanas datums: { $date }. Šis tulkojums var būt novecojis.
translation-outdated-undated = Šīs lapas oriģināls ir atjaunināts pēc tam, kad tika veikts šis tulkojums. Tulkojums var būt novecojis.
translation-outdated-link = Lasīt oriģinālu ({ $language })
last-reviewed = Lapa pēdējo reizi pārskatīta: { $date }
next-review = Nākamā pārskatīšana paredzēta: { $date }
authors = Sagatavoja: { $names }
reviewers = Pārskatīja: { $names }
sources = Avoti
funding = Finansējums un sponsorēšana
published-by = Izdevējs: { $organisation }
contact-us = Sazinieties ar mums: { $contact }
medical-disclaimer = Šajā ceļvedī ir sniegta vispārīga informācija. Tā neaizstāj jūsu ārstu un medmāsu padomu.
back-to-top = Uz lapas sākumu
breadcrumb = Jūs atrodaties šeit
previous-leaflet = Iepriekšējais buklets
next-leaflet = Nākamais buklets
all-leaflets = Visi bukleti

## Bukleti veselības aprūpes speciālistiem (front matter `audience:`)

audience-professionals = Veselības aprūpes speciālistiem
audience-professionals-note = Šī lapa ir rakstīta ārstiem, medmāsām un citiem veselības aprūpes speciālistiem. Ja esat pacients vai aprūpējat tuvinieku, pārējie šī ceļveža bukleti ir rakstīti jums.

## Izdrukātie bukleti: redzams tikai uz papīra

print-online = Šī bukleta jaunākā versija vienmēr ir pieejama internetā:
print-qr = Šīs lapas tīmekļa adreses QR kods
translators = Tulkoja: { $names }
translated-from-reviewed = Tulkots no oriģināla ({ $language }). Oriģināls pēdējo reizi pārskatīts: { $date }.
translated-from = Tulkots no oriģināla ({ $language }).
source-last-reviewed = Šīs lapas teksts ({ $language }) pēdējo reizi pārskatīts: { $date }.

## Izceltie bloki (callouts), kas atzīmēti ar `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` vai `> [!CAUTION]`. Katrs ziņojums ir bloka virsraksts.

callout-note = Piezīme
callout-tip = Padoms
callout-important = Svarīgi
callout-warning = Brīdinājums
callout-caution = Steidzami

## Steidzama palīdzība: lodziņš katras bukleta lapas un sākumlapas augšdaļā, ja site.yaml ir norādīts
## `emergency:`. Tas vienmēr ir lasītāja valodā, arī lapā, kuras teksts ir citā valodā.

urgent-help-heading = Steidzama palīdzība
urgent-help-emergency = Ja jums ir ļoti grūti elpot, ir sāpes krūtīs vai krampju lēkme, ja jūs zaudējat samaņu vai jums šķiet, ka jūsu dzīvība ir apdraudēta:
urgent-help-call = Zvaniet { $number }
urgent-help-team = Ja parādās jebkurš cits jauns simptoms vai kāds simptoms pastiprinās, nekavējoties zvaniet uz savas ārstēšanas komandas diennakts tālruņa numuru – dienā vai naktī. Negaidiet nākamo vizīti.
urgent-help-helpline = Mūsu palīdzības tālrunis: { $number }
urgent-help-signs = Blakusparādību brīdinājuma pazīmes

## Valodas sākumlapa

leaflets = Šī ceļveža bukleti
# CLDR daudzskaitļa kategorijas: zero (0, 10–20, 30…), one (1, 21, 31…, bet ne 11), other.
leaflet-count = { $count ->
    [zero] { $count } bukleti
    [one] { $count } buklets
   *[other] { $count } bukleti
}
in-other-language = ({ $language })
# Pēc „no“: one „no 1 (21…) bukleta“, zero un other „no 5 (10…) bukletiem“.
language-coverage = { $total ->
    [zero] { $translated } no { $total } bukletiem
    [one] { $translated } no { $total } bukleta
   *[other] { $translated } no { $total } bukletiem
}
language-coverage-none = Pagaidām tikai šajā valodā: { $language }

## Datumi: „2026. gada 15. oktobris“

date = { $year }. gada { $day }. { $month ->
    [1] janvāris
    [2] februāris
    [3] marts
    [4] aprīlis
    [5] maijs
    [6] jūnijs
    [7] jūlijs
    [8] augusts
    [9] septembris
    [10] oktobris
    [11] novembris
   *[12] decembris
}

## Tulkotāju lapa (translation-status/index.html)

translation-status = Tulkojumu statuss
translation-status-intro = Kuri bukleti ir iztulkoti katrā valodā un vai katrs tulkojums ir veidots no oriģināla pašreizējās versijas.
translation-state-current = aktuāls
translation-state-outdated = novecojis
translation-state-unknown = nezināms
translation-state-missing = nav
translation-review-pending = gaida pārskatīšanu
translation-reviewed-on = pārskatīts: { $date }
translated-percent = iztulkoti { $percent }% oriģināla vārdu, aktuāli { $current }%

## Redaktoru pārskats (quality/<lang>/index.html)

quality-report = Kvalitātes pārskats
quality-report-intro = Katra šīs valodas bukleta lasāmība un pārskatīšanas datumi. Dati sagatavoti: { $date }. Rezultāti ir aicinājums tekstu vēlreiz pārskatīt, nevis galīgs vērtējums.
quality-readability = Lasāmība
quality-sentence-length = Vārdi teikumā
quality-next-review = Nākamā pārskatīšana
review-state-overdue = nokavēta
review-state-due-soon = drīz jāveic
review-state-ok = laikā
review-state-missing = nav datuma

## Lapa nav atrasta (404.html)

page-not-found = Lapa nav atrasta
page-not-found-help = Mēs nevarējām atrast šo lapu. Iespējams, tā ir pārvietota. Lūdzu, sāciet vēlreiz no sākumlapas.

## Izdrukājamā brīdinājuma karte (bankas kartes izmērā)

alert-card-title = Imūnterapijas brīdinājuma karte
alert-card-print-help = Izdrukājiet šo lapu, izgrieziet karti pa malu, salokiet to uz pusēm un aizpildiet ar roku.
alert-card-carry = Es saņemu vai esmu saņēmis(-usi) imūnterapiju vēža ārstēšanai.
alert-card-carry-help = Vienmēr nēsājiet šo karti līdzi, arī pēc ārstēšanas beigām. Uzrādiet to ikvienam ārstam, medmāsai vai farmaceitam.
alert-card-name = Vārds, uzvārds
alert-card-phone = Tālrunis
alert-card-emergency-contact = Kontaktpersona ārkārtas gadījumā
alert-card-medicines = Imūnterapijas zāles
alert-card-started = Ārstēšanas sākums
alert-card-last-dose = Pēdējā deva
alert-card-centre = Ārstniecības iestāde
alert-card-phone-24h = Diennakts tālruņa numurs
alert-card-warning-heading = Brīdinājuma pazīmes: nekavējoties zvaniet uz diennakts tālruņa numuru
alert-card-sign-skin = Āda: izsitumi, nieze, pūslīši
alert-card-sign-gut = Zarnas: caureja, sāpes vēderā, asinis izkārnījumos
alert-card-sign-lungs = Plaušas: jauns klepus, elpas trūkums, sāpes krūtīs
alert-card-sign-liver = Aknas: dzeltena āda vai acis, tumšs urīns
alert-card-sign-hormones = Hormonu dziedzeri: izteikts nogurums, galvassāpes, reibonis
alert-card-sign-sugar = Cukurs asinīs: stipras slāpes, daudz urīna
alert-card-sign-heart = Sirds un nervi: ātra sirdsdarbība, muskuļu vājums, redzes dubultošanās
alert-card-for-clinicians = Veselības aprūpes speciālistiem: imūnterapija var izraisīt smagu imūnmediētu jebkura orgāna iekaisumu pat vairākus mēnešus pēc ārstēšanas beigām. Lūdzu, pirms ārstēšanas sazinieties ar onkoloģijas komandu.
alert-card-report = Par iespējamām blakusparādībām ziņojiet savai ārstēšanas komandai vai savas valsts zāļu aģentūrai.
alert-card-oncologist = Ārsts onkologs
alert-card-steroids = Hormonu tabletes vai steroīdi, ko lietoju
alert-card-emergency-number = Ārkārtas tālruņa numurs
alert-card-fold = Salociet šeit
alert-card-clinicians-heading = Ārstiem un medmāsām

## Vienas valodas drukātā brošūra (leafpress pdf --booklet)

booklet-contents = Saturs
booklet-online = Šī ceļveža jaunākā versija vienmēr ir pieejama internetā:
# Datums ir nominatīvā, tāpēc tas stāv aiz kola (kā translation-outdated).
booklet-printed = Drukāšanas datums: { $date }. Jaunākā versija vienmēr ir pieejama iepriekš norādītajā tīmekļa adresē.
booklet-reviewed = Bukleti pēdējo reizi pārskatīti: { $date }
booklet-next-review = Nākamās pārskatīšanas termiņš: { $date }

## Meklēšana: lodziņš katras valodas lapas augšdaļā un šīs valodas meklēšanas lapa

search-label = Meklēt šajā ceļvedī
search-button = Meklēt
search-title = Meklēšana
search-loading = Notiek meklēšana…
search-results = { $count ->
    [0] Meklējot „{ $query }“, nekas netika atrasts.
    [zero] Meklējot „{ $query }“, atrastas { $count } lapas.
    [one] Meklējot „{ $query }“, atrasta { $count } lapa.
   *[other] Meklējot „{ $query }“, atrastas { $count } lapas.
}
search-no-results-help = Mēģiniet citu vai īsāku vārdu. Varat arī apskatīt tālāk esošo tēmu sarakstu no A līdz Z.
search-topics = Tēmas no A līdz Z
search-no-script = Šajā pārlūkā nedarbojas JavaScript, bet bez tā nevar meklēt. Visas šī ceļveža tēmas ir uzskaitītas tālāk no A līdz Z.
search-glossary-word = (terminu skaidrojumi)
