# Téacsanna an téama ionsuite i nGaeilge. Is féidir le suíomh iad a athrú, teachtaireacht
# ar theachtaireacht, in locales/ga/*.ftl.
## An suíomh ar fad

skip-to-content = Léim go dtí an príomhábhar
site-navigation = Naisc an tsuímh
home = Baile
all-languages = Gach teanga
language-picker-title = Roghnaigh do theanga
language-picker-intro = Tá an treoir seo ar fáil sna teangacha seo.
language-switcher = Léigh an leathanach seo i dteanga eile
language-label = Teanga:

## Leathanaigh na mbileog

table-of-contents = Ar an leathanach seo
not-translated = Níor aistríodh an leathanach seo go Gaeilge go fóill. Tá an téacs thíos sa teanga seo: { $language }.
translation-unreviewed = Níor sheiceáil athbhreithneoir an t-aistriúchán seo go fóill.
translation-outdated = Nuashonraíodh bunleagan an leathanaigh seo ar { $date }. D'fhéadfadh an t-aistriúchán seo a bheith as dáta.
translation-outdated-undated = Nuashonraíodh bunleagan an leathanaigh seo ó rinneadh an t-aistriúchán seo. D'fhéadfadh sé a bheith as dáta.
translation-outdated-link = Léigh an bunleagan ({ $language })
last-reviewed = Athbhreithniú deireanach ar an leathanach: { $date }
next-review = An chéad athbhreithniú eile: { $date }
authors = Scríofa ag: { $names }
reviewers = Athbhreithnithe ag: { $names }
sources = Foinsí
funding = Maoiniú agus urraíocht
published-by = Foilsithe ag { $organisation }
contact-us = Déan teagmháil linn: { $contact }
medical-disclaimer = Tugann an treoir seo eolas ginearálta. Ní thagann sí in áit comhairle ó do dhochtúirí agus do bhanaltraí féin.
back-to-top = Ar ais go barr
breadcrumb = Tá tú anseo
previous-leaflet = An bhileog roimhe seo
next-leaflet = An chéad bhileog eile
all-leaflets = Gach bileog
translators = Aistrithe ag: { $names }
translated-from-reviewed = Aistrithe ón mbunleagan ({ $language }). Athbhreithniú deireanach ar an mbunleagan: { $date }.
translated-from = Aistrithe ón mbunleagan ({ $language }).
source-last-reviewed = Athbhreithniú deireanach ar an téacs ar an leathanach seo ({ $language }): { $date }.

## Bileoga do ghairmithe cúraim sláinte (front matter `audience:`)

audience-professionals = Do ghairmithe cúraim sláinte
audience-professionals-note = Tá an leathanach seo scríofa do dhochtúirí, do bhanaltraí agus do ghairmithe cúraim sláinte eile. Más othar nó cúramóir thú, is duitse atá na bileoga eile sa treoir seo scríofa.

## Bileoga priontáilte: ar pháipéar amháin

print-online = Léigh an leagan is déanaí den bhileog seo ar líne:
print-qr = Cód QR do sheoladh gréasáin an leathanaigh seo

## Boscaí aird

callout-note = Nóta
callout-tip = Leid
callout-important = Tábhachtach
callout-warning = Rabhadh
callout-caution = Práinneach

## Cabhair láithreach

urgent-help-heading = Faigh cabhair anois
urgent-help-emergency = Má tá sé an-deacair duit anáil a tharraingt, má tá pian cliabhraigh nó taom ort, má thiteann tú i laige, nó má cheapann tú go bhfuil do bheatha i mbaol:
urgent-help-call = Glaoigh ar { $number }
urgent-help-team = Má bhíonn aon siomptóm nua eile ort, nó má théann siomptóm in olcas, glaoigh láithreach ar uimhir fóin 24 uair an chloig d'fhoireann cúraim, de lá nó d'oíche. Ná fan go dtí do chéad choinne eile.
urgent-help-helpline = Ár líne chabhrach: { $number }
urgent-help-signs = Comharthaí rabhaidh maidir le fo-iarsmaí

## Leathanach baile teanga

leaflets = Bileoga sa treoir seo
leaflet-count = { $count ->
    [one] Bileog amháin
    [two] Dhá bhileog
    [few] { $count } bhileog
    [many] { $count } mbileog
   *[other] { $count } bileog
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } as { $total } bhileog
    [two] { $translated } as { $total } bhileog
    [few] { $translated } as { $total } bhileog
    [many] { $translated } as { $total } mbileog
   *[other] { $translated } as { $total } bileog
}
language-coverage-none = Níl ach { $language } ar fáil go fóill

## Dátaí

date = { $day } { $month ->
    [1] Eanáir
    [2] Feabhra
    [3] Márta
    [4] Aibreán
    [5] Bealtaine
    [6] Meitheamh
    [7] Iúil
    [8] Lúnasa
    [9] Meán Fómhair
    [10] Deireadh Fómhair
    [11] Samhain
   *[12] Nollaig
} { $year }

## Leathanach na n-aistritheoirí

translation-status = Stádas na n-aistriúchán
translation-status-intro = Cé na bileoga atá aistrithe go gach teanga, agus ar rinneadh gach aistriúchán ón leagan reatha den bhunleagan.
translation-state-current = reatha
translation-state-outdated = as dáta
translation-state-unknown = anaithnid
translation-state-missing = ar iarraidh
translation-review-pending = athbhreithniú ar feitheamh
translation-reviewed-on = athbhreithnithe ar { $date }
translated-percent = { $percent }% d'fhocail an bhunleagain aistrithe, { $current }% reatha

## Tuarascáil na n-eagarthóirí (quality/<lang>/index.html)

quality-report = Tuarascáil cháilíochta
quality-report-intro = Inléiteacht agus dátaí athbhreithnithe gach bileoige sa teanga seo, ar { $date }. Is spreagadh iad na scóir le féachaint arís, ní breithiúnas.
quality-readability = Inléiteacht
quality-sentence-length = Focail in aghaidh na habairte
quality-next-review = An chéad athbhreithniú eile
review-state-overdue = thar an dáta
review-state-due-soon = le déanamh go luath
review-state-ok = in am
review-state-missing = gan dáta

## Níor aimsíodh an leathanach (404)

page-not-found = Níor aimsíodh an leathanach
page-not-found-help = Níorbh fhéidir linn an leathanach seo a aimsiú. B'fhéidir gur bogadh é. Tosaigh arís ón leathanach baile, le do thoil.

## An cárta foláirimh le priontáil

alert-card-title = Cárta foláirimh imdhíonteiripe
alert-card-print-help = Priontáil an leathanach seo, gearr amach an cárta feadh na himlíne, fill ina lár é agus líon isteach de láimh é.
alert-card-carry = Tá imdhíonteiripe á fáil agam le haghaidh ailse, nó fuair mé í.
alert-card-carry-help = Coinnigh an cárta seo leat i gcónaí, fiú nuair a bheidh do chóireáil críochnaithe. Taispeáin é d'aon dochtúir, altra nó cógaiseoir.
alert-card-name = Ainm
alert-card-phone = Fón
alert-card-emergency-contact = Teagmhálaí éigeandála
alert-card-medicines = Cógas nó cógais imdhíonteiripe
alert-card-started = Tús na cóireála
alert-card-last-dose = An dáileog dheireanach
alert-card-centre = Ionad cóireála
alert-card-phone-24h = Uimhir fóin 24 uair an chloig
alert-card-warning-heading = Comharthaí rabhaidh: glaoigh ar an uimhir 24 uair an chloig láithreach
alert-card-sign-skin = Craiceann: gríos, tochas, spuaiceanna
alert-card-sign-gut = Putóga: buinneach, pian boilg, fuil sa stól
alert-card-sign-lungs = Scamhóga: casacht nua, giorra anála, pian cliabhraigh
alert-card-sign-liver = Ae: craiceann buí nó súile buí, fual dorcha
alert-card-sign-hormones = Faireoga hormóin: tuirse mhór, tinneas cinn, meadhrán
alert-card-sign-sugar = Siúcra fola: tart mór, a lán fuail
alert-card-sign-heart = Croí agus néaróga: buille croí tapa, laige matán, radharc dúbailte
alert-card-for-clinicians = Do ghairmithe cúraim sláinte: Is féidir le himdhíonteiripe athlasadh tromchúiseach imdhíon-bhainteach a chur ar aon orgán, fiú míonna tar éis don chóireáil críochnú. Déan teagmháil leis an bhfoireann oinceolaíochta sula gcuirtear cóireáil ar bith, le do thoil.
alert-card-report = Tuairiscigh fo-iarsmaí amhrasta do d'fhoireann cúraim nó do ghníomhaireacht náisiúnta na gcógas.
alert-card-oncologist = Dochtúir ailse (oinceolaí)
alert-card-steroids = Táibléid hormóin nó stéaróidí a thógaim
alert-card-emergency-number = Uimhir éigeandála
alert-card-fold = Fill anseo
alert-card-clinicians-heading = Do dhochtúirí agus do bhanaltraí

## Leabhrán priontáilte teanga (leafpress pdf --booklet)

booklet-contents = Clár ábhair
booklet-online = An leagan is déanaí den treoir seo ar líne:
booklet-printed = Priontáilte ar { $date }. Bíonn an leagan is déanaí i gcónaí ag an seoladh gréasáin thuas.
booklet-reviewed = Athbhreithniú deireanach ar na bileoga: { $date }
booklet-next-review = An dáta is déanaí don chéad athbhreithniú eile: { $date }

## Cuardach: an bosca ag barr gach leathanaigh, agus an leathanach cuardaigh

search-label = Cuardaigh an treoir seo
search-button = Cuardaigh
search-title = Cuardach
search-loading = Ag cuardach…
search-results = { $count ->
    [0] Níor aimsíodh aon rud le haghaidh “{ $query }”.
    [one] Aimsíodh leathanach amháin le haghaidh “{ $query }”.
    [two] Aimsíodh dhá leathanach le haghaidh “{ $query }”.
    [few] Aimsíodh { $count } leathanach le haghaidh “{ $query }”.
    [many] Aimsíodh { $count } leathanach le haghaidh “{ $query }”.
   *[other] Aimsíodh { $count } leathanach le haghaidh “{ $query }”.
}
search-no-results-help = Bain triail as focal eile nó as focal níos giorra. Nó féach ar liosta na n-ábhar in ord aibítre thíos.
search-topics = Ábhair in ord aibítre
search-no-script = Níl JavaScript ag rith sa bhrabhsálaí seo, agus teastaíonn sé don chuardach. Tá gach ábhar sa treoir seo liostaithe thíos in ord aibítre.
search-glossary-word = (gluais)
