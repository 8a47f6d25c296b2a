//! The panels around the reading pane: the loading line, the error banner, the status line
//! and the source pane.

use super::super::loading::Pending;
use super::super::settings::SourcePane;
use super::super::spinner::spinner_ui;
use super::super::{replica, source};
use super::{BroadsheetApp, Command};

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

/// How long a load runs before the loading line says for how long.
const SHOW_ELAPSED_AFTER_SECS: u64 = 2;

/// The line under the menu while a page loads: a spinner, the file's name, Cancel, and after
/// a while for how long (after the button, so that the button stays put). The page open stays
/// usable below it.
pub(super) fn loading_ui(ui: &mut egui::Ui, pending: &Pending, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        spinner_ui(ui, "Opening a page");
        ui.label(format!("Opening {}…", pending.name));
        let cancel = ui.button(Command::CancelLoad.label()).on_hover_text("Stop waiting for it: this page stays");
        if cancel.clicked() {
            commands.push(Command::CancelLoad);
        }
        let seconds = pending.elapsed.as_secs();
        if seconds >= SHOW_ELAPSED_AFTER_SECS {
            ui.weak(format!("{seconds} s"));
        }
    });
}
