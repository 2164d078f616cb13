# Az útmutató magyar szövegei, amelyek csak erre a webhelyre vonatkoznak.
site-title = Európai betegútmutató az immunterápiáról

# A site.yaml-ban megadott szervezetnév és finanszírozási nyilatkozat ezen a nyelven.
site-organisation = Example Patient Coalition (kitalált jótékonysági szervezet)
site-funding = Ezt az útmutatót az Example Patient Coalition – egy kitalált jótékonysági szervezet – önkéntesei írják és vizsgálják felül. Nincs kereskedelmi finanszírozása, és egyetlen támogató sem látta, és nem is befolyásolta.
