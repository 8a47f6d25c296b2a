//! `broadsheet explain`: the page with the decision at every line boundary.

use crate::document::Document;
use crate::model::Role;
use std::fmt::Write;

/// A line whose words the OCR engine gave less confidence than this is marked.
pub const LOW_CONFIDENCE: f32 = 0.5;

/// The page, line by line, with the role and article of each line and, between lines,
/// the decision taken and the rule that took it; lines the OCR engine was unsure of are
/// marked with their confidence.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} ({} lines, {} articles)", doc.page.name, doc.page.lines.len(), doc.article_ids().len());
    if let Some(hidden) = doc.page.layout.as_ref().map(|l| l.hidden_copies).filter(|&n| n > 0) {
        let _ = writeln!(
            out,
            "# {hidden} characters of an invisible text layer (OCR) over the same printed text were left out"
        );
    }
    let _ = writeln!(
        out,
        "# markers: ─ joined  ␣ joined with space  ‐ de-hyphenated  ↓ column break healed  ¶ paragraph  § article  │ role change"
    );
    for article in doc.articles() {
        let evidence = article.start_why.as_ref().map_or(String::new(), |why| format!(" ({why})"));
        let _ = writeln!(
            out,
            "# A{}: starts by rule {}{evidence}; headline: {}",
            article.id.0,
            article.start_rule,
            article.headline_why.as_deref().unwrap_or("none")
        );
    }
    for i in 0..doc.page.lines.len() {
        let placement = doc.placement(crate::model::LineId(i as u32));
        if placement.role == Role::Blank {
            let _ = writeln!(out, "{:>5} │", i + 1);
            continue;
        }
        let owner = placement.article.map_or("--".to_owned(), |id| format!("A{}", id.0));
        // Where the OCR engine was unsure, the reader should know.
        let doubt = match doc.page.lines[i].confidence {
            Some(c) if c < LOW_CONFIDENCE => format!("   ⚠ OCR confidence {c:.2}"),
            _ => String::new(),
        };
        let _ = writeln!(out, "{:>5} │ {:<3} {:<8} │ {}{doubt}", i + 1, owner, placement.role.name(), doc.text(i));
        if let Some(b) = doc.boundary_below(crate::model::LineId(i as u32)) {
            let who = if b.by_user { " (yours)" } else { "" };
            let _ = writeln!(out, "      ├ {} {} [{}]{who}", b.decision.marker(), b.decision.label(), b.rule);
        }
    }
    let leftovers = doc.unassigned();
    if !leftovers.is_empty() {
        let _ = writeln!(out, "# unassigned:");
        for l in &leftovers {
            let _ = writeln!(out, "#   line {}: {} [{}]", l.line.number(), l.text, l.rule);
        }
    }
    if !doc.library().is_empty() {
        let differences = doc.library_differences();
        let _ = writeln!(
            out,
            "# the library's segmentation: {} articles; {} blocks placed otherwise here",
            doc.library().len(),
            differences.len()
        );
        for d in &differences {
            let now = d.now.map_or("unassigned".to_owned(), |id| format!("A{}", id.0));
            let library = d.library.as_deref().unwrap_or("no article");
            let _ = writeln!(out, "#   line {}: library {library}, here {now}", d.line.number());
        }
    }
    out
}
