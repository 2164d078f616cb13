# Guidens tekster på dansk, som kun gælder dette websted.
site-title = Europæisk patientguide om immunterapi

# Organisationens navn og erklæringen om finansiering fra site.yaml, på dette sprog.
site-organisation = Example Patient Coalition (en opdigtet velgørende organisation)
site-funding = Denne guide er eksempeltekst, skrevet af frivillige fra Example Patient Coalition, en opdigtet velgørende organisation. Ingen læge eller sygeplejerske har tjekket den. Den har ingen kommerciel finansiering, og ingen sponsor har set eller påvirket den.
