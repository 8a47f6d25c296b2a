//! Exporters: one file per format. Output is deterministic.

pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

use crate::document::{ArticleText, Document};
use crate::model::{ArticleId, Leftover};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JSON, the documented schema.
    Json,
    /// Markdown.
    Markdown,
    /// A standalone HTML file.
    Html,
    /// Plain text.
    Text,
}

impl Format {
    /// Every format, for menus.
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Text, Format::Json];

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }

    /// The name for menus.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Text => "Plain text",
        }
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

/// Renders the whole document in `format`.
pub fn render(doc: &Document, format: Format) -> String {
    render_scope(doc, format, None)
}

/// Renders the whole document, or only article `only`, in `format`.
pub fn render_scope(doc: &Document, format: Format, only: Option<ArticleId>) -> String {
    let export = match only {
        Some(id) => Export { doc, articles: vec![doc.article(id)], unassigned: Vec::new() },
        None => Export { doc, articles: doc.articles(), unassigned: doc.unassigned() },
    };
    match format {
        Format::Json => json::render(&export),
        Format::Markdown => markdown::render(&export),
        Format::Html => html::render(&export),
        Format::Text => text::render(&export),
    }
}
