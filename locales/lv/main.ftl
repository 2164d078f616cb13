# Ceļveža teksti latviešu valodā, kas attiecas tikai uz šo vietni.
site-title = Eiropas ceļvedis pacientiem par imūnterapiju

# Organizācijas nosaukums un paziņojums par finansējumu no site.yaml šajā valodā.
site-organisation = Example Patient Coalition (izdomāta labdarības organizācija)
site-funding = Šis ceļvedis ir teksta paraugs, ko rakstījuši izdomātās labdarības organizācijas Example Patient Coalition brīvprātīgie. Neviens ārsts vai medmāsa to nav pārbaudījis. Tam nav komerciāla finansējuma, un neviens sponsors to nav redzējis un nav to ietekmējis.
