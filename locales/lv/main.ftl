# Ceļveža teksti latviešu valodā, kas attiecas tikai uz šo vietni.
site-title = Eiropas ceļvedis pacientiem par imūnterapiju
