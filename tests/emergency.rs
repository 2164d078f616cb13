//! The "Get help now" box of sites that declare `emergency:`, and callouts in leaflets.

use crate::support::{Site, main_of};

fn built() -> Site {
    let site = Site::fixture("check/emergency");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

#[test]
fn a_leaflet_page_shows_the_box_before_the_contents_and_callouts_from_the_text() {
    let site = built();
    insta::assert_snapshot!(
        "main_emergency_en_care",
        main_of(&site.page("en/care/index.html"))
    );
}

#[test]
fn the_box_is_in_the_page_language_with_its_own_number_even_on_a_fallback_page() {
    let site = built();
    let page = site.page("de/only/index.html");
    let main = main_of(&page);
    assert!(
        main.contains(r#"<div class="leaflet-text" lang="en" dir="ltr">"#),
        "{main}"
    );
    assert!(
        main.contains(r#"<section class="urgent-help" aria-labelledby="urgent-help-heading" lang="de" dir="ltr">"#),
        "{main}"
    );
    assert!(
        main.contains(r#"<a class="urgent-call" href="tel:0112">"#),
        "{main}"
    );
    assert!(
        main.contains(r#"href="tel:+442079460000""#),
        "the helpline is inherited: {main}"
    );
    assert_eq!(main.matches(r#"id="urgent-help-heading""#).count(), 1);
    // The home page has it right after its heading, before the intro.
    let home = main_of(&site.page("en/index.html")).to_string();
    let box_at = home
        .find(r#"class="urgent-help""#)
        .expect("a box on the home page");
    assert!(
        box_at > home.find("</h1>").unwrap() && box_at < home.find(r#"class="intro""#).unwrap()
    );
    assert!(home.contains(r#"href="tel:112""#));
}

#[test]
fn without_emergency_in_site_yaml_there_is_no_box() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    assert!(
        !site
            .page("en/side-effects/index.html")
            .contains("urgent-help")
    );
    assert!(!site.page("en/index.html").contains("urgent-help"));
}
