//! The source pane: the page's original lines, a gutter coloured by article, and at the
//! start of every line the decision at the boundary above it (hover it for the rule that
//! made it, click it to flip join and paragraph break). Right-click a line to correct the
//! segmentation; drag an article boundary (§) up or down to move it.

use super::command::Command;
use super::sidebar::article_color;
use broadsheet::document::{ArticleText, Boundary, Document};
use broadsheet::edit::Edit;
use broadsheet::model::{ArticleId, Decision, LineId, Role, Rule};
use egui::{Color32, RichText, Sense, Stroke, TextStyle};

/// What the source pane shows.
pub struct SourceView<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The articles, in sidebar order.
    pub articles: &'a [ArticleText],
    /// Index into `articles` of each line's article.
    pub line_article: &'a [Option<usize>],
    /// The selected article.
    pub selected: Option<ArticleId>,
    /// Bring the selected article's first line into view.
    pub scroll: bool,
}

/// A boundary being dragged: the first line below it, and the articles on either side.
#[derive(Clone, Copy, Debug)]
struct Drag {
    line: usize,
    upper: ArticleId,
    lower: ArticleId,
}

/// Draws the source lines. `selection` holds the lines picked with click and Shift-click.
pub fn source_ui(
    ui: &mut egui::Ui,
    view: &SourceView,
    selection: &mut Option<(usize, usize)>,
    pending: &mut Vec<Command>,
) {
    let doc = view.doc;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Source");
        ui.weak("─ joined  ␣ space  ‐ de-hyphenated  ↓ column break healed  ¶ paragraph  § article");
    });
    ui.separator();
    let rows = Rows {
        view,
        row_height: ui.text_style_height(&TextStyle::Monospace).max(16.0),
        leftover_rule: leftover_rules(doc),
    };
    let drag_id = ui.scope_id().with("boundary-drag");
    let mut drag: Option<Drag> = ui.data(|d| d.get_temp(drag_id));
    let pointer_y = ui.input(|i| i.pointer.interact_pos().map(|p| p.y));
    let mut drop_row: Option<usize> = None;

    let lines = &doc.page.lines;
    let mut area = egui::ScrollArea::both().id_salt("source").auto_shrink([false, false]);
    if view.scroll
        && let Some(id) = view.selected
    {
        let spacing = ui.spacing().item_spacing.y;
        let first = (0..lines.len()).find(|&i| doc.placement(LineId(i as u32)).article == Some(id)).unwrap_or(0);
        area =
            area.vertical_scroll_offset(((rows.row_height + spacing) * first as f32 - 3.0 * rows.row_height).max(0.0));
    }
    area.show_rows(ui, rows.row_height, lines.len(), |ui, range| {
        for i in range {
            let Some(row) = rows.row_ui(ui, i, &mut drag, selection, pending) else { continue };
            if drag.is_some() && pointer_y.is_some_and(|y| row.rect.y_range().contains(y)) {
                drop_row = Some(i);
                let stroke = Stroke::new(2.0, ui.visuals().selection.stroke.color);
                ui.painter().hline(row.rect.x_range(), row.rect.top(), stroke);
            }
        }
    });
    drop_boundary_ui(ui, drag_id, drag, drop_row, pending);
}

/// For each line, the rule that left it out of the articles (or marked it as a copy).
fn leftover_rules(doc: &Document) -> Vec<Option<Rule>> {
    let mut leftover_rule = vec![None; doc.page.lines.len()];
    for l in &doc.analysis.leftovers {
        if let Some(slot) = leftover_rule.get_mut(l.line.index()) {
            *slot = Some(l.rule);
        }
    }
    leftover_rule
}

/// What every row of the source pane needs.
struct Rows<'a> {
    view: &'a SourceView<'a>,
    row_height: f32,
    /// For each line, the rule that left it out of the articles.
    leftover_rule: Vec<Option<Rule>>,
}

impl Rows<'_> {
    /// Source line `i`: number, gutter in its article's colour, the marker of the boundary
    /// above it, its text. Click it to select its article (Shift-click: a range of lines);
    /// right-click it to correct. `None` past the last line.
    fn row_ui(
        &self,
        ui: &mut egui::Ui,
        i: usize,
        drag: &mut Option<Drag>,
        selection: &mut Option<(usize, usize)>,
        pending: &mut Vec<Command>,
    ) -> Option<egui::Response> {
        let (view, doc, row_height) = (self.view, self.view.doc, self.row_height);
        let line = doc.page.lines.get(i)?;
        let leftover_rule = self.leftover_rule.get(i).copied().flatten();
        let placement = doc.placement(LineId(i as u32));
        let article = view.line_article.get(i).copied().flatten();
        let in_selected = view.selected.is_some() && placement.article == view.selected;
        let picked = selection.is_some_and(|(a, b)| (a.min(b)..=a.max(b)).contains(&i));
        let row = ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{:>4}", i + 1)).monospace().weak());
            let (gutter, gutter_response) = ui.allocate_exact_size(egui::vec2(6.0, row_height), Sense::hover());
            let color = match (placement.role, article) {
                (Role::Blank, _) => Color32::TRANSPARENT,
                (_, Some(a)) => article_color(a),
                (_, None) => ui.visuals().weak_text_color(),
            };
            ui.painter().rect_filled(gutter, 1.0, color);
            if placement.role != Role::Blank && article.is_none() {
                let why = leftover_rule.map_or("unassigned".to_owned(), |r| format!("unassigned: {}", r.description()));
                gutter_response.on_hover_text(why);
            }
            let above = previous_boundary(doc, i);
            marker_ui(ui, doc, above, drag, pending);
            let mut text = RichText::new(&line.text).monospace();
            if placement.role != Role::Blank && article.is_none() {
                text = text.italics().weak();
            }
            if matches!(placement.role, Role::Headline | Role::Deck | Role::Byline) {
                text = text.strong();
            }
            if picked {
                text = text.background_color(ui.visuals().selection.bg_fill);
            } else if in_selected {
                text = text.background_color(ui.visuals().faint_bg_color);
            }
            let mut response = ui.add(egui::Label::new(text).sense(Sense::click()).extend());
            if let (Some(rule), Some(_)) = (leftover_rule, article) {
                response =
                    response.on_hover_text(format!("{} (the copy is kept as unassigned text)", rule.description()));
            }
            if response.clicked() {
                if ui.input(|i| i.modifiers.shift) {
                    let anchor = selection.map_or(i, |(a, _)| a);
                    *selection = Some((anchor, i));
                } else {
                    *selection = Some((i, i));
                    pending.push(Command::SelectLine(i));
                }
            }
            if placement.role != Role::Blank {
                response.context_menu(|ui| line_menu_ui(ui, view, i, above, *selection, pending));
            }
        });
        Some(row.response)
    }
}

/// A dragged boundary lands on the row the pointer is over (`drop_row`) when the button is
/// released; the drag is kept under `drag_id` between frames.
fn drop_boundary_ui(
    ui: &mut egui::Ui,
    drag_id: egui::Id,
    mut drag: Option<Drag>,
    drop_row: Option<usize>,
    pending: &mut Vec<Command>,
) {
    if let Some(d) = drag {
        if ui.input(|i| i.pointer.any_released()) {
            if let Some(target) = drop_row.filter(|&t| t != d.line) {
                let edit = if target < d.line {
                    Edit::MoveLines { first: LineId(target as u32), last: LineId(d.line as u32 - 1), to: Some(d.lower) }
                } else {
                    Edit::MoveLines { first: LineId(d.line as u32), last: LineId(target as u32 - 1), to: Some(d.upper) }
                };
                pending.push(Command::Edit(edit));
            }
            drag = None;
        }
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeVertical);
    }
    ui.data_mut(|data| match drag {
        Some(d) => {
            data.insert_temp(drag_id, d);
        }
        None => data.remove::<Drag>(drag_id),
    });
}

/// The boundary whose lower line is `i`, as the document stands.
fn previous_boundary(doc: &Document, i: usize) -> Option<Boundary> {
    let gap = doc.analysis.gap_above(LineId(i as u32))?;
    doc.boundary_below(gap.above)
}

/// The marker for the boundary above a line: hover for its rule, click to flip join and
/// paragraph break, drag an article boundary.
fn marker_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    boundary: Option<Boundary>,
    drag: &mut Option<Drag>,
    pending: &mut Vec<Command>,
) {
    let Some(b) = boundary else {
        ui.label(RichText::new(" ").monospace());
        return;
    };
    let visuals = ui.visuals();
    let color = if b.by_user {
        visuals.selection.stroke.color
    } else {
        match b.decision {
            Decision::ParagraphBreak | Decision::ArticleBoundary => visuals.strong_text_color(),
            Decision::HealColumnBreak(_) => visuals.warn_fg_color,
            _ => visuals.weak_text_color(),
        }
    };
    let mut text = RichText::new(b.decision.marker()).monospace().color(color);
    if b.by_user {
        text = text.underline();
    }
    let who = if b.by_user { "your correction" } else { "detected" };
    let hint = match b.decision {
        Decision::Join(_) | Decision::HealColumnBreak(_) => "Click: break the paragraph here.",
        Decision::ParagraphBreak => "Click: join with the line above.",
        Decision::ArticleBoundary => "Drag up or down to move the boundary between the articles.",
        Decision::Separate => "",
    };
    let sense = if b.decision == Decision::ArticleBoundary { Sense::click_and_drag() } else { Sense::click() };
    let evidence = match doc.evidence_at(b.below) {
        Some(e) if b.rule == Rule::OpensByEvidence => format!("\nthe evidence: {e}"),
        _ => String::new(),
    };
    let response = ui.add(egui::Label::new(text).sense(sense)).on_hover_text(format!(
        "{} (lines {}–{}, {who})\nrule {}: {}{evidence}\n{hint}",
        b.decision.label(),
        b.above.number(),
        b.below.number(),
        b.rule.name(),
        b.rule.description()
    ));
    if response.clicked() {
        let paragraph = match b.decision {
            Decision::Join(_) | Decision::HealColumnBreak(_) => Some(true),
            Decision::ParagraphBreak => Some(false),
            _ => None,
        };
        if paragraph.is_some() {
            pending.push(Command::Edit(Edit::SetBreak { above: b.above, paragraph }));
        }
    }
    if response.drag_started()
        && let (Some(upper), Some(lower)) = (doc.placement(b.above).article, doc.placement(b.below).article)
    {
        *drag = Some(Drag { line: b.below.index(), upper, lower });
    }
}

/// The right-click menu of a source line.
fn line_menu_ui(
    ui: &mut egui::Ui,
    view: &SourceView,
    i: usize,
    above: Option<Boundary>,
    selection: Option<(usize, usize)>,
    pending: &mut Vec<Command>,
) {
    let doc = view.doc;
    let line = LineId(i as u32);
    let placement = doc.placement(line);
    let order = doc.article_ids();
    if ui.add_enabled(placement.article.is_some(), egui::Button::new("Start new article here")).clicked() {
        push(ui, pending, Edit::Split { at: line });
    }
    let previous = placement.article.and_then(|a| order.iter().position(|&x| x == a)).and_then(|k| k.checked_sub(1));
    if ui.add_enabled(previous.is_some(), egui::Button::new("Merge with previous article")).clicked()
        && let (Some(k), Some(second)) = (previous, placement.article)
    {
        push(ui, pending, Edit::Merge { first: order[k], second });
    }
    let (first, last) = match selection {
        Some((a, b)) if (a.min(b)..=a.max(b)).contains(&i) => (a.min(b), a.max(b)),
        _ => (i, i),
    };
    move_lines_menu_ui(ui, view.articles, first, last, pending);
    ui.menu_button("Mark as", |ui| {
        for role in [Role::Headline, Role::Deck, Role::Byline, Role::Body, Role::Caption, Role::Noise] {
            if ui.radio(placement.role == role, role.name()).clicked() {
                pending.push(Command::Edit(Edit::SetRole { line, role }));
                ui.close();
            }
        }
    });
    if placement.role == Role::Headline {
        ui.menu_button("Give this headline to", |ui| {
            for article in view.articles.iter().filter(|a| Some(a.id) != placement.article) {
                if ui.button(article.title()).clicked() {
                    pending.push(Command::Edit(Edit::GiveHeadline { line, to: article.id }));
                    ui.close();
                }
            }
        });
    }
    ui.separator();
    if let Some(b) = above
        .filter(|b| matches!(b.decision, Decision::Join(_) | Decision::HealColumnBreak(_) | Decision::ParagraphBreak))
    {
        if ui.button("Paragraph break here").clicked() {
            push(ui, pending, Edit::SetBreak { above: b.above, paragraph: Some(true) });
        }
        if ui.button("Join with previous line").clicked() {
            push(ui, pending, Edit::SetBreak { above: b.above, paragraph: Some(false) });
        }
        if b.by_user && ui.button("Restore the detected break").clicked() {
            push(ui, pending, Edit::SetBreak { above: b.above, paragraph: None });
        }
    }
}

/// "Move the line (or the lines picked, `first..=last`) to article ▸": every article, or
/// a new one.
fn move_lines_menu_ui(
    ui: &mut egui::Ui,
    articles: &[ArticleText],
    first: usize,
    last: usize,
    pending: &mut Vec<Command>,
) {
    let what = if first == last { "line".to_owned() } else { format!("{} lines", last - first + 1) };
    let (first, last) = (LineId(first as u32), LineId(last as u32));
    ui.menu_button(format!("Move {what} to article"), |ui| {
        for article in articles {
            if ui.button(article.title()).clicked() {
                pending.push(Command::Edit(Edit::MoveLines { first, last, to: Some(article.id) }));
                ui.close();
            }
        }
        ui.separator();
        if ui.button("New article").clicked() {
            pending.push(Command::Edit(Edit::MoveLines { first, last, to: None }));
            ui.close();
        }
    });
}

/// Queues a correction from a menu and closes the menu.
fn push(ui: &mut egui::Ui, pending: &mut Vec<Command>, edit: Edit) {
    pending.push(Command::Edit(edit));
    ui.close();
}
