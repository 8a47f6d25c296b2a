//! Exporters: one file per format, each an [`Exporter`] in the one list [`EXPORTERS`] that
//! the command line, the app's menus and the tests read. Output is deterministic.
//!
//! A new format is a file here with a type implementing [`Exporter`] and one line in
//! [`EXPORTERS`]; nothing else names the formats.

pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

use crate::document::{ArticleText, Document};
use crate::model::{ArticleId, Leftover};
use std::io::Write;

/// One export format: its names, and how it writes an [`Export`].
pub trait Exporter: Sync {
    /// The format's name on the command line (`--format md`) and in settings.
    fn id(&self) -> &'static str;
    /// Other names the command line accepts (`markdown`).
    fn aliases(&self) -> &'static [&'static str] {
        &[]
    }
    /// The name in menus ("Markdown").
    fn name(&self) -> &'static str;
    /// The file extension, without the dot.
    fn extension(&self) -> &'static str;
    /// Writes the export's bytes.
    fn write(&self, export: &Export, out: &mut dyn Write) -> std::io::Result<()>;
}

/// Every export format, in menu order.
pub static EXPORTERS: &[&dyn Exporter] = &[&markdown::Markdown, &html::Html, &text::PlainText, &json::Json];

/// An export format: a handle on one of [`EXPORTERS`], comparable and cheap to copy.
#[derive(Clone, Copy)]
pub struct Format(&'static dyn Exporter);

#[allow(non_upper_case_globals)]
impl Format {
    /// JSON, the documented schema.
    pub const Json: Format = Format(&json::Json);
    /// Markdown.
    pub const Markdown: Format = Format(&markdown::Markdown);
    /// A standalone HTML file.
    pub const Html: Format = Format(&html::Html);
    /// Plain text.
    pub const Text: Format = Format(&text::PlainText);

    /// Every format, for menus, in [`EXPORTERS`] order.
    pub fn all() -> impl Iterator<Item = Format> {
        EXPORTERS.iter().map(|&e| Format(e))
    }

    /// The format with this command-line name or alias.
    ///
    /// ```
    /// use broadsheet::export::Format;
    /// assert_eq!(Format::by_id("markdown"), Some(Format::Markdown));
    /// assert_eq!(Format::by_id("md").map(|f| f.extension()), Some("md"));
    /// assert!(Format::by_id("docx").is_none());
    /// ```
    pub fn by_id(id: &str) -> Option<Format> {
        Format::all().find(|f| f.id() == id || f.0.aliases().contains(&id))
    }

    /// The exporter behind the handle.
    pub fn exporter(self) -> &'static dyn Exporter {
        self.0
    }

    /// The command-line name.
    pub fn id(self) -> &'static str {
        self.0.id()
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        self.0.extension()
    }

    /// The name for menus.
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.id() == other.id()
    }
}

impl Eq for Format {}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What an exporter writes: the page's name, its articles, and the text in no article.
pub struct Export<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The articles to write, in reading order.
    pub articles: Vec<ArticleText>,
    /// Unassigned text (empty when one article is exported).
    pub unassigned: Vec<Leftover>,
}

impl<'a> Export<'a> {
    /// The whole document, or only article `only`.
    pub fn of(doc: &'a Document, only: Option<ArticleId>) -> Export<'a> {
        match only {
            Some(id) => Export { doc, articles: vec![doc.article(id)], unassigned: Vec::new() },
            None => Export { doc, articles: doc.articles(), unassigned: doc.unassigned() },
        }
    }
}

/// Writes the whole document, or only article `only`, in `format` to `out`.
pub fn write(doc: &Document, format: Format, only: Option<ArticleId>, out: &mut dyn Write) -> std::io::Result<()> {
    format.0.write(&Export::of(doc, only), out)
}

/// The whole document, or only article `only`, in `format`, as bytes.
pub fn render_bytes(doc: &Document, format: Format, only: Option<ArticleId>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write(doc, format, only, &mut out);
    out
}

/// Renders the whole document in a text `format`.
pub fn render(doc: &Document, format: Format) -> String {
    render_scope(doc, format, None)
}

/// Renders the whole document, or only article `only`, in a text `format`.
pub fn render_scope(doc: &Document, format: Format, only: Option<ArticleId>) -> String {
    String::from_utf8_lossy(&render_bytes(doc, format, only)).into_owned()
}
