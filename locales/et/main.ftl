# Juhendi eestikeelsed tekstid, mis puudutavad ainult seda saiti.
site-title = Euroopa immunoteraapia juhend patsientidele

# Organisatsiooni nimi ja rahastamise teave failist site.yaml selles keeles.
site-organisation = Example Patient Coalition (väljamõeldud heategevusorganisatsioon)
site-funding = Selle juhendi kirjutavad ja vaatavad üle organisatsiooni Example Patient Coalition vabatahtlikud. Example Patient Coalition on väljamõeldud heategevusorganisatsioon. Juhendil ei ole ärilist rahastust ja ükski toetaja ei ole seda näinud ega mõjutanud.
