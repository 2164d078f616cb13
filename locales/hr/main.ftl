# Tekstovi vodiča na hrvatskom koji se odnose samo na ovo mrežno mjesto.
site-title = Europski vodič za pacijente o imunoterapiji

# Naziv organizacije i izjava o financiranju iz site.yaml, na ovom jeziku.
site-organisation = Example Patient Coalition (izmišljena dobrotvorna udruga)
site-funding = Ovaj je vodič primjer teksta. Napisali su ga volonteri organizacije Example Patient Coalition, izmišljene dobrotvorne udruge. Nijedan liječnik ni medicinska sestra nisu ga provjerili. Vodič nema komercijalnog financiranja i nijedan ga sponzor nije vidio niti je na njega utjecao.
