//! Importers: one file per source format, each an [`Importer`] in the one list
//! [`IMPORTERS`]. An importer recognises its format by content ([`Importer::sniff`]) and opens
//! the file as a [`Source`] of pages. Formats with positioned text (PDF glyphs; OCR words
//! next) fill a [`Sheet`](crate::model::Sheet) and hand it to [`crate::layout`]; plain text
//! becomes a [`Page`] directly.
//!
//! A new format is a file here with a type implementing [`Importer`] (and its [`Source`])
//! and one line in [`IMPORTERS`], before the plain-text importer, which takes anything.

pub mod alto;
pub mod columns;
mod error;
pub mod hocr;
pub mod limits;
pub mod mets;
pub mod page_xml;
pub mod pdf;
pub mod scan;
pub mod text;
mod words;
pub mod xml;

pub use error::ImportError;
pub use pdf::{PdfFile, Raster, import_pdf, is_pdf};
pub use text::decode_text;

use crate::model::Page;
use std::path::Path;
use std::sync::Arc;

/// A file format Broadsheet reads.
pub trait Importer: Sync {
    /// The format's name ("PDF").
    fn name(&self) -> &'static str;
    /// File extensions the format is usually saved with, for file dialogs.
    fn extensions(&self) -> &'static [&'static str];
    /// Whether the bytes are in this format (by content, not by name).
    fn sniff(&self, bytes: &[u8]) -> bool;
    /// Opens the file; `name` is what its pages are called.
    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError>;
    /// Opens the file read from `path` (a format that names other files finds them beside
    /// it); the others open it by its name.
    fn open_at(&self, path: &Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        self.open(&file_name(path), bytes)
    }
}

/// An opened file: one page or several, and, when the format has it, an image of each page.
pub trait Source: Send + Sync + std::fmt::Debug {
    /// How many pages the file has.
    fn page_count(&self) -> usize {
        1
    }
    /// Page `index` (0-based), read and laid out.
    fn page(&self, index: usize) -> Result<Page, ImportError>;
    /// What page `index` is called (the file name, with the page number when there are several).
    fn page_name(&self, index: usize) -> String;
    /// Whether [`Source::render`] gives the pages as printed.
    fn has_page_images(&self) -> bool {
        false
    }
    /// Page `index`'s size in points (width, height), when the format knows it.
    fn page_size(&self, _index: usize) -> Option<(f32, f32)> {
        None
    }
    /// Page `index` as printed, rendered at `scale` pixels per point, when the file has an
    /// image of it; `cjk_font` stands in for CJK fonts the file names but does not embed.
    fn render(
        &self,
        _index: usize,
        _scale: f32,
        _cjk_font: Option<Arc<Vec<u8>>>,
    ) -> Option<Result<Raster, ImportError>> {
        None
    }
}

/// Every format Broadsheet reads, in the order they are tried; plain text last.
pub static IMPORTERS: &[&dyn Importer] = &[
    &pdf::PdfImporter,
    &alto::AltoImporter,
    &mets::MetsImporter,
    &page_xml::PageXmlImporter,
    &hocr::HocrImporter,
    &text::TextImporter,
];

/// The importer for these bytes: the first whose sniff accepts them (plain text takes the
/// rest, and says so when they are not text).
pub fn importer_for(bytes: &[u8]) -> &'static dyn Importer {
    IMPORTERS.iter().copied().find(|i| i.sniff(bytes)).unwrap_or(&text::TextImporter)
}

/// Opens a file's bytes in the format they are in.
///
/// ```
/// let source = broadsheet::import::open("p.txt", "标题\n正文".as_bytes().to_vec()).unwrap();
/// assert_eq!(source.page_count(), 1);
/// assert_eq!(source.page(0).unwrap().lines.len(), 2);
/// ```
pub fn open(name: &str, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
    importer_for(&bytes).open(name, bytes)
}

/// Opens the bytes of the file at `path` in the format they are in (a METS issue finds its
/// pages beside it).
pub fn open_at(path: &Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
    importer_for(&bytes).open_at(path, bytes)
}

/// Imports a page from a file's bytes: page `index` (0-based) of a PDF, or a text file.
///
/// ```
/// let page = broadsheet::import::import("p.txt", "标题\n正文".as_bytes(), 0).unwrap();
/// assert_eq!(page.lines.len(), 2);
/// ```
pub fn import(name: &str, bytes: &[u8], index: usize) -> Result<Page, ImportError> {
    open(name, bytes.to_vec())?.page(index)
}

/// Reads a file into memory: only a regular file (never a folder, device, pipe or socket,
/// which could block or never end), and only up to `limit` bytes.
pub fn read_file_within(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let refuse = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(refuse("it is a folder, not a file".to_owned()));
    }
    if !meta.is_file() {
        return Err(refuse("it is not a regular file (a device, pipe or socket)".to_owned()));
    }
    let too_large =
        |size: u64| refuse(format!("it is {} MiB; Broadsheet reads files of up to {} MiB", size >> 20, limit >> 20));
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a page file into memory (see [`read_file_within`]; at most
/// [`limits::MAX_FILE_BYTES`]).
pub fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    read_file_within(path, limits::MAX_FILE_BYTES)
}

/// The name a file's pages are known by: its file name.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}
