# Juhendi eestikeelsed tekstid, mis puudutavad ainult seda saiti.
site-title = Euroopa immunoteraapia juhend patsientidele
