//! `broadsheet explain`: the page with the decision at every line boundary.

use crate::document::Document;
use crate::model::Role;
use std::fmt::Write;

/// The page, line by line, with the role and article of each line and, between lines,
/// the decision taken and the rule that took it.
pub fn render(doc: &Document) -> String {
    let a = &doc.analysis;
    let mut out = String::new();
    let _ = writeln!(out, "# {} ({} lines, {} articles)", doc.page.name, doc.page.lines.len(), a.articles.len());
    let _ = writeln!(
        out,
        "# markers: ─ joined  ␣ joined with space  ‐ de-hyphenated  ↓ column break healed  ¶ paragraph  § article  │ role change"
    );
    for article in doc.articles() {
        let _ = writeln!(
            out,
            "# A{}: starts by rule {}; headline: {}",
            article.id.0,
            article.start_rule,
            article.headline_why.as_deref().unwrap_or("none")
        );
    }
    for (i, label) in a.labels.iter().enumerate() {
        if label.role == Role::Blank {
            let _ = writeln!(out, "{:>5} │", i + 1);
            continue;
        }
        let owner = label.article.map_or("--".to_owned(), |id| format!("A{}", id.0));
        let _ = writeln!(out, "{:>5} │ {:<3} {:<8} │ {}", i + 1, owner, label.role.name(), doc.text(i));
        if let Some(gap) = a.gap_below(crate::model::LineId(i as u32)) {
            let _ = writeln!(out, "      ├ {} {} [{}]", gap.decision.marker(), gap.decision.label(), gap.rule);
        }
    }
    if !a.leftovers.is_empty() {
        let _ = writeln!(out, "# unassigned:");
        for l in &a.leftovers {
            let _ = writeln!(out, "#   line {}: {} [{}]", l.line.number(), l.text, l.rule);
        }
    }
    out
}
