# Texty průvodce v češtině, které se týkají jen tohoto webu.
site-title = Evropský průvodce imunoterapií pro pacienty

# Název organizace a prohlášení o financování ze site.yaml v tomto jazyce.
site-organisation = Example Patient Coalition (smyšlená dobročinná organizace)
site-funding = Tento průvodce je ukázkový text, který napsali dobrovolníci z Example Patient Coalition, smyšlené dobročinné organizace. Nezkontroloval ho žádný lékař ani zdravotní sestra. Nemá žádné komerční financování a žádný sponzor ho neviděl ani neovlivnil.
