//! OCR files (ALTO, hOCR, PAGE XML, METS): the importer chosen by content (`import::open_at`:
//! the XML reader, the words and their stated lines and blocks; a METS issue's file section
//! and structure maps, its pages named in a folder that does not exist), the layout, the
//! analysis with the printed model, the document's articles and leftovers, and its JSON.
#![no_main]

use broadsheet::document::Document;
use broadsheet::export::{self, Format};
use libfuzzer_sys::fuzz_target;

/// Bounds the work per input: the seeds are a few KB.
const MAX_INPUT_BYTES: usize = 256 * 1024;

fuzz_target!(|data: &[u8]| {
    let ocr = broadsheet::import::alto::is_alto(data)
        || broadsheet::import::hocr::is_hocr(data)
        || broadsheet::import::page_xml::is_page_xml(data)
        || broadsheet::import::mets::is_mets(data);
    if data.len() > MAX_INPUT_BYTES || !ocr {
        return;
    }
    let at = std::path::Path::new("/nonexistent-broadsheet-fuzz/fuzz.xml");
    let Ok(source) = broadsheet::import::open_at(at, data.to_vec()) else {
        return;
    };
    let _ = (source.page_size(0), source.page_name(0), source.page_count());
    let Ok(page) = source.page(0) else {
        return;
    };
    let doc = Document::new(page);
    let _ = doc.articles();
    let _ = doc.unassigned();
    let _ = export::render_bytes(&doc, Format::Json, None);
});
