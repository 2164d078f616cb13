# نصوص واجهة الدليل باللغة العربية. نصوص القالب مدمجة (themes/default/locales/ar/theme.ftl)؛
# هنا ما يخص هذا الموقع فقط.
site-title = الدليل الأوروبي للمرضى حول العلاج المناعي

# site.yaml's organisation name and funding statement, in this language.
site-organisation = Example Patient Coalition (جمعية خيرية خيالية)
site-funding = هذا الدليل نص مثال، كتبه متطوعون في Example Patient Coalition، وهي جمعية خيرية خيالية. لم يراجعه أي طبيب أو ممرض. ليس له أي تمويل تجاري، ولم يطّلع عليه أي راعٍ ولم يؤثر فيه.
