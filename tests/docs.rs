//! The documentation's recipes: the example CI files parse, install a release binary checked
//! against a pinned checksum (never compile leafpress), and their build commands work; the
//! install script refuses a download that does not match; the README offers the binary first;
//! the Containerfile ends in an image with the binary alone.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::support::Site;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn github_pages_workflow_parses_and_its_build_command_builds_a_site() {
    let workflow = example("github-pages.yml");
    let steps = workflow["jobs"]["build"]["steps"]
        .as_sequence()
        .expect("a build job with steps");
    let command = steps
        .iter()
        .filter_map(|step| step["run"].as_str())
        .find(|run| run.starts_with("leafpress build"))
        .expect("a step that runs leafpress build");
    assert!(workflow["jobs"]["deploy"]["steps"].as_sequence().is_some());
    let command = command.replace(
        "${{ steps.pages.outputs.base_url }}",
        "https://owner.github.io/guide",
    );
    let args = split_words(&command);
    assert_eq!(&args[..2], ["leafpress", "build"]);
    let site = Site::fixture("build/multilingual");
    let words: Vec<&str> = args[1..].iter().map(String::as_str).collect();
    let run = site.run(&words);
    assert_eq!(run.code, 0, "{command}: {}", run.stderr);
    let page = site.page("en/side-effects/index.html");
    assert!(page.contains(
        r#"<link rel="canonical" href="https://owner.github.io/guide/en/side-effects/">"#
    ));
}

#[test]
fn gitlab_pages_job_runs_in_an_image_with_a_shell_and_its_build_command_builds_a_site() {
    let pipeline = example("gitlab-ci.yml");
    let job = &pipeline["pages"];
    // GitLab runs `script:` with a shell inside the job's image; leafpress's image has none.
    let image = job["image"]
        .as_str()
        .expect("the pages job names its image");
    assert!(
        !image.contains("leafpress"),
        "{image} has no shell for script:"
    );
    assert_eq!(job["artifacts"]["paths"][0].as_str(), Some("public"));
    let command = job["script"]
        .as_sequence()
        .expect("a script")
        .iter()
        .filter_map(|line| line.as_str())
        .find(|line| line.starts_with("leafpress build"))
        .expect("a line that runs leafpress build")
        .replace("$CI_PAGES_URL", "https://owner.gitlab.io/guide");
    let args = split_words(&command);
    let site = Site::fixture("build/multilingual");
    let words: Vec<&str> = args[1..].iter().map(String::as_str).collect();
    let run = site.run(&words);
    assert_eq!(run.code, 0, "{command}: {}", run.stderr);
    assert!(
        site.page("en/side-effects/index.html")
            .contains(r#"href="https://owner.gitlab.io/guide/en/side-effects/""#)
    );
}

#[test]
fn example_ci_files_download_a_pinned_release_and_check_its_checksum() {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(Path::new(ROOT).join("docs/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "yml") {
            names.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    names.sort();
    for expected in ["github-pages.yml", "gitlab-ci.yml"] {
        assert!(names.iter().any(|name| name == expected), "{names:?}");
    }
    for name in &names {
        let file = example(name);
        let commands = shell_commands(&file);
        assert!(!commands.is_empty(), "{name}: no run: or script: lines");
        let all = commands.join("\n");
        assert!(!all.contains("cargo install"), "{name} compiles leafpress");
        // The release is named by variables at the top, not inside a command.
        assert!(!all.contains("://"), "{name}: an address inside a command");
        let variables = file
            .get("env")
            .or_else(|| file.get("variables"))
            .unwrap_or_else(|| panic!("{name}: no top-level env: or variables:"));
        let version = variables["LEAFPRESS_VERSION"].as_str();
        let is_version = |v: &str| v.split('.').count() == 3 && v.split('.').all(is_number);
        assert!(
            version.is_some_and(is_version),
            "{name}: LEAFPRESS_VERSION must be a quoted X.Y.Z, found {version:?}"
        );
        let repository = variables["LEAFPRESS_REPOSITORY"].as_str().unwrap_or("");
        assert!(repository.starts_with("https://"), "{name}: {repository:?}");
        assert!(variables["LEAFPRESS_SHA256"].as_str().is_some(), "{name}");
        if all.contains("curl ") || all.contains("wget ") {
            let downloads = commands
                .iter()
                .flat_map(|command| command.lines())
                .find(|line| line.contains("/releases/download/v$LEAFPRESS_VERSION/"));
            assert!(downloads.is_some(), "{name}: downloads something else");
            let checks = commands
                .iter()
                .flat_map(|command| command.lines())
                .any(|line| line.contains("$LEAFPRESS_SHA256") && line.contains("sha256sum -c"));
            assert!(checks, "{name}: downloads without `sha256sum -c`");
        }
    }
}

#[test]
fn install_script_installs_only_the_download_its_checksum_names() {
    if !["curl", "tar", "sha256sum"]
        .iter()
        .all(|tool| on_path(tool))
    {
        eprintln!("skipped: the install script needs curl, tar and sha256sum");
        return;
    }
    let releases = tempfile::tempdir().unwrap();
    let archive = fake_release(releases.path(), "0.1.0", "x86_64-unknown-linux-musl");
    let checksum = hex(&Sha256::digest(std::fs::read(&archive).unwrap()));
    let repository = format!("file://{}", releases.path().display());

    let run = run_install_script(&repository, &checksum);
    assert_eq!(run.0, Some(0), "{}", run.2);
    assert!(run.1.contains("leafpress 0.1.0"), "{}", run.1);

    let wrong = hex(&Sha256::digest(b"another archive"));
    let run = run_install_script(&repository, &wrong);
    assert_eq!(run.0, Some(1), "{}", run.2);
    assert!(run.2.contains("did NOT match"), "{}", run.2);

    let run = run_install_script(&repository, "paste the archive's SHA-256 here");
    assert_eq!(run.0, Some(2), "{}", run.2);
    assert!(run.2.contains("set LEAFPRESS_SHA256"), "{}", run.2);
}

/// Runs a copy of `docs/examples/install-leafpress.sh` with its repository and checksum set,
/// installing into a new folder; returns the exit code, stdout and stderr, and checks that a
/// failed run leaves no binary behind.
fn run_install_script(repository: &str, checksum: &str) -> (Option<i32>, String, String) {
    let script =
        std::fs::read_to_string(Path::new(ROOT).join("docs/examples/install-leafpress.sh"))
            .unwrap();
    let mut set = 0;
    let script: String = script
        .lines()
        .map(|line| {
            if line.starts_with("LEAFPRESS_REPOSITORY=") {
                set += 1;
                format!("LEAFPRESS_REPOSITORY={repository}")
            } else if line.starts_with("LEAFPRESS_SHA256=") {
                set += 1;
                format!("LEAFPRESS_SHA256=\"{checksum}\"")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        set, 2,
        "the script sets the repository and checksum at its top"
    );
    let work = tempfile::tempdir().unwrap();
    let copy = work.path().join("install-leafpress.sh");
    std::fs::write(&copy, script).unwrap();
    let folder = work.path().join("bin");
    let output = Command::new("sh").arg(&copy).arg(&folder).output().unwrap();
    let installed = folder.join("leafpress").exists();
    assert_eq!(
        installed,
        output.status.success(),
        "installed only on success"
    );
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Lays out `releases/download/v<version>/leafpress-<version>-<target>.tar.gz` under `root`
/// as a release does, holding a stand-in `leafpress` that prints its version, and README.md.
fn fake_release(root: &Path, version: &str, target: &str) -> PathBuf {
    let contents = root.join("contents");
    std::fs::create_dir_all(&contents).unwrap();
    let binary = contents.join("leafpress");
    std::fs::write(&binary, format!("#!/bin/sh\necho leafpress {version}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::write(contents.join("README.md"), "# leafpress\n").unwrap();
    let folder = root.join(format!("releases/download/v{version}"));
    std::fs::create_dir_all(&folder).unwrap();
    let archive = folder.join(format!("leafpress-{version}-{target}.tar.gz"));
    let status = Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(&contents)
        .args(["leafpress", "README.md"])
        .status()
        .unwrap();
    assert!(status.success());
    archive
}

#[test]
fn readme_offers_the_binary_then_the_container_then_cargo_install() {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let section = readme
        .split("\n## Installing\n")
        .nth(1)
        .expect("an Installing section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let position = |needle: &str| {
        section
            .find(needle)
            .unwrap_or_else(|| panic!("Installing does not mention {needle}"))
    };
    let binary = position("sha256sum -c leafpress-");
    let container = position("docker run");
    let cargo = position("cargo install --locked --git");
    assert!(binary < container && container < cargo, "{section}");
    assert!(section.contains("cargo install --locked --path ."));
    assert!(section.contains("docs/deploy.md"));
}

#[test]
fn containerfile_ends_in_an_image_with_the_static_binary_alone() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Containerfile")).unwrap();
    // Instructions, with `\` continuations joined and comments dropped.
    let joined = text.replace("\\\n", " ");
    let instructions: Vec<&str> = joined
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let stages: Vec<usize> = (0..instructions.len())
        .filter(|&i| instructions[i].starts_with("FROM "))
        .collect();
    assert!(stages.len() >= 2, "a build stage and a final stage");
    let last = *stages.last().unwrap();
    let (build, last_stage) = (&instructions[..last], &instructions[last..]);
    assert_eq!(
        last_stage[0], "FROM scratch",
        "the final image is empty but for the binary"
    );
    let build_stage = build.iter().rev().find(|i| i.starts_with("FROM ")).unwrap();
    let stage_name = build_stage.rsplit(" AS ").next().unwrap();
    assert!(
        build_stage.contains("rust:") && build_stage.contains("alpine"),
        "{build_stage}"
    );
    assert!(
        build.iter().any(|i| i.contains("musl-dev")),
        "musl's static files"
    );
    assert!(
        build
            .iter()
            .any(|i| i.starts_with("RUN ") && i.contains("cargo build --release --locked")),
        "the build stage compiles the locked release"
    );
    let instruction = |keyword: &str| {
        last_stage
            .iter()
            .find_map(|i| i.strip_prefix(keyword))
            .unwrap_or_else(|| panic!("the final stage has no {keyword}"))
            .trim()
    };
    let entrypoint: Vec<String> = serde_json::from_str(instruction("ENTRYPOINT ")).unwrap();
    assert_eq!(entrypoint, ["/leafpress"], "exec form: there is no shell");
    let copy = instruction("COPY ");
    assert_eq!(copy, format!("--from={stage_name} /leafpress /leafpress"));
    assert_eq!(
        last_stage.iter().filter(|i| i.starts_with("COPY ")).count(),
        1,
        "the binary alone"
    );
    assert_eq!(instruction("WORKDIR "), "/site");
    let command: Vec<String> = serde_json::from_str(instruction("CMD ")).unwrap();
    assert_eq!(command, ["build"]);
    let labels = instruction("LABEL ");
    for label in [
        "image.source=",
        "image.licenses=\"MIT OR Apache-2.0\"",
        "image.description=",
    ] {
        assert!(labels.contains(label), "no OCI label {label}");
    }
    let ignored = std::fs::read_to_string(Path::new(ROOT).join(".dockerignore")).unwrap();
    for folder in ["target", "public", ".git"] {
        assert!(
            ignored.lines().any(|line| line == folder),
            "{folder} in the context"
        );
    }
}

/// The example file `docs/examples/<name>`, parsed.
fn example(name: &str) -> serde_yaml::Value {
    let path = Path::new(ROOT).join("docs/examples").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every shell command of a CI file: the values of `run:` (GitHub) and the lines of `script:`,
/// `before_script:` and `after_script:` (GitLab), at any depth.
fn shell_commands(value: &serde_yaml::Value) -> Vec<String> {
    let mut commands = Vec::new();
    match value {
        serde_yaml::Value::Mapping(mapping) => {
            for (key, value) in mapping {
                let key = key.as_str().unwrap_or("");
                match (key, value) {
                    ("run", serde_yaml::Value::String(command)) => commands.push(command.clone()),
                    (
                        "script" | "before_script" | "after_script",
                        serde_yaml::Value::Sequence(lines),
                    ) => {
                        commands.extend(lines.iter().filter_map(|l| l.as_str().map(str::to_string)))
                    }
                    _ => commands.extend(shell_commands(value)),
                }
            }
        }
        serde_yaml::Value::Sequence(items) => {
            commands.extend(items.iter().flat_map(shell_commands));
        }
        _ => {}
    }
    commands
}

fn is_number(part: &str) -> bool {
    !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())
}

fn on_path(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Splits a shell command line into words, honouring double quotes.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The check ids of the README's table in "Checking quality": every backticked id in the first
/// column of its rows.
fn readme_check_ids() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap();
    let section = readme
        .split("\n## Checking quality")
        .nth(1)
        .expect("a Checking quality section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .filter(|line| line.starts_with("| `"))
        .filter_map(|line| line.split('|').nth(1))
        .flat_map(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_readme_check_table_lists_every_check_id() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_leafpress"))
        .args(["check", "--list"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let listed = String::from_utf8(output.stdout).unwrap();
    let ids: Vec<&str> = listed
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(ids.len() > 20, "{listed}");
    let documented = readme_check_ids();
    let missing: Vec<&&str> = ids
        .iter()
        .filter(|id| !documented.iter().any(|d| d == *id))
        .collect();
    assert!(missing.is_empty(), "README's check table lacks {missing:?}");
}
