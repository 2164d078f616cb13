# نصوص القالب المدمج باللغة العربية. يمكن للموقع استبدالها رسالةً رسالة في locales/ar/*.ftl.
## الموقع كله

skip-to-content = انتقل إلى المحتوى الرئيسي
site-navigation = روابط الموقع
home = الصفحة الرئيسية
all-languages = كل اللغات
language-picker-title = اختر لغتك
language-picker-intro = هذا الدليل متوفر بهذه اللغات.
language-switcher = اقرأ هذه الصفحة بلغة أخرى
language-label = اللغة:

## النشرات

table-of-contents = في هذه الصفحة
not-translated = لم تُترجم هذه الصفحة إلى العربية بعد. النص أدناه باللغة: { $language }.
translation-unreviewed = لم يتحقق أي مراجِع من هذه الترجمة بعد.
translation-outdated = تم تحديث النص الأصلي لهذه الصفحة في { $date }. قد لا تكون هذه الترجمة محدّثة.
translation-outdated-undated = تم تحديث النص الأصلي لهذه الصفحة بعد هذه الترجمة. قد لا تكون محدّثة.
translation-outdated-link = اقرأ النص الأصلي ({ $language })
last-reviewed = آخر مراجعة للصفحة: { $date }
next-review = المراجعة القادمة: { $date }
authors = كتبه: { $names }
reviewers = راجعه: { $names }
sources = المصادر
funding = التمويل والرعاية
published-by = نشره { $organisation }
contact-us = للتواصل: { $contact }
medical-disclaimer = يقدم هذا الدليل معلومات عامة. وهو لا يغني عن نصيحة أطبائك وممرضيك.
back-to-top = العودة إلى الأعلى
breadcrumb = أنت هنا
previous-leaflet = النشرة السابقة
next-leaflet = النشرة التالية
all-leaflets = كل النشرات
translators = ترجمه: { $names }
translated-from-reviewed = تُرجمت هذه الصفحة عن النص الأصلي ({ $language }). آخر مراجعة للنص الأصلي: { $date }.
translated-from = تُرجمت هذه الصفحة عن النص الأصلي ({ $language }).
source-last-reviewed = رُوجع نص هذه الصفحة ({ $language }) آخر مرة في { $date }.

## نشرات للعاملين في الرعاية الصحية (front matter `audience:`)

audience-professionals = للعاملين في الرعاية الصحية
audience-professionals-note = هذه الصفحة مكتوبة للأطباء والممرضين وغيرهم من العاملين في الرعاية الصحية. إذا كنت مريضًا أو ترعى مريضًا، فالنشرات الأخرى في هذا الدليل مكتوبة لك.

## النشرات المطبوعة: على الورق فقط

print-online = اقرأ أحدث نسخة من هذه النشرة على الإنترنت:
print-qr = رمز QR لعنوان هذه الصفحة على الإنترنت

## مربعات التنبيه

callout-note = ملاحظة
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = عاجل

## المساعدة الفورية

urgent-help-heading = اطلب المساعدة الآن
urgent-help-emergency = إذا كنت تعاني من صعوبة شديدة في التنفس أو ألم في الصدر أو نوبة تشنج، أو إذا انهرت وسقطت، أو إذا اعتقدت أن حياتك في خطر:
urgent-help-call = اتصل بالرقم { $number }
urgent-help-team = إذا ظهرت لديك أي أعراض أخرى جديدة أو ازدادت أعراضك سوءًا، فاتصل فورًا برقم الهاتف المتاح على مدار 24 ساعة لدى فريق علاجك، ليلًا أو نهارًا. لا تنتظر موعدك القادم.
urgent-help-helpline = خط المساعدة لدينا: { $number }
urgent-help-signs = علامات التحذير من الآثار الجانبية

## الصفحة الرئيسية للغة

leaflets = النشرات في هذا الدليل
leaflet-count = { $count ->
    [zero] لا توجد نشرات
    [one] نشرة واحدة
    [two] نشرتان
    [few] { $count } نشرات
    [many] { $count } نشرة
   *[other] { $count } نشرة
}
in-other-language = ({ $language })
language-coverage = { $total ->
    [zero] { $translated } من أصل { $total }
    [one] { $translated } من أصل نشرة واحدة
    [two] { $translated } من أصل نشرتين
    [few] { $translated } من أصل { $total } نشرات
    [many] { $translated } من أصل { $total } نشرة
   *[other] { $translated } من أصل { $total } نشرة
}
language-coverage-none = متوفر حتى الآن باللغة { $language } فقط

## التواريخ

date = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

## صفحة المترجمين

translation-status = حالة الترجمات
translation-status-intro = أي النشرات مترجمة إلى كل لغة، وهل كل ترجمة مبنية على النسخة الحالية من النص الأصلي.
translation-state-current = محدّثة
translation-state-outdated = قديمة
translation-state-unknown = غير معروفة
translation-state-missing = غير موجودة
translation-review-pending = بانتظار المراجعة
translation-reviewed-on = رُوجعت في { $date }
translated-percent = تُرجم { $percent }٪ من كلمات النص الأصلي، و{ $current }٪ محدّث

## صفحة غير موجودة (404)

page-not-found = الصفحة غير موجودة
page-not-found-help = لم نجد هذه الصفحة. ربما نُقلت إلى مكان آخر. من فضلك ابدأ من جديد من الصفحة الرئيسية.

## بطاقة التنبيه للطباعة

alert-card-title = بطاقة تنبيه العلاج المناعي
alert-card-print-help = اطبع هذه الصفحة، وقصّ البطاقة على طول الإطار، واطوِها من المنتصف، واملأها بخط اليد.
alert-card-carry = أتلقى، أو تلقيت، علاجًا مناعيًا للسرطان.
alert-card-carry-help = احمل هذه البطاقة دائمًا، حتى بعد انتهاء علاجك. وأظهرها لأي طبيب أو ممرض أو صيدلي.
alert-card-name = الاسم
alert-card-phone = الهاتف
alert-card-emergency-contact = جهة الاتصال في الطوارئ
alert-card-medicines = دواء (أو أدوية) العلاج المناعي
alert-card-started = بدء العلاج
alert-card-last-dose = آخر جرعة
alert-card-centre = مركز العلاج
alert-card-phone-24h = رقم الهاتف على مدار 24 ساعة
alert-card-warning-heading = علامات الخطر: اتصل فورًا بالرقم المتاح على مدار 24 ساعة
alert-card-sign-skin = الجلد: طفح، حكة، بثور
alert-card-sign-gut = الأمعاء: إسهال، ألم في البطن، دم في البراز
alert-card-sign-lungs = الرئتان: سعال جديد، ضيق في التنفس، ألم في الصدر
alert-card-sign-liver = الكبد: اصفرار الجلد أو العينين، بول داكن
alert-card-sign-hormones = الغدد الهرمونية: تعب شديد، صداع، دوخة
alert-card-sign-sugar = سكر الدم: عطش شديد، كثرة التبول
alert-card-sign-heart = القلب والأعصاب: تسارع ضربات القلب، ضعف العضلات، رؤية مزدوجة
alert-card-for-clinicians = إلى العاملين في الرعاية الصحية: قد يسبب العلاج المناعي التهابًا مناعيًا خطيرًا في أي عضو، حتى بعد أشهر من انتهاء العلاج. يرجى التواصل مع فريق علاج الأورام قبل تقديم أي علاج.
alert-card-report = أبلغ عن الآثار الجانبية المشتبه بها لفريق رعايتك أو لهيئة الأدوية في بلدك.
alert-card-oncologist = طبيب الأورام
alert-card-steroids = أقراص الهرمونات أو الستيرويدات التي أتناولها
alert-card-emergency-number = رقم الطوارئ
alert-card-fold = اطوِ هنا
alert-card-clinicians-heading = للأطباء والممرضين

## الكتيّب المطبوع للغة (leafpress pdf --booklet)

booklet-contents = المحتويات
booklet-online = أحدث نسخة من هذا الدليل على الإنترنت:
booklet-printed = طُبع في { $date }. ستجد دائمًا أحدث نسخة على عنوان الإنترنت المذكور أعلاه.
booklet-reviewed = آخر مراجعة للنشرات: { $date }
booklet-next-review = المراجعة القادمة في موعد أقصاه: { $date }

## تقرير المحررين (quality/<lang>/index.html)

quality-report = تقرير الجودة
quality-report-intro = سهولة القراءة وتواريخ المراجعة لكل نشرة بهذه اللغة، بتاريخ { $date }. الدرجات دعوة لإعادة النظر، وليست حكمًا.
quality-readability = سهولة القراءة
quality-sentence-length = عدد الكلمات في الجملة
quality-next-review = المراجعة القادمة
review-state-overdue = متأخرة
review-state-due-soon = موعدها قريب
review-state-ok = في موعدها
review-state-missing = بلا تاريخ

## البحث

search-label = ابحث في هذا الدليل
search-button = بحث
search-title = البحث
search-loading = جارٍ البحث…
search-results = { $count ->
    [0] لم نجد شيئًا عند البحث عن «{ $query }».
    [one] وجدنا صفحة واحدة عند البحث عن «{ $query }».
    [two] وجدنا صفحتين عند البحث عن «{ $query }».
    [few] وجدنا { $count } صفحات عند البحث عن «{ $query }».
    [many] وجدنا { $count } صفحة عند البحث عن «{ $query }».
   *[other] وجدنا { $count } صفحة عند البحث عن «{ $query }».
}
search-no-results-help = جرّب كلمة أخرى أو كلمة أقصر، أو تصفّح المواضيع من الألف إلى الياء في الأسفل.
search-topics = المواضيع من الألف إلى الياء
search-no-script = هذا المتصفح لا يشغّل JavaScript، والبحث لا يعمل بدونه. ستجد في الأسفل كل مواضيع هذا الدليل من الألف إلى الياء.
search-glossary-word = (معاني الكلمات الطبية)
