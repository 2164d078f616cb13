# Messages of leafpress's default theme (English).
# A site overrides any of them, message by message, in locales/<lang>/*.ftl.

## Whole site

# The site's name in this language. When no language defines it, site.yaml's `title` is used.
# site-title = European Immunotherapy Patient Guide

skip-to-content = Skip to main content
# The label of the footer's links (home, all languages) for screen readers.
site-navigation = Site links
home = Home
all-languages = All languages
language-picker-title = Choose your language
language-picker-intro = This guide is available in these languages.
# The label of the language switcher on every page.
language-switcher = Read this page in another language

## Leaflet pages

table-of-contents = On this page
# Shown when a page has no translation in the reader's language and the text of another
# language is shown instead. $language: the name of the language shown, in that language.
not-translated = This page has not been translated into English yet. Below is the text in { $language }.
# Shown when a translation has not been checked by a reviewer yet.
translation-unreviewed = This translation has not yet been checked by a reviewer.
# Shown when the original of a translated page changed after the translation was made.
# $date: when the original was last updated.
translation-outdated = The original of this page was updated on { $date }. This translation may be out of date.
translation-outdated-undated = The original of this page has been updated since this translation was made. It may be out of date.
# A link to the original page. $language: the original's language, in its own name.
translation-outdated-link = Read the original ({ $language })
last-reviewed = Page last reviewed: { $date }
next-review = Next review due: { $date }
# $names: the names or roles from the leaflet's front matter, separated by commas.
authors = Written by: { $names }
reviewers = Reviewed by: { $names }
sources = Sources
funding = Funding and sponsorship
published-by = Published by { $organisation }
contact-us = Contact us: { $contact }
medical-disclaimer = This guide gives general information. It does not replace advice from your own doctors and nurses.
back-to-top = Back to top

## Home page of a language

leaflets = Leaflets in this guide
# $count: the number of leaflets listed on the home page.
leaflet-count = { $count ->
    [one] One leaflet
   *[other] { $count } leaflets
}

## Dates. $day, $month (1 to 12) and $year are numbers.

date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## The translators' page (translation-status/index.html), not linked from patients' pages

translation-status = Translation status
translation-status-intro = Which leaflets are translated into each language, and whether each translation was made from the current version of the original.
translation-state-current = current
translation-state-outdated = outdated
translation-state-unknown = unknown
translation-state-missing = missing
translated-percent = { $percent }% of the original's words translated, { $current }% current

## The editors' report (quality/<lang>/index.html), written when site.yaml sets checks: report: true

quality-report = Quality report
quality-report-intro = Readability and review dates of each leaflet in this language, on { $date }. Scores are a prompt to look again, not a verdict.
quality-readability = Readability
quality-sentence-length = Words per sentence
quality-next-review = Next review
review-state-overdue = overdue
review-state-due-soon = due soon
review-state-ok = on time
review-state-missing = no date

## The page shown for a missing address (404.html)

page-not-found = Page not found
page-not-found-help = We could not find this page. It may have moved. Please start again from the home page.

## The printable alert card (template alert-card.html), printed at bank-card size

alert-card-title = Immunotherapy alert card
alert-card-print-help = Print this page, cut out the card along the border, fold it in the middle and fill it in by hand.
alert-card-carry = I am having, or have had, immunotherapy. Carry this card at all times and show it to any doctor, nurse or pharmacist.
alert-card-name = Name
alert-card-phone = Phone
alert-card-emergency-contact = Emergency contact
alert-card-medicines = Immunotherapy medicine(s)
alert-card-started = Treatment started
alert-card-last-dose = Last dose
alert-card-centre = Treating centre
alert-card-phone-24h = 24-hour phone number
alert-card-warning-heading = Warning signs: call the 24-hour number straight away
alert-card-sign-skin = Skin: rash, itching, blisters
alert-card-sign-gut = Gut: diarrhoea, stomach pain, blood in stools
alert-card-sign-lungs = Lungs: new cough, breathlessness, chest pain
alert-card-sign-liver = Liver: yellow skin or eyes, dark urine
alert-card-sign-hormones = Hormone glands: severe tiredness, headache, dizziness
alert-card-for-clinicians = To healthcare professionals: immunotherapy can cause serious immune-related inflammation of any organ, even months after treatment ends. Please contact the oncology team before treating.
alert-card-report = Report suspected side effects to your care team or to your national medicines agency.
