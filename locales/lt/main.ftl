# Vadovo tekstai lietuvių kalba, susiję tik su šia svetaine.
site-title = Europos imunoterapijos vadovas pacientams
