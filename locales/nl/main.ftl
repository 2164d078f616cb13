# Teksten van de gids in het Nederlands die alleen voor deze website gelden.
site-title = Europese patiëntengids over immunotherapie
