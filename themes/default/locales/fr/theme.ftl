# Textes du thème intégré, en français. Un site les remplace message par message
# dans locales/fr/*.ftl.

## Tout le site

skip-to-content = Aller au contenu principal
site-navigation = Liens du site
home = Accueil
all-languages = Toutes les langues
language-picker-title = Choisissez votre langue
language-picker-intro = Ce guide existe dans ces langues.
language-switcher = Lire cette page dans une autre langue
language-label = Langue :

## Fiches

table-of-contents = Sur cette page
not-translated = Cette page n'est pas encore traduite en français. Voici le texte dans une autre langue : { $language }.
translation-unreviewed = Cette traduction n'a pas encore été vérifiée par un relecteur.
translation-outdated = L'original de cette page a été mis à jour le { $date }. Cette traduction n'est peut-être plus à jour.
translation-outdated-undated = L'original de cette page a été modifié depuis cette traduction. Elle n'est peut-être plus à jour.
translation-outdated-link = Lire l'original ({ $language })
last-reviewed = Dernière vérification de la page : { $date }
next-review = Prochaine vérification prévue : { $date }
authors = Rédaction : { $names }
reviewers = Relecture : { $names }
sources = Sources
funding = Financement et parrainage
published-by = Publié par { $organisation }
contact-us = Nous contacter : { $contact }
medical-disclaimer = Ce guide donne des informations générales. Il ne remplace pas les conseils de vos propres médecins et infirmiers.
back-to-top = Haut de page
breadcrumb = Vous êtes ici
previous-leaflet = Fiche précédente
next-leaflet = Fiche suivante
all-leaflets = Toutes les fiches
translators = Traduction : { $names }
translated-from-reviewed = Traduit de la version originale ({ $language }), vérifiée pour la dernière fois le { $date }.
translated-from = Traduit de la version originale ({ $language }).
source-last-reviewed = Le texte de cette page ({ $language }) a été vérifié pour la dernière fois le { $date }.

## Fiches destinées aux professionnels de santé (front matter `audience:`)

audience-professionals = Pour les professionnels de santé
audience-professionals-note = Cette page s'adresse aux médecins, aux infirmiers et aux autres professionnels de santé. Si vous êtes patient ou proche aidant, les autres fiches de ce guide sont écrites pour vous.

## Fiches imprimées : sur papier uniquement

print-online = Lisez la version à jour de cette fiche en ligne :
print-qr = Code QR de l'adresse web de cette page

## Encadrés

callout-note = Remarque
callout-tip = Conseil
callout-important = Important
callout-warning = Attention
callout-caution = Urgent

## Obtenir de l'aide tout de suite

urgent-help-heading = Obtenir de l'aide tout de suite
urgent-help-emergency = Si vous avez beaucoup de mal à respirer, une douleur dans la poitrine ou des convulsions, si vous vous effondrez ou si vous pensez que votre vie est en danger :
urgent-help-call = Appeler le { $number }
urgent-help-team = Pour tout autre symptôme nouveau ou qui s'aggrave, appelez tout de suite le numéro joignable 24h/24 de votre équipe soignante, de jour comme de nuit. N'attendez pas votre prochain rendez-vous.
urgent-help-helpline = Notre ligne d'écoute : { $number }
urgent-help-signs = Signes d'alerte d'effets secondaires

## Page d'accueil d'une langue

leaflets = Les fiches de ce guide
# $count : le nombre de fiches. En français, 0 et 1 sont au singulier (catégorie one) ;
# many sert aux millions (« 1 000 000 de fiches »).
leaflet-count = { $count ->
    [one] { $count } fiche
    [many] { $count } de fiches
   *[other] { $count } fiches
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } sur { $total } fiche
    [many] { $translated } sur { $total } de fiches
   *[other] { $translated } sur { $total } fiches
}
language-coverage-none = Pour l'instant uniquement dans cette langue : { $language }

## Dates. Le premier jour du mois s'écrit « 1er » ; les mois prennent une minuscule.

date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

## Page pour les traducteurs (translation-status/index.html)

translation-status = État des traductions
translation-status-intro = Quelles fiches sont traduites dans chaque langue, et si chaque traduction a été faite à partir de la version actuelle de l'original.
translation-state-current = à jour
translation-state-outdated = périmée
translation-state-unknown = inconnu
translation-state-missing = manquante
translation-review-pending = relecture en attente
translation-reviewed-on = relue le { $date }
translated-percent = { $percent } % des mots de l'original traduits, { $current } % à jour

## Rapport pour la rédaction (quality/<lang>/index.html)

quality-report = Rapport de qualité
quality-report-intro = Lisibilité et dates de vérification de chaque fiche dans cette langue, au { $date }. Les scores invitent à relire le texte ; ce ne sont pas des verdicts.
quality-readability = Lisibilité
quality-sentence-length = Mots par phrase
quality-next-review = Prochaine vérification
review-state-overdue = en retard
review-state-due-soon = bientôt due
review-state-ok = dans les temps
review-state-missing = pas de date

## Page introuvable (404.html)

page-not-found = Page introuvable
page-not-found-help = Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée. Veuillez recommencer depuis la page d'accueil.

## Carte d'alerte à imprimer (modèle alert-card.html), au format carte bancaire

alert-card-title = Carte d'alerte immunothérapie
alert-card-print-help = Imprimez cette page, découpez la carte en suivant le bord, pliez-la au milieu et remplissez-la à la main.
alert-card-carry = Je reçois ou j'ai reçu une immunothérapie contre le cancer.
alert-card-carry-help = Gardez toujours cette carte sur vous, même après la fin de votre traitement. Montrez-la à tout médecin, infirmier ou pharmacien.
alert-card-name = Nom
alert-card-phone = Téléphone
alert-card-emergency-contact = Personne à prévenir en cas d'urgence
alert-card-medicines = Médicament(s) d'immunothérapie
alert-card-started = Début du traitement
alert-card-last-dose = Dernière dose
alert-card-centre = Centre de traitement
alert-card-phone-24h = Numéro joignable 24h/24
alert-card-warning-heading = Signes d'alerte : appelez tout de suite le numéro joignable 24h/24
alert-card-sign-skin = Peau : éruption, démangeaisons, cloques
alert-card-sign-gut = Intestin : diarrhée, mal au ventre, sang dans les selles
alert-card-sign-lungs = Poumons : nouvelle toux, essoufflement, douleur dans la poitrine
alert-card-sign-liver = Foie : peau ou yeux jaunes, urines foncées
alert-card-sign-hormones = Glandes hormonales : grande fatigue, maux de tête, vertiges
alert-card-sign-sugar = Sucre dans le sang : grande soif, urines abondantes
alert-card-sign-heart = Cœur et nerfs : cœur qui bat vite, faiblesse musculaire, vision double
alert-card-for-clinicians = Aux professionnels de santé : l'immunothérapie peut provoquer une inflammation grave d'origine immunitaire dans n'importe quel organe, même des mois après la fin du traitement. Veuillez contacter l'équipe d'oncologie avant tout traitement.
alert-card-report = Signalez tout effet secondaire suspecté à votre équipe soignante ou à l'agence nationale du médicament de votre pays.
alert-card-oncologist = Cancérologue (oncologue)
alert-card-steroids = Mes comprimés d'hormones ou de cortisone
alert-card-emergency-number = Numéro d'urgence
alert-card-fold = Plier ici
alert-card-clinicians-heading = Pour les médecins et infirmiers

## Livret imprimé d'une langue (leafpress pdf --booklet)

booklet-contents = Sommaire
booklet-online = La version à jour de ce guide en ligne :
booklet-printed = Imprimé le { $date }. L'adresse web ci-dessus donne toujours la version la plus récente.
booklet-reviewed = Dernière vérification des fiches : { $date }
booklet-next-review = Date limite de la prochaine vérification : { $date }

## Recherche : le champ en haut de chaque page et la page de recherche

search-label = Chercher dans ce guide
search-button = Chercher
search-title = Recherche
search-loading = Recherche en cours…
search-results = { $count ->
    [0] Nous n'avons rien trouvé pour « { $query } ».
    [one] Nous avons trouvé une page pour « { $query } ».
    [many] Nous avons trouvé { $count } de pages pour « { $query } ».
   *[other] Nous avons trouvé { $count } pages pour « { $query } ».
}
search-no-results-help = Essayez un autre mot ou un mot plus court. Vous pouvez aussi consulter la liste des sujets de A à Z ci-dessous.
search-topics = Sujets de A à Z
search-no-script = Ce navigateur n'exécute pas JavaScript, qui est nécessaire pour chercher. Tous les sujets de ce guide sont présentés ci-dessous, de A à Z.
search-glossary-word = (glossaire)
