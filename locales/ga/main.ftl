# Téacsanna na treorach i nGaeilge nach mbaineann ach leis an suíomh seo.
site-title = Treoir Eorpach d'Othair ar Imdhíonteiripe
