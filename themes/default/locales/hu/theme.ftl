# A beépített téma szövegei magyarul. Egy webhely üzenetenként felülírhatja őket
# a locales/hu/*.ftl fájlokban.
## A teljes webhely

skip-to-content = Ugrás a fő tartalomra
site-navigation = A webhely hivatkozásai
home = Kezdőlap
all-languages = Minden nyelv
language-picker-title = Válassza ki a nyelvet
language-picker-intro = Ez az útmutató a következő nyelveken érhető el.
language-switcher = Olvassa el ezt az oldalt más nyelven
language-label = Nyelv:

## Tájékoztatóoldalak

table-of-contents = Ezen az oldalon
not-translated = Ezt az oldalt még nem fordították le magyarra. Alább a szöveget ezen a nyelven olvashatja: { $language }.
translation-unreviewed = Ezt a fordítást még nem ellenőrizte lektor.
translation-outdated = Az oldal eredeti változatát frissítették ({ $date }), ezért ez a fordítás elavult lehet.
translation-outdated-undated = Az oldal eredeti változatát a fordítás elkészülte óta frissítették. A fordítás elavult lehet.
translation-outdated-link = Olvassa el az eredetit ({ $language })
last-reviewed = Az oldal utolsó felülvizsgálata: { $date }
next-review = Következő felülvizsgálat: { $date }
authors = Írta: { $names }
reviewers = Felülvizsgálta: { $names }
sources = Források
funding = Finanszírozás és támogatás
published-by = Kiadó: { $organisation }
contact-us = Kapcsolat: { $contact }
medical-disclaimer = Ez az útmutató általános tájékoztatást nyújt. Nem helyettesíti saját orvosai és ápolói tanácsát.
back-to-top = Vissza az oldal tetejére
breadcrumb = Ön itt van
previous-leaflet = Előző tájékoztató
next-leaflet = Következő tájékoztató
all-leaflets = Minden tájékoztató
translators = Fordította: { $names }
translated-from-reviewed = Fordítás az eredeti változatból ({ $language }). Az eredeti utolsó felülvizsgálata: { $date }
translated-from = Fordítás az eredeti változatból ({ $language }).
source-last-reviewed = Az oldalon olvasható szöveg ({ $language }) utolsó felülvizsgálata: { $date }

## Tájékoztatók egészségügyi szakembereknek (front matter `audience:`)

audience-professionals = Egészségügyi szakembereknek
audience-professionals-note = Ez az oldal orvosoknak, ápolóknak és más egészségügyi szakembereknek szól. Ha Ön beteg, vagy beteg hozzátartozóját ápolja, az útmutató többi tájékoztatója Önnek készült.

## Kinyomtatott tájékoztatók: csak papíron

print-online = A tájékoztató mindig friss változata az interneten:
print-qr = Az oldal webcímének QR-kódja

## Kiemelt szövegdobozok

callout-note = Megjegyzés
callout-tip = Tipp
callout-important = Fontos
callout-warning = Figyelem
callout-caution = Sürgős

## Azonnali segítség

urgent-help-heading = Kérjen segítséget most
urgent-help-emergency = Ha nagyon nehezen kap levegőt, fáj a mellkasa, görcsrohama van, összeesik, vagy úgy érzi, hogy az élete veszélyben van:
urgent-help-call = Hívás: { $number }
urgent-help-team = Minden más új vagy rosszabbodó tünet esetén azonnal hívja kezelőcsapata éjjel-nappal hívható telefonszámát, akár nappal, akár éjjel. Ne várja meg a következő időpontját.
urgent-help-helpline = Tanácsadó telefonszámunk: { $number }
urgent-help-signs = A mellékhatások figyelmeztető jelei

## Egy nyelv kezdőlapja

leaflets = Az útmutató tájékoztatói
leaflet-count = { $count ->
    [one] Egy tájékoztató
   *[other] { $count } tájékoztató
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $total } tájékoztatóból { $translated }
   *[other] { $total } tájékoztatóból { $translated }
}
language-coverage-none = Egyelőre csak ezen a nyelven: { $language }

## Dátumok

date = { $year }. { $month ->
    [1] január
    [2] február
    [3] március
    [4] április
    [5] május
    [6] június
    [7] július
    [8] augusztus
    [9] szeptember
    [10] október
    [11] november
   *[12] december
} { $day }.

## Oldal a fordítóknak

translation-status = A fordítások állapota
translation-status-intro = Mely tájékoztatók vannak lefordítva az egyes nyelvekre, és hogy az egyes fordítások az eredeti aktuális változatából készültek-e.
translation-state-current = naprakész
translation-state-outdated = elavult
translation-state-unknown = ismeretlen
translation-state-missing = hiányzik
translation-review-pending = lektorálásra vár
translation-reviewed-on = lektorálva: { $date }
translated-percent = lefordított szavak: { $percent }%, naprakész: { $current }%

## Jelentés a szerkesztőknek (quality/<lang>/index.html)

quality-report = Minőségi jelentés
quality-report-intro = Az ezen a nyelven elérhető tájékoztatók olvashatósága és felülvizsgálati dátumai (állapot: { $date }). A pontszámok azt jelzik, hogy érdemes újra megnézni a szöveget, nem ítéletek.
quality-readability = Olvashatóság
quality-sentence-length = Szavak száma mondatonként
quality-next-review = Következő felülvizsgálat
review-state-overdue = lejárt
review-state-due-soon = hamarosan esedékes
review-state-ok = időben
review-state-missing = nincs dátum

## Az oldal nem található (404)

page-not-found = Az oldal nem található
page-not-found-help = Nem találtuk ezt az oldalt. Lehet, hogy áthelyezték. Kérjük, kezdje újra a kezdőlapról.

## Nyomtatható figyelmeztető kártya

alert-card-title = Figyelmeztető kártya immunterápiás kezeléshez
alert-card-print-help = Nyomtassa ki ezt az oldalt, vágja ki a kártyát a szegély mentén, hajtsa félbe, és töltse ki kézzel.
alert-card-carry = Daganatos betegségem miatt immunterápiás kezelést kapok vagy kaptam.
alert-card-carry-help = Mindig tartsa magánál ezt a kártyát, a kezelés befejezése után is. Mutassa meg minden orvosnak, ápolónak vagy gyógyszerésznek.
alert-card-name = Név
alert-card-phone = Telefon
alert-card-emergency-contact = Értesítendő személy vészhelyzetben
alert-card-medicines = Immunterápiás gyógyszer(ek)
alert-card-started = A kezelés kezdete
alert-card-last-dose = Utolsó adag
alert-card-centre = Kezelőintézmény
alert-card-phone-24h = Éjjel-nappal hívható telefonszám
alert-card-warning-heading = Figyelmeztető jelek: azonnal hívja az éjjel-nappal hívható számot
alert-card-sign-skin = Bőr: kiütés, viszketés, hólyagok
alert-card-sign-gut = Belek: hasmenés, hasfájás, véres széklet
alert-card-sign-lungs = Tüdő: új keletű köhögés, légszomj, mellkasi fájdalom
alert-card-sign-liver = Máj: sárga bőr vagy szem, sötét vizelet
alert-card-sign-hormones = Hormontermelő mirigyek: erős fáradtság, fejfájás, szédülés
alert-card-sign-sugar = Vércukor: nagy szomjúság, sok vizelet
alert-card-sign-heart = Szív és idegek: szapora szívverés, izomgyengeség, kettős látás
alert-card-for-clinicians = Egészségügyi szakembereknek: Az immunterápia bármely szervben súlyos, immunmediált gyulladást okozhat, akár hónapokkal a kezelés befejezése után is. Kérjük, a kezelés előtt vegye fel a kapcsolatot az onkológiai csapattal.
alert-card-report = A feltételezett mellékhatásokat jelentse a kezelőcsapatnak vagy a nemzeti gyógyszerhatóságnak.
alert-card-oncologist = Onkológus orvos
alert-card-steroids = Hormon- vagy szteroidtabletta, amit szedek
alert-card-emergency-number = Segélyhívó szám
alert-card-fold = Itt hajtsa félbe
alert-card-clinicians-heading = Orvosoknak és ápolóknak

## Egy nyelv nyomtatott füzete (leafpress pdf --booklet)

booklet-contents = Tartalom
booklet-online = Az útmutató mindig friss változata az interneten:
booklet-printed = A fenti webcímen mindig a legfrissebb változat olvasható. Nyomtatás dátuma: { $date }
booklet-reviewed = A tájékoztatók utolsó felülvizsgálata: { $date }
booklet-next-review = Következő felülvizsgálat legkésőbb: { $date }

## Keresés: a keresőmező minden oldal tetején és a keresőoldal

search-label = Keresés az útmutatóban
search-button = Keresés
search-title = Keresés
search-loading = Keresés folyamatban…
search-results = { $count ->
    [0] Nincs találat erre: „{ $query }”.
    [one] Egy oldalt találtunk erre: „{ $query }”.
   *[other] { $count } oldalt találtunk erre: „{ $query }”.
}
search-no-results-help = Próbálkozzon egy másik vagy rövidebb szóval. A témákat lent is megnézheti, A-tól Z-ig.
search-topics = Témák A-tól Z-ig
search-no-script = Ebben a böngészőben nem fut a JavaScript, pedig a kereséshez szükség van rá. Az útmutató összes témáját lent találja, A-tól Z-ig.
search-glossary-word = (szójegyzék)
