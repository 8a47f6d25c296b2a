//! Project files: the checks `project::read` makes on a file's bytes (`project::parse`: UTF-8
//! with or without a byte-order mark, RON, the schema, ranges forward and apart, pages from 1),
//! then the saved segmentation turned into overrides of a fixed page's detection
//! (`project::overrides`), and the corrected document's articles, leftovers, JSON and `explain`.
//!
//! The page is fixed and analysed once: a text page, or a PDF page (with its layout) when the
//! project names a `pdf_page`. `project::load` also reads the page and checks its SHA-256,
//! which no mutated input would match; past that check it is these two steps.
#![no_main]

use broadsheet::document::Document;
use broadsheet::export::{self, Format};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;

static TEXT_PAGE: LazyLock<Document> = LazyLock::new(|| {
    let bytes = include_bytes!("../seeds/text/zh-huanghe-daily.txt");
    Document::new(broadsheet::import::decode_text("zh-huanghe-daily.txt", bytes).expect("the seed page decodes"))
});

static PDF_PAGE: LazyLock<Document> = LazyLock::new(|| {
    let bytes = include_bytes!("../seeds/pdf/mini-en-columns.pdf");
    Document::new(broadsheet::import::import("mini-en-columns.pdf", bytes, 0).expect("the seed PDF has a text layer"))
});

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.broadsheet.ron");
    let Ok(project) = broadsheet::project::parse(data, path) else {
        return;
    };
    let base = if project.source.pdf_page.is_some() { &*PDF_PAGE } else { &*TEXT_PAGE };
    let Ok(overrides) = broadsheet::project::overrides(base, &project, path) else {
        return;
    };
    let mut doc = base.clone();
    doc.overrides = overrides;
    let _ = doc.articles();
    let _ = doc.unassigned();
    let _ = doc.next_article_id();
    let _ = export::render_bytes(&doc, Format::Json, None);
    let _ = export::explain::render(&doc);
    // Saving it again gives a project that reads back.
    let again = broadsheet::project::to_ron(&project);
    broadsheet::project::parse(again.as_bytes(), path).expect("a parsed project, written again, parses");
});
