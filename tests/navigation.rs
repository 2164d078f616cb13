//! Moving between pages: the breadcrumb, previous and next leaflet links, the footer's contact
//! link, on the multilingual fixture (left-to-right, right-to-left and fallback pages).

use crate::support::Site;

fn built() -> Site {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    site
}

/// The breadcrumb and the previous/next links of a page, one `<nav>` each.
fn navigation_of(html: &str) -> String {
    ["<nav class=\"breadcrumb\"", "<nav class=\"pager\""]
        .iter()
        .map(|start| {
            let from = html.find(start).expect("the page has this navigation");
            let to = from + html[from..].find("</nav>").expect("closed") + "</nav>".len();
            &html[from..to]
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn leaflet_pages_have_a_breadcrumb_and_previous_next_links_in_their_direction() {
    let site = built();
    insta::assert_snapshot!(
        "navigation_en_side_effects",
        navigation_of(&site.page("en/side-effects/index.html"))
    );
    let arabic = site.page("ar/side-effects/index.html");
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    insta::assert_snapshot!("navigation_ar_side_effects", navigation_of(&arabic));
}

#[test]
fn the_first_leaflet_has_no_previous_and_the_last_no_next() {
    let site = built();
    let first = navigation_of(&site.page("en/what-is/index.html"));
    assert!(!first.contains(r#"rel="prev""#), "{first}");
    assert!(
        first.contains(r#"<a href="../../en/side-effects/" rel="next">"#),
        "{first}"
    );
    let last = navigation_of(&site.page("en/side-effects/index.html"));
    assert!(
        last.contains(r#"<a href="../../en/what-is/" rel="prev">"#),
        "{last}"
    );
    assert!(!last.contains(r#"rel="next""#), "{last}");
    assert!(
        last.contains(r##"<a href="../../en/#leaflets-heading">All leaflets</a>"##),
        "{last}"
    );
    let home = site.page("en/index.html");
    assert!(home.contains(r#"id="leaflets-heading""#));
}

#[test]
fn a_fallback_target_and_title_are_marked_with_their_language() {
    let site = built();
    // pt-BR has no translations: "what-is" shows Portuguese, "side-effects" English.
    let page = site.page("pt-BR/what-is/index.html");
    let navigation = navigation_of(&page);
    assert!(
        navigation.contains(r#"<li aria-current="page"><span lang="pt" dir="ltr">O que é a imunoterapia?</span></li>"#),
        "{navigation}"
    );
    assert!(
        navigation.contains(r#"<span lang="en" dir="ltr">Side effects</span>"#),
        "{navigation}"
    );
    // A target in the page's own language is not marked.
    let navigation = navigation_of(&site.page("en/what-is/index.html"));
    assert!(
        navigation.contains("<span>Side effects</span>"),
        "{navigation}"
    );
}

#[test]
fn the_contact_address_is_a_mailto_link() {
    let site = built();
    let page = site.page("en/index.html");
    assert!(
        page.contains(r#"<a href="mailto:info@example.org">info@example.org</a>"#),
        "the footer links the contact address"
    );
}

#[test]
fn the_language_button_has_a_visible_label_and_a_hidden_globe() {
    let site = built();
    let page = site.page("ar/side-effects/index.html");
    let summary = &page[page.find("<summary>").unwrap()..page.find("</summary>").unwrap()];
    assert!(summary.contains(r#"<svg aria-hidden="true""#), "{summary}");
    assert!(
        summary.contains(r#"<span lang="ar">العربية</span>"#),
        "{summary}"
    );
}
