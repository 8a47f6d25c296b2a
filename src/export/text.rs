//! Plain-text export: articles separated by a rule line.

use super::Export;

/// The document as plain text.
pub fn render(export: &Export) -> String {
    let articles: Vec<String> = export.articles.iter().map(|a| a.plain_text()).collect();
    let mut out = articles.join("\n\n* * *\n\n");
    out.push('\n');
    out
}
