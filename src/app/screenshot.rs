//! `--screenshot OUT.png`: render the window once, write it as PNG, close.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the screenshot run ended, read after the window closes.
#[derive(Clone, Default)]
pub struct Outcome(Arc<Mutex<Option<Result<(), String>>>>);

impl Outcome {
    fn set(&self, result: Result<(), String>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(result);
        }
    }

    /// Ok when no screenshot was asked for or it was written.
    pub fn result(&self) -> anyhow::Result<()> {
        match self.0.lock().ok().and_then(|mut slot| slot.take()) {
            Some(Err(e)) => anyhow::bail!(e),
            _ => Ok(()),
        }
    }
}

/// Frames drawn before the picture is taken: layout and fonts settle in the first ones.
const SETTLE_FRAMES: u32 = 3;
/// The longest wait for the window to be ready (the page image rendered).
const MAX_WAIT: Duration = Duration::from_secs(30);

/// A pending screenshot.
pub struct Shot {
    path: PathBuf,
    outcome: Outcome,
    frames: u32,
    created: Instant,
    requested: bool,
    image: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
}

impl Shot {
    /// A screenshot to be written to `path`.
    pub fn new(path: PathBuf, outcome: Outcome) -> Shot {
        outcome.set(Err(format!("the window closed before {} was written", path.display())));
        Shot { path, outcome, frames: 0, created: Instant::now(), requested: false, image: Arc::default() }
    }

    /// Called once per frame, after drawing; `ready` once what is shown is final (the page
    /// image rendered), or after [`MAX_WAIT`].
    pub fn frame(&mut self, ctx: &egui::Context, ready: bool) {
        self.frames += 1;
        ctx.request_repaint();
        let waited = ready || self.created.elapsed() > MAX_WAIT;
        if !self.requested && self.frames >= SETTLE_FRAMES && waited {
            self.requested = true;
            let (slot, repaint) = (self.image.clone(), ctx.clone());
            ctx.request_screenshot(move |image| {
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(image);
                }
                repaint.request_repaint();
            });
        }
        let image = self.image.lock().ok().and_then(|mut slot| slot.take());
        if let Some(image) = image {
            self.outcome.set(write_png(&self.path, &image));
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

/// Writes `image` as an RGBA PNG, atomically.
fn write_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, image.size[0] as u32, image.size[1] as u32);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(image.as_raw()).map_err(|e| e.to_string())?;
    }
    let tmp = path.with_extension("png.tmp");
    std::fs::write(&tmp, &bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
