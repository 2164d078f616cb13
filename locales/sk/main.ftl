# Texty sprievodcu v slovenčine, ktoré sa týkajú len tohto webu.
site-title = Európsky sprievodca imunoterapiou pre pacientov
