//! The printable alert card (issue 16): one folded card whose back face carries the note to
//! clinicians in the page's language and in a second language, and the emergency number.

use crate::support::{Site, main_of};

/// The card's back face: from `<div class="card-face card-back">` to the end of the card.
fn back_face(html: &str) -> &str {
    let main = main_of(html);
    let start = main
        .find(r#"<div class="card-face card-back">"#)
        .expect("the card has a back face");
    let end = start + main[start..].find("</section>").expect("the sheet ends");
    &main[start..end]
}

#[test]
fn the_arabic_card_tells_clinicians_in_english_too() {
    let site = Site::fixture("build/alert-card");
    site.build_clean(&[]);
    let page = site.page("ar/card/index.html");
    insta::assert_snapshot!("alert_card_ar_back_face", back_face(&page));
    assert!(
        main_of(&page).contains("<dd>112</dd>"),
        "the emergency number is printed on the card"
    );
    // The default language's own card has no second copy.
    let english = site.page("en/card/index.html");
    assert!(
        !back_face(&english).contains(" lang="),
        "{}",
        back_face(&english)
    );
}

#[test]
fn a_site_chooses_the_second_language_and_its_own_card_has_none() {
    let site = Site::fixture("build/alert-card");
    let yaml = std::fs::read_to_string(site.path("site.yaml")).unwrap();
    std::fs::write(
        site.path("site.yaml"),
        format!("{yaml}alert_card: {{second_language: pl}}\n"),
    )
    .unwrap();
    site.build_clean(&[]);
    let arabic = site.page("ar/card/index.html");
    assert!(
        back_face(&arabic).contains(r#"<div lang="pl" dir="ltr">"#),
        "{}",
        back_face(&arabic)
    );
    let english = site.page("en/card/index.html");
    assert!(back_face(&english).contains(r#"<div lang="pl" dir="ltr">"#));
    let polish = site.page("pl/card/index.html");
    assert!(
        !back_face(&polish).contains(" lang="),
        "{}",
        back_face(&polish)
    );
}

#[test]
fn a_second_language_that_is_not_configured_is_an_error_at_its_line() {
    let site = Site::fixture("build/alert-card");
    let yaml = std::fs::read_to_string(site.path("site.yaml")).unwrap();
    std::fs::write(
        site.path("site.yaml"),
        format!("{yaml}alert_card:\n  second_language: fi\n"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = yaml.lines().count() + 2;
    assert!(
        run.stderr.contains(&format!("site.yaml:{line}:3: error")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("not one of `languages`"),
        "{}",
        run.stderr
    );
}
