# Texty sprievodcu v slovenčine, ktoré sa týkajú len tohto webu.
site-title = Európsky sprievodca imunoterapiou pre pacientov

# Názov organizácie a vyhlásenie o financovaní zo site.yaml v tomto jazyku.
site-organisation = Example Patient Coalition (vymyslená dobročinná organizácia)
site-funding = Tento sprievodca je vzorový text, ktorý napísali dobrovoľníci Example Patient Coalition, vymyslenej dobročinnej organizácie. Nekontroloval ho žiadny lekár ani zdravotná sestra. Nemá žiadne komerčné financovanie a žiadny sponzor ho nevidel ani neovplyvnil.
