//! Golden tests: every page with an expected result scores perfectly with the team's scorer.

mod common;

use std::process::Command;

/// Runs ../shared/eval/score.py on the JSON export of `page` and returns its metrics.
fn score(page: &std::path::Path, expected: &std::path::Path) -> serde_json::Value {
    let doc = common::open(page);
    let json = broadsheet::export::render(&doc, broadsheet::export::Format::Json);
    let dir = std::env::temp_dir().join(format!("broadsheet-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("{}.json", page.file_stem().unwrap().to_string_lossy()));
    std::fs::write(&out, json).unwrap();
    let scorer = common::shared().join("eval/score.py");
    assert!(scorer.exists(), "the scorer is missing: {} (set BROADSHEET_SHARED)", scorer.display());
    let run =
        Command::new("python3").arg(&scorer).arg(expected).arg(&out).arg("--json").output().expect("python3 runs");
    assert!(run.status.success(), "score.py failed: {}", String::from_utf8_lossy(&run.stderr));
    serde_json::from_slice(&run.stdout).expect("score.py prints JSON")
}

#[test]
fn every_page_with_an_expected_result_scores_perfectly() {
    let pages = common::scored_pages();
    assert!(pages.len() >= 3, "expected the shared page and the two demo pages, found {pages:?}");
    let mut failures = Vec::new();
    for (page, expected) in &pages {
        let s = score(page, expected);
        let n = &s["expected"];
        let perfect = s["articles"] == *n
            && s["exact"] == *n
            && s["headline"] == *n
            && s["seg_f1"].as_f64() == Some(1.0)
            && s["para_f1"].as_f64() == Some(1.0)
            && s["lost"] == 0
            && s["extra"] == 0;
        println!("{}: {s}", page.display());
        if !perfect {
            failures.push(format!("{}: {s}", page.display()));
        }
    }
    assert!(failures.is_empty(), "pages below the bar:\n{}", failures.join("\n"));
}

#[test]
fn shared_page_is_scored() {
    let pages = common::scored_pages();
    assert!(pages.iter().any(|(p, _)| p.ends_with("zh-xining-news.txt")), "the shared page was not found");
}
