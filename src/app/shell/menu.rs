//! The menu bar: File, Edit and View menus, the page picker of a PDF, and what is open.

use super::super::settings::SourcePane;
use super::{BroadsheetApp, Command, Shown, demo};
use broadsheet::export::Format;

impl BroadsheetApp {
    /// The menu bar.
    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("Edit", |ui| self.edit_menu_ui(ui));
            ui.menu_button("View", |ui| self.view_menu_ui(ui));
            ui.separator();
            self.page_picker_ui(ui);
            let shown = match &self.open.shown {
                Shown::File(p) => p.display().to_string(),
                Shown::Demo(name) => format!("{name} (demo page)"),
            };
            let page = &self.open.doc.page;
            ui.weak(format!("{shown} · {} · {} lines", page.encoding, page.lines.len()));
        });
    }

    /// Open, save, export, recent files, demo pages, quit.
    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        for command in [Command::Open, Command::Save, Command::SaveAs] {
            if command.menu_button(ui) {
                self.pending.push(command);
            }
        }
        ui.menu_button("Export", |ui| {
            for format in Format::all() {
                for selected in [false, true] {
                    let command = Command::Export(format, selected);
                    if command.menu_button(ui) {
                        self.pending.push(command);
                    }
                }
            }
        });
        ui.menu_button("Open Recent", |ui| {
            if self.settings.recent.is_empty() {
                ui.label("No recent files");
            }
            for path in &self.settings.recent {
                if ui.button(path.display().to_string()).clicked() {
                    self.pending.push(Command::OpenPath(path.clone()));
                }
            }
        });
        ui.menu_button("Demo pages", |ui| {
            for i in 0..demo::PAGES.len() {
                if Command::OpenDemo(i).menu_button(ui) {
                    self.pending.push(Command::OpenDemo(i));
                }
            }
        });
        ui.separator();
        if Command::Quit.menu_button(ui) {
            self.pending.push(Command::Quit);
        }
    }

    /// Undo and redo, named after the step ("Undo Merge articles"); copy; filter.
    fn edit_menu_ui(&mut self, ui: &mut egui::Ui) {
        let history = &self.open.history;
        let undo = history.undo_label().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
        let redo = history.redo_label().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
        let keys = |c: &Command| c.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
        let (undo_keys, redo_keys) = (keys(&Command::Undo), keys(&Command::Redo));
        let can_undo = history.undo_label().is_some();
        if ui.add_enabled(can_undo, egui::Button::new(undo).shortcut_text(undo_keys)).clicked() {
            self.pending.push(Command::Undo);
        }
        let can_redo = history.redo_label().is_some();
        if ui.add_enabled(can_redo, egui::Button::new(redo).shortcut_text(redo_keys)).clicked() {
            self.pending.push(Command::Redo);
        }
        if !self.open.doc.library().is_empty() {
            let use_library = Command::Edit(broadsheet::edit::Edit::UseLibrary);
            let differs = !self.open.library_differences.is_empty();
            if ui.add_enabled(differs, egui::Button::new("Use the library's articles")).clicked() {
                self.pending.push(use_library);
            }
        }
        ui.separator();
        for command in [Command::CopyArticle, Command::Find] {
            if command.menu_button(ui) {
                self.pending.push(command);
            }
        }
    }

    /// The source pane and what it shows, the reading size, the theme.
    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        let mut show = self.settings.show_source;
        if ui.checkbox(&mut show, Command::ToggleSource.label()).changed() {
            self.pending.push(Command::ToggleSource);
        }
        if self.open.replica.is_some() {
            for pane in [SourcePane::PageImage, SourcePane::Lines] {
                let command = Command::ShowPane(pane);
                let shown = show && self.settings.source_pane == pane;
                if ui.add_enabled(show, egui::RadioButton::new(shown, command.label())).clicked() {
                    self.pending.push(command);
                }
            }
        }
        for command in [Command::FontBigger, Command::FontSmaller] {
            if command.menu_button(ui) {
                self.pending.push(command);
            }
        }
        ui.separator();
        ui.label("Theme");
        for theme in [egui::ThemePreference::System, egui::ThemePreference::Light, egui::ThemePreference::Dark] {
            let command = Command::Theme(theme);
            if ui.radio(self.settings.theme == theme, command.label()).clicked() {
                self.pending.push(command);
            }
        }
    }

    /// "Page ◀ [2] ▶ of 12" for a PDF: opens another page of the file.
    fn page_picker_ui(&mut self, ui: &mut egui::Ui) {
        let Some(replica) = &self.open.replica else { return };
        let (index, count) = (replica.page_index(), replica.page_count());
        let label = ui.label("Page");
        if ui.add_enabled(index > 0, egui::Button::new("◀")).on_hover_text("Previous page").clicked() {
            self.pending.push(Command::OpenPdfPage(index - 1));
        }
        let field = ui
            .add(egui::DragValue::new(&mut self.view.page_field).range(1..=count.max(1)).update_while_editing(false))
            .labelled_by(label.id);
        // Dragging the number picks a page when the drag ends, not at every step.
        if (field.changed() && !field.dragged()) || field.drag_stopped() {
            self.pending.push(Command::OpenPdfPage(self.view.page_field.saturating_sub(1)));
        }
        if ui.add_enabled(index + 1 < count, egui::Button::new("▶")).on_hover_text("Next page").clicked() {
            self.pending.push(Command::OpenPdfPage(index + 1));
        }
        ui.label(format!("of {count}"));
        ui.separator();
    }
}
