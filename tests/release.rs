//! Releases: what `.github/workflows/release.yml` builds and names, and what the crate
//! `cargo package` makes holds. The workflow itself only runs on GitHub, on a version tag;
//! these tests read it, so a broken target list, archive name, checksum or trigger fails here
//! first.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_yaml::Value;
use walkdir::WalkDir;

/// The targets a release publishes binaries for, as the README's "Releases" names them.
const TARGETS: [&str; 4] = [
    "x86_64-unknown-linux-musl",
    "aarch64-unknown-linux-musl",
    "universal-apple-darwin",
    "x86_64-pc-windows-msvc",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn workflow() -> Value {
    let path = root().join(".github/workflows/release.yml");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The job and the step of `workflow` that use `action` (`owner/name`, any version).
fn step_using<'a>(workflow: &'a Value, action: &str) -> (&'a Value, &'a Value) {
    let jobs = workflow["jobs"].as_mapping().expect("jobs");
    for job in jobs.values() {
        for step in job["steps"].as_sequence().into_iter().flatten() {
            let uses = step["uses"].as_str().unwrap_or_default();
            if uses.split('@').next() == Some(action) {
                return (job, step);
            }
        }
    }
    panic!("no step uses {action}");
}

fn text<'a>(value: &'a Value, what: &str) -> &'a str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {value:?}"))
}

#[test]
fn release_runs_on_version_tags_only() {
    let workflow = workflow();
    let triggers = workflow["on"].as_mapping().expect("an `on:` mapping");
    assert_eq!(
        triggers.len(),
        1,
        "only a pushed tag releases: {triggers:?}"
    );
    let push = &workflow["on"]["push"];
    assert!(push["branches"].is_null(), "a branch push must not release");
    let tags = push["tags"].as_sequence().expect("on.push.tags");
    assert!(!tags.is_empty());
    for tag in tags {
        assert!(
            text(tag, "a tag pattern").starts_with("v[0-9]"),
            "tag patterns are versions like v1.2.3: {tag:?}"
        );
    }
}

#[test]
fn release_builds_every_target_with_named_archives_and_checksums() {
    let workflow = workflow();
    let (job, step) = step_using(&workflow, "taiki-e/upload-rust-binary-action");
    let matrix = job["strategy"]["matrix"]["include"]
        .as_sequence()
        .expect("a matrix of targets");
    let targets: BTreeSet<&str> = matrix
        .iter()
        .map(|entry| text(&entry["target"], "target"))
        .collect();
    assert_eq!(targets, BTreeSet::from(TARGETS));
    for entry in matrix {
        let (target, os) = (text(&entry["target"], "target"), text(&entry["os"], "os"));
        let runner = match target {
            t if t.ends_with("-apple-darwin") => "macos-",
            t if t.contains("-windows-") => "windows-",
            _ => "ubuntu-",
        };
        assert!(os.starts_with(runner), "{target} must build on {runner}*");
    }

    let with = &step["with"];
    assert_eq!(with["bin"].as_str(), Some("leafpress"));
    assert_eq!(with["target"].as_str(), Some("${{ matrix.target }}"));
    assert_eq!(with["checksum"].as_str(), Some("sha256"));
    assert_eq!(
        with["locked"].as_bool(),
        Some(true),
        "build with Cargo.lock"
    );
    assert_eq!(with["tar"].as_str(), Some("unix"), ".tar.gz off Windows");
    assert_eq!(with["zip"].as_str(), Some("windows"), ".zip on Windows");

    // `version` is the tag without its `v`, from create-gh-release-action's output.
    let version = "${{ needs.create-release.outputs.version }}";
    let (release_job, release_step) = step_using(&workflow, "taiki-e/create-gh-release-action");
    let step_id = text(&release_step["id"], "the release step's id");
    assert_eq!(
        release_job["outputs"]["version"].as_str(),
        Some(format!("${{{{ steps.{step_id}.outputs.version }}}}").as_str())
    );
    assert!(
        std::ptr::eq(&workflow["jobs"]["create-release"], release_job),
        "{version} must name the job that creates the release"
    );
    let archive = text(&with["archive"], "archive");
    for target in TARGETS {
        let name = archive.replace(version, "1.2.3").replace("$target", target);
        assert_eq!(name, format!("leafpress-1.2.3-{target}"));
    }

    let included: Vec<&str> = text(&with["include"], "include").split(',').collect();
    for file in ["README.md", "LICENSE-MIT", "LICENSE-APACHE"] {
        assert!(included.contains(&file), "the archive holds {file}");
    }
    for file in included {
        assert!(root().join(file).is_file(), "{file} is missing");
    }
}

#[test]
fn release_pushes_a_multi_platform_image_to_ghcr() {
    let workflow = workflow();
    let (job, build) = step_using(&workflow, "docker/build-push-action");
    let (_, meta) = step_using(&workflow, "docker/metadata-action");
    assert_eq!(job["permissions"]["packages"].as_str(), Some("write"));
    assert_eq!(
        build["with"]["file"].as_str(),
        Some("Containerfile.release")
    );
    // The image is made of the binaries the release published, checked, one per platform.
    assert!(
        job["needs"]
            .as_sequence()
            .is_some_and(|needs| needs.iter().any(|n| n.as_str() == Some("binaries"))),
        "the image waits for the binaries"
    );
    let fetch = job["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find_map(|step| {
            step["run"]
                .as_str()
                .filter(|run| run.contains("gh release download"))
        })
        .expect("a step fetches the released binaries");
    for (arch, target) in [
        ("amd64", "x86_64-unknown-linux-musl"),
        ("arm64", "aarch64-unknown-linux-musl"),
    ] {
        assert!(fetch.contains(&format!("{arch}:{target}")), "{fetch}");
    }
    assert!(fetch.contains("sha256sum -c") && fetch.contains("dist/$arch"));
    let containerfile = std::fs::read_to_string(root().join("Containerfile.release")).unwrap();
    assert!(
        containerfile.contains("FROM scratch")
            && containerfile.contains("COPY dist/${TARGETARCH}/leafpress /leafpress")
            && containerfile.contains("ENTRYPOINT [\"/leafpress\"]"),
        "{containerfile}"
    );
    assert_eq!(build["with"]["push"].as_bool(), Some(true));
    let platforms: BTreeSet<&str> = text(&build["with"]["platforms"], "platforms")
        .split(',')
        .collect();
    assert_eq!(platforms, BTreeSet::from(["linux/amd64", "linux/arm64"]));
    let meta_id = text(&meta["id"], "the metadata step's id");
    assert_eq!(
        build["with"]["tags"].as_str(),
        Some(format!("${{{{ steps.{meta_id}.outputs.tags }}}}").as_str())
    );
    assert_eq!(
        meta["with"]["images"].as_str(),
        Some("ghcr.io/${{ github.repository_owner }}/leafpress")
    );
    // `{{version}}` is the tag without its `v`; `latest` comes with it (flavor latest=auto).
    let tags = text(&meta["with"]["tags"], "image tags");
    assert!(
        tags.lines()
            .any(|line| line.trim() == "type=semver,pattern={{version}}")
    );
    assert!(meta["with"]["flavor"].is_null(), "keep latest=auto");
}

#[test]
fn release_actions_are_pinned() {
    let workflow = workflow();
    for job in workflow["jobs"].as_mapping().expect("jobs").values() {
        for step in job["steps"].as_sequence().into_iter().flatten() {
            let Some(uses) = step["uses"].as_str() else {
                continue;
            };
            let (_, version) = uses.split_once('@').expect("an action with a version");
            let commit = version.len() == 40 && version.bytes().all(|b| b.is_ascii_hexdigit());
            let major = version.starts_with('v') && version[1..].parse::<u32>().is_ok();
            assert!(commit || major, "{uses}: pin a commit or a major tag");
        }
    }
}

/// The Linux and Windows binaries carry their C runtime, so they run on any distribution and
/// on Windows without the Visual C++ Redistributable: musl targets are static by default;
/// Windows gets `+crt-static` from `.cargo/config.toml`.
#[test]
fn release_binaries_link_the_c_runtime_statically() {
    let config = std::fs::read_to_string(root().join(".cargo/config.toml")).unwrap_or_default();
    for target in TARGETS
        .into_iter()
        .filter(|target| !target.ends_with("-apple-darwin"))
    {
        let output = Command::new("rustc")
            .args(["--print", "cfg", "--target", target])
            .args(rustflags_for(&config, target))
            .output()
            .expect("rustc runs");
        let cfg = String::from_utf8_lossy(&output.stdout);
        assert!(
            cfg.contains("target_feature=\"crt-static\""),
            "{target} would link the C runtime dynamically"
        );
    }
}

/// The `rustflags` of `[target.<target>]` in a Cargo config, as a flat list of strings.
fn rustflags_for(config: &str, target: &str) -> Vec<String> {
    let header = format!("[target.{target}]");
    let mut lines = config.lines().skip_while(|line| line.trim() != header);
    lines.next();
    lines
        .take_while(|line| !line.trim_start().starts_with('['))
        .filter_map(|line| line.trim().strip_prefix("rustflags"))
        .flat_map(|value| value.split('"').skip(1).step_by(2).map(str::to_owned))
        .collect()
}

#[test]
fn release_crate_holds_the_embedded_theme_and_licences_but_not_the_guide() {
    let output = Command::new(env!("CARGO"))
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo package --list: {stderr}");
    let listed: BTreeSet<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();

    // src/theme.rs embeds themes/default/ with include_str!, so the crate needs all of it.
    let theme = root().join("themes/default");
    let mut theme_files = Vec::new();
    for entry in WalkDir::new(&theme) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let relative = entry.path().strip_prefix(root()).unwrap();
            theme_files.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    for folder in ["templates/", "static/", "locales/"] {
        let prefix = format!("themes/default/{folder}");
        assert!(theme_files.iter().any(|file| file.starts_with(&prefix)));
    }
    let missing: Vec<&String> = theme_files
        .iter()
        .filter(|file| !listed.contains(*file))
        .collect();
    assert!(missing.is_empty(), "not in the crate: {missing:?}");

    for file in ["LICENSE-MIT", "LICENSE-APACHE", "README.md", "Cargo.lock"] {
        assert!(listed.contains(file), "{file} is not in the crate");
    }
    let guide = [
        "content/",
        "locales/",
        ".leafpress/",
        "tests/",
        "fuzz/",
        "scripts/",
        "public/",
        "pdf/",
    ];
    let unwanted: Vec<&String> = listed
        .iter()
        .filter(|file| guide.iter().any(|folder| file.starts_with(folder)) || *file == "site.yaml")
        .collect();
    assert!(
        unwanted.is_empty(),
        "the crate should not hold {unwanted:?}"
    );
}

#[test]
fn release_crate_metadata_is_accepted_by_crates_io() {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(output.status.success());
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let package = &metadata["packages"][0];
    for field in ["description", "license", "repository", "readme"] {
        assert!(package[field].is_string(), "Cargo.toml needs `{field}`");
    }
    let keywords = package["keywords"].as_array().unwrap();
    assert!((1..=5).contains(&keywords.len()), "1 to 5 keywords");
    for keyword in keywords {
        let keyword = keyword.as_str().unwrap();
        let valid = keyword.len() <= 20
            && keyword.starts_with(|c: char| c.is_ascii_alphabetic())
            && keyword
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_+".contains(c));
        assert!(valid, "crates.io refuses the keyword {keyword:?}");
    }
    let categories = package["categories"].as_array().unwrap();
    assert!((1..=5).contains(&categories.len()), "1 to 5 categories");
}
