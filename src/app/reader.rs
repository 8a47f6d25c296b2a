//! The reading pane: the selected article reflowed, at a readable measure.

use super::command::Command;
use super::fonts;
use broadsheet::document::ArticleText;
use broadsheet::text::script::is_cjk_text;
use egui::text::LayoutJob;
use egui::{Align, FontId, RichText, TextFormat};

/// Where the reading pane should scroll on the next frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScrollTarget {
    /// The headline.
    Top,
    /// A paragraph, by index.
    Paragraph(usize),
}

/// Characters per line: about 38 for CJK (each glyph is one em), about 70 for Latin
/// (half an em each on average).
fn measure_em(cjk: bool) -> f32 {
    if cjk { 38.0 } else { 35.0 }
}

/// Draws `article` (or a hint when none is selected).
pub fn reader_ui(
    ui: &mut egui::Ui,
    article: Option<&ArticleText>,
    font_size: f32,
    filter: &str,
    scroll: &mut Option<ScrollTarget>,
    pending: &mut Vec<Command>,
) {
    let Some(article) = article else {
        ui.centered_and_justified(|ui| ui.weak("No article selected."));
        return;
    };
    let cjk = article.paragraphs.first().is_some_and(|p| is_cjk_text(&p.text));
    let measure = font_size * measure_em(cjk);
    let family = if cjk { fonts::cjk_family() } else { egui::FontFamily::Proportional };
    egui::ScrollArea::vertical().id_salt(("reader", article.id.0)).auto_shrink([false, false]).show(ui, |ui| {
        let pad = ((ui.available_width() - measure) / 2.0).max(12.0);
        ui.horizontal_top(|ui| {
            ui.add_space(pad);
            ui.vertical(|ui| {
                ui.set_max_width(measure.min(ui.available_width() - 12.0));
                ui.add_space(font_size);
                let headline =
                    ui.label(RichText::new(article.title()).family(family.clone()).size(font_size * 1.6).strong());
                if *scroll == Some(ScrollTarget::Top) {
                    headline.scroll_to_me(Some(Align::TOP));
                    *scroll = None;
                }
                if let Some(deck) = &article.deck {
                    ui.label(RichText::new(deck).family(family.clone()).size(font_size * 1.15).italics());
                }
                // A dateline credit already opens the first paragraph: show it once.
                let inline = article
                    .paragraphs
                    .first()
                    .is_some_and(|p| article.byline.as_ref().is_some_and(|b| p.text.starts_with(b.as_str())));
                if let (Some(byline), false) = (&article.byline, inline) {
                    ui.label(RichText::new(byline).family(family.clone()).size(font_size * 0.85).weak());
                }
                ui.horizontal_wrapped(|ui| {
                    if ui.small_button(Command::CopyArticle.label()).on_hover_text("Copy the clean text").clicked() {
                        pending.push(Command::CopyArticle);
                    }
                    let start = match &article.start_why {
                        Some(evidence) => format!("starts by rule {} ({evidence})", article.start_rule),
                        None => format!("starts by rule {}", article.start_rule),
                    };
                    let why = match &article.headline_why {
                        Some(why) => format!("{start}; headline {why}"),
                        None => format!("{start}; no headline found"),
                    };
                    ui.label(RichText::new(why).small().weak());
                });
                ui.add_space(font_size * 0.6);
                for (i, paragraph) in article.paragraphs.iter().enumerate() {
                    let job = highlighted(&paragraph.text, filter, FontId::new(font_size, family.clone()), ui);
                    let response = ui.add(egui::Label::new(job).selectable(true));
                    if *scroll == Some(ScrollTarget::Paragraph(i)) {
                        response.scroll_to_me(Some(Align::TOP));
                        *scroll = None;
                    }
                    ui.add_space(font_size * 0.8);
                }
                ui.add_space(font_size * 2.0);
            });
        });
    });
}

/// The paragraph as a layout job, with every (ASCII case-insensitive) hit of `filter`
/// highlighted.
fn highlighted(text: &str, filter: &str, font_id: FontId, ui: &egui::Ui) -> LayoutJob {
    let font_size = font_id.size;
    let plain = TextFormat {
        font_id,
        // Body text a little stronger than egui's default grey, for long reading.
        color: if ui.visuals().dark_mode { egui::Color32::from_gray(222) } else { egui::Color32::from_gray(28) },
        line_height: Some(font_size * 1.6),
        ..Default::default()
    };
    let hit = TextFormat { background: ui.visuals().selection.bg_fill, ..plain.clone() };
    let mut job = LayoutJob::default();
    let needle = filter.to_ascii_lowercase();
    let haystack = text.to_ascii_lowercase();
    let mut at = 0;
    if !needle.is_empty() {
        for (start, found) in haystack.match_indices(&needle) {
            job.append(&text[at..start], 0.0, plain.clone());
            job.append(&text[start..start + found.len()], 0.0, hit.clone());
            at = start + found.len();
        }
    }
    job.append(&text[at..], 0.0, plain);
    job
}
