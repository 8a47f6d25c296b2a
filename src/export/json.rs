//! JSON export. The schema is documented in README.md ("JSON schema").

use super::Export;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Serialize)]
struct PageOut<'a> {
    page: &'a str,
    encoding: &'a str,
    generator: String,
    /// PDF pages: width and height in points.
    #[serde(skip_serializing_if = "Option::is_none")]
    page_size: Option<[f32; 2]>,
    articles: Vec<ArticleOut<'a>>,
    unassigned: Vec<LeftoverOut<'a>>,
}

/// Where a run of an article's lines is printed (PDF pages).
#[derive(Serialize)]
struct BoxOut {
    lines: (u32, u32),
    bbox: [f32; 4],
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: u32,
    headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kicker: Option<String>,
    deck: Option<String>,
    byline: Option<String>,
    paragraphs: Vec<String>,
    lines: Vec<(u32, u32)>,
    start_rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_reason: Option<String>,
    headline_reason: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    boxes: Vec<BoxOut>,
}

#[derive(Serialize)]
struct LeftoverOut<'a> {
    text: &'a str,
    line: u32,
    rule: &'a str,
}

/// The JSON exporter.
pub struct Json;

impl super::Exporter for Json {
    fn id(&self) -> &'static str {
        "json"
    }

    fn name(&self) -> &'static str {
        "JSON"
    }

    fn extension(&self) -> &'static str {
        "json"
    }

    fn write(&self, export: &Export, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(render(export).as_bytes())
    }
}

/// The document as pretty-printed JSON.
pub fn render(export: &Export) -> String {
    let doc = export.doc;
    let mut boxes = boxes(doc);
    let out = PageOut {
        page: &doc.page.name,
        encoding: &doc.page.encoding,
        generator: format!("broadsheet {}", env!("CARGO_PKG_VERSION")),
        page_size: doc.page.layout.as_ref().map(|l| [l.width, l.height]),
        articles: export
            .articles
            .iter()
            .cloned()
            .map(|a| ArticleOut {
                boxes: boxes.remove(&a.id).unwrap_or_default(),
                id: a.id.0,
                paragraphs: a.paragraphs.into_iter().map(|p| p.text).collect(),
                lines: a.line_ranges,
                start_rule: a.start_rule.name(),
                start_reason: a.start_why,
                headline_reason: a.headline_why,
                headline: a.headline,
                kicker: a.kicker,
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

/// For a page with a layout: for each article, each block's lines that the article holds,
/// with their box (one pass over the page's blocks).
fn boxes(doc: &crate::document::Document) -> HashMap<crate::model::ArticleId, Vec<BoxOut>> {
    let mut out: HashMap<_, Vec<BoxOut>> = HashMap::new();
    let Some(layout) = &doc.page.layout else { return out };
    let mut mine: BTreeMap<crate::model::ArticleId, Vec<crate::model::LineId>> = BTreeMap::new();
    for block in &layout.blocks {
        mine.clear();
        for l in block.lines() {
            if let Some(id) = doc.placement(l).article {
                mine.entry(id).or_default().push(l);
            }
        }
        for (&id, lines) in &mine {
            let (Some(first), Some(last)) = (lines.first(), lines.last()) else { continue };
            let bbox = lines.iter().filter_map(|l| doc.page.lines[l.index()].bbox_in_page).reduce(|a, b| a.union(b));
            if let Some(b) = bbox {
                let round = |v: f32| (v * 10.0).round() / 10.0;
                let boxed =
                    BoxOut { lines: (first.number(), last.number()), bbox: [b.x0, b.y0, b.x1, b.y1].map(round) };
                out.entry(id).or_default().push(boxed);
            }
        }
    }
    out
}
