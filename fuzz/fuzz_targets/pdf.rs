//! PDF pages: the importer (`import::import`: sniffing, the stream limits, hayro reading the
//! glyphs of each page), the layout (lines, blocks, zones, reading order), the analysis, the
//! document's articles and leftovers, and its JSON.
#![no_main]

use broadsheet::document::Document;
use broadsheet::export::{self, Format};
use libfuzzer_sys::fuzz_target;

/// Bounds the work per input: the seeds are a few KB, real pages a few hundred.
const MAX_INPUT_BYTES: usize = 256 * 1024;

/// Pages read per file: mutations that multiply pages only repeat the same work.
const MAX_PAGES: usize = 2;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT_BYTES || !broadsheet::import::is_pdf(data) {
        return;
    }
    let Ok(source) = broadsheet::import::open("fuzz.pdf", data.to_vec()) else {
        return;
    };
    for index in 0..source.page_count().min(MAX_PAGES) {
        let _ = source.page_name(index);
        let _ = source.page_size(index);
        let Ok(page) = source.page(index) else {
            continue;
        };
        let doc = Document::new(page);
        let _ = doc.articles();
        let _ = doc.unassigned();
        let _ = export::render_bytes(&doc, Format::Json, None);
    }
});
