//! Opening pages and projects, saving corrections, exporting: the file side of the window.

use super::super::demo;
use super::super::file_dialog::Purpose;
use super::{BroadsheetApp, Command, Shown};
use broadsheet::document::Document;
use broadsheet::export::Format;
use broadsheet::import::{ImportError, Source};
use broadsheet::model::Page;
use broadsheet::open::{self, OpenError};
use broadsheet::project;
use std::path::Path;
use std::sync::Arc;

/// An error and its causes as one sentence for the banner: "Cannot open p.txt: the page is empty".
fn sentence(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        text.push_str(": ");
        text.push_str(&e.to_string());
        cause = e.source();
    }
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

impl BroadsheetApp {
    /// Opens a page file or a project; on failure the banner says why and the open page
    /// stays.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        self.open_path_at(ctx, path, 0);
    }

    /// Opens a page file (page `index`, 0-based, of a file with several) or a project, as
    /// the library opens any path. A page without readable text still shows its image.
    pub fn open_path_at(&mut self, ctx: &egui::Context, path: &Path, index: usize) {
        match open::open(path, index) {
            Ok(opened) => {
                self.settings.remember(path);
                let image = opened.source.has_page_images().then(|| (opened.source.clone(), opened.page_index));
                self.show_document(ctx, opened.doc, Shown::File(opened.page_path), image);
                if opened.project_path.is_some() {
                    self.open.project_path = opened.project_path;
                    self.update_title(ctx);
                }
            }
            Err(OpenError::Import { error, file: Some(source), .. }) if without_text(&error) => {
                self.show_page_without_text(ctx, path, source, index, &error);
            }
            Err(e) => self.view.error = Some(sentence(&e)),
        }
    }

    /// Opens page `index` (0-based) of the file shown (the page picker).
    pub fn open_pdf_page(&mut self, ctx: &egui::Context, index: usize) {
        let (Some(replica), Shown::File(path)) = (&self.open.replica, &self.open.shown) else { return };
        if index == replica.page_index() {
            return;
        }
        let (source, path) = (replica.source().clone(), path.clone());
        match source.page(index) {
            Ok(page) => {
                self.settings.remember(&path);
                self.show_document(ctx, Document::new(page), Shown::File(path), Some((source, index)));
            }
            Err(e) if without_text(&e) => self.show_page_without_text(ctx, &path, source, index, &e),
            Err(e) => self.view.error = Some(format!("Cannot open {}: {e}", path.display())),
        }
        // After a page that could not be opened, the picker shows the page still open.
        self.view.page_field = self.open.page_number();
    }

    /// Shows page `index` of `source`, which has no text to read: its image, and why.
    fn show_page_without_text(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        source: Arc<dyn Source>,
        index: usize,
        error: &ImportError,
    ) {
        self.settings.remember(path);
        let page = Page::from_text(&source.page_name(index), "PDF", "");
        self.show_document(ctx, Document::new(page), Shown::File(path.to_owned()), Some((source, index)));
        self.view.error = Some(format!("{}, page {}: {error}", path.display(), index + 1));
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

/// A page that opened but has no text to read (a scan without OCR): its image still shows.
fn without_text(error: &ImportError) -> bool {
    matches!(
        error,
        ImportError::NoTextLayer { .. } | ImportError::UnreadableText { .. } | ImportError::UnplaceableText { .. }
    )
}
