//! External links (`check --external`, never on by default: builds and checks must work
//! offline). Every http(s) link and source URL is requested once, at most four at a time, with
//! a timeout; answers are cached in `.leafpress/link-cache.json` (working links for a week,
//! broken ones for a day) so that running the check on every commit stays polite and fast.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{at_body, at_key};
use crate::diagnostics::Diagnostic;
use crate::edit;
use crate::site::Site;

/// Where answers are kept, under the site root.
pub const CACHE: &str = ".leafpress/link-cache.json";
const WORKING_FOR: i64 = 7 * 24 * 3600;
const BROKEN_FOR: i64 = 24 * 3600;
const CONCURRENT: usize = 4;
const TIMEOUT: Duration = Duration::from_secs(10);

/// What a URL answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// When it was asked (Unix seconds).
    pub checked: i64,
    /// `None` when the URL works; otherwise why not.
    pub problem: Option<String>,
}

/// Where a URL is used: a leaflet and a body offset, or its `sources`.
enum Place {
    Body(usize, usize),
    Sources(usize),
}

/// Checks every external URL of the site, as of `now` (Unix seconds).
pub fn check(site: &Site, root: &Path, now: i64) -> Vec<Diagnostic> {
    let mut uses: BTreeMap<String, Vec<Place>> = BTreeMap::new();
    for (index, leaflet) in site.leaflets.iter().enumerate() {
        for link in &leaflet.scan().links {
            if link.url.starts_with("http://") || link.url.starts_with("https://") {
                uses.entry(link.url.clone())
                    .or_default()
                    .push(Place::Body(index, link.offset));
            }
        }
        for source in &leaflet.front.sources {
            if let Some(url) = source.url.as_ref().filter(|u| u.starts_with("http")) {
                uses.entry(url.clone())
                    .or_default()
                    .push(Place::Sources(index));
            }
        }
    }
    let cache_path = root.join(CACHE);
    let mut cache: BTreeMap<String, Answer> = std::fs::read_to_string(&cache_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let stale: Vec<&String> = uses
        .keys()
        .filter(|url| match cache.get(*url) {
            Some(answer) => {
                now - answer.checked
                    > if answer.problem.is_none() {
                        WORKING_FOR
                    } else {
                        BROKEN_FOR
                    }
            }
            None => true,
        })
        .collect();
    for (url, answer) in ask_all(&stale, now) {
        cache.insert(url, answer);
    }
    if let Some(folder) = cache_path.parent() {
        let _ = std::fs::create_dir_all(folder);
        let _ = edit::write_atomically(
            &cache_path,
            &serde_json::to_string_pretty(&cache).unwrap_or_default(),
        );
    }
    let mut found = Vec::new();
    for (url, places) in &uses {
        let Some(problem) = cache.get(url).and_then(|a| a.problem.as_ref()) else {
            continue;
        };
        for place in places {
            let diagnostic = Diagnostic::warning(format!("the link `{url}` {problem}"))
                .with_code("external-link")
                .with_help(
                    "check the address in a browser; update it, or link to an archived copy",
                );
            found.push(match place {
                Place::Body(index, offset) => at_body(&site.leaflets[*index], *offset, diagnostic),
                Place::Sources(index) => at_key(&site.leaflets[*index], "sources", diagnostic),
            });
        }
    }
    found
}

/// Asks each URL, a few at a time.
fn ask_all(urls: &[&String], now: i64) -> Vec<(String, Answer)> {
    let agent = ureq::AgentBuilder::new()
        .timeout(TIMEOUT)
        .user_agent(concat!(
            "leafpress/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build();
    let next = AtomicUsize::new(0);
    let answers = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..CONCURRENT.min(urls.len()) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(url) = urls.get(index) else { break };
                    let problem = ask(&agent, url);
                    if let Ok(mut answers) = answers.lock() {
                        answers.push((
                            (*url).clone(),
                            Answer {
                                checked: now,
                                problem,
                            },
                        ));
                    }
                }
            });
        }
    });
    answers.into_inner().unwrap_or_default()
}

/// `None` when the URL answers with success (after redirects), else why not. Servers that
/// refuse HEAD are asked again with GET.
fn ask(agent: &ureq::Agent, url: &str) -> Option<String> {
    let answer = match agent.head(url).call() {
        Err(ureq::Error::Status(403 | 405 | 501, _)) => agent.get(url).call(),
        other => other,
    };
    match answer {
        Ok(_) => None,
        Err(ureq::Error::Status(code, _)) => Some(format!("answers HTTP {code}")),
        Err(ureq::Error::Transport(error)) => Some(format!("cannot be reached: {}", error.kind())),
    }
}
