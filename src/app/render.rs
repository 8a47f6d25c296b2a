//! The page image: rendered by the library on a background thread, uploaded as textures
//! (tiles no larger than the GPU allows), and kept for a few zoom levels so that zooming
//! back is instant and the previous image can stand in, scaled, while a sharper one renders.

use super::fonts;
use broadsheet::import::{ImportError, Source};
use egui::{Color32, ColorImage, Rect, TextureHandle, TextureOptions, pos2, vec2};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// How long the zoom must stay put before a sharper image is rendered, in seconds.
const SETTLE_S: f64 = 0.25;
/// The largest image rendered, in pixels: beyond it the image is shown magnified.
const MAX_PIXELS: f32 = 40.0e6;
/// Images kept, in pixels over every level; the newest is always kept.
const CACHE_PIXELS: usize = 64_000_000;
/// Tiles are at most this many pixels on a side (and never more than the GPU allows).
const TILE_SIDE: usize = 4096;
/// Two scales closer than this ratio are the same level.
const SAME_SCALE: f32 = 0.015;

/// Textures are drawn at about their size; mipmaps keep a larger level smooth when it
/// stands in for a smaller one.
const TEXTURE_OPTIONS: TextureOptions = TextureOptions {
    magnification: egui::TextureFilter::Linear,
    minification: egui::TextureFilter::Linear,
    wrap_mode: egui::TextureWrapMode::ClampToEdge,
    mipmap_mode: Some(egui::TextureFilter::Linear),
};

/// One rendered zoom level.
pub struct Level {
    /// Pixels per PDF point.
    pub scale: f32,
    /// The image's size in pixels.
    pub size_px: [usize; 2],
    /// The image, in tiles.
    pub tiles: Vec<Tile>,
}

/// A piece of a rendered page.
pub struct Tile {
    /// Where the tile lies in the image, in pixels.
    pub rect_px: Rect,
    /// Its texture.
    pub texture: TextureHandle,
}

/// A render finished (or failed) on the worker thread.
struct Done {
    scale: f32,
    result: Result<Level, String>,
    /// Time spent rendering, then cutting and uploading the tiles.
    render: Duration,
    upload: Duration,
}

/// A render under way.
struct Job {
    done: Receiver<Done>,
}

/// The rendered images of one page of a file with page images (a PDF).
pub struct PageImage {
    source: Arc<dyn Source>,
    index: usize,
    /// The page's size in points.
    size_pt: egui::Vec2,
    /// Rendered levels, least recently used first.
    levels: Vec<Level>,
    job: Option<Job>,
    /// The scale last asked for, and since when (egui time, seconds).
    wanted: Option<(f32, f64)>,
    error: Option<String>,
    /// The file has no image of its pages (an OCR file): the page view draws its words.
    words_only: bool,
}

impl PageImage {
    /// Page `index` (0-based) of `file`; nothing is rendered until [`Self::update`] asks.
    pub fn new(source: Arc<dyn Source>, index: usize) -> PageImage {
        // A page always has a size; US Letter only stands in if the library cannot say.
        let (width, height) = source.page_size(index).unwrap_or((612.0, 792.0));
        let words_only = !source.has_page_images();
        PageImage {
            source,
            index,
            size_pt: vec2(width.max(1.0), height.max(1.0)),
            levels: Vec::new(),
            job: None,
            wanted: None,
            error: None,
            words_only,
        }
    }

    /// Whether the file has no image of the page, so that its words are drawn instead.
    pub fn words_only(&self) -> bool {
        self.words_only
    }

    /// The file the page comes from.
    pub fn source(&self) -> &Arc<dyn Source> {
        &self.source
    }

    /// The page's index in the file (0-based).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The page's size in points.
    pub fn size_pt(&self) -> egui::Vec2 {
        self.size_pt
    }

    /// Why the page could not be rendered, if it could not.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Whether a render is under way.
    pub fn is_rendering(&self) -> bool {
        self.job.is_some()
    }

    /// The scale that will really be rendered for `scale`: bounded so that the image stays
    /// within [`MAX_PIXELS`] and the renderer's 16-bit sizes.
    fn bounded(&self, scale: f32) -> f32 {
        let area = self.size_pt.x * self.size_pt.y;
        let largest = (MAX_PIXELS / area).sqrt().min(f32::from(u16::MAX - 1) / self.size_pt.max_elem());
        // Rounded so that equal zooms give equal scales from frame to frame.
        (scale.clamp(0.05, largest) * 1000.0).round() / 1000.0
    }

    /// Whether the image shown at `scale` is the final one: rendered at that scale (or as
    /// close as the limits allow), or failed.
    pub fn is_settled(&self, scale: f32) -> bool {
        let target = self.bounded(scale);
        self.words_only
            || self.error.is_some()
            || (self.job.is_none() && self.levels.iter().any(|l| same(l.scale, target)))
    }

    /// Called once per frame with the scale the page is shown at (pixels per point):
    /// takes in a finished render, and starts one when the zoom has settled on a scale no
    /// level has.
    pub fn update(&mut self, ctx: &egui::Context, scale: f32) {
        self.take_finished();
        if self.error.is_some() || self.words_only {
            return;
        }
        let target = self.bounded(scale);
        if let Some(i) = self.levels.iter().position(|l| same(l.scale, target)) {
            // Most recently used last.
            let level = self.levels.remove(i);
            self.levels.push(level);
            self.wanted = None;
            return;
        }
        let now = ctx.input(|i| i.time);
        let since = match self.wanted {
            Some((s, since)) if same(s, target) => since,
            _ => {
                self.wanted = Some((target, now));
                now
            }
        };
        if self.job.is_some() {
            // The worker asks for a repaint when it is done.
            return;
        }
        // The first image comes at once; sharper ones wait for the zoom to settle.
        let settle = if self.levels.is_empty() { 0.0 } else { SETTLE_S };
        let waited = now - since;
        if waited >= settle {
            self.start(ctx, target);
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(settle - waited));
        }
    }

    /// The level to draw at `scale`: that scale's if it is there, else the closest one
    /// above it (drawn smaller, still sharp), else the sharpest.
    pub fn best(&self, scale: f32) -> Option<&Level> {
        let target = self.bounded(scale);
        let exact = self.levels.iter().find(|l| same(l.scale, target));
        let above = self.levels.iter().filter(|l| l.scale > target).min_by(|a, b| a.scale.total_cmp(&b.scale));
        exact.or(above).or_else(|| self.levels.iter().max_by(|a, b| a.scale.total_cmp(&b.scale)))
    }

    fn take_finished(&mut self) {
        let Some(job) = &self.job else { return };
        let done = match job.done.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                // The worker panicked inside the renderer.
                self.job = None;
                self.error = Some("the renderer failed on this page".to_owned());
                return;
            }
        };
        self.job = None;
        match done.result {
            Ok(level) => {
                if std::env::var_os("BROADSHEET_TIMING").is_some() {
                    let [w, h] = level.size_px;
                    let (render, upload) = (done.render.as_secs_f64() * 1000.0, done.upload.as_secs_f64() * 1000.0);
                    eprintln!(
                        "page rendered at {:.3} px/pt ({w}×{h} px) in {render:.0} ms, tiles made in {upload:.0} ms",
                        done.scale
                    );
                }
                self.levels.push(level);
                self.evict();
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// Drops the least recently used levels while they hold too many pixels.
    fn evict(&mut self) {
        let pixels = |levels: &[Level]| levels.iter().map(|l| l.size_px[0] * l.size_px[1]).sum::<usize>();
        while self.levels.len() > 1 && pixels(&self.levels) > CACHE_PIXELS {
            self.levels.remove(0);
        }
    }

    fn start(&mut self, ctx: &egui::Context, scale: f32) {
        let (tx, rx) = std::sync::mpsc::channel();
        let (source, index, ctx_for_worker) = (self.source.clone(), self.index, ctx.clone());
        let tile_side = ctx.input(|i| i.max_texture_side).clamp(256, TILE_SIDE);
        let spawned = std::thread::Builder::new().name("broadsheet-render".to_owned()).spawn(move || {
            // Wakes the window when the render ends, even by a panic in the renderer.
            let _wake = RepaintOnDrop(ctx_for_worker.clone());
            let started = Instant::now();
            let raster = source
                .render(index, scale, Some(fonts::cjk_font_data()))
                .unwrap_or(Err(ImportError::NoPageImage))
                .map_err(|e| e.to_string());
            let render = started.elapsed();
            let result = raster.and_then(|raster| upload(&ctx_for_worker, &raster, scale, tile_side));
            // The page may have been closed meanwhile: then nobody listens.
            let _ = tx.send(Done { scale, result, render, upload: started.elapsed() - render });
        });
        match spawned {
            Ok(_) => self.job = Some(Job { done: rx }),
            Err(e) => self.error = Some(format!("cannot start rendering: {e}")),
        }
    }
}

/// Asks for a repaint when dropped.
struct RepaintOnDrop(egui::Context);

impl Drop for RepaintOnDrop {
    fn drop(&mut self) {
        self.0.request_repaint();
    }
}

fn same(a: f32, b: f32) -> bool {
    (a / b - 1.0).abs() < SAME_SCALE
}

/// Cuts the raster into tiles and uploads them (egui takes textures from any thread).
fn upload(
    ctx: &egui::Context,
    raster: &broadsheet::import::Raster,
    scale: f32,
    tile_side: usize,
) -> Result<Level, String> {
    let (width, height) = (raster.width as usize, raster.height as usize);
    if width == 0 || height == 0 || raster.rgba.len() < width * height * 4 {
        return Err(format!("the renderer returned a {width}×{height} image without its pixels"));
    }
    let mut tiles = Vec::new();
    for top in (0..height).step_by(tile_side) {
        for left in (0..width).step_by(tile_side) {
            let (w, h) = (tile_side.min(width - left), tile_side.min(height - top));
            let mut pixels = Vec::with_capacity(w * h);
            for row in top..top + h {
                let start = (row * width + left) * 4;
                let bytes = raster.rgba.get(start..start + w * 4).unwrap_or_default();
                // Premultiplied, as the renderer paints.
                pixels.extend(bytes.chunks_exact(4).map(|p| Color32::from_rgba_premultiplied(p[0], p[1], p[2], p[3])));
            }
            pixels.resize(w * h, Color32::WHITE);
            let name = format!("page@{scale}:{left},{top}");
            let texture = ctx.load_texture(name, ColorImage::new([w, h], pixels), TEXTURE_OPTIONS);
            let rect_px = Rect::from_min_size(pos2(left as f32, top as f32), vec2(w as f32, h as f32));
            tiles.push(Tile { rect_px, texture });
        }
    }
    Ok(Level { scale, size_px: [width, height], tiles })
}
