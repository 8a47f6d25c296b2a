//! Markdown export: one `##` section per article.

use super::Export;

/// Escapes the characters that would start Markdown syntax at a line start.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') || (i == 0 && matches!(c, '#' | '>' | '-' | '+')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Markdown exporter.
pub struct Markdown;

impl super::Exporter for Markdown {
    fn id(&self) -> &'static str {
        "md"
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["markdown"]
    }

    fn name(&self) -> &'static str {
        "Markdown"
    }

    fn extension(&self) -> &'static str {
        "md"
    }

    fn write(&self, export: &Export, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(render(export).as_bytes())
    }
}

/// The document as Markdown.
pub fn render(export: &Export) -> String {
    let mut out = format!("# {}\n", escape(&export.doc.page.name));
    for article in &export.articles {
        if let Some(kicker) = &article.kicker {
            out.push_str(&format!("\n*{}*\n", escape(kicker)));
        }
        out.push_str(&format!("\n## {}\n\n", escape(&article.title())));
        if let Some(deck) = &article.deck {
            out.push_str(&format!("*{}*\n\n", escape(deck)));
        }
        let inline = article
            .byline
            .as_deref()
            .is_some_and(|b| article.paragraphs.first().is_some_and(|p| p.text.starts_with(b)));
        if let (Some(byline), false) = (&article.byline, inline) {
            out.push_str(&format!("**{}**\n\n", escape(byline)));
        }
        for p in &article.paragraphs {
            out.push_str(&escape(&p.text));
            out.push_str("\n\n");
        }
    }
    if !export.unassigned.is_empty() {
        out.push_str("\n---\n\nUnassigned text:\n\n");
        for l in &export.unassigned {
            out.push_str(&format!("- line {}: {} ({})\n", l.line.number(), escape(&l.text), l.rule));
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
