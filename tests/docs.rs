//! The documentation's recipes: the GitHub Pages workflow parses and its build command works.

use crate::support::Site;

#[test]
fn github_pages_workflow_parses_and_its_build_command_builds_a_site() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/examples/github-pages.yml"
    );
    let workflow: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
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
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
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
