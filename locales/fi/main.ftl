# Oppaan suomenkieliset tekstit, jotka koskevat vain tätä sivustoa.
site-title = Eurooppalainen immunoterapian potilasopas
