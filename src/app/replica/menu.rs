//! The right-click menu of a zone on the page: add the block to the selected article, start
//! a new article, move the block, mark every line of it (one undo step).

use super::super::command::Command;
use super::{ReplicaView, Zone};
use broadsheet::document::Document;
use broadsheet::edit::Edit;
use broadsheet::model::{BlockKind, LineId, Role};
use egui::RichText;

/// The right-click menu of a zone.
pub fn zone_menu_ui(ui: &mut egui::Ui, view: &ReplicaView, zone: &Zone, pending: &mut Vec<Command>) {
    let doc = view.doc;
    let own = zone.article.and_then(|a| view.articles.get(a)).map(|a| a.id);
    let lines = if zone.first == zone.last {
        format!("line {}", zone.first.number())
    } else {
        format!("lines {}–{}", zone.first.number(), zone.last.number())
    };
    ui.label(RichText::new(format!("{} block, {lines}", capitalized(kind_name(zone.kind)))).small().weak());
    let selected = view.selected.and_then(|i| view.articles.get(i));
    let label = selected.map_or("Add this block to the selected article".to_owned(), |a| {
        format!("Add this block to “{}”", short(&a.title()))
    });
    let target = selected.filter(|a| Some(a.id) != own);
    if ui.add_enabled(target.is_some(), egui::Button::new(label)).clicked()
        && let Some(a) = target
    {
        push(ui, pending, Edit::MoveLines { first: zone.first, last: zone.last, to: Some(a.id) });
    }
    let start = start_article_edit(doc, zone);
    if ui.add_enabled(start.is_some(), egui::Button::new("Start a new article here")).clicked()
        && let Some(edit) = start
    {
        push(ui, pending, edit);
    }
    ui.menu_button("Move this block to", |ui| {
        for article in view.articles.iter().filter(|a| Some(a.id) != own) {
            if ui.button(short(&article.title())).clicked() {
                push(ui, pending, Edit::MoveLines { first: zone.first, last: zone.last, to: Some(article.id) });
            }
        }
        ui.separator();
        if ui.button("New article").clicked() {
            push(ui, pending, Edit::MoveLines { first: zone.first, last: zone.last, to: None });
        }
    });
    let text_lines: Vec<LineId> =
        (zone.first.0..=zone.last.0).map(LineId).filter(|&l| doc.placement(l).role != Role::Blank).collect();
    ui.menu_button("Mark as", |ui| {
        for role in [Role::Headline, Role::Deck, Role::Byline, Role::Body, Role::Caption, Role::Noise] {
            let all = !text_lines.is_empty() && text_lines.iter().all(|&l| doc.placement(l).role == role);
            if ui.radio(all, role.name()).clicked() && !all {
                let edits = text_lines.iter().map(|&line| Edit::SetRole { line, role }).collect();
                pending.push(Command::EditGroup { edits, label: mark_label(role) });
                ui.close();
            }
        }
    });
}

/// "Start a new article here": a split, as in the source pane. A headline or deck block
/// takes the rest of its run of the article with it, so that the new article keeps its
/// headline (a split leaves headlines behind).
fn start_article_edit(doc: &Document, zone: &Zone) -> Option<Edit> {
    let article = doc.placement(zone.first).article?;
    if !matches!(doc.placement(zone.first).role, Role::Headline | Role::Deck) {
        return Some(Edit::Split { at: zone.first });
    }
    let mut last = zone.first;
    for i in zone.first.0.. {
        let line = LineId(i);
        if line.index() >= doc.page.lines.len() {
            break;
        }
        let p = doc.placement(line);
        if p.article == Some(article) {
            last = line;
        } else if p.role != Role::Blank {
            break;
        }
    }
    Some(Edit::MoveLines { first: zone.first, last, to: None })
}

fn push(ui: &mut egui::Ui, pending: &mut Vec<Command>, edit: Edit) {
    pending.push(Command::Edit(edit));
    ui.close();
}

/// The undo label of marking a block.
fn mark_label(role: Role) -> &'static str {
    match role {
        Role::Headline => "Mark block as headline",
        Role::Deck => "Mark block as deck",
        Role::Byline => "Mark block as byline",
        Role::Body => "Mark block as body",
        Role::Caption => "Mark block as caption",
        Role::Noise => "Mark block as noise",
        Role::Blank => "Mark block as blank",
    }
}

pub fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Headline => "headline",
        BlockKind::Deck => "deck",
        BlockKind::Byline => "byline",
        BlockKind::Body => "body",
        BlockKind::Caption => "caption",
        BlockKind::Furniture => "page furniture",
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// A title cut to fit a menu.
fn short(title: &str) -> String {
    const MAX: usize = 40;
    if title.chars().count() <= MAX {
        title.to_owned()
    } else {
        format!("{}…", title.chars().take(MAX).collect::<String>())
    }
}
