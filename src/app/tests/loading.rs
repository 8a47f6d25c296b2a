//! Opening a page on the worker thread: the page open stays usable while another loads, a
//! spinner and Cancel say so, the latest open wins, and corrections are never lost unasked.

use super::super::loading::{self, Loader, Request};
use super::{Dropped, app, evening_star, harness, shared_page, star_articles, story, wait_for_load, write_pdf};
use crate::app::BroadsheetApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Lets a held load go on.
struct Gate(Sender<()>);

impl Gate {
    /// Lets the load held go on.
    fn release(&self) {
        self.0.send(()).expect("the load is held");
    }
}

/// A loader that holds every load of `slow` (a page of it from the page picker too) until
/// the test releases it, one release a load; other loads run at once. Deterministic: nothing
/// sleeps, the tests wait for the load's answer itself.
fn held(slow: PathBuf) -> (Loader, Gate) {
    let (go, wait) = channel();
    let wait = Mutex::new(wait);
    let loader: Loader = Arc::new(move |request: &Request| {
        if matches!(request, Request::Path { path, .. } | Request::Page { path, .. } if *path == slow) {
            let _ = wait.lock().map(|rx| rx.recv());
        }
        loading::load(request)
    });
    (loader, Gate(go))
}

/// Waits until every load started has ended, then lets the window draw; how many answers
/// of cancelled or replaced loads were dropped.
fn settle(h: &mut Harness<'static, Option<BroadsheetApp>>) -> u64 {
    let dropped = h.state_mut().as_mut().expect("built").settle_loads(Duration::from_secs(180));
    h.run();
    dropped
}

/// The window on the shared page, whose loads of `slow` are held.
fn window_holding(slow: PathBuf) -> (Harness<'static, Option<BroadsheetApp>>, Gate) {
    let mut h = harness(Some(shared_page()), [1400.0, 900.0]);
    h.run();
    h.get_by_label("6 articles");
    let (loader, gate) = held(slow);
    h.state_mut().as_mut().expect("built").set_loader(loader);
    (h, gate)
}

fn drop_file(h: &mut Harness<'static, Option<BroadsheetApp>>, path: PathBuf) {
    h.input_mut().dropped_files.push(Arc::new(Dropped(path)));
    h.run();
}

fn selected_headline(h: &Harness<'static, Option<BroadsheetApp>>) -> Option<String> {
    app(h).selected_article().and_then(|a| a.headline.clone())
}

#[test]
fn while_a_page_loads_a_spinner_and_cancel_show_and_the_page_open_stays_usable() {
    let (mut h, gate) = window_holding(evening_star());
    drop_file(&mut h, evening_star());
    assert!(app(&h).is_loading());
    h.get_by_label("Opening en-evening-star-1920-11-15.pdf…");
    h.get_by_label("Opening a page");
    h.get_by_label("Cancel");
    // The page open is still there, and still answers.
    h.get_by_label("6 articles");
    let headline = "我省专精特新中小企业再增38家";
    h.get_by_label(headline).click();
    h.run();
    assert_eq!(selected_headline(&h).as_deref(), Some(headline));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_ne!(selected_headline(&h).as_deref(), Some(headline), "the keys still move the selection");

    gate.release();
    wait_for_load(&mut h);
    h.get_by_label(&format!("{} articles", star_articles()));
    assert!(h.query_by_label("Cancel").is_none(), "the spinner goes with the load");
    assert!(h.query_by_label("Opening a page").is_none());
    assert!(app(&h).error().is_none(), "{:?}", app(&h).error());
}

#[test]
fn cancel_keeps_the_page_open_and_drops_the_load() {
    let (mut h, gate) = window_holding(evening_star());
    drop_file(&mut h, evening_star());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!app(&h).is_loading());
    assert!(h.query_by_label("Opening a page").is_none(), "the spinner is gone");
    assert!(h.query_by_label("Cancel").is_none());
    h.get_by_label("Stopped opening en-evening-star-1920-11-15.pdf");
    // The load runs on to its end; what it gives is never shown.
    gate.release();
    assert_eq!(settle(&mut h), 1, "the cancelled load's answer came and was dropped");
    h.get_by_label("6 articles");
    assert!(app(&h).replica().is_none(), "still the text page");
    assert!(app(&h).error().is_none());
}

#[test]
fn a_load_that_fails_shows_the_error_and_keeps_the_page() {
    let path = std::env::temp_dir().join(format!("broadsheet-load-fails-{}.txt", std::process::id()));
    std::fs::write(&path, [0xFF, 0xFE, 0x00, 0xD8]).expect("temp file");
    let (mut h, gate) = window_holding(path.clone());
    drop_file(&mut h, path.clone());
    h.get_by_label_contains("Opening broadsheet-load-fails-");
    gate.release();
    wait_for_load(&mut h);
    let error = app(&h).error().expect("an error is shown").to_owned();
    assert!(error.contains("could not be decoded"), "{error}");
    h.get_by_label_contains("Cannot open");
    h.get_by_label("6 articles");
    assert!(h.query_by_label("Opening a page").is_none());
    let _ = std::fs::remove_file(path);
}

#[test]
fn a_second_open_replaces_the_load_under_way() {
    let (mut h, gate) = window_holding(evening_star());
    drop_file(&mut h, evening_star());
    let other = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/pages/zh-huanghe-daily.txt");
    drop_file(&mut h, other);
    wait_for_load(&mut h);
    h.get_by_label("4 articles");
    // The first load ends after the second: it is ignored.
    gate.release();
    assert_eq!(settle(&mut h), 1, "the replaced load's answer came and was dropped");
    h.get_by_label("4 articles");
    assert!(app(&h).replica().is_none(), "not the PDF that was asked for first");
}

#[test]
fn corrections_made_while_a_page_loads_are_asked_about_before_it_shows() {
    let (mut h, gate) = window_holding(evening_star());
    drop_file(&mut h, evening_star());
    let paragraphs =
        |h: &Harness<'static, Option<BroadsheetApp>>| app(h).selected_article().map(|a| a.paragraphs.len());
    assert_eq!(paragraphs(&h), Some(2));
    h.query_all_by_label("─").next().expect("a join marker").click();
    h.run();
    assert_eq!(paragraphs(&h), Some(3), "the page open takes corrections while another loads");
    gate.release();
    wait_for_load(&mut h);
    h.get_by_label("Save the corrections before opening another page?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(app(&h).is_modified(), "Cancel keeps the page and its corrections");
    assert_eq!(paragraphs(&h), Some(3));
    h.get_by_label("6 articles");

    // Opening it again asks before loading; the corrections let go, the page shows.
    drop_file(&mut h, evening_star());
    h.get_by_label("Save the corrections before opening another page?");
    assert!(!app(&h).is_loading(), "the question comes before the load");
    h.get_by_label("Don't save").click();
    h.run();
    assert!(app(&h).is_loading());
    gate.release();
    wait_for_load(&mut h);
    h.get_by_label(&format!("{} articles", star_articles()));
    assert!(!app(&h).is_modified());
}

#[test]
fn the_page_picker_loads_on_the_worker_too_and_cancel_stays_on_the_page() {
    let dir = std::env::temp_dir().join(format!("broadsheet-app-picker-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("two-pages.pdf");
    write_pdf(
        &path,
        &[
            story("Mayor Opens Bridge", "The mayor opened the new bridge over the river on Monday morning."),
            story("Rain Expected", "Forecasters expect heavy rain across the county for the rest of the week."),
        ],
    );
    let headline =
        |h: &Harness<'static, Option<BroadsheetApp>>| app(h).articles().first().and_then(|a| a.headline.clone());
    let page_index = |h: &Harness<'static, Option<BroadsheetApp>>| app(h).replica().map(|r| r.page_index());
    let mut h = harness(Some(path.clone()), [1400.0, 900.0]);
    h.run();
    assert_eq!(headline(&h).as_deref(), Some("Mayor Opens Bridge"));
    let (loader, gate) = held(path.clone());
    h.state_mut().as_mut().expect("built").set_loader(loader);

    h.get_by_label("▶").click();
    h.run();
    h.get_by_label("Opening two-pages.pdf, page 2…");
    assert_eq!(page_index(&h), Some(0), "page 1 stays while page 2 loads");
    assert_eq!(headline(&h).as_deref(), Some("Mayor Opens Bridge"));
    h.get_by_label("Cancel").click();
    h.run();
    h.get_by_label("Stopped opening two-pages.pdf, page 2");
    assert!(!app(&h).is_loading());

    // Asked again, page 2 arrives; the cancelled load ends unseen.
    h.get_by_label("▶").click();
    h.run();
    assert!(app(&h).is_loading());
    gate.release();
    gate.release();
    wait_for_load(&mut h);
    assert_eq!(page_index(&h), Some(1));
    assert_eq!(headline(&h).as_deref(), Some("Rain Expected"));
    assert_eq!(settle(&mut h), 1);
    assert_eq!(page_index(&h), Some(1));
    let _ = std::fs::remove_dir_all(dir);
}
