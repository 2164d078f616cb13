//! Integration tests: the real `leafpress` binary on fixture sites under `tests/fixtures/`.
//! One test binary, one module per feature, so the suite links once.

mod support;

mod alert_card;
mod audience;
mod broken;
mod browser;
mod build;
mod check;
mod cli;
mod docs;
mod emergency;
mod errors;
mod guide;
mod language_marking;
mod limits;
mod navigation;
mod output_safety;
mod release;
mod reproducible;
mod search;
mod serve;
mod serve_equivalence;
mod serve_live;
mod status;
mod xliff;
