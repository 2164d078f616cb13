# Sisäänrakennetun teeman tekstit suomeksi. Sivusto voi korvata ne viesti kerrallaan
# tiedostoissa locales/fi/*.ftl.
## Koko sivusto

skip-to-content = Siirry pääsisältöön
site-navigation = Sivuston linkit
home = Etusivu
all-languages = Kaikki kielet
language-picker-title = Valitse kieli
language-picker-intro = Tämä opas on saatavilla näillä kielillä.
language-switcher = Lue tämä sivu toisella kielellä
language-label = Kieli:

## Esitesivut

table-of-contents = Tällä sivulla
not-translated = Tätä sivua ei ole vielä käännetty suomeksi. Alla on teksti toisella kielellä: { $language }.
translation-unreviewed = Tarkastaja ei ole vielä tarkistanut tätä käännöstä.
translation-outdated = Tämän sivun alkuperäistä versiota päivitettiin { $date }. Tämä käännös voi olla vanhentunut.
translation-outdated-undated = Tämän sivun alkuperäistä versiota on päivitetty tämän käännöksen tekemisen jälkeen. Käännös voi olla vanhentunut.
translation-outdated-link = Lue alkuperäinen ({ $language })
last-reviewed = Sivu tarkistettu viimeksi: { $date }
next-review = Seuraava tarkistus: { $date }
authors = Kirjoittajat: { $names }
reviewers = Tarkistajat: { $names }
sources = Lähteet
funding = Rahoitus ja tuki
published-by = Julkaisija: { $organisation }
contact-us = Ota yhteyttä: { $contact }
medical-disclaimer = Tämä opas antaa yleistä tietoa. Se ei korvaa omien lääkäreidesi ja hoitajiesi neuvoja.
back-to-top = Takaisin alkuun
breadcrumb = Olet tässä
previous-leaflet = Edellinen esite
next-leaflet = Seuraava esite
all-leaflets = Kaikki esitteet
translators = Kääntäjät: { $names }
translated-from-reviewed = Käännetty alkuperäisestä versiosta ({ $language }), joka tarkistettiin viimeksi { $date }.
translated-from = Käännetty alkuperäisestä versiosta ({ $language }).
source-last-reviewed = Tämän sivun teksti ({ $language }) tarkistettiin viimeksi { $date }.

## Esitteet terveydenhuollon ammattilaisille (front matter `audience:`)

audience-professionals = Terveydenhuollon ammattilaisille
audience-professionals-note = Tämä sivu on kirjoitettu lääkäreille, hoitajille ja muille terveydenhuollon ammattilaisille. Jos olet potilas tai potilaan läheinen, tämän oppaan muut esitteet on kirjoitettu sinulle.

## Tulostetut esitteet: vain paperilla

print-online = Tämän esitteen ajantasainen versio verkossa:
print-qr = Tämän sivun verkko-osoitteen QR-koodi

## Korostetut tekstilaatikot

callout-note = Huomautus
callout-tip = Vinkki
callout-important = Tärkeää
callout-warning = Varoitus
callout-caution = Kiireellistä

## Apua heti

urgent-help-heading = Hae apua heti
urgent-help-emergency = Jos sinulla on vaikeaa hengenahdistusta, rintakipua tai kouristuskohtaus, jos lyyhistyt tai jos epäilet, että henkesi on vaarassa:
urgent-help-call = Soita { $number }
urgent-help-team = Jos sinulle tulee jokin muu uusi oire tai jokin oire pahenee, soita heti hoitotiimisi ympärivuorokautiseen puhelinnumeroon, oli päivä tai yö. Älä jää odottamaan seuraavaa vastaanottoaikaa.
urgent-help-helpline = Neuvontapuhelimemme: { $number }
urgent-help-signs = Haittavaikutusten varoitusmerkit

## Kielen etusivu

leaflets = Tämän oppaan esitteet
leaflet-count = { $count ->
    [one] Yksi esite
   *[other] { $count } esitettä
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $total } esitteestä { $translated }
   *[other] { $total } esitteestä { $translated }
}
language-coverage-none = Toistaiseksi vain kielellä { $language }

## Päivämäärät

date = { $day }. { $month ->
    [1] tammikuuta
    [2] helmikuuta
    [3] maaliskuuta
    [4] huhtikuuta
    [5] toukokuuta
    [6] kesäkuuta
    [7] heinäkuuta
    [8] elokuuta
    [9] syyskuuta
    [10] lokakuuta
    [11] marraskuuta
   *[12] joulukuuta
} { $year }

## Kääntäjien sivu

translation-status = Käännösten tilanne
translation-status-intro = Mitkä esitteet on käännetty kullekin kielelle ja onko kukin käännös tehty alkuperäisen nykyisestä versiosta.
translation-state-current = ajan tasalla
translation-state-outdated = vanhentunut
translation-state-unknown = tuntematon
translation-state-missing = puuttuu
translation-review-pending = odottaa tarkistusta
translation-reviewed-on = tarkistettu { $date }
translated-percent = { $percent } % alkuperäisen sanoista käännetty, { $current } % ajan tasalla

## Toimittajien raportti (quality/<lang>/index.html)

quality-report = Laaturaportti
quality-report-intro = Tämän kielen jokaisen esitteen luettavuus ja tarkistuspäivät, tilanne { $date }. Pisteet ovat kehotus katsoa tekstiä uudelleen, eivät tuomio.
quality-readability = Luettavuus
quality-sentence-length = Sanoja virkkeessä
quality-next-review = Seuraava tarkistus
review-state-overdue = myöhässä
review-state-due-soon = erääntyy pian
review-state-ok = ajallaan
review-state-missing = ei päivämäärää

## Sivua ei löytynyt (404)

page-not-found = Sivua ei löytynyt
page-not-found-help = Emme löytäneet tätä sivua. Se on ehkä siirretty. Aloita uudelleen etusivulta.

## Tulostettava varoituskortti

alert-card-title = Immunoterapian varoituskortti
alert-card-print-help = Tulosta tämä sivu, leikkaa kortti irti reunaviivaa pitkin, taita se keskeltä ja täytä se käsin.
alert-card-carry = Saan tai olen saanut immunoterapiaa syövän hoitoon.
alert-card-carry-help = Pidä tämä kortti aina mukanasi, myös hoidon päätyttyä. Näytä se jokaiselle lääkärille, hoitajalle tai farmaseutille.
alert-card-name = Nimi
alert-card-phone = Puhelin
alert-card-emergency-contact = Yhteyshenkilö hätätilanteessa
alert-card-medicines = Immunoterapialääke tai -lääkkeet
alert-card-started = Hoito aloitettu
alert-card-last-dose = Viimeisin annos
alert-card-centre = Hoitava yksikkö
alert-card-phone-24h = Ympärivuorokautinen puhelinnumero
alert-card-warning-heading = Varoitusmerkit: soita heti ympärivuorokautiseen numeroon
alert-card-sign-skin = Iho: ihottuma, kutina, rakkulat
alert-card-sign-gut = Suolisto: ripuli, vatsakipu, verta ulosteessa
alert-card-sign-lungs = Keuhkot: uusi yskä, hengenahdistus, rintakipu
alert-card-sign-liver = Maksa: ihon tai silmien keltaisuus, tumma virtsa
alert-card-sign-hormones = Hormonirauhaset: voimakas väsymys, päänsärky, huimaus
alert-card-sign-sugar = Verensokeri: kova jano, runsas virtsaaminen
alert-card-sign-heart = Sydän ja hermot: nopea syke, lihasheikkous, kaksoiskuvat
alert-card-for-clinicians = Terveydenhuollon ammattilaisille: Immunoterapia voi aiheuttaa vakavan immuunivälitteisen tulehduksen missä tahansa elimessä, jopa kuukausia hoidon päättymisen jälkeen. Ota ennen hoitoa yhteyttä potilaan syöpähoitoyksikköön.
alert-card-report = Ilmoita epäillyistä haittavaikutuksista hoitotiimillesi tai kansalliselle lääkeviranomaiselle.
alert-card-oncologist = Syöpälääkäri (onkologi)
alert-card-steroids = Käyttämäni hormoni- tai kortisonilääkkeet
alert-card-emergency-number = Hätänumero
alert-card-fold = Taita tästä
alert-card-clinicians-heading = Lääkäreille ja hoitajille

## Kielen tulostettava vihko (leafpress pdf --booklet)

booklet-contents = Sisällys
booklet-online = Tämän oppaan ajantasainen versio verkossa:
booklet-printed = Tulostettu { $date }. Yllä olevasta verkko-osoitteesta löydät aina uusimman version.
booklet-reviewed = Esitteet tarkistettu viimeksi: { $date }
booklet-next-review = Seuraava tarkistus viimeistään: { $date }

## Haku: hakukenttä jokaisen sivun yläosassa ja hakusivu

search-label = Hae oppaasta
search-button = Hae
search-title = Haku
search-loading = Haetaan…
search-results = { $count ->
    [0] Haulla ”{ $query }” ei löytynyt mitään.
    [one] Haulla ”{ $query }” löytyi yksi sivu.
   *[other] Haulla ”{ $query }” löytyi { $count } sivua.
}
search-no-results-help = Kokeile toista tai lyhyempää sanaa. Voit myös katsoa alta aiheet A:sta Ö:hön.
search-topics = Aiheet A:sta Ö:hön
search-no-script = Tässä selaimessa JavaScript ei ole käytössä, ja haku tarvitsee sitä. Kaikki tämän oppaan aiheet ovat alla A:sta Ö:hön.
search-glossary-word = (sanasto)
