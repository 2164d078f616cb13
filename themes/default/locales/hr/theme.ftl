# Tekstovi ugrađene teme na hrvatskom. Mrežno mjesto može ih zamijeniti, poruku po poruku,
# u locales/hr/*.ftl.
## Cijelo mrežno mjesto

skip-to-content = Prijeđi na glavni sadržaj
site-navigation = Poveznice mrežnog mjesta
home = Početna stranica
all-languages = Svi jezici
language-picker-title = Odaberite svoj jezik
language-picker-intro = Ovaj vodič dostupan je na ovim jezicima.
language-switcher = Pročitajte ovu stranicu na drugom jeziku
language-label = Jezik:

## Stranice letaka

table-of-contents = Na ovoj stranici
not-translated = Ova stranica još nije prevedena na hrvatski. U nastavku je tekst na jeziku: { $language }.
translation-unreviewed = Ovaj prijevod još nije provjerio recenzent.
translation-outdated = Izvornik ove stranice promijenjen je { $date } pa ovaj prijevod možda više nije aktualan.
translation-outdated-undated = Izvornik ove stranice promijenjen je nakon izrade ovog prijevoda. Prijevod možda više nije aktualan.
translation-outdated-link = Pročitajte izvornik ({ $language })
last-reviewed = Stranica posljednji put pregledana: { $date }
next-review = Sljedeći pregled: { $date }
authors = Autori: { $names }
reviewers = Recenzenti: { $names }
sources = Izvori
funding = Financiranje i sponzorstvo
published-by = Izdavač: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Ovaj vodič daje opće informacije. Ne zamjenjuje savjete vaših liječnika i medicinskih sestara.
back-to-top = Natrag na vrh
breadcrumb = Nalazite se ovdje
previous-leaflet = Prethodni letak
next-leaflet = Sljedeći letak
all-leaflets = Svi letci
translators = Prevoditelji: { $names }
translated-from-reviewed = Prevedeno s izvornika ({ $language }), koji je posljednji put pregledan { $date }
translated-from = Prevedeno s izvornika ({ $language }).
source-last-reviewed = Tekst na ovoj stranici ({ $language }) posljednji je put pregledan { $date }

## Letci za zdravstvene djelatnike (front matter `audience:`)

audience-professionals = Za zdravstvene djelatnike
audience-professionals-note = Ova je stranica napisana za liječnike, medicinske sestre i druge zdravstvene djelatnike. Ako ste bolesnik ili njegujete bolesnu osobu, ostali letci ovog vodiča napisani su za vas.

## Ispisani letci: samo na papiru

print-online = Najnoviju verziju ovog letka pročitajte na internetu:
print-qr = QR kod mrežne adrese ove stranice

## Istaknuti okviri

callout-note = Napomena
callout-tip = Savjet
callout-important = Važno
callout-warning = Upozorenje
callout-caution = Hitno

## Odmah potražite pomoć

urgent-help-heading = Odmah potražite pomoć
urgent-help-emergency = Ako jako teško dišete, imate bol u prsima ili napadaj s grčevima, ako se srušite ili ako mislite da vam je život u opasnosti:
urgent-help-call = Nazovite { $number }
urgent-help-team = Kod svakog drugog novog simptoma ili simptoma koji se pogoršava odmah nazovite broj telefona svog tima za liječenje dostupan 24 sata, danju i noću. Ne čekajte sljedeći dogovoreni pregled.
urgent-help-helpline = Naša linija za pomoć: { $number }
urgent-help-signs = Znakovi upozorenja za nuspojave

## Početna stranica jezika

leaflets = Letci u ovom vodiču
leaflet-count = { $count ->
    [one] { $count } letak
    [few] { $count } letka
   *[other] { $count } letaka
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } od { $total } letka
    [few] { $translated } od { $total } letka
   *[other] { $translated } od { $total } letaka
}
language-coverage-none = Zasad samo na jeziku { $language }

## Datumi

date = { $day }. { $month ->
    [1] siječnja
    [2] veljače
    [3] ožujka
    [4] travnja
    [5] svibnja
    [6] lipnja
    [7] srpnja
    [8] kolovoza
    [9] rujna
    [10] listopada
    [11] studenoga
   *[12] prosinca
} { $year }.

## Stranica za prevoditelje

translation-status = Stanje prijevoda
translation-status-intro = Koji su letci prevedeni na koji jezik i je li svaki prijevod izrađen prema aktualnoj verziji izvornika.
translation-state-current = aktualan
translation-state-outdated = zastario
translation-state-unknown = nepoznat
translation-state-missing = nedostaje
translation-review-pending = čeka recenziju
translation-reviewed-on = recenziran { $date }
translated-percent = prevedeno { $percent } % riječi izvornika, aktualno { $current } %

## Izvješće za urednike (quality/<lang>/index.html)

quality-report = Izvješće o kvaliteti
quality-report-intro = Čitljivost i datumi pregleda svakog letka na ovom jeziku (stanje na dan { $date }). Rezultati su poticaj da se tekst ponovno pogleda, a ne konačna ocjena.
quality-readability = Čitljivost
quality-sentence-length = Riječi po rečenici
quality-next-review = Sljedeći pregled
review-state-overdue = rok je istekao
review-state-due-soon = uskoro
review-state-ok = na vrijeme
review-state-missing = nema datuma

## Stranica nije pronađena (404)

page-not-found = Stranica nije pronađena
page-not-found-help = Nismo uspjeli pronaći ovu stranicu. Možda je premještena. Molimo počnite ponovno s početne stranice.

## Kartica upozorenja za ispis

alert-card-title = Kartica upozorenja o imunoterapiji
alert-card-print-help = Ispišite ovu stranicu, izrežite karticu po rubu, presavijte je na pola i ispunite rukom.
alert-card-carry = Primam ili sam primao/primala imunoterapiju za liječenje raka.
alert-card-carry-help = Uvijek nosite ovu karticu sa sobom, i nakon završetka liječenja. Pokažite je svakom liječniku, medicinskoj sestri ili ljekarniku.
alert-card-name = Ime i prezime
alert-card-phone = Telefon
alert-card-emergency-contact = Kontakt u hitnom slučaju
alert-card-medicines = Lijek(ovi) za imunoterapiju
alert-card-started = Početak liječenja
alert-card-last-dose = Posljednja doza
alert-card-centre = Ustanova u kojoj se liječim
alert-card-phone-24h = Broj telefona dostupan 24 sata
alert-card-warning-heading = Znakovi upozorenja: odmah nazovite broj dostupan 24 sata
alert-card-sign-skin = Koža: osip, svrbež, mjehuri
alert-card-sign-gut = Crijeva: proljev, bol u trbuhu, krv u stolici
alert-card-sign-lungs = Pluća: novi kašalj, nedostatak zraka, bol u prsima
alert-card-sign-liver = Jetra: žuta koža ili oči, tamna mokraća
alert-card-sign-hormones = Žlijezde s unutarnjim izlučivanjem: jak umor, glavobolja, vrtoglavica
alert-card-sign-sugar = Šećer u krvi: jaka žeđ, obilno mokrenje
alert-card-sign-heart = Srce i živci: ubrzan rad srca, slabost mišića, dvostruki vid
alert-card-for-clinicians = Zdravstvenim djelatnicima: Imunoterapija može uzrokovati ozbiljnu imunosno posredovanu upalu bilo kojeg organa, čak i mjesecima nakon završetka liječenja. Molimo da se prije liječenja obratite onkološkom timu.
alert-card-report = Sumnju na nuspojave prijavite svom timu za liječenje ili nacionalnoj agenciji za lijekove.
alert-card-oncologist = Liječnik onkolog
alert-card-steroids = Hormonske tablete ili steroidi koje uzimam
alert-card-emergency-number = Broj za hitne slučajeve
alert-card-fold = Ovdje presavijte
alert-card-clinicians-heading = Za liječnike i medicinske sestre

## Ispisana knjižica na jednom jeziku (leafpress pdf --booklet)

booklet-contents = Sadržaj
booklet-online = Najnoviju verziju ovog vodiča pročitajte na internetu:
booklet-printed = Na mrežnoj adresi iznad uvijek je najnovija verzija. Ovaj primjerak ispisan je { $date }
booklet-reviewed = Letci posljednji put pregledani: { $date }
booklet-next-review = Sljedeći pregled najkasnije: { $date }

## Pretraživanje: okvir na vrhu svake stranice i stranica za pretraživanje

search-label = Pretražite vodič
search-button = Traži
search-title = Pretraživanje
search-loading = Tražimo…
search-results = { $count ->
    [0] Nismo ništa pronašli za „{ $query }”.
    [one] Pronašli smo { $count } stranicu za „{ $query }”.
    [few] Pronašli smo { $count } stranice za „{ $query }”.
   *[other] Pronašli smo { $count } stranica za „{ $query }”.
}
search-no-results-help = Pokušajte s nekom drugom ili kraćom riječju. Možete i pogledati teme od A do Ž u nastavku.
search-topics = Teme od A do Ž
search-no-script = Ovaj preglednik ne pokreće JavaScript, a on je potreban za pretraživanje. U nastavku su sve teme ovog vodiča, od A do Ž.
search-glossary-word = (pojmovnik)
