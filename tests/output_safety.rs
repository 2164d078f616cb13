//! The output folder: never replace a folder leafpress did not make, never write outside it.

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// The multilingual fixture with `count` more English leaflets: every one is written in five
/// languages (with fallbacks), so a few hundred make a build long enough to overlap another.
fn big_site(count: usize) -> Site {
    let site = Site::fixture("build/multilingual");
    let paragraph =
        "Take one tablet with water. Call your nurse if you feel unwell.\n\n".repeat(20);
    for n in 0..count {
        fs::write(
            site.path(&format!("content/en/generated-{n}.md")),
            format!("---\ntitle: Generated leaflet {n}\nsummary: A leaflet.\n---\n## Dose\n\n{paragraph}"),
        )
        .unwrap();
    }
    site
}

fn command(site: &Site) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leafpress"));
    command
        .args(["build", "--root"])
        .arg(&site.root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

/// Folders and files beside the output that leafpress left: temporary, old, or lock.
fn leftovers(site: &Site) -> Vec<String> {
    fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("public."))
        .collect()
}

/// Every page the site has, and the marker: the output is one whole build.
fn assert_whole(site: &Site, count: usize) {
    assert!(site.path("public/.leafpress-output").is_file(), "no marker");
    for n in 0..count {
        for lang in ["en", "de", "ar", "pt", "pt-BR"] {
            let page = site.path(&format!("public/{lang}/generated-{n}/index.html"));
            assert!(page.is_file(), "missing {}", page.display());
        }
    }
    assert!(site.path("public/sitemap.xml").is_file());
}

#[test]
fn two_overlapping_builds_leave_one_whole_marked_site() {
    let count = 200;
    let site = big_site(count);
    site.build_clean(&[]);
    for delay_ms in [100, 250, 400] {
        let first = command(&site).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let second = command(&site).output().unwrap();
        let first = first.wait_with_output().unwrap();
        // On a busy machine the second may take the output first: whichever of the two loses
        // says so and writes nothing; at least one of them builds.
        let results = [&first, &second].map(|run| {
            (
                run.status.code(),
                String::from_utf8_lossy(&run.stderr).into_owned(),
            )
        });
        assert!(
            results.iter().any(|(code, _)| *code == Some(0)),
            "{results:?}"
        );
        for (code, stderr) in &results {
            match code {
                // It finished before the other started, or it built while the other waited.
                Some(0) => {}
                Some(2) => assert!(
                    stderr.contains("another leafpress build is writing")
                        && stderr.contains("public"),
                    "{stderr}"
                ),
                other => panic!("a build: {other:?}\n{stderr}"),
            }
        }
        assert_whole(&site, count);
        assert_eq!(leftovers(&site), Vec::<String>::new());
    }
}

#[test]
fn builds_killed_at_any_moment_leave_nothing_after_the_next_build() {
    let count = 200;
    let site = big_site(count);
    site.build_clean(&[]);
    let started = Instant::now();
    site.build_clean(&[]);
    let full = started.elapsed();
    for kill in 0..12u32 {
        let mut build = command(&site).spawn().unwrap();
        // Spread the kills over the whole build, the clean-up of the old output last.
        std::thread::sleep(full * (kill + 1) / 12);
        let _ = build.kill();
        let _ = build.wait();
        let whole = site.path("public/.leafpress-output").is_file();
        assert!(whole, "kill {kill}: the output lost its marker");
    }
    site.build_clean(&[]);
    assert_whole(&site, count);
    assert_eq!(leftovers(&site), Vec::<String>::new());
}

#[test]
fn an_output_that_is_a_file_is_refused_and_left_alone() {
    let site = Site::fixture("build/multilingual");
    let before = fs::read(site.path("site.yaml")).unwrap();
    std::os::unix::fs::symlink("site.yaml", site.path("link.yaml")).unwrap();
    for output in ["site.yaml", "link.yaml", "content/en/what-is.md"] {
        let run = site.run(&["build", "--output", output]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(
            run.stderr.contains("is a file, not a folder")
                || run.stderr.contains("inside the site's `content/` folder"),
            "{output}: {}",
            run.stderr
        );
    }
    assert_eq!(fs::read(site.path("site.yaml")).unwrap(), before);
    assert!(site.path("content/en/what-is.md").is_file());
    let names: Vec<_> = fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("leafpress"))
        .collect();
    assert_eq!(names, Vec::<String>::new(), "nothing made or moved");
}

#[test]
fn refuses_an_output_inside_a_folder_the_build_reads() {
    let site = Site::fixture("build/multilingual");
    for output in [
        "static/site",
        "content/public",
        "locales/out",
        "themes/x/public",
    ] {
        let run = site.run(&["build", "--output", output]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(
            run.stderr.contains("which the build reads"),
            "{}",
            run.stderr
        );
        assert!(!site.path(output).exists(), "{output} was made");
    }
}

/// A bind mount stands for a container volume; it needs a user namespace (`unshare -rm`),
/// and the test says so and passes where there is none.
#[test]
fn builds_into_a_mount_point_by_swapping_its_contents() {
    let site = Site::fixture("build/multilingual");
    let volume = site.path("../volume");
    fs::create_dir(&volume).unwrap();
    fs::create_dir(site.path("public")).unwrap();
    let script = format!(
        "mount --bind '{volume}' '{public}' || exit 99; \
         '{bin}' build --root '{root}' && '{bin}' build --root '{root}' && ls -A '{public}'",
        volume = volume.display(),
        public = site.path("public").display(),
        bin = env!("CARGO_BIN_EXE_leafpress"),
        root = site.root.display(),
    );
    let run = Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .env("NO_COLOR", "1")
        .output();
    let Ok(run) = run else {
        eprintln!("skipped: no unshare");
        return;
    };
    if run.status.code() == Some(99) || String::from_utf8_lossy(&run.stderr).contains("unshare:") {
        eprintln!("skipped: no user namespaces here");
        return;
    }
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    let listing = String::from_utf8_lossy(&run.stdout);
    assert!(
        !listing.contains(".leafpress-tmp") && !listing.contains(".leafpress-old"),
        "{listing}"
    );
    // The build went through the mount into the volume.
    assert!(volume.join(".leafpress-output").is_file());
    assert!(volume.join("en/side-effects/index.html").is_file());
    assert!(volume.join("sitemap.xml").is_file());
}
