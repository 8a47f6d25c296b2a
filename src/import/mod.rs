//! Importers: one file per source format, each producing a [`Page`](crate::model::Page).

pub mod pdf;
pub mod text;

pub use pdf::{PdfFile, import_pdf, is_pdf};
pub use text::{ImportError, decode_text};

use crate::model::Page;

/// Imports a page from a file's bytes: a PDF's page `pdf_page` (0-based), or a text file.
///
/// ```
/// let page = broadsheet::import::import("p.txt", "标题\n正文".as_bytes(), 0).unwrap();
/// assert_eq!(page.lines.len(), 2);
/// ```
pub fn import(name: &str, bytes: &[u8], pdf_page: usize) -> Result<Page, ImportError> {
    if is_pdf(bytes) { import_pdf(name, bytes, pdf_page) } else { decode_text(name, bytes) }
}
