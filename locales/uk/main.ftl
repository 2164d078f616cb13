# Тексти інтерфейсу посібника українською мовою. Тексти теми вбудовано
# (themes/default/locales/uk/theme.ftl); тут лише те, що стосується цього сайту.
site-title = Європейський посібник з імунотерапії для пацієнтів

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (вигадана благодійна організація)
site-funding = Цей посібник — приклад тексту. Його написали волонтери Example Patient Coalition, вигаданої благодійної організації. Жоден лікар чи медсестра його не перевіряли. Він не має комерційного фінансування, і жоден спонсор його не бачив і не впливав на нього.
