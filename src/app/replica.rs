//! The replica pane: the page as printed, with each article's zone drawn over it in the
//! article's sidebar colour. Click a zone to read its article, hover it for the headline,
//! right-click it to correct the segmentation; Ctrl+wheel or the buttons zoom, dragging and
//! scrolling pan.

mod menu;
mod zones;

pub use zones::{Zone, zones};

use super::command::Command;
use super::render::PageImage;
use super::sidebar::article_color;
use super::spinner::spinner_ui;
use broadsheet::document::{ArticleText, Document};
use broadsheet::import::Source;
use broadsheet::model::BBox;
use egui::emath::GuiRounding;
use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2, pos2, vec2};
use menu::{kind_name, zone_menu_ui};
use std::sync::Arc;
use zones::column_runs;

/// Zoom bounds: screen points per PDF point.
const ZOOM: std::ops::RangeInclusive<f32> = 0.1..=4.0;
/// One press of + or −.
const ZOOM_STEP: f32 = 1.25;
/// Room left beside the page at "Fit width" (the scroll bar).
const FIT_MARGIN: f32 = 16.0;

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
    pub fn new(source: Arc<dyn Source>, index: usize, previous: Option<&Replica>) -> Replica {
        let (zoom, fit) = previous.map_or((1.0, true), |p| (p.zoom, p.fit));
        Replica {
            image: PageImage::new(source, index),
            zoom,
            fit,
            scroll_to: None,
            viewport: Rect::NOTHING,
            page_rect: Rect::NOTHING,
            scale: 0.0,
        }
    }

    /// The file the page comes from.
    pub fn source(&self) -> &Arc<dyn Source> {
        self.image.source()
    }

    /// The page shown (0-based).
    pub fn page_index(&self) -> usize {
        self.image.index()
    }

    /// How many pages the file has.
    pub fn page_count(&self) -> usize {
        self.image.source().page_count()
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
    if replica.image.words_only() {
        ui.weak("No page image in this file: its words, where it places them")
            .on_hover_text("An OCR file (ALTO, hOCR, PAGE XML) without its scan: each line is drawn in its box");
    }
    if replica.image.is_rendering() {
        spinner_ui(ui, "Rendering page");
        ui.weak("Rendering page…");
    }
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
    if replica.image.words_only() {
        words_ui(ui, view, page_rect);
    } else {
        paper_ui(ui, replica, page_rect);
    }

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
/// A page with no image (an OCR file): each line's text drawn in its box, sized to fit, on a
/// white page (the toolbar says so).
fn words_ui(ui: &egui::Ui, view: &ReplicaView, page_rect: Rect) {
    let painter = ui.painter();
    painter.rect_filled(page_rect, 0.0, Color32::WHITE);
    let Some(layout) = &view.doc.page.layout else { return };
    let k = vec2(page_rect.width() / layout.width.max(1.0), page_rect.height() / layout.height.max(1.0));
    let ink = Color32::from_gray(40);
    for line in &view.doc.page.lines {
        let (Some(b), text) = (line.bbox_in_page, line.text.trim()) else { continue };
        let rect = Rect::from_min_max(page_rect.min + vec2(b.x0, b.y0) * k, page_rect.min + vec2(b.x1, b.y1) * k);
        // Text under a few pixels is unreadable: a grey bar stands for it.
        if text.is_empty() || !ui.is_rect_visible(rect) {
            continue;
        }
        if rect.height() < 4.0 {
            painter.rect_filled(rect.shrink2(vec2(0.0, rect.height() * 0.25)), 0.0, Color32::from_gray(170));
            continue;
        }
        let size = rect.height() * 0.8;
        let galley = painter.layout_no_wrap(text.to_owned(), egui::FontId::proportional(size), ink);
        let wide = galley.size().x;
        let galley = if wide > rect.width() * 1.02 && wide > 0.0 {
            let fitted = (size * rect.width() / wide).max(1.0);
            painter.layout_no_wrap(text.to_owned(), egui::FontId::proportional(fitted), ink)
        } else {
            galley
        };
        let at = pos2(rect.left(), rect.center().y - galley.size().y / 2.0);
        painter.galley(at, galley, ink);
    }
    painter.rect_stroke(page_rect, 0.0, Stroke::new(1.0, ui.visuals().weak_text_color()), StrokeKind::Outside);
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
