# Текстове на вградената тема на български. Сайтът може да ги замени, съобщение по съобщение,
# в locales/bg/*.ftl.
## Целият сайт

skip-to-content = Към основното съдържание
site-navigation = Връзки на сайта
home = Начало
all-languages = Всички езици
language-picker-title = Изберете своя език
language-picker-intro = Този наръчник е достъпен на следните езици.
language-switcher = Прочетете тази страница на друг език
language-label = Език:

## Страници с листовки

table-of-contents = На тази страница
not-translated = Тази страница все още не е преведена на български. По-долу е текстът на езика: { $language }.
translation-unreviewed = Този превод все още не е проверен от рецензент.
translation-outdated = Оригиналът на тази страница е обновен на { $date }, затова този превод може да не е актуален.
translation-outdated-undated = Оригиналът на тази страница е обновен след изготвянето на този превод. Възможно е преводът да не е актуален.
translation-outdated-link = Прочетете оригинала ({ $language })
last-reviewed = Последен преглед на страницата: { $date }
next-review = Следващ преглед: { $date }
authors = Автори: { $names }
reviewers = Рецензенти: { $names }
sources = Източници
funding = Финансиране и спонсорство
published-by = Издател: { $organisation }
contact-us = За контакт: { $contact }
medical-disclaimer = Този наръчник дава обща информация. Той не замества съветите на вашите лекари и медицински сестри.
back-to-top = Обратно в началото
breadcrumb = Вие сте тук
previous-leaflet = Предишна листовка
next-leaflet = Следваща листовка
all-leaflets = Всички листовки
translators = Преводачи: { $names }
translated-from-reviewed = Преведено от оригинала ({ $language }), който е прегледан за последно на { $date }
translated-from = Преведено от оригинала ({ $language }).
source-last-reviewed = Текстът на тази страница ({ $language }) е прегледан за последно на { $date }

## Листовки за медицински специалисти (front matter `audience:`)

audience-professionals = За медицински специалисти
audience-professionals-note = Тази страница е написана за лекари, медицински сестри и други медицински специалисти. Ако сте пациент или се грижите за болен човек, другите листовки в този наръчник са написани за вас.

## Отпечатани листовки: само на хартия

print-online = Прочетете най-новата версия на тази листовка онлайн:
print-qr = QR код на уеб адреса на тази страница

## Карета с бележки и предупреждения

callout-note = Бележка
callout-tip = Съвет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Спешно

## Помощ веднага

urgent-help-heading = Потърсете помощ веднага
urgent-help-emergency = Ако имате силен задух, болка в гърдите или гърчове, ако се строполите или ако смятате, че животът ви е в опасност:
urgent-help-call = Обадете се на { $number }
urgent-help-team = При всеки друг нов или влошаващ се симптом веднага се обадете на денонощния телефон на екипа, който ви лекува, независимо дали е ден или нощ. Не чакайте следващия си преглед.
urgent-help-helpline = Нашата телефонна линия за помощ: { $number }
urgent-help-signs = Предупредителни признаци на нежелани реакции

## Начална страница на езика

leaflets = Листовки в този наръчник
leaflet-count = { $count ->
    [one] Една листовка
   *[other] { $count } листовки
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } от { $total } листовка
   *[other] { $translated } от { $total } листовки
}
language-coverage-none = Засега само на { $language }

## Дати

date = { $day } { $month ->
    [1] януари
    [2] февруари
    [3] март
    [4] април
    [5] май
    [6] юни
    [7] юли
    [8] август
    [9] септември
    [10] октомври
    [11] ноември
   *[12] декември
} { $year } г.

## Страница за преводачите

translation-status = Състояние на преводите
translation-status-intro = Кои листовки са преведени на всеки език и дали всеки превод е направен от текущата версия на оригинала.
translation-state-current = актуален
translation-state-outdated = остарял
translation-state-unknown = неизвестен
translation-state-missing = липсва
translation-review-pending = очаква преглед
translation-reviewed-on = прегледан на { $date }
translated-percent = преведени { $percent }% от думите на оригинала, актуални { $current }%

## Доклад за редакторите (quality/<lang>/index.html)

quality-report = Доклад за качеството
quality-report-intro = Четивност и дати на преглед на всяка листовка на този език (към { $date }). Оценките са повод да се погледне отново, а не присъда.
quality-readability = Четивност
quality-sentence-length = Думи в изречение
quality-next-review = Следващ преглед
review-state-overdue = просрочен
review-state-due-soon = предстои скоро
review-state-ok = навреме
review-state-missing = няма дата

## Страницата не е намерена (404)

page-not-found = Страницата не е намерена
page-not-found-help = Не успяхме да намерим тази страница. Може да е преместена. Моля, започнете отново от началната страница.

## Предупредителна карта за отпечатване

alert-card-title = Предупредителна карта за имунотерапия
alert-card-print-help = Отпечатайте тази страница, изрежете картата по рамката, сгънете я на две и я попълнете на ръка.
alert-card-carry = Провеждам или съм провел(а) имунотерапия срещу рак.
alert-card-carry-help = Носете тази карта винаги със себе си, също и след края на лечението. Показвайте я на всеки лекар, медицинска сестра или фармацевт.
alert-card-name = Име
alert-card-phone = Телефон
alert-card-emergency-contact = Лице за контакт при спешност
alert-card-medicines = Лекарство(а) за имунотерапия
alert-card-started = Начало на лечението
alert-card-last-dose = Последна доза
alert-card-centre = Лечебно заведение
alert-card-phone-24h = Денонощен телефон
alert-card-warning-heading = Предупредителни признаци: обадете се веднага на денонощния телефон
alert-card-sign-skin = Кожа: обрив, сърбеж, мехури
alert-card-sign-gut = Черва: диария, болка в корема, кръв в изпражненията
alert-card-sign-lungs = Бели дробове: нова кашлица, задух, болка в гърдите
alert-card-sign-liver = Черен дроб: пожълтяване на кожата или очите, тъмна урина
alert-card-sign-hormones = Хормонални жлези: силна умора, главоболие, замайване
alert-card-sign-sugar = Кръвна захар: силна жажда, отделяне на много урина
alert-card-sign-heart = Сърце и нерви: ускорен пулс, мускулна слабост, двойно виждане
alert-card-for-clinicians = До медицинските специалисти: Имунотерапията може да причини сериозно имуно-медиирано възпаление на всеки орган, дори месеци след края на лечението. Моля, свържете се с онкологичния екип, преди да започнете лечение.
alert-card-report = Съобщавайте за подозирани нежелани реакции на екипа, който ви лекува, или на националната агенция по лекарствата.
alert-card-oncologist = Лекар онколог
alert-card-steroids = Хормонални таблетки или стероиди, които приемам
alert-card-emergency-number = Номер за спешни случаи
alert-card-fold = Сгънете тук
alert-card-clinicians-heading = За лекари и медицински сестри

## Отпечатан наръчник на един език (leafpress pdf --booklet)

booklet-contents = Съдържание
booklet-online = Най-новата версия на този наръчник онлайн:
booklet-printed = На уеб адреса по-горе винаги има най-новата версия. Отпечатано на { $date }
booklet-reviewed = Последен преглед на листовките: { $date }
booklet-next-review = Следващ преглед не по-късно от: { $date }

## Търсене: полето в горната част на всяка страница и страницата за търсене

search-label = Търсене в наръчника
search-button = Търсене
search-title = Търсене
search-loading = Търсим…
search-results = { $count ->
    [0] Не намерихме нищо за „{ $query }“.
    [one] Намерихме една страница за „{ $query }“.
   *[other] Намерихме { $count } страници за „{ $query }“.
}
search-no-results-help = Опитайте с друга или по-кратка дума. Можете да разгледате и темите от А до Я по-долу.
search-topics = Теми от А до Я
search-no-script = Този браузър не изпълнява JavaScript, а без него търсенето не работи. По-долу са всички теми в наръчника, подредени от А до Я.
search-glossary-word = (речник)
