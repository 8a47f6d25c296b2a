//! Everything the user can ask for, with labels and shortcuts in one place. Commands are
//! queued while drawing and applied once per frame.

use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A user command.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the native open dialog.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open a built-in demo page.
    OpenDemo(usize),
    /// Select the next article.
    Next,
    /// Select the previous article.
    Previous,
    /// Select this article (index into the list).
    Select(usize),
    /// Select the article of this source line and scroll to its paragraph.
    SelectLine(usize),
    /// Larger reading font.
    FontBigger,
    /// Smaller reading font.
    FontSmaller,
    /// Show or hide the source pane.
    ToggleSource,
    /// Focus the article filter.
    Find,
    /// Copy the selected article's clean text.
    CopyArticle,
    /// Set the theme.
    Theme(egui::ThemePreference),
    /// Hide the error banner.
    DismissError,
    /// Close the window.
    Quit,
}

impl Command {
    /// Commands that have a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [Command; 6] =
        [Command::Open, Command::FontBigger, Command::FontSmaller, Command::Find, Command::CopyArticle, Command::Quit];

    /// The menu label.
    pub fn label(&self) -> String {
        match self {
            Command::Open => "Open…".into(),
            Command::OpenPath(p) => p.display().to_string(),
            Command::OpenDemo(i) => super::demo::PAGES.get(*i).map_or("Demo page", |p| p.name).into(),
            Command::Next => "Next article".into(),
            Command::Previous => "Previous article".into(),
            Command::Select(i) => format!("Article {}", i + 1),
            Command::SelectLine(l) => format!("Line {}", l + 1),
            Command::FontBigger => "Larger text".into(),
            Command::FontSmaller => "Smaller text".into(),
            Command::ToggleSource => "Source pane".into(),
            Command::Find => "Filter articles…".into(),
            Command::CopyArticle => "Copy article".into(),
            Command::Theme(egui::ThemePreference::Dark) => "Dark".into(),
            Command::Theme(egui::ThemePreference::Light) => "Light".into(),
            Command::Theme(egui::ThemePreference::System) => "Follow the system".into(),
            Command::DismissError => "Dismiss".into(),
            Command::Quit => "Quit".into(),
        }
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Command::Open => cmd(Key::O),
            Command::FontBigger => cmd(Key::Equals),
            Command::FontSmaller => cmd(Key::Minus),
            Command::Find => cmd(Key::F),
            Command::CopyArticle => Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::C)),
            Command::Quit => cmd(Key::Q),
            _ => None,
        }
    }

    /// A menu button for this command; returns true when clicked.
    pub fn menu_button(&self, ui: &mut egui::Ui) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add(button).clicked()
    }
}
