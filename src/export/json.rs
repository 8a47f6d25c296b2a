//! JSON export. The schema is documented in README.md ("JSON schema").

use super::Export;
use serde::Serialize;

#[derive(Serialize)]
struct PageOut<'a> {
    page: &'a str,
    encoding: &'a str,
    generator: String,
    articles: Vec<ArticleOut<'a>>,
    unassigned: Vec<LeftoverOut<'a>>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: u32,
    headline: Option<String>,
    deck: Option<String>,
    byline: Option<String>,
    paragraphs: Vec<String>,
    lines: Vec<(u32, u32)>,
    start_rule: &'a str,
    headline_reason: Option<String>,
}

#[derive(Serialize)]
struct LeftoverOut<'a> {
    text: &'a str,
    line: u32,
    rule: &'a str,
}

/// The document as pretty-printed JSON.
pub fn render(export: &Export) -> String {
    let doc = export.doc;
    let out = PageOut {
        page: &doc.page.name,
        encoding: &doc.page.encoding,
        generator: format!("broadsheet {}", env!("CARGO_PKG_VERSION")),
        articles: export
            .articles
            .iter()
            .cloned()
            .map(|a| ArticleOut {
                id: a.id.0,
                paragraphs: a.paragraphs.into_iter().map(|p| p.text).collect(),
                lines: a.line_ranges,
                start_rule: a.start_rule.name(),
                headline_reason: a.headline_why,
                headline: a.headline,
                deck: a.deck,
                byline: a.byline,
            })
            .collect(),
        unassigned: Vec::new(),
    };
    let out = PageOut {
        unassigned: export
            .unassigned
            .iter()
            .map(|l| LeftoverOut { text: &l.text, line: l.line.number(), rule: l.rule.name() })
            .collect(),
        ..out
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
