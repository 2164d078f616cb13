# It-testi tal-gwida bil-Malti li jikkonċernaw dan is-sit biss.
site-title = Gwida Ewropea għall-pazjenti dwar l-immunoterapija
