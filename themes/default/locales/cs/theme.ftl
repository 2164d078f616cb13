# Texty vestavěného motivu v češtině. Web je může přepsat, zprávu po zprávě,
# v locales/cs/*.ftl.
## Celý web

skip-to-content = Přejít na hlavní obsah
site-navigation = Odkazy webu
home = Úvodní stránka
all-languages = Všechny jazyky
language-picker-title = Vyberte si jazyk
language-picker-intro = Tento průvodce je k dispozici v těchto jazycích.
language-switcher = Přečíst tuto stránku v jiném jazyce
language-label = Jazyk:

## Stránky letáků

table-of-contents = Na této stránce
not-translated = Tato stránka zatím nebyla přeložena do češtiny. Níže je text v jazyce: { $language }.
translation-unreviewed = Tento překlad zatím nezkontroloval žádný recenzent.
translation-outdated = Originál této stránky byl aktualizován { $date }. Tento překlad proto nemusí být aktuální.
translation-outdated-undated = Originál této stránky byl od pořízení tohoto překladu aktualizován. Překlad proto nemusí být aktuální.
translation-outdated-link = Přečíst originál ({ $language })
last-reviewed = Poslední kontrola stránky: { $date }
next-review = Příští kontrola: { $date }
authors = Autoři: { $names }
reviewers = Zkontrolovali: { $names }
sources = Zdroje
funding = Financování a sponzorství
published-by = Vydavatel: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Tento průvodce poskytuje obecné informace. Nenahrazuje radu vašich lékařů a zdravotních sester.
back-to-top = Zpět nahoru
breadcrumb = Nacházíte se zde
previous-leaflet = Předchozí leták
next-leaflet = Další leták
all-leaflets = Všechny letáky
translators = Přeložili: { $names }
translated-from-reviewed = Přeloženo z originálu ({ $language }), který byl naposledy zkontrolován { $date }.
translated-from = Přeloženo z originálu ({ $language }).
source-last-reviewed = Text na této stránce ({ $language }) byl naposledy zkontrolován { $date }.

## Letáky pro zdravotníky (front matter `audience:`)

audience-professionals = Pro zdravotníky
audience-professionals-note = Tato stránka je napsaná pro lékaře, zdravotní sestry a další zdravotníky. Pokud jste pacient nebo o nemocného pečujete, jsou pro vás napsané ostatní letáky tohoto průvodce.

## Vytištěné letáky: jen na papíře

print-online = Aktuální verzi tohoto letáku najdete online:
print-qr = QR kód s webovou adresou této stránky

## Zvýrazněné rámečky

callout-note = Poznámka
callout-tip = Tip
callout-important = Důležité
callout-warning = Varování
callout-caution = Naléhavé

## Okamžitá pomoc

urgent-help-heading = Okamžitá pomoc
urgent-help-emergency = Pokud velmi těžko dýcháte, máte bolest na hrudi nebo záchvat křečí, pokud zkolabujete nebo máte pocit, že je ohrožen váš život:
urgent-help-call = Zavolat { $number }
urgent-help-team = Při jakémkoli jiném novém nebo zhoršujícím se příznaku ihned volejte telefon svého ošetřujícího týmu dostupný 24 hodin denně, ve dne i v noci. Nečekejte až na další plánovanou návštěvu.
urgent-help-helpline = Naše poradenská linka: { $number }
urgent-help-signs = Varovné příznaky nežádoucích účinků

## Úvodní stránka jazyka

leaflets = Letáky v tomto průvodci
leaflet-count = { $count ->
    [one] Jeden leták
    [few] { $count } letáky
    [many] { $count } letáku
   *[other] { $count } letáků
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } z { $total } letáku
    [few] { $translated } z { $total } letáků
    [many] { $translated } z { $total } letáku
   *[other] { $translated } z { $total } letáků
}
language-coverage-none = Zatím jen v jazyce { $language }

## Data

date = { $day }. { $month ->
    [1] ledna
    [2] února
    [3] března
    [4] dubna
    [5] května
    [6] června
    [7] července
    [8] srpna
    [9] září
    [10] října
    [11] listopadu
   *[12] prosince
} { $year }

## Stránka pro překladatele

translation-status = Stav překladů
translation-status-intro = Které letáky jsou přeloženy do jednotlivých jazyků a zda byl každý překlad pořízen z aktuální verze originálu.
translation-state-current = aktuální
translation-state-outdated = zastaralý
translation-state-unknown = neznámý
translation-state-missing = chybí
translation-review-pending = čeká na kontrolu
translation-reviewed-on = zkontrolován { $date }
translated-percent = přeloženo { $percent } % slov originálu, z toho aktuálních { $current } %

## Zpráva pro redakci (quality/<lang>/index.html)

quality-report = Zpráva o kvalitě
quality-report-intro = Čitelnost a data kontrol jednotlivých letáků v tomto jazyce ke dni { $date }. Skóre je podnětem k dalšímu pohledu, nikoli verdiktem.
quality-readability = Čitelnost
quality-sentence-length = Slov na větu
quality-next-review = Příští kontrola
review-state-overdue = po termínu
review-state-due-soon = blíží se termín
review-state-ok = včas
review-state-missing = bez data

## Stránka nenalezena (404)

page-not-found = Stránka nenalezena
page-not-found-help = Tuto stránku jsme nenašli. Možná byla přesunuta. Začněte prosím znovu na úvodní stránce.

## Karta pacienta k vytištění

alert-card-title = Karta pacienta léčeného imunoterapií
alert-card-print-help = Vytiskněte tuto stránku, vystřihněte kartu podél okraje, přeložte ji napůl a vyplňte ji ručně.
alert-card-carry = Podstupuji nebo jsem podstoupil(a) imunoterapii kvůli rakovině.
alert-card-carry-help = Noste tuto kartu vždy u sebe, i po skončení léčby. Ukažte ji každému lékaři, zdravotní sestře nebo lékárníkovi.
alert-card-name = Jméno
alert-card-phone = Telefon
alert-card-emergency-contact = Kontakt v naléhavém případě
alert-card-medicines = Lék(y) pro imunoterapii
alert-card-started = Začátek léčby
alert-card-last-dose = Poslední dávka
alert-card-centre = Ošetřující pracoviště
alert-card-phone-24h = Telefon dostupný 24 hodin denně
alert-card-warning-heading = Varovné příznaky: ihned volejte telefon dostupný 24 hodin denně
alert-card-sign-skin = Kůže: vyrážka, svědění, puchýře
alert-card-sign-gut = Střeva: průjem, bolest břicha, krev ve stolici
alert-card-sign-lungs = Plíce: nový kašel, dušnost, bolest na hrudi
alert-card-sign-liver = Játra: zežloutnutí kůže nebo očí, tmavá moč
alert-card-sign-hormones = Hormonální žlázy: silná únava, bolest hlavy, závratě
alert-card-sign-sugar = Cukr v krvi: velká žízeň, hojné močení
alert-card-sign-heart = Srdce a nervy: rychlý tep, svalová slabost, dvojité vidění
alert-card-for-clinicians = Zdravotníkům: Imunoterapie může způsobit závažný imunitně podmíněný zánět kteréhokoli orgánu, i několik měsíců po ukončení léčby. Před zahájením léčby prosím kontaktujte onkologický tým.
alert-card-report = Podezření na nežádoucí účinky hlaste svému ošetřujícímu týmu nebo národnímu úřadu pro léčiva.
alert-card-oncologist = Lékař onkolog
alert-card-steroids = Hormonální tablety nebo steroidy, které užívám
alert-card-emergency-number = Tísňové číslo
alert-card-fold = Zde přeložte
alert-card-clinicians-heading = Pro lékaře a zdravotní sestry

## Vytištěná brožura jednoho jazyka (leafpress pdf --booklet)

booklet-contents = Obsah
booklet-online = Aktuální verzi tohoto průvodce najdete online:
booklet-printed = Vytištěno { $date }. Na webové adrese výše je vždy nejnovější verze.
booklet-reviewed = Poslední kontrola letáků: { $date }
booklet-next-review = Příští kontrola nejpozději: { $date }

## Hledání: pole v záhlaví každé stránky a stránka s hledáním

search-label = Hledat v průvodci
search-button = Hledat
search-title = Hledání
search-loading = Hledáme…
search-results = { $count ->
    [0] Pro „{ $query }“ jsme nic nenašli.
    [one] Pro „{ $query }“ jsme našli jednu stránku.
    [few] Pro „{ $query }“ jsme našli { $count } stránky.
    [many] Pro „{ $query }“ jsme našli { $count } stránky.
   *[other] Pro „{ $query }“ jsme našli { $count } stránek.
}
search-no-results-help = Zkuste jiné nebo kratší slovo. Můžete si také projít témata od A do Z níže.
search-topics = Témata od A do Z
search-no-script = Tento prohlížeč nespouští JavaScript a bez něj hledání nefunguje. Všechna témata průvodce najdete níže, seřazená od A do Z.
search-glossary-word = (slovníček)
