# Textele ghidului în limba română care privesc doar acest site.
site-title = Ghid european despre imunoterapie pentru pacienți

# Numele organizației și declarația privind finanțarea din site.yaml, în această limbă.
site-organisation = Example Patient Coalition (o organizație caritabilă fictivă)
site-funding = Acest ghid este un text-exemplu, scris de voluntari ai Example Patient Coalition, o organizație caritabilă fictivă. Niciun medic și nicio asistentă medicală nu l-a verificat. Nu are finanțare comercială și niciun sponsor nu l-a văzut și nu l-a influențat.
