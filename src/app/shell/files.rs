//! Opening pages and projects, saving corrections, exporting: the file side of the window.

use super::super::command::Command;
use super::super::demo;
use super::super::file_dialog::Purpose;
use super::super::loading::{Arrival, Loaded, Request};
use super::super::modal::Modal;
use super::{BroadsheetApp, Shown};
use broadsheet::export::Format;
use broadsheet::project;
use std::path::Path;

impl BroadsheetApp {
    /// Opens a page file or a project; on failure the banner says why and the open page
    /// stays.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        self.open_path_at(ctx, path, 0);
    }

    /// Opens a page file (page `index`, 0-based, of a file with several) or a project, as
    /// the library opens any path, on the worker thread. A page without readable text still
    /// shows its image.
    pub fn open_path_at(&mut self, ctx: &egui::Context, path: &Path, index: usize) {
        self.start_load(ctx, Request::Path { path: path.to_owned(), index });
    }

    /// Opens page `index` (0-based) of the file shown (the page picker), on the worker
    /// thread. The page shown asked for again stops a load of another one.
    pub fn open_pdf_page(&mut self, ctx: &egui::Context, index: usize) {
        let (Some(replica), Shown::File(path)) = (&self.open.replica, &self.open.shown) else { return };
        if index == replica.page_index() {
            self.loading.cancel();
            self.view.page_field = self.open.page_number();
            return;
        }
        let (source, path) = (replica.source().clone(), path.clone());
        self.start_load(ctx, Request::Page { path, source, index });
    }

    /// Opens built-in demo page `i`, through the worker like any page.
    pub(super) fn open_demo(&mut self, ctx: &egui::Context, i: usize) {
        if i < demo::PAGES.len() {
            self.start_load(ctx, Request::Demo(i));
        }
    }

    /// Starts loading `request`, replacing any load under way.
    fn start_load(&mut self, ctx: &egui::Context, request: Request) {
        self.loading.start(ctx, request, self.open.revision);
    }

    /// Stops waiting for the page being opened: the page open stays, and so does the page
    /// picker's number.
    pub(super) fn cancel_load(&mut self) {
        if let Some(name) = self.loading.cancel() {
            self.view.status = Some(format!("Stopped opening {name}"));
        }
        self.view.page_field = self.open.page_number();
    }

    /// Takes in a finished load, unless a question holds the window (it waits for the
    /// answer).
    pub(super) fn poll_load(&mut self, ctx: &egui::Context) {
        if self.modal != Modal::None {
            return;
        }
        if let Some(arrival) = self.loading.poll() {
            self.receive(ctx, arrival);
        }
    }

    /// Shows what a load gave. A page that arrives after corrections were made while it
    /// loaded waits for the answer to "save them first?".
    pub(super) fn receive(&mut self, ctx: &egui::Context, arrival: Arrival) {
        let changed = self.open.revision != arrival.revision_at_start && self.open.history.is_modified();
        if changed && self.shot.is_none() && matches!(arrival.loaded, Loaded::Page { .. }) {
            self.loading.park(arrival.loaded);
            self.modal = Modal::ConfirmReplace(Command::ShowLoaded);
            return;
        }
        self.show_loaded(ctx, arrival.loaded);
    }

    /// Shows a page loaded, or says in the banner why there is none (the page open stays).
    pub(super) fn show_loaded(&mut self, ctx: &egui::Context, loaded: Loaded) {
        match loaded {
            Loaded::Page { open, image, remember, warning } => {
                if let Some(path) = remember {
                    self.settings.remember(&path);
                }
                self.show_document(ctx, *open, image);
                if warning.is_some() {
                    self.view.error = warning;
                }
            }
            Loaded::Failed(message) => {
                self.view.error = Some(message);
                // After a page that could not be opened, the picker shows the page still open.
                self.view.page_field = self.open.page_number();
            }
        }
    }

    /// Saves the corrections as a project at `path` (the page is saved beside it first
    /// when it is a built-in demo page).
    pub fn save_project_to(&mut self, ctx: &egui::Context, path: &Path) -> Result<(), String> {
        let page_path = match &self.open.shown {
            Shown::File(p) => p.clone(),
            Shown::Demo(name) => {
                let beside = path.parent().unwrap_or(Path::new(".")).join(name);
                let text = demo::PAGES.iter().find(|p| p.name == *name).map_or("", |p| p.text);
                match std::fs::read(&beside) {
                    Ok(existing) if existing == text.as_bytes() => {}
                    Ok(_) => return Err(format!("{} exists and is another page", beside.display())),
                    Err(_) => project::write_atomic(&beside, text.as_bytes()).map_err(|e| e.to_string())?,
                }
                beside
            }
        };
        project::save(&self.open.doc, &page_path, path).map_err(|e| e.to_string())?;
        self.open.history.mark_saved();
        self.open.project_path = Some(path.to_owned());
        self.open.shown = Shown::File(page_path);
        self.settings.remember(path);
        self.view.status = Some(format!("Saved {}", path.display()));
        self.update_title(ctx);
        Ok(())
    }

    /// Writes an export of the page (or of the selected article) to `path`.
    pub fn export_to(&mut self, path: &Path, format: Format, selected_only: bool) -> Result<(), String> {
        // Never over the page shown, nor its project.
        let mut reads: Vec<&Path> = self.open.project_path.iter().map(|p| p.as_path()).collect();
        if let Shown::File(source) = &self.open.shown {
            reads.push(source);
        }
        let only = if selected_only { self.selected_article().map(|a| a.id) } else { None };
        let bytes = broadsheet::export::render_bytes(&self.open.doc, format, only);
        project::write_export(path, &bytes, &reads).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        self.view.status = Some(format!("Exported {}", path.display()));
        Ok(())
    }

    pub(super) fn save_or_report(&mut self, ctx: &egui::Context, path: &Path) {
        if let Err(e) = self.save_project_to(ctx, path) {
            self.view.error = Some(format!("Cannot save {}: {e}", path.display()));
        }
    }

    /// Shows the native file dialog for `purpose`, in the page's folder.
    pub(super) fn file_dialog(&mut self, purpose: Purpose) {
        self.dialog.open(purpose, self.open.folder(), self.open.stem());
    }

    /// Acts on the file the user picked in the dialog, once they have.
    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some((purpose, path)) = self.dialog.poll() else { return };
        match purpose {
            Purpose::Open => self.pending.push(Command::OpenPath(path)),
            Purpose::SaveProject => self.save_or_report(ctx, &path),
            Purpose::Export(format, selected) => {
                if let Err(e) = self.export_to(&path, format, selected) {
                    self.view.error = Some(e);
                }
            }
        }
    }
}
