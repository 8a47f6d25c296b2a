//! The eframe shell: draws the Document and turns clicks and keys into commands.
//!
//! Nothing here analyses text: that is the library's job (`broadsheet::…`). Modules refer
//! to each other with `super::` so that benchmarks can include this tree as it is.

mod command;
mod demo;
mod file_dialog;
mod fonts;
mod loading;
mod modal;
mod open_document;
mod reader;
mod render;
mod replica;
mod screenshot;
mod settings;
mod shell;
mod sidebar;
mod source;
mod spinner;
#[cfg(test)]
mod tests;
mod view;

pub use shell::BroadsheetApp;

use std::path::PathBuf;
use std::time::Instant;

/// Opens the window on `page` (the demo page when `None`; page `pdf_page`, 0-based, of a
/// PDF). With `screenshot`, renders the window once, writes it there as PNG and exits.
pub fn run(
    page: Option<PathBuf>,
    pdf_page: usize,
    screenshot: Option<PathBuf>,
    started: Instant,
) -> anyhow::Result<()> {
    let options = native_options(screenshot.is_some());
    let outcome = screenshot::Outcome::default();
    let shot = screenshot.map(|path| screenshot::Shot::new(path, outcome.clone()));
    eframe::run_native(
        "broadsheet",
        options,
        Box::new(move |cc| Ok(Box::new(BroadsheetApp::new(cc, page, pdf_page, shot, started)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    outcome.result()
}

/// The window's options. A screenshot run must not change what the user's next start looks
/// like: it does not remember the window's place and size (nor, see
/// `BroadsheetApp::persists`, the settings and egui's memory), so eframe writes nothing.
pub fn native_options(screenshot: bool) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Broadsheet")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        persist_window: !screenshot,
        ..Default::default()
    }
}
