# Guidens tekster på dansk, som kun gælder dette websted.
site-title = Europæisk patientguide om immunterapi
