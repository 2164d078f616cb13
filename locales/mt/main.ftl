# It-testi tal-gwida bil-Malti li jikkonċernaw dan is-sit biss.
site-title = Gwida Ewropea għall-pazjenti dwar l-immunoterapija

# L-isem tal-organizzazzjoni u d-dikjarazzjoni dwar il-finanzjament minn site.yaml, b'din il-lingwa.
site-organisation = Example Patient Coalition (organizzazzjoni tal-karità fittizja)
site-funding = Din il-gwida hija test ta' eżempju, miktub minn voluntiera tal-Example Patient Coalition, organizzazzjoni tal-karità fittizja. L-ebda tabib jew infermier ma ċċekkjaha. M'għandha l-ebda finanzjament kummerċjali, u l-ebda sponsor ma raha jew ma influwenzaha.
