//! Exporters: one file per format. Output is deterministic.

pub mod explain;
pub mod json;
pub mod markdown;
pub mod text;

use crate::document::Document;

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JSON, the documented schema.
    Json,
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
}

/// Renders the whole document in `format`.
pub fn render(doc: &Document, format: Format) -> String {
    match format {
        Format::Json => json::render(doc),
        Format::Markdown => markdown::render(doc),
        Format::Text => text::render(doc),
    }
}
