# Texte des eingebauten Themes auf Deutsch. Eine Website überschreibt sie Nachricht für Nachricht
# in locales/de/*.ftl.
## Ganze Website

skip-to-content = Direkt zum Inhalt
site-navigation = Weitere Links
home = Startseite
all-languages = Alle Sprachen
language-picker-title = Wählen Sie Ihre Sprache
language-picker-intro = Dieser Leitfaden ist in diesen Sprachen verfügbar.
language-switcher = Diese Seite in einer anderen Sprache lesen
language-label = Sprache:

## Merkblätter

table-of-contents = Auf dieser Seite
not-translated = Diese Seite ist noch nicht ins Deutsche übersetzt. Unten steht der Text in der Sprache: { $language }.
translation-unreviewed = Diese Übersetzung wurde noch nicht fachlich geprüft.
translation-outdated = Das Original dieser Seite wurde am { $date } aktualisiert. Diese Übersetzung ist vielleicht nicht mehr aktuell.
translation-outdated-undated = Das Original dieser Seite wurde seit dieser Übersetzung geändert. Sie ist vielleicht nicht mehr aktuell.
translation-outdated-link = Das Original lesen ({ $language })
last-reviewed = Zuletzt geprüft: { $date }
next-review = Nächste Prüfung: { $date }
authors = Geschrieben von: { $names }
reviewers = Geprüft von: { $names }
sources = Quellen
funding = Finanzierung und Sponsoring
published-by = Herausgegeben von { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Dieser Leitfaden gibt allgemeine Informationen. Er ersetzt nicht den Rat Ihrer eigenen Ärztinnen, Ärzte und Pflegekräfte.
back-to-top = Nach oben
breadcrumb = Sie sind hier
previous-leaflet = Vorheriges Merkblatt
next-leaflet = Nächstes Merkblatt
all-leaflets = Alle Merkblätter
translators = Übersetzt von: { $names }
translated-from-reviewed = Übersetzt aus der Originalfassung ({ $language }), die zuletzt am { $date } geprüft wurde.
translated-from = Übersetzt aus der Originalfassung ({ $language }).
source-last-reviewed = Der Text dieser Seite ({ $language }) wurde zuletzt am { $date } geprüft.

## Merkblätter für medizinisches Fachpersonal (Front Matter `audience:`)

audience-professionals = Für medizinisches Fachpersonal
audience-professionals-note = Diese Seite ist für Ärztinnen, Ärzte, Pflegekräfte und anderes medizinisches Fachpersonal geschrieben. Wenn Sie Patientin oder Patient sind oder einen kranken Menschen betreuen, sind die anderen Merkblätter dieses Leitfadens für Sie geschrieben.

## Ausgedruckte Merkblätter: nur auf Papier

print-online = Die aktuelle Fassung dieses Merkblatts finden Sie online:
print-qr = QR-Code mit der Internetadresse dieser Seite

## Hinweiskästen

callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Dringend

## Sofort Hilfe holen

urgent-help-heading = Jetzt Hilfe holen
urgent-help-emergency = Wenn Sie schwere Atemnot, Schmerzen in der Brust oder einen Krampfanfall haben, wenn Sie zusammenbrechen oder wenn Sie denken, dass Ihr Leben in Gefahr ist:
urgent-help-call = { $number } anrufen
urgent-help-team = Bei allen anderen neuen oder stärker werdenden Beschwerden rufen Sie sofort die 24-Stunden-Telefonnummer Ihres Behandlungsteams an, ob Tag oder Nacht. Warten Sie nicht bis zu Ihrem nächsten Termin.
urgent-help-helpline = Unser Beratungstelefon: { $number }
urgent-help-signs = Warnzeichen für Nebenwirkungen

## Startseite einer Sprache

leaflets = Merkblätter in diesem Leitfaden
leaflet-count = { $count ->
    [one] Ein Merkblatt
   *[other] { $count } Merkblätter
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } von { $total } Merkblatt
   *[other] { $translated } von { $total } Merkblättern
}
language-coverage-none = Bisher nur in dieser Sprache: { $language }

## Datumsangaben

date = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }

## Seite für Übersetzende

translation-status = Stand der Übersetzungen
translation-status-intro = Welche Merkblätter in jede Sprache übersetzt sind und ob jede Übersetzung auf der aktuellen Fassung des Originals beruht.
translation-state-current = aktuell
translation-state-outdated = veraltet
translation-state-unknown = unbekannt
translation-state-missing = fehlt
translation-review-pending = Prüfung ausstehend
translation-reviewed-on = geprüft am { $date }
translated-percent = { $percent } % der Wörter des Originals übersetzt, { $current } % aktuell

## Seite nicht gefunden (404)

page-not-found = Seite nicht gefunden
page-not-found-help = Wir konnten diese Seite nicht finden. Vielleicht wurde sie verschoben. Bitte beginnen Sie auf der Startseite.

## Notfallausweis zum Ausdrucken

alert-card-title = Immuntherapie-Notfallausweis
alert-card-print-help = Drucken Sie diese Seite aus, schneiden Sie die Karte am Rand aus, falten Sie sie in der Mitte und füllen Sie sie von Hand aus.
alert-card-carry = Ich bekomme eine Immuntherapie gegen Krebs oder habe eine bekommen.
alert-card-carry-help = Tragen Sie diesen Ausweis immer bei sich, auch nach dem Ende Ihrer Behandlung. Zeigen Sie ihn jeder Ärztin und jedem Arzt, jeder Pflegekraft und in jeder Apotheke.
alert-card-name = Name
alert-card-phone = Telefon
alert-card-emergency-contact = Kontakt im Notfall
alert-card-medicines = Immuntherapie-Medikament(e)
alert-card-started = Behandlungsbeginn
alert-card-last-dose = Letzte Dosis
alert-card-centre = Behandlungszentrum
alert-card-phone-24h = 24-Stunden-Telefonnummer
alert-card-warning-heading = Warnzeichen: sofort die 24-Stunden-Nummer anrufen
alert-card-sign-skin = Haut: Ausschlag, Juckreiz, Blasen
alert-card-sign-gut = Darm: Durchfall, Bauchschmerzen, Blut im Stuhl
alert-card-sign-lungs = Lunge: neuer Husten, Atemnot, Brustschmerzen
alert-card-sign-liver = Leber: gelbe Haut oder Augen, dunkler Urin
alert-card-sign-hormones = Hormondrüsen: starke Müdigkeit, Kopfschmerzen, Schwindel
alert-card-sign-sugar = Blutzucker: großer Durst, viel Urin
alert-card-sign-heart = Herz und Nerven: Herzrasen, Muskelschwäche, Doppeltsehen
alert-card-for-clinicians = An medizinisches Fachpersonal: Eine Immuntherapie kann schwere immunvermittelte Entzündungen in jedem Organ verursachen, auch noch Monate nach Behandlungsende. Bitte vor einer Behandlung das onkologische Team kontaktieren.
alert-card-report = Melden Sie vermutete Nebenwirkungen Ihrem Behandlungsteam oder der Arzneimittelbehörde Ihres Landes.
alert-card-oncologist = Krebsärztin/-arzt (Onkologie)
alert-card-steroids = Meine Hormon- oder Kortisontabletten
alert-card-emergency-number = Notrufnummer
alert-card-fold = Hier falten
alert-card-clinicians-heading = Für Ärztinnen, Ärzte und Pflegekräfte

## Gedruckte Broschüre einer Sprache (leafpress pdf --booklet)

booklet-contents = Inhalt
booklet-online = Die aktuelle Fassung dieses Leitfadens finden Sie online:
booklet-printed = Gedruckt am { $date }. Unter der Internetadresse oben finden Sie immer die neueste Fassung.
booklet-reviewed = Merkblätter zuletzt geprüft: { $date }
booklet-next-review = Nächste Prüfung spätestens: { $date }

## Bericht für die Redaktion (quality/<lang>/index.html)

quality-report = Qualitätsbericht
quality-report-intro = Lesbarkeit und Prüfdaten jedes Merkblatts in dieser Sprache, Stand { $date }. Die Werte sind ein Anlass, noch einmal hinzuschauen, kein Urteil.
quality-readability = Lesbarkeit
quality-sentence-length = Wörter pro Satz
quality-next-review = Nächste Prüfung
review-state-overdue = überfällig
review-state-due-soon = bald fällig
review-state-ok = im Zeitplan
review-state-missing = kein Datum

## Suche: das Suchfeld oben auf jeder Seite und die Suchseite

search-label = Im Leitfaden suchen
search-button = Suchen
search-title = Suche
search-loading = Suche läuft…
search-results = { $count ->
    [0] Zu „{ $query }“ haben wir nichts gefunden.
    [one] Zu „{ $query }“ haben wir eine Seite gefunden.
   *[other] Zu „{ $query }“ haben wir { $count } Seiten gefunden.
}
search-no-results-help = Versuchen Sie es mit einem anderen oder kürzeren Wort. Sie können auch unten in den Themen von A bis Z nachsehen.
search-topics = Themen von A bis Z
search-no-script = In diesem Browser läuft kein JavaScript, deshalb funktioniert die Suche nicht. Unten finden Sie alle Themen dieses Leitfadens von A bis Z.
search-glossary-word = (Worterklärung)
