//! Corrections, undo and the project file.

mod common;

use broadsheet::document::Document;
use broadsheet::edit::{Edit, History};
use broadsheet::export::{Format, render};
use broadsheet::model::{ArticleId, LineId, Role};
use broadsheet::project;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn shared_page() -> PathBuf {
    common::shared().join("pages/zh-xining-news.txt")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A page copied into `dir`, so the project can sit beside it.
fn copy_page(dir: &Path, from: &Path) -> PathBuf {
    let page = dir.join(from.file_name().unwrap());
    std::fs::copy(from, &page).unwrap();
    page
}

/// An edit chosen from numbers, against the document as it stands.
fn edit_from(doc: &Document, (kind, a, b, flag): (u8, usize, usize, bool)) -> Edit {
    let n = doc.page.lines.len();
    let ids = doc.article_ids();
    let line = LineId((a % n) as u32);
    let other = LineId((b % n) as u32);
    let article = ids.get(b % ids.len().max(1)).copied().unwrap_or(ArticleId(1));
    let second = ids.get(a % ids.len().max(1)).copied().unwrap_or(ArticleId(1));
    let roles = [Role::Headline, Role::Deck, Role::Byline, Role::Body, Role::Caption, Role::Noise];
    match kind % 9 {
        0 => Edit::Split { at: line },
        1 => Edit::Merge { first: article, second },
        2 => Edit::MoveLines { first: line, last: other, to: flag.then_some(article) },
        3 => Edit::SetRole { line, role: roles[b % roles.len()] },
        4 => Edit::GiveHeadline { line, to: article },
        5 => Edit::SetBreak { above: line, paragraph: [Some(true), Some(false), None][b % 3] },
        6 => Edit::MoveArticle { article, up: flag },
        7 => Edit::RenameHeadline { article, text: flag.then(|| format!("标题 {b}")) },
        _ => Edit::Delete { article },
    }
}

fn snapshot(doc: &Document) -> (String, String) {
    (render(doc, Format::Json), render(doc, Format::Markdown))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn edits_undo_and_redo_exactly(script in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<bool>()), 1..12)) {
        let mut doc = common::open(&shared_page());
        let original = snapshot(&doc);
        let mut history = History::new();
        for step in &script {
            let edit = edit_from(&doc, *step);
            let _ = history.apply(&mut doc, &edit);
        }
        let edited = snapshot(&doc);
        let edited_overrides = doc.overrides.clone();
        while history.undo(&mut doc).is_some() {}
        prop_assert!(doc.overrides.is_empty());
        prop_assert_eq!(snapshot(&doc), original);
        while history.redo(&mut doc).is_some() {}
        prop_assert_eq!(&doc.overrides, &edited_overrides);
        prop_assert_eq!(snapshot(&doc), edited);
    }

    #[test]
    fn save_load_save_is_identical(script in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<bool>()), 0..10)) {
        let dir = temp_dir("roundtrip");
        let page = copy_page(&dir, &shared_page());
        let bytes = std::fs::read(&page).unwrap();
        let mut doc = common::open(&page);
        let mut history = History::new();
        for step in &script {
            let edit = edit_from(&doc, *step);
            let _ = history.apply(&mut doc, &edit);
        }
        let path = dir.join("page.broadsheet.ron");
        project::save(&doc, &page, &path).unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        let loaded = project::load(&path).unwrap();
        prop_assert_eq!(snapshot(&loaded.doc), snapshot(&doc));
        prop_assert_eq!(project::to_ron(&project::record(&loaded.doc, &bytes, &page, &path)), first);
    }
}

#[test]
fn a_split_then_undo_restores_the_page() {
    let mut doc = common::open(&shared_page());
    let before = doc.articles();
    let mut history = History::new();
    assert!(!history.is_modified());
    history.apply(&mut doc, &Edit::Split { at: LineId(8) }).unwrap();
    assert_eq!(doc.articles().len(), before.len() + 1);
    assert!(history.is_modified());
    assert_eq!(history.undo_label(), Some("Start new article"));
    history.undo(&mut doc);
    assert_eq!(doc.articles(), before);
    assert!(!history.is_modified());
}

#[test]
fn a_forced_break_and_a_join_change_the_paragraphs() {
    let mut doc = common::open(&shared_page());
    let mut history = History::new();
    let count = |doc: &Document| doc.article(ArticleId(1)).paragraphs.len();
    assert_eq!(count(&doc), 2);
    history.apply(&mut doc, &Edit::SetBreak { above: LineId(2), paragraph: Some(true) }).unwrap();
    assert_eq!(count(&doc), 3);
    let boundary = doc.boundary_below(LineId(2)).unwrap();
    assert!(boundary.by_user);
    // Line 7 "牌。" ends the first paragraph; joining it to line 9 makes one paragraph again.
    history.apply(&mut doc, &Edit::SetBreak { above: LineId(6), paragraph: Some(false) }).unwrap();
    assert_eq!(count(&doc), 2);
}

#[test]
fn deleted_articles_keep_their_text_as_unassigned() {
    let mut doc = common::open(&shared_page());
    let mut history = History::new();
    let lines = doc.lines_of(ArticleId(2)).len();
    history.apply(&mut doc, &Edit::Delete { article: ArticleId(2) }).unwrap();
    assert_eq!(doc.articles().len(), 5);
    let unassigned = doc.unassigned();
    assert!(unassigned.len() >= lines, "{} unassigned lines for {lines}", unassigned.len());
}

#[test]
fn a_missing_or_changed_source_page_is_reported() {
    let dir = temp_dir("source-check");
    let page = copy_page(&dir, &shared_page());
    let doc = common::open(&page);
    let path = dir.join("p.broadsheet.ron");
    project::save(&doc, &page, &path).unwrap();

    let mut bytes = std::fs::read(&page).unwrap();
    bytes.extend_from_slice("新增一行。\n".as_bytes());
    std::fs::write(&page, &bytes).unwrap();
    let err = project::load(&path).err().expect("a changed page is refused").to_string();
    assert!(err.contains("has changed since the project was saved") && err.contains("zh-xining-news.txt"), "{err}");

    std::fs::remove_file(&page).unwrap();
    let err = project::load(&path).err().expect("a missing page is refused").to_string();
    assert!(err.contains("is missing") && err.contains("zh-xining-news.txt"), "{err}");
}

#[test]
fn a_corrupt_project_names_line_and_column() {
    let dir = temp_dir("corrupt");
    let path = dir.join("bad.broadsheet.ron");
    std::fs::write(&path, "(\n  schema: 1,\n  app_version: \"0.1.0\",\n  source: (path: 42),\n)").unwrap();
    let err = project::load(&path).err().expect("refused").to_string();
    assert!(err.contains("not a valid project file") && err.contains("4:"), "{err}");
}

/// The command line exports a saved project with its corrections: a scripted split and
/// merge on the shared page give the golden Markdown.
#[test]
fn cli_exports_a_project_with_its_corrections() {
    let dir = temp_dir("cli-project");
    let page = copy_page(&dir, &shared_page());
    let mut doc = common::open(&page);
    let mut history = History::new();
    // Split the first story before its second paragraph; merge stories 4 and 5.
    history.apply(&mut doc, &Edit::Split { at: LineId(8) }).unwrap();
    let ids = doc.article_ids();
    history.apply(&mut doc, &Edit::Merge { first: ids[4], second: ids[5] }).unwrap();
    let path = dir.join("page.broadsheet.ron");
    project::save(&doc, &page, &path).unwrap();

    let run = std::process::Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .args(["export", path.to_str().unwrap(), "--format", "md"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let markdown = String::from_utf8(run.stdout).unwrap();
    let golden = common::root().join("tests/golden/zh-xining-news.split-merge.md");
    if std::env::var_os("BROADSHEET_BLESS").is_some() {
        std::fs::write(&golden, &markdown).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).expect("golden file (BROADSHEET_BLESS=1 writes it)");
    assert_eq!(markdown, expected);
    assert_eq!(markdown, render(&doc, Format::Markdown), "the CLI and the library agree");
}
