# Guidens texter på svenska som bara gäller den här webbplatsen.
site-title = Europeisk patientguide om immunterapi

# Organisationens namn och texten om finansiering från site.yaml, på det här språket.
site-organisation = Example Patient Coalition (en påhittad välgörenhetsorganisation)
site-funding = Den här guiden skrivs och granskas av volontärer i Example Patient Coalition, en påhittad välgörenhetsorganisation. Den har ingen kommersiell finansiering och ingen sponsor har sett eller påverkat den.
