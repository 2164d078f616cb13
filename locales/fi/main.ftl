# Oppaan suomenkieliset tekstit, jotka koskevat vain tätä sivustoa.
site-title = Eurooppalainen immunoterapian potilasopas

# Organisaation nimi ja rahoitustieto site.yaml-tiedostosta tällä kielellä.
site-organisation = Example Patient Coalition (kuvitteellinen hyväntekeväisyysjärjestö)
site-funding = Tämä opas on esimerkkiteksti. Sen ovat kirjoittaneet Example Patient Coalition -järjestön vapaaehtoiset. Example Patient Coalition on kuvitteellinen hyväntekeväisyysjärjestö. Yksikään lääkäri tai hoitaja ei ole tarkistanut opasta. Oppaalla ei ole kaupallista rahoitusta, eikä yksikään sponsori ole nähnyt sitä tai vaikuttanut siihen.
