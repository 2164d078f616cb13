# Texty vstavanej témy v slovenčine. Web ich môže prepísať, správu po správe,
# v locales/sk/*.ftl.

## Celý web

skip-to-content = Prejsť na hlavný obsah
site-navigation = Odkazy webu
home = Úvodná stránka
all-languages = Všetky jazyky
language-picker-title = Vyberte si jazyk
language-picker-intro = Tento sprievodca je dostupný v týchto jazykoch.
language-switcher = Prečítať túto stránku v inom jazyku
language-label = Jazyk:

## Stránky letákov

table-of-contents = Na tejto stránke
not-translated = Táto stránka zatiaľ nebola preložená do slovenčiny. Nižšie je text v jazyku: { $language }.
translation-unreviewed = Tento preklad zatiaľ neskontroloval žiadny recenzent.
translation-outdated = Originál tejto stránky bol aktualizovaný { $date }. Tento preklad preto nemusí byť aktuálny.
translation-outdated-undated = Originál tejto stránky bol od vyhotovenia tohto prekladu aktualizovaný. Preklad preto nemusí byť aktuálny.
translation-outdated-link = Prečítať originál ({ $language })
last-reviewed = Posledná kontrola stránky: { $date }
next-review = Ďalšia kontrola: { $date }
authors = Autori: { $names }
reviewers = Skontrolovali: { $names }
sources = Zdroje
funding = Financovanie a sponzorstvo
published-by = Vydavateľ: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Tento sprievodca poskytuje všeobecné informácie. Nenahrádza radu vašich lekárov a zdravotných sestier.
back-to-top = Späť hore
breadcrumb = Nachádzate sa tu
previous-leaflet = Predchádzajúci leták
next-leaflet = Ďalší leták
all-leaflets = Všetky letáky

## Letáky pre zdravotníckych pracovníkov (front matter `audience:`)

audience-professionals = Pre zdravotníckych pracovníkov
audience-professionals-note = Táto stránka je napísaná pre lekárov, zdravotné sestry a ďalších zdravotníckych pracovníkov. Ak ste pacient alebo sa staráte o chorého, ostatné letáky tohto sprievodcu sú napísané pre vás.

## Vytlačené letáky: len na papieri

print-online = Aktuálnu verziu tohto letáka nájdete na internete:
print-qr = QR kód s webovou adresou tejto stránky
translators = Preklad: { $names }
translated-from-reviewed = Preložené z originálu ({ $language }). Originál bol naposledy skontrolovaný { $date }.
translated-from = Preložené z originálu ({ $language }).
source-last-reviewed = Text na tejto stránke ({ $language }) bol naposledy skontrolovaný { $date }.

## Rámčeky (callouts): bloky označené `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## alebo `> [!CAUTION]`. Každá správa je nadpis rámčeka.

callout-note = Poznámka
callout-tip = Tip
callout-important = Dôležité
callout-warning = Varovanie
callout-caution = Súrne

## Okamžitá pomoc: rámček hore na každej stránke letáka a na úvodnej stránke, ak site.yaml obsahuje
## `emergency:`. Je vždy v jazyku čitateľa, aj na stránke s textom v inom jazyku.

urgent-help-heading = Okamžitá pomoc
urgent-help-emergency = Ak veľmi ťažko dýchate, máte bolesť na hrudníku alebo záchvat kŕčov, ak odpadnete alebo si myslíte, že je váš život v ohrození:
urgent-help-call = Volajte { $number }
urgent-help-team = Pri akomkoľvek inom novom alebo zhoršujúcom sa príznaku okamžite volajte na telefón svojho ošetrujúceho tímu dostupný 24 hodín denne, cez deň aj v noci. Nečakajte na ďalší termín u lekára.
urgent-help-helpline = Naša linka pomoci: { $number }
urgent-help-signs = Varovné príznaky nežiaducich účinkov

## Úvodná stránka jazyka

leaflets = Letáky v tomto sprievodcovi
leaflet-count = { $count ->
    [one] Jeden leták
    [few] { $count } letáky
    [many] { $count } letáka
   *[other] { $count } letákov
}
in-other-language = ({ $language })
# Po „z“ genitív: one „z 1 letáku“, few a other „z 3 (5…) letákov“, many (zlomky) „z 1,5 letáka“.
language-coverage = { $total ->
    [one] { $translated } z { $total } letáku
    [few] { $translated } z { $total } letákov
    [many] { $translated } z { $total } letáka
   *[other] { $translated } z { $total } letákov
}
language-coverage-none = Zatiaľ len v jazyku: { $language }

## Dátumy: „15. októbra 2026“ (mesiac v genitíve)

date = { $day }. { $month ->
    [1] januára
    [2] februára
    [3] marca
    [4] apríla
    [5] mája
    [6] júna
    [7] júla
    [8] augusta
    [9] septembra
    [10] októbra
    [11] novembra
   *[12] decembra
} { $year }

## Stránka pre prekladateľov (translation-status/index.html)

translation-status = Stav prekladov
translation-status-intro = Ktoré letáky sú preložené do jednotlivých jazykov a či bol každý preklad vyhotovený z aktuálnej verzie originálu.
translation-state-current = aktuálny
translation-state-outdated = zastaraný
translation-state-unknown = neznámy
translation-state-missing = chýba
translation-review-pending = čaká na kontrolu
translation-reviewed-on = skontrolovaný { $date }
translated-percent = preložených { $percent } % slov originálu, aktuálnych { $current } %

## Správa pre redakciu (quality/<lang>/index.html)

quality-report = Správa o kvalite
quality-report-intro = Čitateľnosť a dátumy kontrol jednotlivých letákov v tomto jazyku k dňu { $date }. Skóre je podnetom na ďalší pohľad, nie verdiktom.
quality-readability = Čitateľnosť
quality-sentence-length = Počet slov vo vete
quality-next-review = Ďalšia kontrola
review-state-overdue = po termíne
review-state-due-soon = blíži sa termín
review-state-ok = včas
review-state-missing = bez dátumu

## Stránka sa nenašla (404.html)

page-not-found = Stránka sa nenašla
page-not-found-help = Túto stránku sme nenašli. Možno bola presunutá. Začnite, prosím, znova na úvodnej stránke.

## Karta pacienta na vytlačenie (vo veľkosti platobnej karty)

alert-card-title = Karta pacienta liečeného imunoterapiou
alert-card-print-help = Vytlačte túto stránku, vystrihnite kartu pozdĺž okraja, preložte ju na polovicu a vyplňte ju ručne.
alert-card-carry = Podstupujem alebo som podstúpil(a) imunoterapiu na liečbu rakoviny.
alert-card-carry-help = Noste túto kartu vždy pri sebe, aj po skončení liečby. Ukážte ju každému lekárovi, zdravotnej sestre alebo lekárnikovi.
alert-card-name = Meno
alert-card-phone = Telefón
alert-card-emergency-contact = Kontakt v núdzi
alert-card-medicines = Liek(y) na imunoterapiu
alert-card-started = Začiatok liečby
alert-card-last-dose = Posledná dávka
alert-card-centre = Ošetrujúce pracovisko
alert-card-phone-24h = Telefón dostupný 24 hodín denne
alert-card-warning-heading = Varovné príznaky: okamžite volajte na telefón dostupný 24 hodín denne
alert-card-sign-skin = Koža: vyrážka, svrbenie, pľuzgiere
alert-card-sign-gut = Črevá: hnačka, bolesť brucha, krv v stolici
alert-card-sign-lungs = Pľúca: nový kašeľ, dýchavičnosť, bolesť na hrudníku
alert-card-sign-liver = Pečeň: žltá koža alebo oči, tmavý moč
alert-card-sign-hormones = Hormonálne žľazy: silná únava, bolesť hlavy, závraty
alert-card-sign-sugar = Cukor v krvi: veľký smäd, hojné močenie
alert-card-sign-heart = Srdce a nervy: rýchly tep, svalová slabosť, dvojité videnie
alert-card-for-clinicians = Zdravotníckym pracovníkom: Imunoterapia môže spôsobiť závažný imunitne podmienený zápal ktoréhokoľvek orgánu, aj niekoľko mesiacov po skončení liečby. Pred začatím liečby, prosím, kontaktujte onkologický tím.
alert-card-report = Podozrenie na nežiaduce účinky hláste svojmu ošetrujúcemu tímu alebo národnému úradu pre lieky.
alert-card-oncologist = Lekár onkológ
alert-card-steroids = Hormonálne tablety alebo steroidy, ktoré užívam
alert-card-emergency-number = Núdzové číslo
alert-card-fold = Tu preložte
alert-card-clinicians-heading = Pre lekárov a zdravotné sestry

## Tlačená brožúra v jednom jazyku (leafpress pdf --booklet)

booklet-contents = Obsah
booklet-online = Aktuálnu verziu tohto sprievodcu nájdete na internete:
booklet-printed = Vytlačené { $date }. Na webovej adrese vyššie je vždy najnovšia verzia.
booklet-reviewed = Posledná kontrola letákov: { $date }
booklet-next-review = Ďalšia kontrola najneskôr: { $date }

## Vyhľadávanie: pole hore na každej stránke jazyka a stránka vyhľadávania tohto jazyka

search-label = Hľadať v sprievodcovi
search-button = Hľadať
search-title = Vyhľadávanie
search-loading = Hľadá sa…
search-results = { $count ->
    [0] Pre „{ $query }“ sme nič nenašli.
    [one] Pre „{ $query }“ sme našli jednu stránku.
    [few] Pre „{ $query }“ sme našli { $count } stránky.
    [many] Pre „{ $query }“ sme našli { $count } stránky.
   *[other] Pre „{ $query }“ sme našli { $count } stránok.
}
search-no-results-help = Skúste iné alebo kratšie slovo. Alebo si nižšie pozrite témy od A po Z.
search-topics = Témy od A po Z
search-no-script = Tento prehliadač nespúšťa JavaScript, ktorý je na vyhľadávanie potrebný. Všetky témy tohto sprievodcu sú nižšie, zoradené od A po Z.
search-glossary-word = (slovník pojmov)
