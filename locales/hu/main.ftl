# Az útmutató magyar szövegei, amelyek csak erre a webhelyre vonatkoznak.
site-title = Európai betegútmutató az immunterápiáról

# A site.yaml-ban megadott szervezetnév és finanszírozási nyilatkozat ezen a nyelven.
site-organisation = Example Patient Coalition (kitalált jótékonysági szervezet)
site-funding = Ez az útmutató egy minta. Az Example Patient Coalition – egy kitalált jótékonysági szervezet – önkéntesei írták. Orvos vagy ápoló nem ellenőrizte. Nincs kereskedelmi finanszírozása, és egyetlen támogató sem látta, és nem is befolyásolta.
