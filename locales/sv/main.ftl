# Guidens texter på svenska som bara gäller den här webbplatsen.
site-title = Europeisk patientguide om immunterapi

# Organisationens namn och texten om finansiering från site.yaml, på det här språket.
site-organisation = Example Patient Coalition (en påhittad välgörenhetsorganisation)
site-funding = Den här guiden är en exempeltext, skriven av volontärer i Example Patient Coalition, en påhittad välgörenhetsorganisation. Ingen läkare eller sjuksköterska har kontrollerat den. Den har ingen kommersiell finansiering och ingen sponsor har sett eller påverkat den.
