# Textos del tema incorporado, en español. Una web los sustituye mensaje por mensaje
# en locales/es/*.ftl.

## Toda la web

skip-to-content = Ir al contenido principal
site-navigation = Enlaces de la web
home = Inicio
all-languages = Todos los idiomas
language-picker-title = Elija su idioma
language-picker-intro = Esta guía está disponible en estos idiomas.
language-switcher = Leer esta página en otro idioma
language-label = Idioma:

## Páginas de los folletos

table-of-contents = En esta página
not-translated = Esta página todavía no está traducida al español. A continuación tiene el texto en este idioma: { $language }.
translation-unreviewed = Esta traducción todavía no la ha comprobado un revisor.
translation-outdated = El original de esta página se actualizó el { $date }. Puede que esta traducción no esté al día.
translation-outdated-undated = El original de esta página ha cambiado desde que se hizo esta traducción. Puede que no esté al día.
translation-outdated-link = Leer el original ({ $language })
last-reviewed = Última revisión de la página: { $date }
next-review = Próxima revisión prevista: { $date }
authors = Redactado por: { $names }
reviewers = Revisado por: { $names }
sources = Fuentes
funding = Financiación y patrocinio
published-by = Publicado por { $organisation }
contact-us = Contacto: { $contact }
medical-disclaimer = Esta guía da información general. No sustituye los consejos de sus propios médicos y enfermeros.
back-to-top = Volver arriba
breadcrumb = Usted está aquí
previous-leaflet = Folleto anterior
next-leaflet = Folleto siguiente
all-leaflets = Todos los folletos
translators = Traducido por: { $names }
translated-from-reviewed = Traducido de la versión original ({ $language }), revisada por última vez el { $date }.
translated-from = Traducido de la versión original ({ $language }).
source-last-reviewed = El texto de esta página ({ $language }) se revisó por última vez el { $date }.

## Folletos para profesionales sanitarios (front matter `audience:`)

audience-professionals = Para profesionales sanitarios
audience-professionals-note = Esta página está escrita para médicos, enfermeros y otros profesionales sanitarios. Si usted es paciente o cuida de un paciente, los demás folletos de esta guía están escritos para usted.

## Folletos impresos: solo en papel

print-online = Lea la versión más reciente de este folleto en internet:
print-qr = Código QR de la dirección web de esta página

## Recuadros destacados

callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Advertencia
callout-caution = Urgente

## Pedir ayuda ahora

urgent-help-heading = Pida ayuda ahora
urgent-help-emergency = Si tiene mucha dificultad para respirar, dolor en el pecho o una convulsión, si se desploma o si cree que su vida está en peligro:
urgent-help-call = Llamar al { $number }
urgent-help-team = Ante cualquier otro síntoma nuevo o que empeore, llame enseguida al teléfono de 24 horas de su equipo médico, de día o de noche. No espere a su próxima cita.
urgent-help-helpline = Nuestra línea de ayuda: { $number }
urgent-help-signs = Señales de alarma de efectos secundarios

## Página de inicio de un idioma

leaflets = Folletos de esta guía
# Categorías de plural del español en CLDR: one, many (millones: «1 millón de folletos») y other.
leaflet-count = { $count ->
    [one] Un folleto
    [many] { $count } de folletos
   *[other] { $count } folletos
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [one] { $translated } de { $total } folleto
    [many] { $translated } de { $total } de folletos
   *[other] { $translated } de { $total } folletos
}
language-coverage-none = Por ahora solo en este idioma: { $language }

## Fechas: «15 de octubre de 2026» (los meses van en minúscula)

date = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

## Página para traductores (translation-status/index.html)

translation-status = Estado de las traducciones
translation-status-intro = Qué folletos están traducidos a cada idioma y si cada traducción se hizo a partir de la versión actual del original.
translation-state-current = al día
translation-state-outdated = desactualizada
translation-state-unknown = desconocida
translation-state-missing = falta
translation-review-pending = revisión pendiente
translation-reviewed-on = revisada el { $date }
translated-percent = { $percent } % de las palabras del original traducidas, { $current } % al día

## Informe para el equipo editorial (quality/<lang>/index.html)

quality-report = Informe de calidad
quality-report-intro = Legibilidad y fechas de revisión de cada folleto en este idioma, a { $date }. Las puntuaciones invitan a revisar de nuevo; no son un veredicto.
quality-readability = Legibilidad
quality-sentence-length = Palabras por frase
quality-next-review = Próxima revisión
review-state-overdue = vencida
review-state-due-soon = vence pronto
review-state-ok = a tiempo
review-state-missing = sin fecha

## Página no encontrada (404.html)

page-not-found = Página no encontrada
page-not-found-help = No hemos encontrado esta página. Puede que se haya movido. Vuelva a empezar desde la página de inicio.

## Tarjeta de alerta para imprimir (plantilla alert-card.html), del tamaño de una tarjeta bancaria

alert-card-title = Tarjeta de alerta de inmunoterapia
alert-card-print-help = Imprima esta página, recorte la tarjeta por el borde, dóblela por la mitad y rellénela a mano.
alert-card-carry = Estoy recibiendo, o he recibido, inmunoterapia contra el cáncer.
alert-card-carry-help = Lleve esta tarjeta siempre consigo, también cuando haya terminado su tratamiento. Muéstrela a cualquier médico, enfermero o farmacéutico que le atienda.
alert-card-name = Nombre
alert-card-phone = Teléfono
alert-card-emergency-contact = Contacto en caso de emergencia
alert-card-medicines = Medicamento(s) de inmunoterapia
alert-card-started = Inicio del tratamiento
alert-card-last-dose = Última dosis
alert-card-centre = Centro de tratamiento
alert-card-phone-24h = Teléfono de 24 horas
alert-card-warning-heading = Señales de alarma: llame de inmediato al teléfono de 24 horas
alert-card-sign-skin = Piel: erupción, picor, ampollas
alert-card-sign-gut = Intestino: diarrea, dolor de barriga, sangre en las heces
alert-card-sign-lungs = Pulmones: tos nueva, falta de aire, dolor en el pecho
alert-card-sign-liver = Hígado: piel u ojos amarillos, orina oscura
alert-card-sign-hormones = Glándulas hormonales: cansancio intenso, dolor de cabeza, mareo
alert-card-sign-sugar = Azúcar en sangre: mucha sed, orinar mucho
alert-card-sign-heart = Corazón y nervios: latidos rápidos, debilidad muscular, visión doble
alert-card-for-clinicians = Para los profesionales sanitarios: la inmunoterapia puede causar una inflamación inmunomediada grave en cualquier órgano, incluso meses después de terminar el tratamiento. Por favor, contacten con el equipo de oncología antes de tratar al paciente.
alert-card-report = Comunique los posibles efectos secundarios a su equipo médico o a la agencia de medicamentos de su país.
alert-card-oncologist = Médico del cáncer (oncólogo)
alert-card-steroids = Mis pastillas de hormonas o corticoides
alert-card-emergency-number = Número de emergencias
alert-card-fold = Doblar por aquí
alert-card-clinicians-heading = Para médicos y enfermeros

## Guía impresa de un idioma (leafpress pdf --booklet)

booklet-contents = Índice
booklet-online = La versión más reciente de esta guía en internet:
booklet-printed = Fecha de impresión: { $date }. En la dirección web de arriba encontrará siempre la versión más reciente.
booklet-reviewed = Última revisión de los folletos: { $date }
booklet-next-review = Fecha límite de la próxima revisión: { $date }

## Búsqueda: el cuadro de la parte de arriba de cada página y la página de búsqueda

search-label = Buscar en esta guía
search-button = Buscar
search-title = Búsqueda
search-loading = Buscando…
search-results = { $count ->
    [0] No hemos encontrado nada para «{ $query }».
    [one] Hemos encontrado una página para «{ $query }».
    [many] Hemos encontrado { $count } de páginas para «{ $query }».
   *[other] Hemos encontrado { $count } páginas para «{ $query }».
}
search-no-results-help = Pruebe con otra palabra o con una más corta. También puede consultar abajo los temas de la A a la Z.
search-topics = Temas de la A a la Z
search-no-script = Este navegador no ejecuta JavaScript y sin él no se puede buscar. Abajo tiene todos los temas de esta guía, de la A a la Z.
search-glossary-word = (glosario)
