//! The real corpus (`../shared/corpus`: library pages nobody here wrote) scored by
//! `broadsheet score`: the figures agree with the team's scorer, and the means stay above
//! floors set just under what the engine reaches (a floor is never lowered).

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn broadsheet(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_broadsheet")).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The means line's figure after `label`.
fn figure(summary: &str, label: &str) -> f64 {
    let rest = &summary[summary.find(label).unwrap_or_else(|| panic!("{label} in {summary}")) + label.len()..];
    let number: String = rest.trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
    number.parse().unwrap_or_else(|_| panic!("a number after {label} in {summary}"))
}

#[test]
fn the_score_command_agrees_with_the_team_scorer() {
    let scoreboard = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/scoreboard.py");
    for input in ["txt", "alto.xml"] {
        let ours = broadsheet(&["score", corpus().to_str().unwrap(), "--input", input]);
        let theirs = Command::new("python3")
            .arg(&scoreboard)
            .arg(corpus())
            .args(["--bin", env!("CARGO_BIN_EXE_broadsheet"), "--input", input])
            .output()
            .expect("python3 runs the scoreboard");
        assert!(theirs.status.success(), "{}", String::from_utf8_lossy(&theirs.stderr));
        assert_eq!(ours, String::from_utf8_lossy(&theirs.stdout), "the two scoreboards differ ({input})");
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The folders the shipped weights are fitted on.
fn fit_folders() -> Vec<String> {
    let corpus = corpus();
    [corpus, root().join("../shared/pages"), root().join("assets/pages"), root().join("tests/pages")]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

#[test]
fn the_corpus_from_text_stays_above_its_floors() {
    let summary = broadsheet(&["score", corpus().to_str().unwrap(), "--quiet"]);
    assert!(figure(&summary, "mean seg_f1") >= 0.872, "{summary}");
    assert!(figure(&summary, "headline right") >= 128.0, "{summary}");
    assert!(figure(&summary, "pages below baseline") <= 1.0, "{summary}");
    assert!(figure(&summary, "lost") <= 1.0, "{summary}");
    assert!(figure(&summary, "failed") == 0.0, "{summary}");
}

/// The honest figure: each newspaper scored with weights fitted on the others.
fn left_one_newspaper_out(input: &str) -> String {
    let folders = fit_folders();
    let mut args = vec!["score", folders[0].as_str(), "--lono", "--quiet", "--input", input];
    for with in &folders[1..] {
        args.extend(["--with", with.as_str()]);
    }
    let summary = broadsheet(&args);
    assert!(summary.contains(&format!("({input}, leave one newspaper out)")), "{summary}");
    summary
}

#[test]
fn the_corpus_left_one_newspaper_out_stays_above_its_floors() {
    let summary = left_one_newspaper_out("txt");
    assert!(figure(&summary, "mean seg_f1") >= 0.87, "{summary}");
    assert!(figure(&summary, "headline right") >= 118.0, "{summary}");
    assert!(figure(&summary, "pages below baseline") <= 1.0, "{summary}");
}

/// The library's ALTO files: the same pages with their type sizes, read better than the text.
#[test]
fn the_corpus_from_alto_beats_the_text_and_stays_above_its_floors() {
    let summary = broadsheet(&["score", corpus().to_str().unwrap(), "--input", "alto.xml", "--quiet"]);
    let text = broadsheet(&["score", corpus().to_str().unwrap(), "--quiet"]);
    assert!(figure(&summary, "mean seg_f1") >= 0.885, "{summary}");
    assert!(figure(&summary, "mean seg_f1") > figure(&text, "mean seg_f1"), "{summary}\n{text}");
    assert!(figure(&summary, "headline right") >= 132.0, "{summary}");
    assert!(figure(&summary, "pages below baseline") == 0.0, "{summary}");
    assert!(figure(&summary, "lost") == 0.0, "{summary}");
    assert!(figure(&summary, "failed") == 0.0, "{summary}");
    let lono = left_one_newspaper_out("alto.xml");
    assert!(figure(&lono, "mean seg_f1") >= 0.88, "{lono}");
    assert!(figure(&lono, "headline right") >= 126.0, "{lono}");
    assert!(figure(&lono, "pages below baseline") == 0.0, "{lono}");
}

/// The shipped weights are what `broadsheet fit` makes of the pages today: a change to the
/// features or the pages needs a refit (the command is in the file's first line).
#[test]
fn the_shipped_weights_are_a_fresh_fit() {
    let folders = fit_folders();
    let args: Vec<&str> = std::iter::once("fit").chain(folders.iter().map(String::as_str)).collect();
    let fitted = broadsheet(&args);
    let shipped = std::fs::read_to_string(root().join("src/analyze/weights.ron")).expect("the weights file");
    let body = |s: &str| s.lines().skip_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n");
    assert_eq!(
        body(&fitted),
        body(&shipped),
        "refit: cargo run --release -- fit ../shared/corpus ../shared/pages assets/pages tests/pages -o src/analyze/weights.ron"
    );
}
