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
# The visible label of the language button, before the current language's own name
# ("Language: English"). Keep the colon (or your language's equivalent) in the message.
language-label = Language:

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
# The breadcrumb above a leaflet (Home › leaflet): its label for screen readers.
breadcrumb = You are here
# Links at the end of a leaflet to the leaflets before and after it in the guide's order.
previous-leaflet = Previous leaflet
next-leaflet = Next leaflet
# A link from a leaflet to the list of every leaflet on the home page.
all-leaflets = All leaflets

## Leaflets for another audience than patients (front matter `audience:`)

# The label above the title of a leaflet written for health professionals, and the heading of
# the home page's list of such leaflets.
audience-professionals = For health professionals
# Under that label on the leaflet: who the page is for, and where patients should look instead.
audience-professionals-note = This page is written for doctors, nurses and other health professionals. If you are a patient or a carer, the other leaflets of this guide are written for you.

## Printed leaflets (handouts): shown on paper only

# Before the page's web address and its QR code, so a printout leads back to the current text.
print-online = Read this leaflet online, always up to date:
# The QR code's text alternative.
print-qr = QR code of this page's web address
# Who translated a page (front matter `translators:`). $names: names or roles, comma-separated.
translators = Translated by: { $names }
# On a translation: the review of its source, which is not a review of this translation.
# $language: the source language's own name; $date: when the source was last reviewed.
translated-from-reviewed = Translated from the { $language } version, which was last reviewed on { $date }.
translated-from = Translated from the { $language } version.
# On a page that shows another language's text: that text's review, not a review of a translation.
# $language: the shown language's own name; $date: when that text was last reviewed.
source-last-reviewed = The { $language } text on this page was last reviewed on { $date }.

## Callouts: blocks an author marks with `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
## `> [!WARNING]` or `> [!CAUTION]`. Each is shown as the callout's title.

callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
# The most urgent kind: what needs help straight away.
callout-caution = Urgent

## Getting help now: a box near the top of every leaflet page and home page, when site.yaml sets
## `emergency:`. It is always in the reader's language, even on a page whose text is not.

urgent-help-heading = Get help now
# Said before the emergency number: the signs that a life may be in danger.
urgent-help-emergency = If you have severe difficulty breathing, chest pain, a fit (seizure), or you collapse, or you think your life is in danger:
# The emergency number as a button to tap. $number: the number, e.g. 112.
urgent-help-call = Call { $number }
# What to do about every other worrying symptom.
urgent-help-team = For any other new or worsening symptom, call your treatment team's 24-hour phone line straight away, day or night. Do not wait for your next appointment.
# The site's own helpline (site.yaml `emergency: helpline:`). $number: its number.
urgent-help-helpline = Our helpline: { $number }
# A collapsed list of the warning signs (the alert card's `alert-card-sign-*` messages).
urgent-help-signs = Warning signs of side effects

## Home page of a language

leaflets = Leaflets in this guide
# $count: the number of leaflets listed on the home page.
leaflet-count = { $count ->
    [one] One leaflet
   *[other] { $count } leaflets
}
# After a leaflet in a list whose text is in another language (not translated yet).
# $language: that language's own name, e.g. English.
in-other-language = ({ $language })
# The language chooser and switcher: how much of the guide is in a language.
# $translated: leaflets translated into it; $total: leaflets in the guide.
language-coverage = { $total ->
    [one] { $translated } of { $total } leaflet
   *[other] { $translated } of { $total } leaflets
}
# No leaflet is translated into a language yet. $language: the language its pages show, in its
# own name, e.g. English.
language-coverage-none = Only in { $language } so far

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
# The review state of a translation, next to its state: not checked yet, or checked on $date.
translation-review-pending = review pending
translation-reviewed-on = reviewed { $date }
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
# On the card, in the patient's voice, for whoever reads the card.
alert-card-carry = I am having, or have had, immunotherapy for cancer.
# Above the card, printed with it: an instruction to the patient.
alert-card-carry-help = Carry this card at all times, also after your treatment has ended. Show it to every doctor, nurse or pharmacist you see.
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
alert-card-sign-sugar = Blood sugar: great thirst, passing a lot of urine
alert-card-sign-heart = Heart and nerves: fast heartbeat, muscle weakness, double vision
alert-card-for-clinicians = To healthcare professionals: immunotherapy can cause serious immune-related inflammation of any organ, even months after treatment ends. Please contact the oncology team before treating.
alert-card-report = Report suspected side effects to your care team or to your national medicines agency.
# Fields to fill in by hand.
alert-card-oncologist = Cancer doctor (oncologist)
alert-card-steroids = Hormone tablets or steroids I take
alert-card-emergency-number = Emergency number
# Printed on the line where the card is folded.
alert-card-fold = Fold here
# The heading of the note to doctors and nurses, on the card's back.
alert-card-clinicians-heading = For doctors and nurses

## The printed booklet of a language (leafpress pdf --booklet)

booklet-contents = Contents
# On the cover, before the web address and QR code of the guide in this language.
booklet-online = This guide online, always up to date:
# On the cover. $date: the day the booklet was made.
booklet-printed = Printed on { $date }. The web address above always has the latest version.
# On the cover. $date: the oldest of the leaflets' last review dates, so every leaflet in the
# booklet was reviewed on that day or later.
booklet-reviewed = Leaflets last reviewed: { $date }
# On the cover. $date: the earliest next-review date of the leaflets in the booklet.
booklet-next-review = Next review due by: { $date }

## Search: the box in the header of every page of a language, and that language's search page

# The visible label of the search box in every page's header, and on the search page.
search-label = Search this guide
# The button that sends a search.
search-button = Search
# The title and main heading of the search page.
search-title = Search
# On the search page while the results load.
search-loading = Searching…
# On the search page, announced to screen readers too. $count: pages found; $query: the
# words searched for, as the reader typed them.
search-results = { $count ->
    [0] Nothing found for “{ $query }”.
    [one] One page found for “{ $query }”.
   *[other] { $count } pages found for “{ $query }”.
}
# On the search page, under a search that found nothing.
search-no-results-help = Try another word or a shorter one, or look through the topics from A to Z below.
# The heading of the list of every leaflet, section and glossary word of this language, from A
# to Z, on the search page (shown without JavaScript too).
search-topics = Topics from A to Z
# On the search page when the browser runs no JavaScript, so the box cannot search.
search-no-script = This browser is not running JavaScript, which searching needs. Every topic of this guide is listed below from A to Z.
# In the A to Z list, after a word explained in the glossary.
search-glossary-word = (glossary)
