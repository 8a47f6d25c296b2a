//! The menu bar, the status line and the source pane.

use super::super::settings::SourcePane;
use super::super::{demo, replica, source};
use super::{BroadsheetApp, Command, Shown};
use broadsheet::export::Format;

impl BroadsheetApp {
    /// The bottom line: what just happened, and whether there is something to save.
    pub(super) fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let saved = match (&self.open.project_path, self.open.history.is_modified()) {
                (_, true) => "unsaved corrections".to_owned(),
                (Some(p), false) => format!("saved in {}", p.display()),
                (None, false) => "no corrections".to_owned(),
            };
            ui.weak(saved);
            if let Some(status) = &self.view.status {
                ui.separator();
                ui.label(status);
            }
        });
    }

    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in [Command::Open, Command::Save, Command::SaveAs] {
                    if command.menu_button(ui) {
                        self.pending.push(command);
                    }
                }
                ui.menu_button("Export", |ui| {
                    for format in Format::ALL {
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
            });
            ui.menu_button("Edit", |ui| {
                let undo = self.open.history.undo_label().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
                let redo = self.open.history.redo_label().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
                let keys = |c: &Command| c.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
                let (undo_keys, redo_keys) = (keys(&Command::Undo), keys(&Command::Redo));
                let can_undo = self.open.history.undo_label().is_some();
                if ui.add_enabled(can_undo, egui::Button::new(undo).shortcut_text(undo_keys)).clicked() {
                    self.pending.push(Command::Undo);
                }
                let can_redo = self.open.history.redo_label().is_some();
                if ui.add_enabled(can_redo, egui::Button::new(redo).shortcut_text(redo_keys)).clicked() {
                    self.pending.push(Command::Redo);
                }
                ui.separator();
                for command in [Command::CopyArticle, Command::Find] {
                    if command.menu_button(ui) {
                        self.pending.push(command);
                    }
                }
            });
            ui.menu_button("View", |ui| {
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
                for theme in [egui::ThemePreference::System, egui::ThemePreference::Light, egui::ThemePreference::Dark]
                {
                    let command = Command::Theme(theme);
                    if ui.radio(self.settings.theme == theme, command.label()).clicked() {
                        self.pending.push(command);
                    }
                }
            });
            ui.separator();
            self.page_picker_ui(ui);
            let shown = match &self.open.shown {
                Shown::File(p) => p.display().to_string(),
                Shown::Demo(name) => format!("{name} (demo page)"),
            };
            ui.weak(format!("{shown} · {} · {} lines", self.open.doc.page.encoding, self.open.doc.page.lines.len()));
        });
    }

    /// "Page ◀ [2] ▶ of 12" for a PDF: opens another page of the file.
    fn page_picker_ui(&mut self, ui: &mut egui::Ui) {
        let Some((index, count)) = self.open.replica.as_ref().map(|r| (r.page_index(), r.page_count())) else { return };
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

    /// The right-hand pane: for a PDF page, the page image or the source lines (tabs);
    /// for a text page, the source lines.
    pub(super) fn source_pane_ui(&mut self, ui: &mut egui::Ui) {
        // The page image wants more room than the lines: its own panel, its own width.
        let (id, width) = if self.open.replica.is_some() { ("page", 560.0) } else { ("source", 380.0) };
        egui::Panel::right(id).resizable(true).default_size(width).size_range(240.0..=1200.0).show(ui, |ui| {
            let scroll = std::mem::take(&mut self.view.scroll_source);
            let selected = self.visible().contains(&self.view.selected).then_some(self.view.selected);
            let open = &mut self.open;
            if let Some(replica) = &mut open.replica {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    for pane in [SourcePane::PageImage, SourcePane::Lines] {
                        let command = Command::ShowPane(pane);
                        if ui.selectable_label(self.settings.source_pane == pane, command.label()).clicked() {
                            self.pending.push(command);
                        }
                    }
                });
                ui.separator();
                if self.settings.source_pane == SourcePane::PageImage {
                    let view = replica::ReplicaView {
                        doc: &open.doc,
                        articles: &open.articles,
                        zones: &open.zones,
                        selected,
                        scroll,
                    };
                    replica::replica_ui(ui, replica, &view, &mut self.pending);
                    return;
                }
            }
            let view = source::SourceView {
                doc: &open.doc,
                articles: &open.articles,
                line_article: &open.line_article,
                selected: selected.and_then(|i| open.articles.get(i)).map(|a| a.id),
                scroll,
            };
            source::source_ui(ui, &view, &mut self.view.selection, &mut self.pending);
        });
    }
}

/// The red banner that says what went wrong.
pub(super) fn error_ui(ui: &mut egui::Ui, error: &str, pending: &mut Vec<Command>) {
    // The button first, so that it stays in view; the message wraps.
    ui.horizontal_top(|ui| {
        if ui.small_button(Command::DismissError.label()).clicked() {
            pending.push(Command::DismissError);
        }
        let text = egui::RichText::new(format!("▲ {error}")).color(ui.visuals().error_fg_color);
        ui.add(egui::Label::new(text).wrap());
    });
}
