//! Plain-text export: articles separated by a rule line.

use super::Export;

/// The Plain text exporter.
pub struct PlainText;

impl super::Exporter for PlainText {
    fn id(&self) -> &'static str {
        "txt"
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["text"]
    }

    fn name(&self) -> &'static str {
        "Plain text"
    }

    fn extension(&self) -> &'static str {
        "txt"
    }

    fn write(&self, export: &Export, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(render(export).as_bytes())
    }
}

/// The document as plain text.
pub fn render(export: &Export) -> String {
    let articles: Vec<String> = export.articles.iter().map(|a| a.plain_text()).collect();
    let mut out = articles.join("\n\n* * *\n\n");
    out.push('\n');
    out
}
