//! Golden tests: every page with an expected result scores perfectly with the team's scorer.

mod common;

use std::process::Command;

/// Runs ../shared/eval/score.py on the JSON export of `page` and returns its metrics.
fn score(page: &std::path::Path, expected: &std::path::Path) -> serde_json::Value {
    let doc = common::open(page);
    let json = broadsheet::export::render(&doc, broadsheet::export::Format::Json);
    let dir = std::env::temp_dir().join(format!("broadsheet-golden-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Tests run in parallel and may score pages of the same name: one file per call.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = dir.join(format!("{}-{call}.json", page.file_stem().unwrap().to_string_lossy()));
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

/// The shared page as a converter without blank lines would give it (paragraph starts only
/// shown by their lost indent, headlines listed one per line): still scores perfectly.
#[test]
fn shared_page_without_blank_lines_scores_perfectly() {
    let page = common::shared().join("pages/zh-xining-news.txt");
    let expected = common::shared().join("pages/zh-xining-news.expected.json");
    let text = std::fs::read_to_string(&page).expect("the shared page");
    let squeezed: String = text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{l}\n")).collect();
    let dir = std::env::temp_dir().join(format!("broadsheet-noblank-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("zh-xining-news.txt");
    std::fs::write(&path, squeezed).unwrap();
    let s = score(&path, &expected);
    assert_eq!(
        (s["articles"].as_u64(), s["exact"].as_u64(), s["headline"].as_u64()),
        (Some(6), Some(6), Some(6)),
        "{s}"
    );
    assert_eq!((s["para_f1"].as_f64(), s["lost"].as_u64(), s["extra"].as_u64()), (Some(1.0), Some(0), Some(0)), "{s}");
}
