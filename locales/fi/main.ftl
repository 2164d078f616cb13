# Oppaan suomenkieliset tekstit, jotka koskevat vain tätä sivustoa.
site-title = Eurooppalainen immunoterapian potilasopas

# Organisaation nimi ja rahoitustieto site.yaml-tiedostosta tällä kielellä.
site-organisation = Example Patient Coalition (kuvitteellinen hyväntekeväisyysjärjestö)
site-funding = Tämän oppaan kirjoittavat ja tarkistavat Example Patient Coalition -järjestön vapaaehtoiset. Example Patient Coalition on kuvitteellinen hyväntekeväisyysjärjestö. Oppaalla ei ole kaupallista rahoitusta, eikä yksikään sponsori ole nähnyt sitä tai vaikuttanut siihen.
