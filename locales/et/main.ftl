# Juhendi eestikeelsed tekstid, mis puudutavad ainult seda saiti.
site-title = Euroopa immunoteraapia juhend patsientidele

# Organisatsiooni nimi ja rahastamise teave failist site.yaml selles keeles.
site-organisation = Example Patient Coalition (väljamõeldud heategevusorganisatsioon)
site-funding = See juhend on näidistekst, mille on kirjutanud väljamõeldud heategevusorganisatsiooni Example Patient Coalition vabatahtlikud. Ükski arst ega õde ei ole seda kontrollinud. Juhendil ei ole ärilist rahastust ja ükski toetaja ei ole seda näinud ega mõjutanud.
