# Téacsanna na treorach i nGaeilge nach mbaineann ach leis an suíomh seo.
site-title = Treoir Eorpach d'Othair ar Imdhíonteiripe

# Ainm na heagraíochta agus an ráiteas maoinithe ó site.yaml, sa teanga seo.
site-organisation = Example Patient Coalition (carthanas ficseanúil)
site-funding = Téacs samplach is ea an treoir seo, a scríobh oibrithe deonacha de chuid Example Patient Coalition, carthanas ficseanúil. Níor sheiceáil aon dochtúir ná altra í. Níl aon mhaoiniú tráchtála aici, agus ní fhaca aon urraitheoir í agus ní raibh tionchar ag aon urraitheoir uirthi.
