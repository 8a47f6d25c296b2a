//! The replica pane: the page as printed, with each article's zone drawn over it in the
//! article's sidebar colour. Click a zone to read its article, hover it for the headline,
//! right-click it to correct the segmentation; Ctrl+wheel or the buttons zoom, dragging and
//! scrolling pan.

use super::command::Command;
use super::render::PageImage;
use super::sidebar::article_color;
use broadsheet::document::{ArticleText, Document};
use broadsheet::edit::Edit;
use broadsheet::import::PdfFile;
use broadsheet::model::{BBox, BlockKind, LineId, Role};
use egui::emath::GuiRounding;
use egui::{Color32, Pos2, Rect, RichText, Sense, Stroke, StrokeKind, Vec2, pos2, vec2};
use std::sync::Arc;

/// Zoom bounds: screen points per PDF point.
const ZOOM: std::ops::RangeInclusive<f32> = 0.1..=4.0;
/// One press of + or −.
const ZOOM_STEP: f32 = 1.25;
/// Room left beside the page at "Fit width" (the scroll bar).
const FIT_MARGIN: f32 = 16.0;

/// A piece of the page in one article: a block, or the part of a block that a correction
/// gave to another article.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// Its first line.
    pub first: LineId,
    /// Its last line.
    pub last: LineId,
    /// Where it is printed, in page points.
    pub bbox: BBox,
    /// Its article: index into the sidebar's list.
    pub article: Option<usize>,
    /// What the layout found the block to be.
    pub kind: BlockKind,
}

/// The zones of the page as the document stands: each block split where its lines change
/// article (`line_article`: index into the article list of each line's article).
pub fn zones(doc: &Document, line_article: &[Option<usize>]) -> Vec<Zone> {
    let Some(layout) = &doc.page.layout else { return Vec::new() };
    let mut out = Vec::new();
    for block in &layout.blocks {
        let start = out.len();
        for line in block.lines() {
            let article = line_article.get(line.index()).copied().flatten();
            let bbox = doc.page.line(line).and_then(|l| l.bbox_in_page).unwrap_or(block.bbox);
            let continues = out.len() > start && out.last().is_some_and(|z: &Zone| z.article == article);
            match out.last_mut().filter(|_| continues) {
                Some(zone) => {
                    zone.last = line;
                    zone.bbox = zone.bbox.union(bbox);
                }
                None => out.push(Zone { first: line, last: line, bbox, article, kind: block.kind }),
            }
        }
        // A block in one piece is drawn with the block's own box.
        if out.len() == start + 1
            && let Some(zone) = out.last_mut()
        {
            zone.bbox = block.bbox;
        }
    }
    out
}

/// The page image pane's state: the page, its zoom and where it is scrolled.
pub struct Replica {
    image: PageImage,
    /// Screen points per PDF point.
    zoom: f32,
    /// The zoom follows the pane's width.
    fit: bool,
    /// A scroll offset to apply on the next frame (after zooming about a point).
    scroll_to: Option<Vec2>,
    /// Last frame's viewport and page rectangle (screen points).
    viewport: Rect,
    page_rect: Rect,
    /// Last frame's scale: pixels per PDF point.
    scale: f32,
}

/// What the replica pane shows besides the page.
pub struct ReplicaView<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The articles, in sidebar order.
    pub articles: &'a [ArticleText],
    /// The page's zones.
    pub zones: &'a [Zone],
    /// The selected article (index into `articles`).
    pub selected: Option<usize>,
    /// Bring the selected article's zone into view.
    pub scroll: bool,
}

impl Replica {
    /// Page `index` of `file`, at the zoom of the `previous` page when there is one (paging
    /// through a file keeps the zoom).
    pub fn new(file: Arc<PdfFile>, index: usize, previous: Option<&Replica>) -> Replica {
        let (zoom, fit) = previous.map_or((1.0, true), |p| (p.zoom, p.fit));
        Replica {
            image: PageImage::new(file, index),
            zoom,
            fit,
            scroll_to: None,
            viewport: Rect::NOTHING,
            page_rect: Rect::NOTHING,
            scale: 0.0,
        }
    }

    /// The PDF file.
    pub fn file(&self) -> &Arc<PdfFile> {
        self.image.file()
    }

    /// The page shown (0-based).
    pub fn page_index(&self) -> usize {
        self.image.index()
    }

    /// How many pages the file has.
    pub fn page_count(&self) -> usize {
        self.image.file().page_count()
    }

    /// Whether the page image is final for the zoom shown (or could not be rendered).
    pub fn is_settled(&self) -> bool {
        self.scale > 0.0 && self.image.is_settled(self.scale)
    }

    /// Whether some image of the page has arrived.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn has_image(&self) -> bool {
        self.image.best(self.scale.max(0.05)).is_some()
    }

    /// Zoom in screen points per PDF point.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Sets the zoom, keeping the page point under `anchor` (screen) where it is.
    fn zoom_about(&mut self, zoom: f32, anchor: Pos2) {
        let zoom = zoom.clamp(*ZOOM.start(), *ZOOM.end());
        self.fit = false;
        if self.page_rect.is_positive() && self.viewport.is_positive() {
            let on_page = (anchor - self.page_rect.min) / self.zoom;
            let page_width = self.image.size_pt().x * zoom;
            let pad = ((self.viewport.width() - page_width) / 2.0).max(0.0);
            let offset = self.viewport.min.to_vec2() + vec2(pad, 0.0) + on_page * zoom - anchor.to_vec2();
            self.scroll_to = Some(offset.max(Vec2::ZERO));
        }
        self.zoom = zoom;
    }

    /// Ctrl+wheel (or a pinch) over the page zooms about the pointer.
    fn zoom_with_wheel(&mut self, ui: &egui::Ui) {
        let (delta, pointer) = ui.input(|i| (i.zoom_delta(), i.pointer.hover_pos()));
        if delta != 1.0
            && let Some(p) = pointer.filter(|p| self.viewport.contains(*p))
        {
            self.zoom_about(self.zoom * delta, p);
        }
    }
}

/// Draws the zoom bar and the page with its zones.
pub fn replica_ui(ui: &mut egui::Ui, replica: &mut Replica, view: &ReplicaView, pending: &mut Vec<Command>) {
    ui.horizontal(|ui| toolbar_ui(ui, replica));
    ui.separator();
    if replica.fit {
        replica.zoom =
            ((ui.available_width() - FIT_MARGIN) / replica.image.size_pt().x).clamp(*ZOOM.start(), *ZOOM.end());
    }
    replica.zoom_with_wheel(ui);
    replica.scale = replica.zoom * ui.ctx().pixels_per_point();
    replica.image.update(ui.ctx(), replica.scale);
    // Drag the page to pan. The offset set after a zoom lies past last frame's (smaller)
    // page: no rubber band, or it would spring back.
    ui.spacing_mut().scroll.kinetic.rubber_band = false;
    let mut area = egui::ScrollArea::both()
        .id_salt("replica")
        .auto_shrink([false, false])
        .scroll_source(egui::containers::scroll_area::ScrollSource::ALL)
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_drag_cursor(egui::CursorIcon::Grabbing);
    if let Some(offset) = replica.scroll_to.take() {
        area = area.scroll_offset(offset);
    }
    let output = area.show(ui, |ui| page_ui(ui, replica, view, pending));
    replica.viewport = output.inner_rect;
}

fn toolbar_ui(ui: &mut egui::Ui, replica: &mut Replica) {
    let center = replica.viewport.center();
    if ui.button("−").on_hover_text("Zoom out (Ctrl+wheel)").clicked() {
        replica.zoom_about(replica.zoom / ZOOM_STEP, center);
    }
    ui.label(format!("{:.0} %", replica.zoom * 100.0));
    if ui.button("+").on_hover_text("Zoom in (Ctrl+wheel)").clicked() {
        replica.zoom_about(replica.zoom * ZOOM_STEP, center);
    }
    if ui.selectable_label(replica.fit, "Fit width").clicked() {
        replica.fit = true;
    }
    if replica.image.is_rendering() {
        spinner_ui(ui);
        ui.weak("Rendering page…");
    }
}

/// A spinner that repaints a few times a second rather than every frame.
fn spinner_ui(ui: &mut egui::Ui) {
    let size = ui.spacing().interact_size.y;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, "Rendering page"));
    let time = ui.input(|i| i.time);
    let start = time * std::f64::consts::TAU;
    let radius = rect.height() * 0.5 - 3.0;
    let points: Vec<Pos2> = (0..16)
        .map(|i| {
            let angle = start + f64::from(i) / 16.0 * 4.0;
            rect.center() + radius * vec2(angle.cos() as f32, angle.sin() as f32)
        })
        .collect();
    ui.painter().add(egui::Shape::line(points, Stroke::new(2.5, ui.visuals().strong_text_color())));
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(40));
}

/// The page, its image and its zones, inside the scroll area.
fn page_ui(ui: &mut egui::Ui, replica: &mut Replica, view: &ReplicaView, pending: &mut Vec<Command>) {
    let ppp = ui.ctx().pixels_per_point();
    let page_size = replica.image.size_pt() * replica.zoom;
    let pad = ((ui.available_width() - page_size.x) / 2.0).max(0.0);
    let (outer, response) = ui.allocate_exact_size(page_size + vec2(2.0 * pad, 0.0), Sense::hover());
    // Whole pixels: a level rendered at this scale is drawn texel for pixel.
    let page_rect = Rect::from_min_size((outer.min + vec2(pad, 0.0)).round_to_pixels(ppp), page_size);
    replica.page_rect = page_rect;
    let page = replica.image.index() + 1;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, format!("Page image, page {page}")));
    paper_ui(ui, replica, page_rect);

    let Some(layout) = &view.doc.page.layout else { return };
    let k = vec2(page_rect.width() / layout.width.max(1.0), page_rect.height() / layout.height.max(1.0));
    let to_screen =
        |b: BBox| Rect::from_min_max(page_rect.min + vec2(b.x0, b.y0) * k, page_rect.min + vec2(b.x1, b.y1) * k);
    if view.scroll
        && let Some(zone) = view.zones.iter().find(|z| z.article.is_some() && z.article == view.selected)
    {
        let rect = to_screen(zone.bbox);
        if !ui.clip_rect().contains_rect(rect) {
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
        }
    }

    // Widgets first, so that the painting knows what is hovered.
    let mut hovered_article = None;
    let mut hovered_zone = None;
    for (i, zone) in view.zones.iter().enumerate() {
        // A line's box can be thinner than a pixel at small zooms.
        let rect = to_screen(zone.bbox).expand(1.0);
        if !ui.is_rect_visible(rect) {
            continue;
        }
        let article = zone.article.and_then(|a| view.articles.get(a));
        let title = article.map_or_else(|| "Unassigned text".to_owned(), |a| a.title());
        let response = ui.interact(rect, ui.scope_id().with(("zone", i)), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Page zone: {title}")));
        if response.hovered() {
            hovered_article = Some(zone.article);
            hovered_zone = Some(rect);
        }
        if response.clicked() && zone.article.is_some() {
            pending.push(Command::SelectLine(zone.first.index()));
        }
        let response = match article {
            Some(_) => response.on_hover_text(title),
            None => response.on_hover_text(format!("Unassigned text ({})", kind_name(zone.kind))),
        };
        response.context_menu(|ui| zone_menu_ui(ui, view, zone, pending));
    }

    // Each article's zones, a column at a time; the block under the pointer on its own.
    let painter = ui.painter();
    for (article, bbox) in column_runs(view.zones, layout.body_size) {
        let rect = to_screen(bbox).expand(1.0);
        if !ui.is_rect_visible(rect) {
            continue;
        }
        let color = article_color(article);
        let (fill, stroke) = match (view.selected == Some(article), hovered_article == Some(Some(article))) {
            (true, _) => (0.30, Stroke::new(2.5, color)),
            (false, true) => (0.24, Stroke::new(1.5, color)),
            (false, false) => (0.12, Stroke::new(1.0, color.gamma_multiply(0.7))),
        };
        painter.rect_filled(rect, 1.0, color.gamma_multiply(fill));
        painter.rect_stroke(rect, 1.0, stroke, StrokeKind::Inside);
    }
    if let Some(rect) = hovered_zone {
        painter.rect_stroke(rect, 1.0, Stroke::new(1.0, Color32::from_gray(60)), StrokeKind::Inside);
    }
}

/// Consecutive zones of one article that continue down one column, as one box each:
/// `(article, box)`. Unassigned zones are left out.
fn column_runs(zones: &[Zone], body_size: f32) -> Vec<(usize, BBox)> {
    // Farther apart than a couple of body lines is another piece of the article.
    let gap = body_size.max(4.0) * 2.5;
    let mut runs: Vec<(usize, BBox)> = Vec::new();
    for zone in zones {
        let Some(article) = zone.article else { continue };
        let b = zone.bbox;
        let continues = runs.last().is_some_and(|&(a, run)| {
            // The same column: a headline across three columns is not continued by one of them.
            let overlap = run.x_overlap(b) >= 0.6 * run.width().max(b.width());
            a == article && overlap && b.y0 >= run.y1 - gap && b.y0 - run.y1 <= gap
        });
        match runs.last_mut().filter(|_| continues) {
            Some((_, run)) => *run = run.union(b),
            None => runs.push((article, b)),
        }
    }
    runs
}

/// The white page, its image when rendered, and what is happening when it is not.
fn paper_ui(ui: &egui::Ui, replica: &Replica, page_rect: Rect) {
    let painter = ui.painter();
    painter.rect_filled(page_rect, 0.0, Color32::WHITE);
    if let Some(level) = replica.image.best(replica.scale) {
        // Rendered for this very zoom: texel for pixel (the page box may differ from the
        // image by a fraction of a pixel). Otherwise stretched to the page.
        let native = (level.scale / replica.scale - 1.0).abs() < 1e-3;
        let k = if native {
            Vec2::splat(1.0 / ui.ctx().pixels_per_point())
        } else {
            vec2(page_rect.width() / level.size_px[0] as f32, page_rect.height() / level.size_px[1] as f32)
        };
        let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        for tile in &level.tiles {
            let rect = Rect::from_min_max(
                page_rect.min + tile.rect_px.min.to_vec2() * k,
                page_rect.min + tile.rect_px.max.to_vec2() * k,
            );
            if ui.is_rect_visible(rect) {
                painter.image(tile.texture.id(), rect, uv, Color32::WHITE);
            }
        }
    } else {
        let message = match replica.image.error() {
            Some(e) => format!("The page image could not be rendered: {e}"),
            None => "Rendering page…".to_owned(),
        };
        let at = pos2(page_rect.center().x, page_rect.top() + 40.0).max(ui.clip_rect().min + vec2(0.0, 40.0));
        painter.text(at, egui::Align2::CENTER_CENTER, message, egui::FontId::proportional(14.0), Color32::DARK_GRAY);
    }
    if let (Some(e), Some(_)) = (replica.image.error(), replica.image.best(replica.scale)) {
        // A sharper image failed; the one shown stays.
        painter.text(
            page_rect.left_top() + vec2(8.0, 8.0),
            egui::Align2::LEFT_TOP,
            e,
            egui::FontId::proportional(12.0),
            Color32::DARK_RED,
        );
    }
    painter.rect_stroke(page_rect, 0.0, Stroke::new(1.0, ui.visuals().weak_text_color()), StrokeKind::Outside);
}

/// The right-click menu of a zone.
fn zone_menu_ui(ui: &mut egui::Ui, view: &ReplicaView, zone: &Zone, pending: &mut Vec<Command>) {
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

fn kind_name(kind: BlockKind) -> &'static str {
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

#[cfg(test)]
mod tests {
    use super::*;
    use broadsheet::model::Page;

    fn bbox(x0: f32, y0: f32, x1: f32, y1: f32) -> BBox {
        BBox { x0, y0, x1, y1 }
    }

    fn zone(article: usize, b: BBox) -> Zone {
        Zone { first: LineId(0), last: LineId(0), bbox: b, article: Some(article), kind: BlockKind::Body }
    }

    #[test]
    fn a_column_continues_down_but_not_under_a_wide_headline() {
        let zones = [
            zone(0, bbox(10.0, 10.0, 310.0, 40.0)),    // headline across three columns
            zone(0, bbox(10.0, 45.0, 105.0, 200.0)),   // first column
            zone(0, bbox(10.0, 205.0, 105.0, 400.0)),  // first column, further down
            zone(0, bbox(110.0, 45.0, 205.0, 400.0)),  // second column
            zone(1, bbox(110.0, 405.0, 205.0, 500.0)), // another article below it
        ];
        let runs = column_runs(&zones, 9.0);
        assert_eq!(
            runs,
            vec![
                (0, bbox(10.0, 10.0, 310.0, 40.0)),
                (0, bbox(10.0, 45.0, 105.0, 400.0)),
                (0, bbox(110.0, 45.0, 205.0, 400.0)),
                (1, bbox(110.0, 405.0, 205.0, 500.0)),
            ]
        );
    }

    #[test]
    fn a_block_split_by_a_correction_gives_a_zone_per_article() {
        // Read from JSON rather than built field by field: the model may gain fields.
        let lines: Vec<serde_json::Value> = (0..4)
            .map(|i| {
                let y = 10.0 + 12.0 * f64::from(i);
                serde_json::json!({
                    "id": i, "text": format!("line {i}"), "font_size_pt": 10.0,
                    "bbox_in_page": {"x0": 10.0, "y0": y, "x1": 100.0, "y1": y + 10.0},
                })
            })
            .collect();
        let page = serde_json::json!({
            "name": "p.pdf", "encoding": "PDF", "lines": lines,
            "layout": {
                "width": 200.0, "height": 200.0, "body_size": 10.0, "page_index": 0, "page_count": 1,
                "blocks": [{
                    "first": 0, "end": 4, "bbox": {"x0": 8.0, "y0": 8.0, "x1": 102.0, "y1": 58.0},
                    "kind": "body", "zone": 0,
                }],
                "figures": [], "rules": [], "doubled": [],
            },
        });
        let page: Page = serde_json::from_value(page).expect("a page with a layout");
        let doc = Document::new(page);
        let whole = zones(&doc, &[Some(0), Some(0), Some(0), Some(0)]);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].bbox, bbox(8.0, 8.0, 102.0, 58.0), "a block in one piece keeps its box");
        let split = zones(&doc, &[Some(0), Some(0), Some(1), None]);
        let pieces: Vec<(u32, u32, Option<usize>)> = split.iter().map(|z| (z.first.0, z.last.0, z.article)).collect();
        assert_eq!(pieces, vec![(0, 1, Some(0)), (2, 2, Some(1)), (3, 3, None)]);
        assert_eq!(split[0].bbox, bbox(10.0, 10.0, 100.0, 32.0), "the lines' boxes");
    }
}
