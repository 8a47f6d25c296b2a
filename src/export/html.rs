//! HTML export: one standalone file with its language, CJK-friendly font stacks and
//! readable typography.

use super::Export;
use crate::text::script::is_cjk_text;
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light dark; }
body { margin: 0 auto; padding: 2rem 1.25rem 4rem; max-width: 38em; line-height: 1.75;
  font-family: Georgia, "Noto Serif", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  font-size: 1.125rem; text-rendering: optimizeLegibility; }
:lang(zh) body, body:lang(zh) { max-width: 36em; text-align: justify; line-break: strict;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; }
header.page { font-size: .85rem; opacity: .7; border-bottom: 1px solid; padding-bottom: .5rem; }
article { margin: 3rem 0; }
article + article { border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding-top: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.3; margin: 0 0 .4rem; font-weight: 700; }
.deck { font-size: 1.2rem; font-style: italic; margin: 0 0 .6rem; }
.kicker { font-size: .95rem; letter-spacing: .03em; margin: 0 0 .2rem; opacity: .85; }
:lang(zh) .deck { font-style: normal; }
.byline { font-size: .9rem; opacity: .75; margin: 0 0 1.2rem; }
p { margin: 0 0 1em; hyphens: auto; }
aside.unassigned { font-size: .85rem; opacity: .7; border-top: 1px dashed; margin-top: 3rem; }
"#;

/// The HTML exporter.
pub struct Html;

impl super::Exporter for Html {
    fn id(&self) -> &'static str {
        "html"
    }

    fn name(&self) -> &'static str {
        "HTML"
    }

    fn extension(&self) -> &'static str {
        "html"
    }

    fn write(&self, export: &Export, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(render(export).as_bytes())
    }
}

/// The export as a standalone HTML document.
pub fn render(export: &Export) -> String {
    let sample: String = export.articles.iter().flat_map(|a| a.paragraphs.first()).map(|p| p.text.as_str()).collect();
    let lang = if is_cjk_text(&sample) { "zh" } else { "en" };
    let title = match export.articles.as_slice() {
        [one] => one.title(),
        _ => export.doc.page.name.clone(),
    };
    let mut out = String::new();
    let _ = writeln!(out, "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">");
    let _ = writeln!(out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = writeln!(out, "<meta name=\"generator\" content=\"broadsheet {}\">", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(out, "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>", escape(&title));
    let _ = writeln!(out, "<header class=\"page\">{}</header>", escape(&export.doc.page.name));
    for article in &export.articles {
        let _ = writeln!(out, "<article id=\"article-{}\">", article.id.0);
        if let Some(kicker) = &article.kicker {
            let _ = writeln!(out, "<p class=\"kicker\">{}</p>", escape(kicker));
        }
        let _ = writeln!(out, "<h1>{}</h1>", escape(&article.title()));
        if let Some(deck) = &article.deck {
            let _ = writeln!(out, "<p class=\"deck\">{}</p>", escape(deck));
        }
        if let (Some(byline), false) = (&article.byline, article.byline_is_inline()) {
            let _ = writeln!(out, "<p class=\"byline\">{}</p>", escape(byline));
        }
        for p in &article.paragraphs {
            let _ = writeln!(out, "<p>{}</p>", escape(&p.text));
        }
        let _ = writeln!(out, "</article>");
    }
    if !export.unassigned.is_empty() {
        let _ = writeln!(out, "<aside class=\"unassigned\"><p>Text in no article:</p><ul>");
        for l in &export.unassigned {
            let _ = writeln!(out, "<li>line {}: {}</li>", l.line.number(), escape(&l.text));
        }
        let _ = writeln!(out, "</ul></aside>");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::export::{Format, render};
    use crate::model::Page;

    #[test]
    fn standalone_escaped_and_language_tagged() {
        let doc = Document::new(Page::from_text(
            "p&q.txt",
            "UTF-8",
            "Fire <Downtown>\n\nFlames rose & fell on Sunday night.",
        ));
        let html = render(&doc, Format::Html);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(html.contains("<h1>Fire &lt;Downtown&gt;</h1>") && html.contains("rose &amp; fell"));
        assert!(html.contains("<style>") && html.trim_end().ends_with("</html>"));
        let zh = Document::new(Page::from_text("p", "UTF-8", "本报讯（记者 甲）今天，天气很好。"));
        let html = render(&zh, Format::Html);
        assert!(html.contains("<html lang=\"zh\">") && html.contains("Noto Serif CJK SC"));
    }
}
