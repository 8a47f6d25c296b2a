//! The source pane: the page's original lines, a gutter coloured by article, and at the
//! start of every line the analysis's decision at the boundary above it (hover it for the
//! rule that made it).

use super::command::Command;
use super::sidebar::article_color;
use broadsheet::document::Document;
use broadsheet::model::{ArticleId, Decision, LineId, Role};
use egui::{Color32, RichText, Sense, TextStyle};

/// Draws the source lines; `scroll` brings the selected article's first line into view.
pub fn source_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    line_article: &[Option<usize>],
    selected: Option<ArticleId>,
    scroll: bool,
    pending: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Source");
        ui.weak("─ joined  ␣ space  ‐ de-hyphenated  ↓ column break healed  ¶ paragraph  § article");
    });
    ui.separator();
    let row_height = ui.text_style_height(&TextStyle::Monospace).max(16.0);
    let spacing = ui.spacing().item_spacing.y;
    let lines = &doc.page.lines;
    let labels = &doc.analysis.labels;
    let mut leftover_rule = vec![None; lines.len()];
    for l in &doc.analysis.leftovers {
        if let Some(slot) = leftover_rule.get_mut(l.line.index()) {
            *slot = Some(l.rule);
        }
    }
    let mut area = egui::ScrollArea::both().id_salt("source").auto_shrink([false, false]);
    if scroll && let Some(id) = selected {
        let first = labels.iter().position(|l| l.article == Some(id)).unwrap_or(0);
        area = area.vertical_scroll_offset(((row_height + spacing) * first as f32 - 3.0 * row_height).max(0.0));
    }
    area.show_rows(ui, row_height, lines.len(), |ui, rows| {
        for i in rows {
            let (Some(line), Some(label)) = (lines.get(i), labels.get(i)) else { continue };
            let article = line_article.get(i).copied().flatten();
            let in_selected = selected.is_some() && label.article == selected;
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("{:>4}", i + 1)).monospace().weak());
                let (gutter, gutter_response) = ui.allocate_exact_size(egui::vec2(6.0, row_height), Sense::hover());
                let color = match (label.role, article) {
                    (Role::Blank, _) => Color32::TRANSPARENT,
                    (_, Some(a)) => article_color(a),
                    (_, None) => ui.visuals().weak_text_color(),
                };
                ui.painter().rect_filled(gutter, 1.0, color);
                if label.role != Role::Blank && article.is_none() {
                    let why = leftover_rule[i]
                        .map_or("unassigned".to_owned(), |r| format!("unassigned: {}", r.description()));
                    gutter_response.on_hover_text(why);
                }
                marker_ui(ui, doc, i);
                let mut text = RichText::new(&line.text).monospace();
                if label.role != Role::Blank && article.is_none() {
                    text = text.italics().weak();
                }
                if matches!(label.role, Role::Headline | Role::Deck | Role::Byline) {
                    text = text.strong();
                }
                if in_selected {
                    text = text.background_color(ui.visuals().faint_bg_color);
                }
                let mut response = ui.add(egui::Label::new(text).sense(Sense::click()).extend());
                if let (Some(rule), Some(_)) = (leftover_rule[i], article) {
                    response =
                        response.on_hover_text(format!("{} (the copy is kept as unassigned text)", rule.description()));
                }
                if response.clicked() {
                    pending.push(Command::SelectLine(i));
                }
            });
        }
    });
}

/// How line `i` follows the line above it: the decision at that boundary, with its rule
/// on hover.
fn marker_ui(ui: &mut egui::Ui, doc: &Document, i: usize) {
    let gap = doc.analysis.gap_above(LineId(i as u32));
    let (marker, color) = match gap.map(|g| g.decision) {
        Some(d @ (Decision::ParagraphBreak | Decision::ArticleBoundary)) => {
            (d.marker(), ui.visuals().strong_text_color())
        }
        Some(d @ Decision::HealColumnBreak(_)) => (d.marker(), ui.visuals().warn_fg_color),
        Some(d) => (d.marker(), ui.visuals().weak_text_color()),
        None => (" ", ui.visuals().weak_text_color()),
    };
    let response = ui.label(RichText::new(marker).monospace().color(color));
    if let Some(gap) = gap {
        response.on_hover_text(format!(
            "{} (lines {}–{})\nrule {}: {}",
            gap.decision.label(),
            gap.above.number(),
            gap.below.number(),
            gap.rule.name(),
            gap.rule.description()
        ));
    }
}
