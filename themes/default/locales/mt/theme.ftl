# It-testi tat-tema integrata bil-Malti. Sit jista' jibdilhom, messaġġ b'messaġġ,
# f'locales/mt/*.ftl.

## Is-sit kollu

skip-to-content = Aqbeż għall-kontenut ewlieni
site-navigation = Links tas-sit
home = Paġna ewlenija
all-languages = Il-lingwi kollha
language-picker-title = Agħżel il-lingwa tiegħek
language-picker-intro = Din il-gwida hija disponibbli b'dawn il-lingwi.
language-switcher = Aqra din il-paġna b'lingwa oħra
language-label = Lingwa:

## Paġni tal-fuljetti

table-of-contents = F'din il-paġna
not-translated = Din il-paġna għadha ma ġietx tradotta għall-Malti. Hawn taħt issib it-test b'din il-lingwa: { $language }.
translation-unreviewed = Din it-traduzzjoni għadha ma ġietx iċċekkjata minn reviżur.
translation-outdated = L-oriġinal ta' din il-paġna ġie aġġornat. Data tal-aġġornament: { $date }. Din it-traduzzjoni tista' ma tkunx aġġornata.
translation-outdated-undated = L-oriġinal ta' din il-paġna ġie aġġornat wara li saret din it-traduzzjoni. It-traduzzjoni tista' ma tkunx aġġornata.
translation-outdated-link = Aqra l-oriġinal ({ $language })
last-reviewed = L-aħħar reviżjoni tal-paġna: { $date }
next-review = Ir-reviżjoni li jmiss: { $date }
authors = Miktub minn: { $names }
reviewers = Rivedut minn: { $names }
sources = Sorsi
funding = Finanzjament u sponsorizzazzjoni
published-by = Ippubblikat minn { $organisation }
contact-us = Ikkuntattjana: { $contact }
medical-disclaimer = Din il-gwida tagħti informazzjoni ġenerali. Ma tiħux post il-parir tat-tobba u tal-infermiera tiegħek.
back-to-top = Lura fuq nett
breadcrumb = Tinsab hawn
previous-leaflet = Il-fuljett ta' qabel
next-leaflet = Il-fuljett li jmiss
all-leaflets = Il-fuljetti kollha

## Fuljetti għall-professjonisti tal-kura tas-saħħa (front matter `audience:`)

audience-professionals = Għall-professjonisti tal-kura tas-saħħa
audience-professionals-note = Din il-paġna hija miktuba għat-tobba, għall-infermiera u għal professjonisti oħra tal-kura tas-saħħa. Jekk inti pazjent jew qed tieħu ħsieb persuna marida, il-fuljetti l-oħra ta' din il-gwida huma miktuba għalik.

## Fuljetti pprintjati: jidhru biss fuq il-karta

print-online = Aqra dan il-fuljett fuq l-internet, dejjem aġġornat:
print-qr = Kodiċi QR tal-indirizz web ta' din il-paġna
translators = Tradott minn: { $names }
translated-from-reviewed = Tradott mill-verżjoni oriġinali ({ $language }). L-aħħar reviżjoni tal-oriġinal: { $date }.
translated-from = Tradott mill-verżjoni oriġinali ({ $language }).
source-last-reviewed = L-aħħar reviżjoni tat-test ta' din il-paġna ({ $language }): { $date }.

## Kaxxi (callouts) immarkati b'`> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## jew `> [!CAUTION]`. Kull messaġġ huwa t-titlu tal-kaxxa.

callout-note = Nota
callout-tip = Parir
callout-important = Importanti
callout-warning = Twissija
callout-caution = Urġenti

## Għajnuna issa: kaxxa fil-quċċata ta' kull paġna ta' fuljett u tal-paġna ewlenija, meta site.yaml
## fih `emergency:`. Dejjem bil-lingwa tal-qarrej, anke fuq paġna b'lingwa oħra.

urgent-help-heading = Ikseb l-għajnuna issa
urgent-help-emergency = Jekk għandek diffikultà kbira biex tieħu n-nifs, uġigħ fis-sider jew konvulżjonijiet, jekk tintilef minn sensik, jew jekk taħseb li ħajtek f'periklu:
urgent-help-call = Ċempel { $number }
urgent-help-team = Għal kwalunkwe sintomu ieħor ġdid jew li qed jiħrax, ċempel minnufih lit-tim tal-kura tiegħek fuq in-numru disponibbli 24 siegħa, kemm bi nhar kif ukoll bil-lejl. M'għandekx tistenna l-appuntament li jmiss.
urgent-help-helpline = Il-linja ta' għajnuna tagħna: { $number }
urgent-help-signs = Sinjali ta' twissija ta' effetti sekondarji

## Il-paġna ewlenija ta' lingwa

leaflets = Il-fuljetti f'din il-gwida
# Kategoriji tal-plural tas-CLDR: one (1), two (2), few (0, 3–10), many (11–19), other (20 u aktar).
# Wara 2 sa 10 jintuża l-plural (fuljetti); minn 11 'il fuq is-singular (fuljett).
leaflet-count = { $count ->
    [one] Fuljett wieħed
    [two] { $count } fuljetti
    [few] { $count } fuljetti
    [many] { $count } fuljett
   *[other] { $count } fuljett
}
in-other-language = ({ $language })
# Bħal leaflet-count: wara 2 sa 10 il-plural (fuljetti); minn 11 'il fuq is-singular (fuljett).
language-coverage = { $total ->
    [one] { $translated } minn { $total } fuljett
    [two] { $translated } minn { $total } fuljetti
    [few] { $translated } minn { $total } fuljetti
    [many] { $translated } minn { $total } fuljett
   *[other] { $translated } minn { $total } fuljett
}
language-coverage-none = S'issa biss b'din il-lingwa: { $language }

## Dati: "15 ta' Ottubru 2026"

date = { $day } ta' { $month ->
    [1] Jannar
    [2] Frar
    [3] Marzu
    [4] April
    [5] Mejju
    [6] Ġunju
    [7] Lulju
    [8] Awwissu
    [9] Settembru
    [10] Ottubru
    [11] Novembru
   *[12] Diċembru
} { $year }

## Il-paġna tat-tradutturi (translation-status/index.html)

translation-status = L-istatus tat-traduzzjonijiet
translation-status-intro = Liema fuljetti huma tradotti f'kull lingwa, u jekk kull traduzzjoni saritx mill-verżjoni attwali tal-oriġinal.
translation-state-current = aġġornata
translation-state-outdated = mhux aġġornata
translation-state-unknown = mhux magħrufa
translation-state-missing = nieqsa
translation-review-pending = reviżjoni pendenti
translation-reviewed-on = riveduta: { $date }
translated-percent = { $percent }% tal-kliem tal-oriġinal tradott, { $current }% aġġornat

## Ir-rapport għall-edituri (quality/<lang>/index.html)

quality-report = Rapport dwar il-kwalità
quality-report-intro = Il-leġibbiltà u d-dati tar-reviżjoni ta' kull fuljett f'din il-lingwa. Data: { $date }. Il-punteġġi huma stedina biex terġa' tħares lejn it-test, mhux verdett.
quality-readability = Leġibbiltà
quality-sentence-length = Kliem f'kull sentenza
quality-next-review = Ir-reviżjoni li jmiss
review-state-overdue = skaduta
review-state-due-soon = dalwaqt
review-state-ok = fil-ħin
review-state-missing = l-ebda data

## Il-paġna ma nstabitx (404.html)

page-not-found = Il-paġna ma nstabitx
page-not-found-help = Ma stajniex insibu din il-paġna. Forsi ġiet imċaqalqa. Jekk jogħġbok, erġa' ibda mill-paġna ewlenija.

## Il-kard ta' twissija li tista' tiġi pprintjata (daqs kard bankarja)

alert-card-title = Kard ta' twissija dwar l-immunoterapija
alert-card-print-help = Ipprintja din il-paġna, aqta' l-kard tul it-tarf, itwiha min-nofs u imliha bl-idejn.
alert-card-carry = Qed nieħu, jew ħadt, l-immunoterapija għall-kanċer.
alert-card-carry-help = Żomm din il-kard dejjem miegħek, anke wara li tispiċċa l-kura tiegħek. Uriha lil kull tabib, infermier jew spiżjar.
alert-card-name = Isem
alert-card-phone = Telefon
alert-card-emergency-contact = Persuna ta' kuntatt f'każ ta' emerġenza
alert-card-medicines = Mediċina/i tal-immunoterapija
alert-card-started = Bidu tal-kura
alert-card-last-dose = L-aħħar doża
alert-card-centre = Ċentru tal-kura
alert-card-phone-24h = Numru tat-telefon disponibbli 24 siegħa
alert-card-warning-heading = Sinjali ta' twissija: ċempel minnufih lin-numru disponibbli 24 siegħa
alert-card-sign-skin = Ġilda: raxx, ħakk, bżieżaq
alert-card-sign-gut = Musrana: dijarea, uġigħ fl-istonku, demm fl-ippurgar
alert-card-sign-lungs = Pulmun: sogħla ġdida, qtugħ ta' nifs, uġigħ fis-sider
alert-card-sign-liver = Fwied: ġilda jew għajnejn sofor, awrina skura
alert-card-sign-hormones = Glandoli tal-ormoni: għeja kbira, uġigħ ta' ras, sturdament
alert-card-sign-sugar = Zokkor fid-demm: għatx kbir, ħafna awrina
alert-card-sign-heart = Qalb u nervituri: taħbit mgħaġġel tal-qalb, dgħufija fil-muskoli, tara doppju
alert-card-for-clinicians = Lill-professjonisti tal-kura tas-saħħa: l-immunoterapija tista' tikkawża infjammazzjoni serja relatata mal-immunità fi kwalunkwe organu, anke xhur wara li tintemm il-kura. Jekk jogħġbok, ikkuntattjaw lit-tim tal-onkoloġija qabel ma tagħtu kura.
alert-card-report = Irrapporta effetti sekondarji suspettati lit-tim tal-kura tiegħek jew lill-aġenzija tal-mediċini ta' pajjiżek.
alert-card-oncologist = Tabib tal-kanċer (onkologu)
alert-card-steroids = Pilloli tal-ormoni jew sterojdi li nieħu
alert-card-emergency-number = Numru ta' emerġenza
alert-card-fold = Itwi hawn
alert-card-clinicians-heading = Għat-tobba u l-infermiera

## Il-ktejjeb stampat ta' lingwa (leafpress pdf --booklet)

booklet-contents = Werrej
booklet-online = Din il-gwida fuq l-internet, dejjem aġġornata:
booklet-printed = Ipprintjat: { $date }. L-aħħar verżjoni dejjem tinsab fl-indirizz web ta' hawn fuq.
booklet-reviewed = L-aħħar reviżjoni tal-fuljetti: { $date }
booklet-next-review = L-aħħar data għar-reviżjoni li jmiss: { $date }

## Tfittxija: il-kaxxa fil-quċċata ta' kull paġna ta' lingwa, u l-paġna tat-tfittxija ta' dik il-lingwa

search-label = Fittex f'din il-gwida
search-button = Fittex
search-title = Tfittxija
search-loading = Qed infittxu…
# Bħal leaflet-count: wara 2 sa 10 il-plural (paġni); minn 11 'il fuq is-singular (paġna).
search-results = { $count ->
    [0] Ma sibna xejn għal “{ $query }”.
    [one] Sibna paġna waħda għal “{ $query }”.
    [two] Sibna { $count } paġni għal “{ $query }”.
    [few] Sibna { $count } paġni għal “{ $query }”.
    [many] Sibna { $count } paġna għal “{ $query }”.
   *[other] Sibna { $count } paġna għal “{ $query }”.
}
search-no-results-help = Ipprova kelma oħra jew kelma iqsar, jew ara s-suġġetti f'ordni alfabetiku hawn taħt.
search-topics = Is-suġġetti f'ordni alfabetiku
search-no-script = Dan il-brawżer mhux qed iħaddem il-JavaScript, li hemm bżonn biex tfittex. Is-suġġetti kollha ta' din il-gwida huma mniżżla hawn taħt f'ordni alfabetiku.
search-glossary-word = (glossarju)
