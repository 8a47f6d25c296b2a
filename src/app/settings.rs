//! What the app remembers between runs (stored by eframe's persistence).

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many files File ▸ Open Recent lists.
pub const RECENT_FILES: usize = 10;

/// Persisted preferences. Unknown or missing fields take their defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark, or follow the system.
    pub theme: egui::ThemePreference,
    /// Reading-pane font size in points.
    pub font_size: f32,
    /// Whether the source pane is shown.
    pub show_source: bool,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { theme: egui::ThemePreference::System, font_size: 18.0, show_source: true, recent: Vec::new() }
    }
}

impl Settings {
    /// Smallest and largest reading font sizes.
    pub const FONT_SIZES: std::ops::RangeInclusive<f32> = 12.0..=36.0;

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }

    /// Changes the font size by `steps` points, within bounds.
    pub fn step_font(&mut self, steps: f32) {
        self.font_size = (self.font_size + steps).clamp(*Self::FONT_SIZES.start(), *Self::FONT_SIZES.end());
    }
}
