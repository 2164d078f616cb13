# Teksten van de gids in het Nederlands die alleen voor deze website gelden.
site-title = Europese patiëntengids over immunotherapie

# De naam van de organisatie en de verklaring over financiering uit site.yaml, in deze taal.
site-organisation = Example Patient Coalition (een verzonnen goed doel)
site-funding = Deze gids is een voorbeeldtekst, geschreven door vrijwilligers van de Example Patient Coalition, een verzonnen goed doel. Geen enkele arts of verpleegkundige heeft hem gecontroleerd. De gids heeft geen commerciële financiering en geen enkele sponsor heeft hem gezien of beïnvloed.
