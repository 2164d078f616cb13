# Teksty wbudowanego motywu po polsku. Strona może je zastąpić, komunikat po komunikacie,
# w locales/pl/*.ftl.
## Cała strona

skip-to-content = Przejdź do treści głównej
site-navigation = Linki strony
home = Strona główna
all-languages = Wszystkie języki
language-picker-title = Wybierz język
language-picker-intro = Ten poradnik jest dostępny w tych językach.
language-switcher = Przeczytaj tę stronę w innym języku
language-label = Język:

## Strony ulotek

table-of-contents = Na tej stronie
not-translated = Ta strona nie została jeszcze przetłumaczona na język polski. Poniżej jest tekst w języku: { $language }.
translation-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez recenzenta.
translation-outdated = Oryginał tej strony został zaktualizowany { $date }. To tłumaczenie może być nieaktualne.
translation-outdated-undated = Oryginał tej strony został zmieniony po powstaniu tego tłumaczenia. Tłumaczenie może być nieaktualne.
translation-outdated-link = Przeczytaj oryginał ({ $language })
last-reviewed = Ostatnie sprawdzenie strony: { $date }
next-review = Następne sprawdzenie: { $date }
authors = Autorzy: { $names }
reviewers = Recenzenci: { $names }
sources = Źródła
funding = Finansowanie i sponsorzy
published-by = Wydawca: { $organisation }
contact-us = Kontakt: { $contact }
medical-disclaimer = Ten poradnik zawiera ogólne informacje. Nie zastępuje porady Twoich lekarzy i pielęgniarek.
back-to-top = Powrót na górę strony
breadcrumb = Jesteś tutaj
previous-leaflet = Poprzednia ulotka
next-leaflet = Następna ulotka
all-leaflets = Wszystkie ulotki

## Ulotki dla personelu medycznego (front matter `audience:`)

audience-professionals = Dla personelu medycznego
audience-professionals-note = Ta strona jest napisana dla lekarzy, pielęgniarek i innego personelu medycznego. Jeśli jesteś pacjentem lub opiekujesz się chorą osobą, pozostałe ulotki tego poradnika są napisane dla Ciebie.

## Wydrukowane ulotki: tylko na papierze

print-online = Przeczytaj tę ulotkę w internecie, zawsze w aktualnej wersji:
print-qr = Kod QR z adresem internetowym tej strony
translators = Tłumaczenie: { $names }
translated-from-reviewed = Przetłumaczono z oryginału ({ $language }). Oryginał ostatnio sprawdzono { $date }.
translated-from = Przetłumaczono z oryginału ({ $language }).
source-last-reviewed = Tekst na tej stronie ({ $language }) ostatnio sprawdzono { $date }.

## Ramki (callouts): bloki oznaczone `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`
## lub `> [!CAUTION]`. Każdy komunikat to tytuł ramki.

callout-note = Informacja
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Pilne

## Pilna pomoc: ramka u góry każdej strony ulotki i strony głównej, gdy site.yaml zawiera `emergency:`.
## Zawsze w języku czytelnika, nawet na stronie z tekstem w innym języku.

urgent-help-heading = Pilna pomoc
urgent-help-emergency = Jeśli bardzo trudno Ci oddychać, boli Cię w klatce piersiowej, masz napad drgawek, tracisz przytomność lub uważasz, że Twoje życie jest w niebezpieczeństwie:
urgent-help-call = Zadzwoń pod { $number }
urgent-help-team = Jeśli pojawi się jakikolwiek inny nowy objaw albo objaw się nasili, od razu zadzwoń pod numer swojego zespołu medycznego czynny 24 godziny na dobę, w dzień i w nocy. Nie czekaj do następnej wizyty.
urgent-help-helpline = Nasza infolinia: { $number }
urgent-help-signs = Objawy alarmowe skutków ubocznych

## Strona główna języka

leaflets = Ulotki w tym poradniku
# Kategorie liczby mnogiej CLDR dla polskiego: one (1), few (2–4, 22–24…),
# many (0, 5–21, 25…), other (ułamki).
leaflet-count = { $count ->
    [one] Jedna ulotka
    [few] { $count } ulotki
    [many] { $count } ulotek
   *[other] { $count } ulotki
}
in-other-language = ({ $language })
# Po „z” dopełniacz: one „z 1 ulotki”, few i many „z 3 (5…) ulotek”, other (ułamki) „z 1,5 ulotki”.
language-coverage = { $total ->
    [one] { $translated } z { $total } ulotki
    [few] { $translated } z { $total } ulotek
    [many] { $translated } z { $total } ulotek
   *[other] { $translated } z { $total } ulotki
}
language-coverage-none = Na razie tylko w języku: { $language }

## Daty: nazwy miesięcy w dopełniaczu („15 października 2026”)

date = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }

## Strona dla tłumaczy

translation-status = Stan tłumaczeń
translation-status-intro = Które ulotki są przetłumaczone na poszczególne języki i czy każde tłumaczenie powstało na podstawie aktualnej wersji oryginału.
translation-state-current = aktualne
translation-state-outdated = nieaktualne
translation-state-unknown = nie wiadomo
translation-state-missing = brak
translation-review-pending = czeka na sprawdzenie
translation-reviewed-on = sprawdzone { $date }
translated-percent = przetłumaczono { $percent }% słów oryginału, w aktualnej wersji { $current }%

## Raport dla redakcji (quality/<lang>/index.html)

quality-report = Raport jakości
quality-report-intro = Czytelność i terminy sprawdzenia każdej ulotki w tym języku, stan na { $date }. Wyniki są zachętą, by jeszcze raz przyjrzeć się tekstowi, a nie ostateczną oceną.
quality-readability = Czytelność
quality-sentence-length = Słowa na zdanie
quality-next-review = Następne sprawdzenie
review-state-overdue = po terminie
review-state-due-soon = wkrótce
review-state-ok = w terminie
review-state-missing = brak daty

## Strona nie istnieje (404)

page-not-found = Nie znaleziono strony
page-not-found-help = Nie udało się znaleźć tej strony. Mogła zostać przeniesiona. Zacznij jeszcze raz od strony głównej.

## Karta ostrzegawcza do wydruku

alert-card-title = Karta ostrzegawcza immunoterapii
alert-card-print-help = Wydrukuj tę stronę, wytnij kartę wzdłuż brzegu, złóż ją na pół i wypełnij ręcznie.
alert-card-carry = Jestem w trakcie immunoterapii z powodu nowotworu lub mam ją już za sobą.
alert-card-carry-help = Noś tę kartę zawsze przy sobie, także po zakończeniu leczenia. Pokazuj ją każdemu lekarzowi, pielęgniarce i farmaceucie.
alert-card-name = Imię i nazwisko
alert-card-phone = Telefon
alert-card-emergency-contact = Osoba do kontaktu w nagłym wypadku
alert-card-medicines = Lek(i) w immunoterapii
alert-card-started = Początek leczenia
alert-card-last-dose = Ostatnia dawka
alert-card-centre = Ośrodek prowadzący leczenie
alert-card-phone-24h = Numer telefonu czynny 24 godziny na dobę
alert-card-warning-heading = Objawy alarmowe: od razu zadzwoń pod numer czynny 24 godziny na dobę
alert-card-sign-skin = Skóra: wysypka, swędzenie, pęcherze
alert-card-sign-gut = Jelita: biegunka, ból brzucha, krew w stolcu
alert-card-sign-lungs = Płuca: nowy kaszel, duszność, ból w klatce piersiowej
alert-card-sign-liver = Wątroba: żółta skóra lub żółte oczy, ciemny mocz
alert-card-sign-hormones = Gruczoły hormonalne: silne zmęczenie, ból głowy, zawroty głowy
alert-card-sign-sugar = Cukier we krwi: silne pragnienie, dużo moczu
alert-card-sign-heart = Serce i nerwy: szybkie bicie serca, osłabienie mięśni, podwójne widzenie
alert-card-for-clinicians = Do personelu medycznego: immunoterapia może wywołać ciężkie zapalenie o podłożu immunologicznym w każdym narządzie, nawet miesiące po zakończeniu leczenia. Przed rozpoczęciem leczenia prosimy o kontakt z zespołem onkologicznym.
alert-card-report = Podejrzewane skutki uboczne zgłaszaj swojemu zespołowi medycznemu lub krajowemu urzędowi do spraw leków.
alert-card-oncologist = Lekarz onkolog
alert-card-steroids = Hormony w tabletkach lub sterydy, które przyjmuję
alert-card-emergency-number = Numer alarmowy
alert-card-fold = Złóż tutaj
alert-card-clinicians-heading = Dla lekarzy i pielęgniarek

## Drukowana broszura w jednym języku (leafpress pdf --booklet)

booklet-contents = Spis treści
booklet-online = Ten poradnik w internecie, zawsze w aktualnej wersji:
booklet-printed = Wydrukowano { $date }. Pod adresem internetowym powyżej zawsze jest najnowsza wersja.
booklet-reviewed = Ostatnie sprawdzenie ulotek: { $date }
booklet-next-review = Następne sprawdzenie najpóźniej: { $date }

## Wyszukiwanie: pole u góry każdej strony danego języka i strona wyszukiwania tego języka

search-label = Szukaj w tym poradniku
search-button = Szukaj
search-title = Wyszukiwanie
search-loading = Trwa wyszukiwanie…
search-results = { $count ->
    [0] Nic nie znaleziono dla „{ $query }”.
    [one] Znaleziono jedną stronę dla „{ $query }”.
    [few] Znaleziono { $count } strony dla „{ $query }”.
    [many] Znaleziono { $count } stron dla „{ $query }”.
   *[other] Znaleziono { $count } strony dla „{ $query }”.
}
search-no-results-help = Spróbuj innego lub krótszego słowa. Możesz też przejrzeć poniżej tematy od A do Z.
search-topics = Tematy od A do Z
search-no-script = Ta przeglądarka nie uruchamia JavaScriptu, a bez niego nie da się szukać. Poniżej są wszystkie tematy tego poradnika od A do Z.
search-glossary-word = (słowniczek)
