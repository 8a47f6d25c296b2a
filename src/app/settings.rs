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
    /// What the source pane shows for a page that has an image (a PDF page).
    pub source_pane: SourcePane,
}

/// What the source pane shows for a PDF page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourcePane {
    /// The page image with the articles' zones.
    #[default]
    PageImage,
    /// The source lines.
    Lines,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            theme: egui::ThemePreference::System,
            font_size: 18.0,
            show_source: true,
            recent: Vec::new(),
            source_pane: SourcePane::PageImage,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_round_trip_and_old_files() {
        let mut settings = Settings { theme: egui::ThemePreference::Dark, font_size: 22.0, ..Settings::default() };
        settings.remember(Path::new("/tmp/a.txt"));
        let text = ron::to_string(&settings).expect("serialises");
        assert_eq!(ron::from_str::<Settings>(&text).expect("parses"), settings);
        // A file written by an older version, with fields missing, keeps the defaults.
        let old: Settings = ron::from_str("(font_size: 20.0)").expect("parses");
        assert_eq!((old.font_size, old.show_source), (20.0, true));
    }

    #[test]
    fn recent_files_are_deduplicated_and_bounded() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember(Path::new(&format!("/p/{i}.txt")));
        }
        settings.remember(Path::new("/p/3.txt"));
        assert_eq!(settings.recent.len(), RECENT_FILES);
        assert_eq!(settings.recent[0], Path::new("/p/3.txt"));
        assert_eq!(settings.recent.iter().filter(|p| p.ends_with("3.txt")).count(), 1);
    }

    #[test]
    fn font_size_stays_in_bounds() {
        let mut settings = Settings::default();
        for _ in 0..100 {
            settings.step_font(1.0);
        }
        assert_eq!(settings.font_size, 36.0);
    }
}
