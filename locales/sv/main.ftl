# Guidens texter på svenska som bara gäller den här webbplatsen.
site-title = Europeisk patientguide om immunterapi
