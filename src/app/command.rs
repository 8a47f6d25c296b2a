//! Everything the user can ask for, with labels and shortcuts in one place. Commands are
//! queued while drawing and applied once per frame.

use super::settings::SourcePane;
use broadsheet::edit::Edit;
use broadsheet::export::Format;
use broadsheet::model::ArticleId;
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
    /// Open this page (0-based) of the PDF file shown.
    OpenPdfPage(usize),
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
    /// Show the page image or the source lines in the source pane.
    ShowPane(SourcePane),
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
    /// Apply a correction.
    Edit(Edit),
    /// Apply several corrections as one undo step (a whole block marked on the page).
    EditGroup {
        /// The corrections, in order.
        edits: Vec<Edit>,
        /// What undo calls them.
        label: &'static str,
    },
    /// Undo the last correction.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Save the corrections to the project file (asks where the first time).
    Save,
    /// Save the corrections to a new project file.
    SaveAs,
    /// Export the whole page, or only the selected article (`true`).
    Export(Format, bool),
    /// Start typing a new headline for an article.
    BeginRename(ArticleId),
    /// What to do with unsaved changes when the window closes.
    Close(CloseChoice),
    /// Stop waiting for the page being opened; the page open stays.
    CancelLoad,
    /// Show the page that finished loading while corrections were being made (once the
    /// user has answered whether to save them).
    ShowLoaded,
}

/// The answers to "save changes before closing?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseChoice {
    /// Save, then close.
    Save,
    /// Close without saving.
    Discard,
    /// Keep the window open.
    Cancel,
}

impl Command {
    /// Commands that have a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [Command; 10] = [
        Command::Open,
        Command::SaveAs,
        Command::Save,
        Command::FontBigger,
        Command::FontSmaller,
        Command::Find,
        Command::CopyArticle,
        Command::Quit,
        Command::Redo,
        Command::Undo,
    ];

    /// The menu label.
    pub fn label(&self) -> String {
        match self {
            Command::Open => "Open…".into(),
            Command::OpenPath(p) => p.display().to_string(),
            Command::OpenDemo(i) => super::demo::PAGES.get(*i).map_or("Demo page", |p| p.name).into(),
            Command::OpenPdfPage(i) => format!("Page {}", i + 1),
            Command::Next => "Next article".into(),
            Command::Previous => "Previous article".into(),
            Command::Select(i) => format!("Article {}", i + 1),
            Command::SelectLine(l) => format!("Line {}", l + 1),
            Command::FontBigger => "Larger text".into(),
            Command::FontSmaller => "Smaller text".into(),
            Command::ToggleSource => "Source pane".into(),
            Command::ShowPane(SourcePane::PageImage) => "Page image".into(),
            Command::ShowPane(SourcePane::Lines) => "Source lines".into(),
            Command::Find => "Filter articles…".into(),
            Command::CopyArticle => "Copy article".into(),
            Command::Theme(egui::ThemePreference::Dark) => "Dark".into(),
            Command::Theme(egui::ThemePreference::Light) => "Light".into(),
            Command::Theme(egui::ThemePreference::System) => "Follow the system".into(),
            Command::DismissError => "Dismiss".into(),
            Command::Quit => "Quit".into(),
            Command::Edit(edit) => edit.label().into(),
            Command::EditGroup { label, .. } => (*label).into(),
            Command::Undo => "Undo".into(),
            Command::Redo => "Redo".into(),
            Command::Save => "Save".into(),
            Command::SaveAs => "Save As…".into(),
            Command::Export(format, false) => format!("{}: whole page…", format.name()),
            Command::Export(format, true) => format!("{}: selected article…", format.name()),
            Command::BeginRename(_) => "Rename headline…".into(),
            Command::Close(CloseChoice::Save) => "Save".into(),
            Command::Close(CloseChoice::Discard) => "Don't save".into(),
            Command::Close(CloseChoice::Cancel) => "Cancel".into(),
            Command::CancelLoad => "Cancel".into(),
            Command::ShowLoaded => "Show the page opened".into(),
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
            Command::Save => cmd(Key::S),
            Command::SaveAs => Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S)),
            Command::Undo => cmd(Key::Z),
            Command::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)),
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
