//! The output folder: never replace a folder leafpress did not make, never write outside it.

use std::fs;

use crate::support::Site;

#[test]
fn refuses_a_non_empty_folder_it_did_not_make() {
    let site = Site::fixture("build/multilingual");
    fs::create_dir(site.path("public")).unwrap();
    fs::write(site.path("public/thesis.docx"), b"precious").unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("was not made by leafpress"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read(site.path("public/thesis.docx")).unwrap(),
        b"precious"
    );
}

#[test]
fn refuses_the_site_folder_and_its_parents() {
    let site = Site::fixture("build/multilingual");
    for output in [".", "..", "content/.."] {
        let run = site.run(&["build", "--output", output]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(
            run.stderr.contains("it is the site folder or contains it"),
            "{}",
            run.stderr
        );
    }
    assert!(site.path("content/en/side-effects.md").is_file());
}

#[test]
fn rebuilds_replace_its_own_output_and_remove_stale_pages() {
    let site = Site::fixture("build/multilingual");
    site.build_clean(&[]);
    assert!(site.path("public/.leafpress-output").is_file());
    fs::remove_file(site.path("content/pt/what-is.md")).unwrap();
    site.build_clean(&[]);
    let page = site.page("pt/what-is/index.html");
    assert!(
        page.contains(r#"lang="en""#),
        "pt now falls back to English"
    );
}
