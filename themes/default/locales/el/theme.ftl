# Κείμενα του ενσωματωμένου θέματος στα ελληνικά. Ένας ιστότοπος μπορεί να τα αντικαταστήσει,
# ένα προς ένα, στο locales/el/*.ftl.
## Ολόκληρος ο ιστότοπος

skip-to-content = Μετάβαση στο κύριο περιεχόμενο
site-navigation = Σύνδεσμοι του ιστότοπου
home = Αρχική σελίδα
all-languages = Όλες οι γλώσσες
language-picker-title = Επιλέξτε τη γλώσσα σας
language-picker-intro = Αυτός ο οδηγός είναι διαθέσιμος στις εξής γλώσσες.
language-switcher = Διαβάστε αυτή τη σελίδα σε άλλη γλώσσα
language-label = Γλώσσα:

## Σελίδες φυλλαδίων

table-of-contents = Σε αυτή τη σελίδα
not-translated = Αυτή η σελίδα δεν έχει μεταφραστεί ακόμη στα ελληνικά. Παρακάτω θα βρείτε το κείμενο στη γλώσσα: { $language }.
translation-unreviewed = Αυτή η μετάφραση δεν έχει ελεγχθεί ακόμη από αξιολογητή.
translation-outdated = Το πρωτότυπο αυτής της σελίδας ενημερώθηκε στις { $date }. Αυτή η μετάφραση ίσως δεν είναι πλέον ενημερωμένη.
translation-outdated-undated = Το πρωτότυπο αυτής της σελίδας ενημερώθηκε μετά την εκπόνηση αυτής της μετάφρασης. Η μετάφραση ίσως δεν είναι πλέον ενημερωμένη.
translation-outdated-link = Διαβάστε το πρωτότυπο ({ $language })
last-reviewed = Τελευταίος έλεγχος της σελίδας: { $date }
next-review = Επόμενος έλεγχος: { $date }
authors = Συγγραφή: { $names }
reviewers = Έλεγχος: { $names }
sources = Πηγές
funding = Χρηματοδότηση και χορηγίες
published-by = Έκδοση: { $organisation }
contact-us = Επικοινωνία: { $contact }
medical-disclaimer = Αυτός ο οδηγός δίνει γενικές πληροφορίες. Δεν αντικαθιστά τις συμβουλές των γιατρών και των νοσηλευτών σας.
back-to-top = Επιστροφή στην αρχή
breadcrumb = Βρίσκεστε εδώ
previous-leaflet = Προηγούμενο φυλλάδιο
next-leaflet = Επόμενο φυλλάδιο
all-leaflets = Όλα τα φυλλάδια
translators = Μετάφραση: { $names }
translated-from-reviewed = Μετάφραση από το πρωτότυπο ({ $language }), του οποίου ο τελευταίος έλεγχος έγινε στις { $date }.
translated-from = Μετάφραση από το πρωτότυπο ({ $language }).
source-last-reviewed = Ο τελευταίος έλεγχος του κειμένου αυτής της σελίδας ({ $language }) έγινε στις { $date }.

## Εκτυπωμένα φυλλάδια: μόνο σε χαρτί

print-online = Η πιο πρόσφατη έκδοση αυτού του φυλλαδίου στο διαδίκτυο:
print-qr = Κωδικός QR της διεύθυνσης αυτής της σελίδας

## Πλαίσια επισήμανσης

callout-note = Σημείωση
callout-tip = Συμβουλή
callout-important = Σημαντικό
callout-warning = Προειδοποίηση
callout-caution = Επείγον

## Άμεση βοήθεια

urgent-help-heading = Ζητήστε βοήθεια τώρα
urgent-help-emergency = Αν έχετε σοβαρή δυσκολία στην αναπνοή, πόνο στο στήθος ή κρίση με σπασμούς, αν καταρρεύσετε ή αν πιστεύετε ότι κινδυνεύει η ζωή σας:
urgent-help-call = Καλέστε το { $number }
urgent-help-team = Για κάθε άλλο νέο σύμπτωμα ή σύμπτωμα που χειροτερεύει, καλέστε αμέσως το 24ωρο τηλέφωνο της ομάδας που σας παρακολουθεί, μέρα ή νύχτα. Μην περιμένετε το επόμενο ραντεβού σας.
urgent-help-helpline = Η γραμμή υποστήριξής μας: { $number }
urgent-help-signs = Προειδοποιητικά σημάδια ανεπιθύμητων ενεργειών

## Αρχική σελίδα μιας γλώσσας

leaflets = Φυλλάδια σε αυτόν τον οδηγό
leaflet-count = { $count ->
    [one] Ένα φυλλάδιο
   *[other] { $count } φυλλάδια
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } από { $total } φυλλάδιο
   *[other] { $translated } από { $total } φυλλάδια
}
language-coverage-none = Προς το παρόν μόνο στη γλώσσα { $language }

## Ημερομηνίες

date = { $day } { $month ->
    [1] Ιανουαρίου
    [2] Φεβρουαρίου
    [3] Μαρτίου
    [4] Απριλίου
    [5] Μαΐου
    [6] Ιουνίου
    [7] Ιουλίου
    [8] Αυγούστου
    [9] Σεπτεμβρίου
    [10] Οκτωβρίου
    [11] Νοεμβρίου
   *[12] Δεκεμβρίου
} { $year }

## Σελίδα για τους μεταφραστές

translation-status = Κατάσταση μεταφράσεων
translation-status-intro = Ποια φυλλάδια έχουν μεταφραστεί σε κάθε γλώσσα και αν κάθε μετάφραση έγινε από την τρέχουσα έκδοση του πρωτοτύπου.
translation-state-current = ενημερωμένη
translation-state-outdated = παρωχημένη
translation-state-unknown = άγνωστη
translation-state-missing = λείπει
translation-review-pending = εκκρεμεί έλεγχος
translation-reviewed-on = ελέγχθηκε στις { $date }
translated-percent = μεταφρασμένο το { $percent }% των λέξεων του πρωτοτύπου, ενημερωμένο το { $current }%

## Αναφορά για τη σύνταξη (quality/<lang>/index.html)

quality-report = Αναφορά ποιότητας
quality-report-intro = Αναγνωσιμότητα και ημερομηνίες ελέγχου κάθε φυλλαδίου σε αυτή τη γλώσσα, στις { $date }. Οι βαθμολογίες είναι αφορμή για μια δεύτερη ματιά, όχι ετυμηγορία.
quality-readability = Αναγνωσιμότητα
quality-sentence-length = Λέξεις ανά πρόταση
quality-next-review = Επόμενος έλεγχος
review-state-overdue = εκπρόθεσμος
review-state-due-soon = σύντομα
review-state-ok = εγκαίρως
review-state-missing = χωρίς ημερομηνία

## Η σελίδα δεν βρέθηκε (404)

page-not-found = Η σελίδα δεν βρέθηκε
page-not-found-help = Δεν μπορέσαμε να βρούμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί. Παρακαλούμε ξεκινήστε ξανά από την αρχική σελίδα.

## Κάρτα προειδοποίησης για εκτύπωση

alert-card-title = Κάρτα προειδοποίησης ανοσοθεραπείας
alert-card-print-help = Εκτυπώστε αυτή τη σελίδα, κόψτε την κάρτα κατά μήκος του περιγράμματος, διπλώστε την στη μέση και συμπληρώστε την με το χέρι.
alert-card-carry = Κάνω, ή έχω κάνει, ανοσοθεραπεία. Να έχετε πάντα μαζί σας αυτή την κάρτα και να τη δείχνετε σε κάθε γιατρό, νοσηλευτή ή φαρμακοποιό.
alert-card-name = Ονοματεπώνυμο
alert-card-phone = Τηλέφωνο
alert-card-emergency-contact = Επαφή για επείγουσες περιπτώσεις
alert-card-medicines = Φάρμακο(-α) ανοσοθεραπείας
alert-card-started = Έναρξη θεραπείας
alert-card-last-dose = Τελευταία δόση
alert-card-centre = Κέντρο θεραπείας
alert-card-phone-24h = Τηλέφωνο 24ωρης εξυπηρέτησης
alert-card-warning-heading = Προειδοποιητικά σημάδια: καλέστε αμέσως το 24ωρο τηλέφωνο
alert-card-sign-skin = Δέρμα: εξάνθημα, φαγούρα, φουσκάλες
alert-card-sign-gut = Έντερο: διάρροια, πόνος στην κοιλιά, αίμα στα κόπρανα
alert-card-sign-lungs = Πνεύμονες: νέος βήχας, δύσπνοια, πόνος στο στήθος
alert-card-sign-liver = Ήπαρ: κιτρίνισμα του δέρματος ή των ματιών, σκούρα ούρα
alert-card-sign-hormones = Ορμονικοί αδένες: έντονη κούραση, πονοκέφαλος, ζάλη
alert-card-for-clinicians = Προς τους επαγγελματίες υγείας: Η ανοσοθεραπεία μπορεί να προκαλέσει σοβαρή ανοσοσχετιζόμενη φλεγμονή σε οποιοδήποτε όργανο, ακόμη και μήνες μετά το τέλος της θεραπείας. Παρακαλούμε επικοινωνήστε με την ογκολογική ομάδα πριν από οποιαδήποτε θεραπεία.
alert-card-report = Αναφέρετε πιθανές ανεπιθύμητες ενέργειες στην ομάδα που σας παρακολουθεί ή στον εθνικό οργανισμό φαρμάκων.
alert-card-oncologist = Γιατρός ογκολόγος
alert-card-steroids = Χάπια ορμονών ή κορτιζόνης που παίρνω
alert-card-emergency-number = Αριθμός έκτακτης ανάγκης
alert-card-fold = Διπλώστε εδώ
alert-card-clinicians-heading = Για γιατρούς και νοσηλευτές

## Έντυπο βιβλιαράκι μιας γλώσσας (leafpress pdf --booklet)

booklet-contents = Περιεχόμενα
booklet-online = Η πιο πρόσφατη έκδοση αυτού του οδηγού στο διαδίκτυο:
booklet-printed = Εκτυπώθηκε στις { $date }. Στην παραπάνω διεύθυνση θα βρίσκετε πάντα την πιο πρόσφατη έκδοση.
