# Textele temei integrate, în limba română. Un site le poate înlocui, mesaj cu mesaj,
# în locales/ro/*.ftl.

## Tot site-ul

skip-to-content = Salt la conținutul principal
site-navigation = Linkurile site-ului
home = Pagina principală
all-languages = Toate limbile
language-picker-title = Alegeți limba
language-picker-intro = Acest ghid este disponibil în aceste limbi.
language-switcher = Citiți această pagină în altă limbă
language-label = Limba:

## Paginile broșurilor

table-of-contents = Pe această pagină
not-translated = Această pagină nu a fost încă tradusă în limba română. Mai jos găsiți textul în această limbă: { $language }.
translation-unreviewed = Această traducere nu a fost încă verificată de un revizor.
translation-outdated = Originalul acestei pagini a fost actualizat la data de { $date }. Este posibil ca această traducere să nu mai fie la zi.
translation-outdated-undated = Originalul acestei pagini a fost actualizat după realizarea acestei traduceri. Este posibil ca traducerea să nu mai fie la zi.
translation-outdated-link = Citiți originalul ({ $language })
last-reviewed = Ultima revizuire a paginii: { $date }
next-review = Următoarea revizuire: { $date }
authors = Redactat de: { $names }
reviewers = Revizuit de: { $names }
sources = Surse
funding = Finanțare și sponsorizare
published-by = Publicat de { $organisation }
contact-us = Contactați-ne: { $contact }
medical-disclaimer = Acest ghid oferă informații generale. Nu înlocuiește sfaturile medicilor și asistentelor care vă îngrijesc.
back-to-top = Înapoi la începutul paginii
breadcrumb = Vă aflați aici
previous-leaflet = Broșura anterioară
next-leaflet = Broșura următoare
all-leaflets = Toate broșurile

## Broșuri pentru profesioniștii din domeniul sănătății (front matter `audience:`)

audience-professionals = Pentru profesioniștii din domeniul sănătății
audience-professionals-note = Această pagină este scrisă pentru medici, asistente medicale și alți profesioniști din domeniul sănătății. Dacă sunteți pacient sau aveți grijă de un bolnav, celelalte broșuri din acest ghid sunt scrise pentru dumneavoastră.

## Broșuri tipărite: apar doar pe hârtie

print-online = Citiți această broșură online, mereu actualizată:
print-qr = Codul QR al adresei web a acestei pagini
translators = Tradus de: { $names }
translated-from-reviewed = Tradus din original ({ $language }). Originalul a fost revizuit ultima dată la data de { $date }.
translated-from = Tradus din original ({ $language }).
source-last-reviewed = Textul de pe această pagină ({ $language }) a fost revizuit ultima dată la data de { $date }.

## Casete (callouts): blocuri marcate cu `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## sau `> [!CAUTION]`. Fiecare mesaj este titlul casetei.

callout-note = Notă
callout-tip = Sfat
callout-important = Important
callout-warning = Avertisment
callout-caution = Urgent

## Ajutor urgent: casetă în partea de sus a fiecărei pagini de broșură și a paginii principale, când
## site.yaml conține `emergency:`. Este mereu în limba cititorului, chiar și pe o pagină în altă limbă.

urgent-help-heading = Ajutor urgent
urgent-help-emergency = Dacă respirați foarte greu, aveți dureri în piept sau o criză cu convulsii, dacă leșinați sau credeți că viața vă este în pericol:
urgent-help-call = Sunați la { $number }
urgent-help-team = Pentru orice alt simptom nou sau care se agravează, sunați imediat la numărul de telefon al echipei care vă tratează, disponibil 24 de ore din 24, ziua sau noaptea. Nu așteptați până la următoarea programare.
urgent-help-helpline = Linia noastră de sprijin: { $number }
urgent-help-signs = Semne de avertizare ale efectelor secundare

## Pagina principală a unei limbi

leaflets = Broșurile din acest ghid
# Categoriile de plural ale limbii române în CLDR: one (1), few (0, 2–19, 101–119…) și other (20 și peste: „20 de broșuri”).
leaflet-count = { $count ->
    [one] O broșură
    [few] { $count } broșuri
   *[other] { $count } de broșuri
}
in-other-language = ({ $language })
# Categorii ca la leaflet-count: one „1 din 1 broșură”, few „din 5 broșuri”, other „din 20 de broșuri”.
language-coverage = { $total ->
    [one] { $translated } din { $total } broșură
    [few] { $translated } din { $total } broșuri
   *[other] { $translated } din { $total } de broșuri
}
language-coverage-none = Deocamdată doar în această limbă: { $language }

## Date calendaristice: „15 octombrie 2026” (lunile se scriu cu literă mică)

date = { $day } { $month ->
    [1] ianuarie
    [2] februarie
    [3] martie
    [4] aprilie
    [5] mai
    [6] iunie
    [7] iulie
    [8] august
    [9] septembrie
    [10] octombrie
    [11] noiembrie
   *[12] decembrie
} { $year }

## Pagina pentru traducători (translation-status/index.html)

translation-status = Stadiul traducerilor
translation-status-intro = Ce broșuri sunt traduse în fiecare limbă și dacă fiecare traducere a fost făcută pornind de la versiunea actuală a originalului.
translation-state-current = la zi
translation-state-outdated = învechită
translation-state-unknown = necunoscută
translation-state-missing = lipsește
translation-review-pending = revizuire în așteptare
translation-reviewed-on = revizuită pe { $date }
translated-percent = { $percent }% din cuvintele originalului traduse, { $current }% la zi

## Raportul pentru redacție (quality/<lang>/index.html)

quality-report = Raport de calitate
quality-report-intro = Lizibilitatea și datele de revizuire ale fiecărei broșuri în această limbă, la data de { $date }. Scorurile sunt un îndemn de a reciti textul, nu un verdict.
quality-readability = Lizibilitate
quality-sentence-length = Cuvinte pe propoziție
quality-next-review = Următoarea revizuire
review-state-overdue = întârziată
review-state-due-soon = în curând
review-state-ok = la timp
review-state-missing = fără dată

## Pagina nu a fost găsită (404.html)

page-not-found = Pagina nu a fost găsită
page-not-found-help = Nu am găsit această pagină. Este posibil să fi fost mutată. Vă rugăm să reîncepeți de la pagina principală.

## Cardul de alertă de tipărit, de mărimea unui card bancar

alert-card-title = Card de alertă pentru imunoterapie
alert-card-print-help = Tipăriți această pagină, decupați cardul de-a lungul marginii, îndoiți-l la mijloc și completați-l de mână.
alert-card-carry = Urmez sau am urmat un tratament cu imunoterapie pentru cancer.
alert-card-carry-help = Purtați mereu acest card asupra dumneavoastră, inclusiv după încheierea tratamentului. Arătați-l oricărui medic, asistent medical sau farmacist.
alert-card-name = Nume
alert-card-phone = Telefon
alert-card-emergency-contact = Persoană de contact în caz de urgență
alert-card-medicines = Medicament(e) pentru imunoterapie
alert-card-started = Începutul tratamentului
alert-card-last-dose = Ultima doză
alert-card-centre = Centrul de tratament
alert-card-phone-24h = Număr de telefon disponibil 24 de ore din 24
alert-card-warning-heading = Semne de avertizare: sunați imediat la numărul disponibil 24 de ore din 24
alert-card-sign-skin = Piele: erupție, mâncărime, vezicule
alert-card-sign-gut = Intestin: diaree, durere de burtă, sânge în scaun
alert-card-sign-lungs = Plămâni: tuse nou apărută, respirație dificilă, durere în piept
alert-card-sign-liver = Ficat: piele sau ochi galbeni, urină închisă la culoare
alert-card-sign-hormones = Glande hormonale: oboseală severă, durere de cap, amețeli
alert-card-sign-sugar = Zahăr în sânge: sete mare, urinare abundentă
alert-card-sign-heart = Inimă și nervi: bătăi rapide ale inimii, slăbiciune musculară, vedere dublă
alert-card-for-clinicians = Către profesioniștii din domeniul sănătății: imunoterapia poate provoca inflamații grave mediate imun ale oricărui organ, chiar și la câteva luni după încheierea tratamentului. Vă rugăm să contactați echipa de oncologie înainte de a trata pacientul.
alert-card-report = Raportați reacțiile adverse suspectate echipei care vă tratează sau agenției naționale a medicamentului din țara dumneavoastră.
alert-card-oncologist = Medic oncolog
alert-card-steroids = Tablete cu hormoni sau steroizi pe care le iau
alert-card-emergency-number = Număr de urgență
alert-card-fold = Îndoiți aici
alert-card-clinicians-heading = Pentru medici și asistente medicale

## Volumul tipărit al unei limbi (leafpress pdf --booklet)

booklet-contents = Cuprins
booklet-online = Acest ghid online, mereu actualizat:
booklet-printed = Tipărit la data de { $date }. La adresa web de mai sus găsiți întotdeauna cea mai nouă versiune.
booklet-reviewed = Ultima revizuire a broșurilor: { $date }
booklet-next-review = Termenul următoarei revizuiri: { $date }

## Căutare: caseta din partea de sus a fiecărei pagini a unei limbi și pagina de căutare a acelei limbi

search-label = Căutați în acest ghid
search-button = Căutați
search-title = Căutare
search-loading = Se caută…
search-results = { $count ->
    [0] Nu am găsit nimic pentru „{ $query }”.
    [one] Am găsit o pagină pentru „{ $query }”.
    [few] Am găsit { $count } pagini pentru „{ $query }”.
   *[other] Am găsit { $count } de pagini pentru „{ $query }”.
}
search-no-results-help = Încercați alt cuvânt sau unul mai scurt. Sau uitați-vă mai jos, în lista subiectelor de la A la Z.
search-topics = Subiecte de la A la Z
search-no-script = Acest browser nu folosește JavaScript, care este necesar pentru căutare. Toate subiectele acestui ghid sunt mai jos, de la A la Z.
search-glossary-word = (glosar)
