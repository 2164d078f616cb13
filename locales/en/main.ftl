# UI strings of the European Immunotherapy Patient Guide in English. The default theme's
# messages (themes/default/locales/en/theme.ftl) are built in; this file names the site.
site-title = European Immunotherapy Patient Guide
