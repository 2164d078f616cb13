# Тексти вбудованої теми українською мовою. Сайт може замінити будь-який із них
# у файлах locales/uk/*.ftl.

## Увесь сайт

skip-to-content = Перейти до основного змісту
site-navigation = Посилання сайту
home = Головна
all-languages = Усі мови
language-picker-title = Оберіть свою мову
language-picker-intro = Цей посібник можна прочитати такими мовами.
language-switcher = Читати цю сторінку іншою мовою
language-label = Мова:

## Сторінки листівок

table-of-contents = На цій сторінці
# $language: назва мови, якою показано текст, цією ж мовою (наприклад, English).
not-translated = Цю сторінку ще не перекладено українською. Нижче подано текст мовою: { $language }.
translation-unreviewed = Цей переклад ще не перевірив рецензент.
translation-outdated = Оригінал цієї сторінки оновлено { $date }. Цей переклад може бути застарілим.
translation-outdated-undated = Оригінал цієї сторінки оновили після того, як було зроблено цей переклад. Переклад може бути застарілим.
translation-outdated-link = Читати оригінал ({ $language })
last-reviewed = Сторінку востаннє перевірено: { $date }
next-review = Наступна перевірка: { $date }
authors = Автори: { $names }
reviewers = Рецензенти: { $names }
sources = Джерела
funding = Фінансування та спонсорство
published-by = Видавець: { $organisation }
contact-us = Зв’язатися з нами: { $contact }
medical-disclaimer = Цей посібник містить загальну інформацію. Він не замінює порад ваших лікарів і медичних сестер.
back-to-top = Угору
breadcrumb = Ви тут
previous-leaflet = Попередня листівка
next-leaflet = Наступна листівка
all-leaflets = Усі листівки

## Листівки для медичних працівників (front matter `audience:`)

audience-professionals = Для медичних працівників
audience-professionals-note = Ця сторінка написана для лікарів, медичних сестер та інших медичних працівників. Якщо ви пацієнт або доглядаєте за хворим, інші листівки цього посібника написані для вас.

## Надруковані листівки: лише на папері

print-online = Актуальну версію цієї листівки завжди можна прочитати в інтернеті:
print-qr = QR-код з вебадресою цієї сторінки
translators = Переклад: { $names }
translated-from-reviewed = Перекладено з оригіналу ({ $language }). Оригінал востаннє перевірено { $date }.
translated-from = Перекладено з оригіналу ({ $language }).
source-last-reviewed = Текст на цій сторінці ({ $language }) востаннє перевірено { $date }.

## Виділені блоки (callouts), позначені `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## або `> [!CAUTION]`. Кожне повідомлення — це заголовок блоку.

callout-note = Примітка
callout-tip = Порада
callout-important = Важливо
callout-warning = Попередження
callout-caution = Терміново

## Термінова допомога: блок угорі кожної сторінки листівки та головної сторінки, якщо в site.yaml
## є `emergency:`. Завжди мовою читача, навіть на сторінці з текстом іншою мовою.

urgent-help-heading = Термінова допомога
urgent-help-emergency = Якщо вам дуже важко дихати, у вас біль у грудях чи судомний напад, ви знепритомніли або вам здається, що ваше життя в небезпеці:
urgent-help-call = Телефонуйте { $number }
urgent-help-team = Якщо з’явився будь-який інший новий симптом або якийсь симптом посилився, одразу телефонуйте на цілодобовий номер своєї медичної команди — вдень чи вночі. Не чекайте наступного візиту до лікаря.
urgent-help-helpline = Наша гаряча лінія: { $number }
urgent-help-signs = Тривожні ознаки побічних ефектів

## Головна сторінка мови

leaflets = Листівки цього посібника
# Українська має категорії множини one (1, 21, 31…), few (2–4, 22–24…), many (5–20, 25–30…)
# та other (дробові числа).
leaflet-count = { $count ->
    [one] { $count } листівка
    [few] { $count } листівки
    [many] { $count } листівок
   *[other] { $count } листівки
}
in-other-language = ({ $language })
# Після «з» родовий відмінок: one «з 1 (21…) листівки», few і many «з 3 (5…) листівок», other (дроби) «з 1,5 листівки».
language-coverage = { $total ->
    [one] { $translated } з { $total } листівки
    [few] { $translated } з { $total } листівок
    [many] { $translated } з { $total } листівок
   *[other] { $translated } з { $total } листівки
}
language-coverage-none = Поки що лише мовою: { $language }

## Дати. Назви місяців у родовому відмінку: «15 жовтня 2026 р.»

date = { $day } { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
} { $year } р.

## Сторінка для перекладачів (translation-status/index.html)

translation-status = Стан перекладів
translation-status-intro = Які листівки перекладено кожною мовою і чи зроблено кожен переклад з чинної версії оригіналу.
translation-state-current = актуальний
translation-state-outdated = застарілий
translation-state-unknown = невідомо
translation-state-missing = відсутній
translation-review-pending = очікує перевірки
translation-reviewed-on = перевірено { $date }
translated-percent = Перекладено { $percent }% слів оригіналу, актуальних — { $current }%

## Звіт для редакторів (quality/<lang>/index.html)

quality-report = Звіт про якість
quality-report-intro = Зрозумілість тексту і дати перевірки кожної листівки цією мовою станом на { $date }. Оцінки — це привід перечитати текст, а не вирок.
quality-readability = Зрозумілість тексту
quality-sentence-length = Слів у реченні
quality-next-review = Наступна перевірка
review-state-overdue = прострочено
review-state-due-soon = скоро
review-state-ok = вчасно
review-state-missing = без дати

## Сторінку не знайдено (404.html)

page-not-found = Сторінку не знайдено
page-not-found-help = Ми не змогли знайти цю сторінку. Можливо, її перенесли. Почніть, будь ласка, з головної сторінки.

## Картка-попередження для друку (шаблон alert-card.html), розміром з банківську картку.
## Тексти короткі, бо картка маленька.

alert-card-title = Картка-попередження: імунотерапія
alert-card-print-help = Надрукуйте цю сторінку, виріжте картку по краю, складіть її навпіл і заповніть від руки.
alert-card-carry = Мені проводять або проводили імунотерапію з приводу раку.
alert-card-carry-help = Завжди носіть цю картку з собою, навіть після завершення лікування. Показуйте її кожному лікарю, медсестрі чи фармацевту.
alert-card-name = Ім’я
alert-card-phone = Телефон
alert-card-emergency-contact = Екстрений контакт
alert-card-medicines = Препарат(и) імунотерапії
alert-card-started = Початок лікування
alert-card-last-dose = Остання доза
alert-card-centre = Лікувальний центр
alert-card-phone-24h = Цілодобовий телефон (24 години)
alert-card-warning-heading = Тривожні ознаки: одразу телефонуйте на цілодобовий номер
alert-card-sign-skin = Шкіра: висип, свербіж, пухирі
alert-card-sign-gut = Кишечник: діарея, біль у животі, кров у калі
alert-card-sign-lungs = Легені: новий кашель, задишка, біль у грудях
alert-card-sign-liver = Печінка: жовта шкіра чи очі, темна сеча
alert-card-sign-hormones = Гормональні залози: сильна втома, головний біль, запаморочення
alert-card-sign-sugar = Цукор у крові: сильна спрага, багато сечі
alert-card-sign-heart = Серце і нерви: прискорене серцебиття, м’язова слабкість, двоїння в очах
alert-card-for-clinicians = Медичним працівникам: імунотерапія може спричинити серйозне імуноопосередковане запалення будь-якого органа, навіть через місяці після лікування. Будь ласка, перед лікуванням зв’яжіться з онкологічною командою.
alert-card-report = Про підозрювані побічні ефекти повідомляйте свою медичну команду або національний орган з контролю за ліками.
alert-card-oncologist = Лікар-онколог
alert-card-steroids = Гормональні таблетки чи стероїди, які я приймаю
alert-card-emergency-number = Екстрений номер
alert-card-fold = Складіть тут
alert-card-clinicians-heading = Для лікарів і медсестер

## Друкована брошура однією мовою (leafpress pdf --booklet)

booklet-contents = Зміст
booklet-online = Актуальну версію цього посібника завжди можна прочитати в інтернеті:
booklet-printed = Надруковано { $date }. За вебадресою вище завжди є найновіша версія.
booklet-reviewed = Листівки востаннє перевірено: { $date }
booklet-next-review = Наступна перевірка не пізніше: { $date }

## Пошук: поле вгорі кожної сторінки мови та сторінка пошуку цієї мови

search-label = Пошук у посібнику
search-button = Шукати
search-title = Пошук
search-loading = Шукаємо…
search-results = { $count ->
    [0] За запитом «{ $query }» нічого не знайдено.
    [one] За запитом «{ $query }» знайдено { $count } сторінку.
    [few] За запитом «{ $query }» знайдено { $count } сторінки.
    [many] За запитом «{ $query }» знайдено { $count } сторінок.
   *[other] За запитом «{ $query }» знайдено { $count } сторінки.
}
search-no-results-help = Спробуйте інше або коротше слово. Або перегляньте нижче теми від А до Я.
search-topics = Теми від А до Я
search-no-script = Цей браузер не запускає JavaScript, а без нього пошук не працює. Нижче є всі теми цього посібника, від А до Я.
search-glossary-word = (словник)
