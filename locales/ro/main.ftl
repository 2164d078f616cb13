# Textele ghidului în limba română care privesc doar acest site.
site-title = Ghid european despre imunoterapie pentru pacienți

# Numele organizației și declarația privind finanțarea din site.yaml, în această limbă.
site-organisation = Example Patient Coalition (o organizație caritabilă fictivă)
site-funding = Acest ghid este scris și revizuit de voluntari ai Example Patient Coalition, o organizație caritabilă fictivă. Nu are finanțare comercială și niciun sponsor nu l-a văzut și nu l-a influențat.
