//! Plain-text pages: the text importer (every encoding it detects, its limits), the analysis,
//! the document's articles and leftovers, every exporter (the whole page, and one article on
//! its own) and `explain`.
#![no_main]

use broadsheet::document::Document;
use broadsheet::export::{self, Format};
use libfuzzer_sys::fuzz_target;

/// Larger pages only make each run slower: the analysis is what is fuzzed, not its speed.
const MAX_INPUT_BYTES: usize = 64 * 1024;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT_BYTES {
        return;
    }
    let Ok(page) = broadsheet::import::decode_text("fuzz.txt", data) else {
        return;
    };
    let doc = Document::new(page);
    let articles = doc.articles();
    let _ = doc.unassigned();
    for format in Format::all() {
        let _ = export::render_bytes(&doc, format, None);
    }
    // One article on its own, as File ▸ Export ▸ selected article writes it.
    if let Some(last) = articles.last() {
        for format in Format::all() {
            let _ = export::render_bytes(&doc, format, Some(last.id));
        }
    }
    let _ = export::explain::render(&doc);
});
