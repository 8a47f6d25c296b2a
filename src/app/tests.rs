//! UI behaviour, headless (egui_kittest). Missing glyphs panic, so font coverage of every
//! page is tested too.

mod loading;

use super::BroadsheetApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn shared_page() -> PathBuf {
    let shared = std::env::var_os("BROADSHEET_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("pages/zh-xining-news.txt")
}

/// A harness around the whole window, opened on `page` (the demo page when `None`).
fn harness(page: Option<PathBuf>, size: [f32; 2]) -> Harness<'static, Option<BroadsheetApp>> {
    Harness::builder().with_size(size).build_ui_state(
        move |ui, app: &mut Option<BroadsheetApp>| {
            let app = app.get_or_insert_with(|| BroadsheetApp::for_page(ui.ctx(), page.clone()));
            app.window_ui(ui);
        },
        None,
    )
}

/// A harness opened on page `pdf_page` (0-based) of a PDF, as `--page` does.
fn harness_at(page: PathBuf, pdf_page: usize, size: [f32; 2]) -> Harness<'static, Option<BroadsheetApp>> {
    Harness::builder().with_size(size).build_ui_state(
        move |ui, app: &mut Option<BroadsheetApp>| {
            let app = app.get_or_insert_with(|| {
                let settings = super::settings::Settings::default();
                BroadsheetApp::with_settings(ui.ctx(), settings, Some(page.clone()), pdf_page, None, Instant::now())
            });
            app.window_ui(ui);
        },
        None,
    )
}

fn app<'a>(h: &'a Harness<'static, Option<BroadsheetApp>>) -> &'a BroadsheetApp {
    h.state().as_ref().expect("the app is built in the first frame")
}

/// Lets the window show the page being opened once it has arrived (or failed): pages load
/// on a worker thread. Blocks on the load's answer, then steps.
fn wait_for_load(h: &mut Harness<'static, Option<BroadsheetApp>>) {
    h.step();
    let answered = h.state_mut().as_mut().expect("built").wait_for_answer(Duration::from_secs(180));
    assert!(answered, "the page did not load");
    settle(h);
    assert!(!app(h).is_loading(), "the page arrived");
}

/// Runs the window until it stops repainting. Work on other threads (the page image being
/// drawn) may keep it repainting for a few frames more than one run allows: those runs are
/// tried again, for at most three minutes.
fn settle(h: &mut Harness<'static, Option<BroadsheetApp>>) {
    let started = Instant::now();
    while h.try_run().is_err() {
        assert!(started.elapsed() < Duration::from_secs(180), "the window never settled");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn shared_page_shows_six_articles() {
    let mut h = harness(Some(shared_page()), [1280.0, 800.0]);
    h.run();
    h.get_by_label("6 articles");
    assert!(app(&h).error().is_none());
}

#[test]
fn clicking_the_third_article_shows_its_headline() {
    let mut h = harness(Some(shared_page()), [1280.0, 800.0]);
    h.run();
    let headline = "我省专精特新中小企业再增38家";
    assert_eq!(h.query_all_by_label(headline).count(), 1, "only the sidebar shows it at first");
    h.get_by_label(headline).click();
    h.run();
    assert_eq!(h.query_all_by_label(headline).count(), 2, "the reading pane shows it too");
    assert_eq!(app(&h).selected_article().and_then(|a| a.headline.as_deref()), Some(headline));
}

#[test]
fn arrow_down_and_j_k_move_the_selection() {
    let mut h = harness(Some(shared_page()), [1280.0, 800.0]);
    h.run();
    let title = |h: &Harness<'static, Option<BroadsheetApp>>| app(h).selected_article().map(|a| a.title());
    let first = title(&h);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let second = title(&h);
    assert_ne!(first, second);
    assert_eq!(second.as_deref(), Some("青海作为主宾省亮相第六届世界绿发会"));
    h.key_press(egui::Key::J);
    h.run();
    h.key_press(egui::Key::K);
    h.run();
    assert_eq!(title(&h), second);
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(title(&h), first);
}

#[test]
fn the_filter_narrows_the_list_and_keeps_the_hits() {
    let mut h = harness(Some(shared_page()), [1280.0, 800.0]);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    let input = h.get_by_role(egui::accesskit::Role::TextInput);
    assert!(input.is_focused(), "Ctrl+F focuses the filter");
    input.type_text("公积金");
    h.run();
    h.get_by_label("1 of 6 articles");
    assert_eq!(app(&h).visible().len(), 1);
    assert_eq!(
        app(&h).selected_article().and_then(|a| a.headline.as_deref()),
        None,
        "the first article is filtered out"
    );
    h.key_press(egui::Key::Escape);
    h.run();
}

#[test]
fn an_undecodable_file_shows_an_error_and_keeps_the_page() {
    let path = std::env::temp_dir().join(format!("broadsheet-undecodable-{}.txt", std::process::id()));
    std::fs::write(&path, [0xFF, 0xFE, 0x00, 0xD8]).expect("temp file");
    let mut h = harness(Some(path.clone()), [1280.0, 800.0]);
    h.run();
    let error = app(&h).error().expect("an error is shown").to_owned();
    assert!(error.contains("could not be decoded"), "{error}");
    h.get_by_label_contains("Cannot open");
    h.get_by_label("4 articles");
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(app(&h).error().is_none());
    let _ = std::fs::remove_file(path);
}

#[test]
fn clicking_a_source_line_selects_its_article() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("本报讯（记者 小蕊）9 月 5 日，以").click();
    h.run();
    assert_eq!(
        app(&h).selected_article().and_then(|a| a.headline.as_deref()),
        Some("青海作为主宾省亮相第六届世界绿发会")
    );
}

/// Every page we have (text and PDF), every article selected once, the whole source pane in
/// view: no character may lack a glyph (the harness panics on one).
#[test]
fn every_page_renders_with_real_glyphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = Vec::new();
    for dir in [
        shared_page().parent().map(Path::to_owned).unwrap_or_default(),
        root.join("assets/pages"),
        root.join("tests/pages"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        pages.extend(
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "pdf")),
        );
    }
    pages.sort();
    assert!(pages.len() >= 3, "{pages:?}");
    for page in pages {
        let mut h = harness(Some(page.clone()), [1600.0, 12000.0]);
        h.run();
        let count = app(&h).visible().len();
        assert!(count > 0, "{}", page.display());
        for _ in 0..count {
            h.key_press(egui::Key::ArrowDown);
            h.run();
        }
        // A PDF page shows its image first; its lines are a tab away.
        if let Some(tab) = h.query_by_label("Source lines") {
            tab.click();
            h.run();
        }
        assert!(app(&h).error().is_none(), "{}", page.display());
    }
}

/// A file dropped on the window, as an integration hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_file_opens_it() {
    let mut h = harness(None, [1280.0, 800.0]);
    h.run();
    h.get_by_label("4 articles");
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(shared_page())));
    wait_for_load(&mut h);
    h.get_by_label("6 articles");
}

#[test]
fn font_size_shortcuts_change_the_reading_size() {
    let mut h = harness(None, [1280.0, 800.0]);
    h.run();
    let size = |h: &Harness<'static, Option<BroadsheetApp>>| app(h).font_size();
    let start = size(&h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    assert_eq!(size(&h), start + 1.0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert_eq!(size(&h), start - 1.0);
}

#[test]
fn the_source_pane_can_be_hidden() {
    let mut h = harness(None, [1280.0, 800.0]);
    h.run();
    h.get_by_label("Source");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Source pane").click();
    h.run();
    assert!(h.query_by_label("Source").is_none());
}

fn count_label(h: &Harness<'static, Option<BroadsheetApp>>) -> usize {
    app(h).visible().len()
}

#[test]
fn start_new_article_here_then_undo() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("在首场宣讲活动中，宣讲团4名成员分别").click_secondary();
    h.run();
    h.get_by_label("Start new article here").click();
    h.run();
    h.get_by_label("7 articles");
    assert!(app(&h).is_modified());
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo Start new article");
    h.key_press(egui::Key::Escape);
    h.run();
    undo(&mut h);
    h.get_by_label("6 articles");
    assert!(!app(&h).is_modified());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    h.get_by_label("7 articles");
}

#[test]
fn merged_articles_stay_merged_after_save_and_reopen() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("zh-xining-news.txt");
    std::fs::copy(shared_page(), &page).unwrap();
    let mut h = harness(Some(page.clone()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("青海作为主宾省亮相第六届世界绿发会").click_secondary();
    h.run();
    h.get_by_label("Merge with previous").click();
    h.run();
    h.get_by_label("5 articles");
    let project = dir.join("zh-xining-news.broadsheet.ron");
    let ctx = h.ctx.clone();
    h.state_mut().as_mut().unwrap().save_project_to(&ctx, &project).expect("saved");
    h.run();
    assert!(!app(&h).is_modified());

    let mut reopened = harness(Some(project), [1400.0, 900.0]);
    reopened.run();
    reopened.get_by_label("5 articles");
    assert!(app(&reopened).error().is_none());
    let merged = app(&reopened).selected_article().map(|a| a.paragraphs.len());
    assert_eq!(merged, Some(6), "two paragraphs of the first story and four of the second");
}

#[test]
fn clicking_a_join_marker_breaks_the_paragraph() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    let paragraphs =
        |h: &Harness<'static, Option<BroadsheetApp>>| app(h).selected_article().map(|a| a.paragraphs.len());
    assert_eq!(paragraphs(&h), Some(2));
    // The first "joined" marker is at line 2, under line 1.
    h.query_all_by_label("─").next().expect("a join marker").click();
    h.run();
    assert_eq!(paragraphs(&h), Some(3));
    undo(&mut h);
    assert_eq!(paragraphs(&h), Some(2));
    assert_eq!(count_label(&h), 6);
}

#[test]
fn a_project_whose_page_changed_is_reported() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-changed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("zh-xining-news.txt");
    std::fs::copy(shared_page(), &page).unwrap();
    let doc = broadsheet::document::Document::new(
        broadsheet::import::decode_text("p", &std::fs::read(&page).unwrap()).unwrap(),
    );
    let project = dir.join("p.broadsheet.ron");
    broadsheet::project::save(&doc, &page, &project).unwrap();
    std::fs::write(&page, "本报讯（记者 甲）另一篇。\n").unwrap();
    let mut h = harness(Some(project), [1400.0, 900.0]);
    h.run();
    let error = app(&h).error().expect("reported").to_owned();
    assert!(error.contains("has changed since the project was saved"), "{error}");
    h.get_by_label_contains("has changed since the project was saved");
}

#[test]
fn closing_with_unsaved_corrections_asks_first() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("青海作为主宾省亮相第六届世界绿发会").click_secondary();
    h.run();
    h.get_by_label("Merge with previous").click();
    h.run();
    let close = |h: &mut Harness<'static, Option<BroadsheetApp>>| {
        let root = egui::ViewportId::ROOT;
        h.input_mut().viewports.entry(root).or_default().events.push(egui::ViewportEvent::Close);
        h.step();
        h.input_mut().viewports.entry(root).or_default().events.clear();
        h.run();
    };
    close(&mut h);
    h.get_by_label("Save the corrections before closing?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Save the corrections before closing?").is_none());
    assert!(app(&h).is_modified(), "cancel keeps the corrections");
}

#[test]
fn opening_another_page_with_unsaved_corrections_asks_first() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("青海作为主宾省亮相第六届世界绿发会").click_secondary();
    h.run();
    h.get_by_label("Merge with previous").click();
    h.run();
    let before = app(&h).articles().len();
    let other = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/pages/zh-huanghe-daily.txt");
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(other.clone())));
    h.run();
    h.get_by_label("Save the corrections before opening another page?");
    assert!(!app(&h).is_loading(), "the question comes before the page loads");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(app(&h).is_modified(), "cancel keeps the page and its corrections");
    assert_eq!(app(&h).articles().len(), before);

    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(other)));
    h.run();
    h.get_by_label("Don't save").click();
    wait_for_load(&mut h);
    assert!(!app(&h).is_modified(), "the demo page opened");
    assert!(h.query_by_label("Save the corrections before opening another page?").is_none());
}

#[test]
fn an_export_is_written_and_never_over_the_page() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("zh-xining-news.txt");
    std::fs::copy(shared_page(), &page).unwrap();
    let mut h = harness(Some(page.clone()), [1400.0, 900.0]);
    h.run();
    let app = h.state_mut().as_mut().unwrap();
    let html = dir.join("one.html");
    app.export_to(&html, broadsheet::export::Format::Html, true).expect("exported");
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("<html lang=\"zh\">") && text.contains("西宁市教育系统师德宣讲团成立"));
    assert!(!text.contains("市委常委会召开会议"), "only the selected article");
    let before = std::fs::read(&page).unwrap();
    assert!(app.export_to(&page, broadsheet::export::Format::Text, false).is_err());
    assert_eq!(std::fs::read(&page).unwrap(), before);
}

#[test]
fn dragging_an_article_boundary_moves_it() {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    // The boundary above line 22 (the second story's dateline) is the first "§" marker.
    let marker = h.query_all_by_label("§").next().expect("an article boundary").rect();
    let target = h.get_by_label("校园巡回宣讲活动。").rect();
    let ranges = |h: &Harness<'static, Option<BroadsheetApp>>, i: usize| app(h).articles()[i].line_ranges[0];
    assert_eq!((ranges(&h, 0), ranges(&h, 1)), ((1, 20), (22, 62)));
    h.drag_at(marker.center());
    h.run();
    h.hover_at(egui::pos2(marker.center().x, target.center().y));
    h.run();
    h.drop_at(egui::pos2(marker.center().x, target.center().y));
    h.run();
    assert_eq!((ranges(&h, 0), ranges(&h, 1)), ((1, 19), (20, 62)), "line 20 moved to the second story");
    undo(&mut h);
    assert_eq!((ranges(&h, 0), ranges(&h, 1)), ((1, 20), (22, 62)), "one undo step for the whole drag");
}

fn evening_star() -> PathBuf {
    shared_page().with_file_name("en-evening-star-1920-11-15.pdf")
}

/// Steps the window until the page image for the zoom shown has arrived (a debug build
/// renders the Evening Star in a few seconds).
fn wait_for_page_image(h: &mut Harness<'static, Option<BroadsheetApp>>) {
    wait_for_load(h);
    let started = Instant::now();
    h.step();
    while !app(h).page_image_settled() {
        assert!(started.elapsed() < Duration::from_secs(180), "the page image did not arrive");
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    h.run();
}

/// The accessible label of an article's zones on the page.
fn zone_label(title: &str) -> String {
    format!("Page zone: {title}")
}

fn selected_title(h: &Harness<'static, Option<BroadsheetApp>>) -> Option<String> {
    app(h).selected_article().map(|a| a.title())
}

#[test]
fn a_pdf_page_shows_its_image_beside_the_articles() {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    h.get_by_label(&format!("{} articles", star_articles()));
    h.get_by_label("Page image, page 1");
    h.get_by_label("of 1");
    let replica = app(&h).replica().expect("a PDF page has a replica");
    assert!(replica.has_image(), "the rendered page is shown");
    // Every article with text on the page has a zone there.
    let first = app(&h).articles()[1].title();
    assert!(h.query_all_by_label(&zone_label(&first)).count() > 1);
    // The source lines are one click away.
    h.get_by_label("Source lines").click();
    h.run();
    h.get_by_label("Source");
    assert!(h.query_by_label("Page image, page 1").is_none());
}

/// An OCR file without its scan: the page view draws its words, and its zones answer clicks
/// and the correction menu as a PDF's do.
#[test]
fn an_alto_page_without_its_image_draws_its_words_with_their_zones() {
    let alto = shared_page().with_file_name("en-evening-star-1920-11-15.alto.xml");
    let mut h = harness(Some(alto), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    h.get_by_label("Page image, page 1");
    h.get_by_label_contains("No page image in this file");
    let replica = app(&h).replica().expect("an ALTO page has a page view");
    assert!(!replica.has_image(), "nothing is rendered");
    let target = app(&h).articles()[2].title();
    h.query_all_by_label(&zone_label(&target)).next().expect("a zone of the article").click();
    h.run();
    assert_eq!(selected_title(&h).as_deref(), Some(target.as_str()));
    h.query_all_by_label(&zone_label(&target)).next().expect("a zone").click_secondary();
    h.run();
    h.get_by_label("Start a new article here");
}

/// A METS issue of two synthetic ALTO pages, in a fresh folder.
fn mets_issue(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-mets-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("alto")).expect("temp dir");
    for (i, words) in [(1, "MARKET NEWS|Prices rose today."), (2, "HARBOUR NOTES|Two ships came in.")] {
        let (headline, body) = words.split_once('|').expect("two parts");
        let alto = format!(
            r#"<alto><Layout><Page WIDTH="1200" HEIGHT="1600"><PrintSpace>
<TextBlock><TextLine HPOS="100" VPOS="100" WIDTH="800" HEIGHT="80"><String CONTENT="{headline}" HPOS="100" VPOS="100" WIDTH="800" HEIGHT="80"/></TextLine></TextBlock>
<TextBlock><TextLine HPOS="100" VPOS="300" WIDTH="800" HEIGHT="30"><String CONTENT="{body}" HPOS="100" VPOS="300" WIDTH="800" HEIGHT="30"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>"#
        );
        std::fs::write(dir.join(format!("alto/{i}.xml")), alto).expect("written");
    }
    let mets = r#"<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
<fileSec><fileGrp USE="ALTO">
<file ID="A1"><FLocat xlink:href="alto/1.xml"/></file><file ID="A2"><FLocat xlink:href="alto/2.xml"/></file>
</fileGrp></fileSec>
<structMap TYPE="PHYSICAL"><div TYPE="issue">
<div TYPE="page" ORDER="1"><fptr FILEID="A1"/></div><div TYPE="page" ORDER="2"><fptr FILEID="A2"/></div>
</div></structMap></mets>"#;
    std::fs::write(dir.join("issue.mets.xml"), mets).expect("written");
    dir
}

/// An ALTO page with its scan beside it (named as the file names it): the scan is shown, with
/// the zones over it.
#[test]
fn an_alto_page_with_its_scan_beside_it_shows_the_scan() {
    let dir = mets_issue("scan");
    let alto = std::fs::read_to_string(dir.join("alto/1.xml")).expect("written");
    let named = alto.replacen("<alto>", "<alto><Description><sourceImageInformation><fileName>D:\\masters\\0001.tif</fileName></sourceImageInformation></Description>", 1);
    std::fs::write(dir.join("alto/0001.xml"), named).expect("written");
    image::RgbImage::from_pixel(120, 160, image::Rgb([240, 232, 214])).save(dir.join("alto/0001.png")).expect("saved");
    let mut h = harness(Some(dir.join("alto/0001.xml")), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    assert!(app(&h).replica().is_some_and(|r| r.has_image()), "the scan is shown");
    assert!(h.query_by_label_contains("No page image in this file").is_none());
    h.query_all_by_label(&zone_label("MARKET NEWS")).next().expect("a zone over the scan");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_mets_issue_opens_with_its_pages_in_the_picker() {
    let dir = mets_issue("picker");
    let mut h = harness(Some(dir.join("issue.mets.xml")), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    h.get_by_label("of 2");
    assert_eq!(app(&h).articles()[0].title(), "MARKET NEWS");
    h.get_by_label_contains("No page image in this file");
    h.get_by_label("▶").click();
    wait_for_page_image(&mut h);
    assert_eq!(app(&h).articles()[0].title(), "HARBOUR NOTES");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn clicking_a_zone_on_the_page_selects_its_article() {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    let target = app(&h).articles()[2].title();
    assert_ne!(selected_title(&h).as_deref(), Some(target.as_str()));
    let label = zone_label(&target);
    h.query_all_by_label(&label).next().expect("a zone of the article").hover();
    h.run_steps(4);
    assert!(h.query_all_by_label(&target).count() >= 2, "the tooltip names the article");
    h.query_all_by_label(&zone_label(&target)).next().expect("a zone").click();
    h.run();
    assert_eq!(selected_title(&h).as_deref(), Some(target.as_str()));
    assert!(h.query_all_by_label(&target).count() >= 2, "the reading pane shows it");
}

/// The Evening Star open with its page image, and its articles as detected.
fn evening_star_with_image() -> (Harness<'static, Option<BroadsheetApp>>, Vec<broadsheet::document::ArticleText>) {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    let before = app(&h).articles().to_vec();
    (h, before)
}

/// Ctrl+Z, and the frame after it.
fn undo(h: &mut Harness<'static, Option<BroadsheetApp>>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
}

#[test]
fn start_a_new_article_on_the_page_then_undo() {
    let (mut h, before) = evening_star_with_image();
    let title = before[1].title();
    // The article's second piece on the page.
    h.query_all_by_label(&zone_label(&title)).nth(1).expect("a second zone").click_secondary();
    h.run();
    h.get_by_label("Start a new article here").click();
    h.run();
    assert_eq!(app(&h).articles().len(), before.len() + 1);
    h.get_by_label(&format!("{} articles", star_articles() + 1));
    assert!(app(&h).is_modified());
    undo(&mut h);
    assert_eq!(app(&h).articles(), &before[..]);
    h.get_by_label(&format!("{} articles", star_articles()));
    assert!(!app(&h).is_modified());
}

#[test]
fn a_block_joins_the_selected_article_from_the_page() {
    let (mut h, before) = evening_star_with_image();
    let (chosen, other) = (before[2].title(), before[3].title());
    h.get_by_label(&chosen).click();
    h.run();
    h.query_all_by_label(&zone_label(&other)).last().expect("a zone").click_secondary();
    h.run();
    h.get_by_label_contains("Add this block to “").click();
    h.run();
    let after = app(&h).articles();
    let grown = after.iter().find(|a| a.id == before[2].id).expect("still there");
    assert!(grown.line_ranges.len() > before[2].line_ranges.len(), "{:?}", grown.line_ranges);
    assert_eq!(selected_title(&h).as_deref(), Some(chosen.as_str()), "the selection stays");
    undo(&mut h);
    assert_eq!(app(&h).articles(), &before[..]);
}

#[test]
fn marking_a_block_as_noise_is_one_undo_step() {
    let (mut h, before) = evening_star_with_image();
    let title = before[1].title();
    h.query_all_by_label(&zone_label(&title)).nth(1).expect("a zone").click_secondary();
    h.run();
    h.get_by_label("Mark as").click();
    h.run();
    h.get_by_label("noise").click();
    h.run();
    assert_ne!(app(&h).articles(), &before[..]);
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo Mark block as noise");
    h.key_press(egui::Key::Escape);
    h.run();
    undo(&mut h);
    assert_eq!(app(&h).articles(), &before[..], "one undo takes back the whole block");
}

#[test]
fn a_page_past_the_end_shows_the_error_and_keeps_the_page() {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().as_mut().expect("built").open_pdf_page(&ctx, 4);
    wait_for_load(&mut h);
    let error = app(&h).error().expect("an error").to_owned();
    assert!(error.contains("there is no page 5: the file has 1 page(s)"), "{error}");
    h.get_by_label_contains("there is no page 5");
    h.get_by_label(&format!("{} articles", star_articles()));

    // The command line's --page past the end: the window opens on the demo page.
    let mut h = harness_at(evening_star(), 7, [1400.0, 900.0]);
    wait_for_load(&mut h);
    let error = app(&h).error().expect("an error").to_owned();
    assert!(error.contains("there is no page 8"), "{error}");
    h.get_by_label("4 articles");
}

/// A PDF of `pages`, each either text lines `(size, text)` in Helvetica, or `None`: a page
/// with a grey box and no text (as a scan without OCR).
fn write_pdf(path: &Path, pages: &[Option<Vec<(f32, &str)>>]) {
    let n = pages.len();
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect::<Vec<_>>().join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
    ];
    for (i, page) in pages.iter().enumerate() {
        let content = match page {
            Some(lines) => {
                let mut y = 720.0;
                let mut c = String::new();
                for (size, text) in lines {
                    c.push_str(&format!("BT /F1 {size} Tf 72 {y} Td ({text}) Tj ET\n"));
                    y -= size * 1.3;
                }
                c
            }
            None => "0.6 g 72 300 468 400 re f\n".to_owned(),
        };
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        objects.push(format!("<< /Length {} >>\nstream\n{content}endstream", content.len()));
    }
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1));
    for offset in offsets {
        out.push_str(&format!("{offset:010} 00000 n \n"));
    }
    out.push_str(&format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1));
    std::fs::write(path, out).expect("temp file");
}

/// How many articles the library finds on the Evening Star page.
fn star_articles() -> usize {
    let bytes = std::fs::read(evening_star()).expect("the Evening Star page");
    let page = broadsheet::import::import("evening-star.pdf", &bytes, 0).expect("imports");
    broadsheet::document::Document::new(page).articles().len()
}

fn story(headline: &'static str, body: &'static str) -> Option<Vec<(f32, &'static str)>> {
    let mut lines = vec![(24.0, headline)];
    lines.extend(std::iter::repeat_n((10.0, body), 12));
    Some(lines)
}

#[test]
fn the_page_picker_pages_through_a_pdf() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-pages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("three-pages.pdf");
    write_pdf(
        &path,
        &[
            story("Mayor Opens Bridge", "The mayor opened the new bridge over the river on Monday morning."),
            story("Rain Expected", "Forecasters expect heavy rain across the county for the rest of the week."),
            None,
        ],
    );
    let headline =
        |h: &Harness<'static, Option<BroadsheetApp>>| app(h).articles().first().and_then(|a| a.headline.clone());
    let mut h = harness(Some(path.clone()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    h.get_by_label("of 3");
    assert_eq!(headline(&h).as_deref(), Some("Mayor Opens Bridge"));
    h.get_by_label("▶").click();
    // The new page loads and its image renders on their threads.
    wait_for_load(&mut h);
    assert_eq!(app(&h).replica().map(|r| r.page_index()), Some(1));
    assert_eq!(headline(&h).as_deref(), Some("Rain Expected"));
    wait_for_page_image(&mut h);
    // A page without a text layer: its image shows, the banner says why there is no text.
    h.get_by_label("▶").click();
    wait_for_load(&mut h);
    let error = app(&h).error().expect("an error").to_owned();
    assert!(error.contains("page 3 has no text layer"), "{error}");
    h.get_by_label("0 articles");
    wait_for_page_image(&mut h);
    assert!(app(&h).replica().is_some_and(|r| r.has_image()));
    h.get_by_label("◀").click();
    wait_for_load(&mut h);
    assert_eq!(headline(&h).as_deref(), Some("Rain Expected"));
    assert!(app(&h).error().is_none(), "a good page clears the banner");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn zooming_the_page_renders_it_again_when_the_zoom_settles() {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    let zoom = |h: &Harness<'static, Option<BroadsheetApp>>| app(h).replica().map_or(0.0, |r| r.zoom());
    let fit = zoom(&h);
    h.get_by_label("+").click();
    h.step();
    assert!((zoom(&h) / fit - 1.25).abs() < 1e-3, "{} {fit}", zoom(&h));
    assert!(!app(&h).page_image_settled(), "the old image stands in until the zoom settles");
    wait_for_page_image(&mut h);

    // Ctrl+wheel over the page zooms about the pointer.
    let before = zoom(&h);
    let page = h.get_by_label("Page image, page 1").rect();
    h.hover_at(page.center());
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 120.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::COMMAND,
    });
    h.run_ok();
    assert!(zoom(&h) > before * 1.05, "{} {before}", zoom(&h));
    let after = h.get_by_label("Page image, page 1").rect();
    let fraction = (page.center() - page.min) / page.size();
    let under_pointer = after.min + fraction * after.size();
    assert!((under_pointer - page.center()).length() < 2.0, "{under_pointer:?} moved from {:?}", page.center());
    wait_for_page_image(&mut h);

    // Dragging the page pans it, also when the drag starts on a zone.
    let before = h.get_by_label("Page image, page 1").rect();
    let visible = egui::Rect::from_min_max(egui::pos2(900.0, 150.0), egui::pos2(1250.0, 700.0));
    let start = h
        .query_all_by_label_contains("Page zone: ")
        .map(|n| n.rect().center())
        .find(|c| visible.contains(*c))
        .expect("a zone in view");
    // The pointer comes to rest first, as a hand's would (a jump across the window reads as
    // a fling).
    h.hover_at(start);
    h.run_ok();
    let selected = selected_title(&h);
    h.drag_at(start);
    h.step();
    h.hover_at(start + egui::vec2(60.0, 60.0));
    h.step();
    h.hover_at(start + egui::vec2(120.0, 120.0));
    h.step();
    h.drop_at(start + egui::vec2(120.0, 120.0));
    h.run_ok();
    let moved = h.get_by_label("Page image, page 1").rect().min - before.min;
    assert!(moved.x > 80.0 && moved.y > 80.0, "the page moved by {moved:?}");
    assert_eq!(selected_title(&h), selected, "a drag is not a click");

    h.get_by_label("Fit width").click();
    h.run();
    assert!((zoom(&h) - fit).abs() < 1e-3);
}

#[test]
fn a_dropped_pdf_opens_with_its_page_image() {
    let mut h = harness(None, [1280.0, 800.0]);
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(evening_star())));
    wait_for_page_image(&mut h);
    h.get_by_label(&format!("{} articles", star_articles()));
    assert!(app(&h).replica().is_some());
}

#[test]
fn corrections_made_on_the_page_survive_save_and_reopen() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-pdf-project-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("evening-star.pdf");
    std::fs::copy(evening_star(), &page).expect("copied");
    let mut h = harness(Some(page), [1400.0, 900.0]);
    h.run();
    let title = app(&h).articles()[1].title();
    h.query_all_by_label(&zone_label(&title)).nth(1).expect("a second zone").click_secondary();
    h.run();
    h.get_by_label("Start a new article here").click();
    h.run();
    h.get_by_label(&format!("{} articles", star_articles() + 1));
    let project = dir.join("evening-star.broadsheet.ron");
    let ctx = h.ctx.clone();
    h.state_mut().as_mut().expect("built").save_project_to(&ctx, &project).expect("saved");

    let mut reopened = harness(Some(project), [1400.0, 900.0]);
    wait_for_page_image(&mut reopened);
    assert!(app(&reopened).error().is_none(), "{:?}", app(&reopened).error());
    reopened.get_by_label(&format!("{} articles", star_articles() + 1));
    assert!(app(&reopened).replica().is_some_and(|r| r.has_image()), "the project shows its page image");
    assert_eq!(app(&reopened).articles(), app(&h).articles());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_zone_click_brings_its_article_into_view_in_the_sidebar() {
    let mut h = harness(Some(evening_star()), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    let articles = app(&h).articles().to_vec();
    // An article far down the list, whose row starts out of view.
    let row_top = |h: &Harness<'static, Option<BroadsheetApp>>, title: &str| {
        // The sidebar is the left 300 points; the reading pane shows the headline too.
        let rows = h.query_all_by_label(title).map(|n| n.rect()).filter(|r| r.right() < 300.0);
        rows.map(|r| r.top()).fold(f32::INFINITY, f32::min)
    };
    let target = articles
        .iter()
        .rev()
        .map(|a| a.title())
        .find(|t| row_top(&h, t) > 900.0 && h.query_all_by_label(&zone_label(t)).next().is_some())
        .expect("an article out of view with a zone on the page");
    h.query_all_by_label(&zone_label(&target)).next().expect("a zone").click();
    h.run();
    assert_eq!(selected_title(&h).as_deref(), Some(target.as_str()));
    let top = row_top(&h, &target);
    assert!((0.0..850.0).contains(&top), "the sidebar row is at {top}");
}

/// What eframe would write to `app.ron`, key by key.
#[derive(Default)]
struct Recorded(std::collections::BTreeMap<String, String>);

impl eframe::Storage for Recorded {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// `--screenshot` leaves the next start as it was: eframe is given nothing to write (not the
/// window's place, nor egui's memory, nor the settings), so it never writes `app.ron`.
#[test]
fn a_screenshot_run_writes_no_saved_state() {
    assert!(!super::native_options(true).persist_window);
    assert!(super::native_options(false).persist_window);
    let ctx = egui::Context::default();
    let out = std::env::temp_dir().join(format!("broadsheet-no-state-{}.png", std::process::id()));
    let shot = super::screenshot::Shot::new(out, super::screenshot::Outcome::default());
    let settings = super::settings::Settings::default();
    let mut shooting = BroadsheetApp::with_settings(&ctx, settings, None, 0, Some(shot), Instant::now());
    let mut storage = Recorded::default();
    eframe::App::save(&mut shooting, &mut storage);
    assert!(!eframe::App::persist_egui_memory(&shooting));
    assert!(storage.0.is_empty(), "{:?}", storage.0.keys());

    let mut reading = BroadsheetApp::for_page(&ctx, None);
    eframe::App::save(&mut reading, &mut storage);
    assert!(eframe::App::persist_egui_memory(&reading));
    assert!(storage.0.contains_key(eframe::APP_KEY), "a normal run remembers its settings");
}

/// An issue whose METS gives the library's articles: it puts both stories of its page in one.
fn mets_issue_with_library(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-library-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let block = |id: &str, y: u32, h: u32, text: &str| {
        format!(
            r#"<TextBlock ID="{id}"><TextLine HPOS="100" VPOS="{y}" WIDTH="900" HEIGHT="{h}"><String CONTENT="{text}" HPOS="100" VPOS="{y}" WIDTH="900" HEIGHT="{h}"/></TextLine></TextBlock>"#
        )
    };
    let alto = format!(
        r#"<alto><Layout><Page WIDTH="1200" HEIGHT="1600"><PrintSpace>{}{}{}{}</PrintSpace></Page></Layout></alto>"#,
        block("TB1", 100, 80, "MARKET NEWS"),
        block("TB2", 300, 30, "Prices rose today on the exchange."),
        block("TB3", 500, 80, "HARBOUR NOTES"),
        block("TB4", 700, 30, "Two ships came in at dawn.")
    );
    std::fs::write(dir.join("p1.xml"), alto).expect("written");
    let area = |id: &str| format!(r#"<fptr><area FILEID="A1" BEGIN="{id}" BETYPE="IDREF"/></fptr>"#);
    let mets = format!(
        r#"<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
<fileSec><fileGrp USE="ALTO"><file ID="A1"><FLocat xlink:href="p1.xml"/></file></fileGrp></fileSec>
<structMap TYPE="LOGICAL"><div TYPE="ISSUE"><div TYPE="ARTICLE" LABEL="Market and harbour">
<div TYPE="HEADING"><div TYPE="TITLE">{}</div></div><div TYPE="BODY">{}{}{}</div>
</div></div></structMap>
<structMap TYPE="PHYSICAL"><div TYPE="page" ORDER="1"><fptr FILEID="A1"/></div></structMap></mets>"#,
        area("TB1"),
        area("TB2"),
        area("TB3"),
        area("TB4")
    );
    std::fs::write(dir.join("issue.mets.xml"), mets).expect("written");
    dir
}

/// The sidebar says how far the page differs from the library's articles; the user starts
/// from them in one click and undoes it in one step.
#[test]
fn the_library_articles_are_one_click_away_and_one_undo_back() {
    let dir = mets_issue_with_library("use");
    let mut h = harness(Some(dir.join("issue.mets.xml")), [1400.0, 900.0]);
    wait_for_page_image(&mut h);
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
    let detected: Vec<String> = app(&h).articles().iter().map(|a| a.title()).collect();
    assert_eq!(detected, ["MARKET NEWS", "HARBOUR NOTES"]);
    h.get_by_label("Library: 1 article, 2 blocks differ").click();
    h.run();
    assert_eq!(h.query_all_by_label_contains("library Market and harbour").count(), 2, "a row a block");
    h.get_by_label("Use the library's articles").click();
    h.run();
    let titles: Vec<String> = app(&h).articles().iter().map(|a| a.title()).collect();
    assert_eq!(titles, ["MARKET NEWS"]);
    h.get_by_label("Library: 1 article, the same");
    undo(&mut h);
    let back: Vec<String> = app(&h).articles().iter().map(|a| a.title()).collect();
    assert_eq!(back, detected);
    let _ = std::fs::remove_dir_all(dir);
}
