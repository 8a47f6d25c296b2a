//! Plain-text export: articles separated by a rule line.

use crate::document::Document;

/// The document as plain text.
pub fn render(doc: &Document) -> String {
    let articles: Vec<String> = doc.articles().iter().map(|a| a.plain_text()).collect();
    let mut out = articles.join("\n\n* * *\n\n");
    out.push('\n');
    out
}
