//! Opening pages and projects, saving corrections, exporting: the file side of the window.

use super::super::demo;
use super::super::file_dialog::Purpose;
use super::{BroadsheetApp, Command, Shown};
use broadsheet::document::Document;
use broadsheet::export::Format;
use broadsheet::import::{self, ImportError, PdfFile};
use broadsheet::model::Page;
use broadsheet::project;
use std::path::Path;
use std::sync::Arc;

/// The name a page is known by: its file name.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

impl BroadsheetApp {
    /// Opens a page file or a project; on failure the banner says why and the open page
    /// stays.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        self.open_path_at(ctx, path, 0);
    }

    /// Opens a page file (page `pdf_page`, 0-based, of a PDF) or a project.
    pub fn open_path_at(&mut self, ctx: &egui::Context, path: &Path, pdf_page: usize) {
        if project::is_project(path) {
            match project::load(path) {
                Ok(loaded) => {
                    self.settings.remember(path);
                    // The page image is a help, not a condition: without it the lines show.
                    let pdf = loaded.doc.page.layout.as_ref().map(|l| l.page_index).and_then(|index| {
                        let bytes = std::fs::read(&loaded.page_path).ok()?;
                        Some((Arc::new(PdfFile::open(&file_name(&loaded.page_path), bytes).ok()?), index))
                    });
                    self.show_document(ctx, loaded.doc, Shown::File(loaded.page_path), pdf);
                    self.open.project_path = Some(path.to_owned());
                    self.update_title(ctx);
                }
                Err(e) => self.view.error = Some(format!("Cannot open the project {}: {e}", path.display())),
            }
            return;
        }
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.view.error = Some(format!("Cannot open {}: {e}", path.display()));
                return;
            }
        };
        if import::is_pdf(&bytes) {
            match PdfFile::open(&file_name(path), bytes) {
                Ok(file) => self.show_pdf_page(ctx, path, Arc::new(file), pdf_page),
                Err(e) => self.view.error = Some(format!("Cannot open {}: {e}", path.display())),
            }
            return;
        }
        // Every other format, as the library tells them apart.
        match import::import(&file_name(path), &bytes, pdf_page) {
            Ok(page) => {
                self.settings.remember(path);
                self.show_document(ctx, Document::new(page), Shown::File(path.to_owned()), None);
            }
            Err(e) => self.view.error = Some(format!("Cannot open {}: {e}", path.display())),
        }
    }

    /// Opens page `index` (0-based) of the PDF file shown (the page picker).
    pub fn open_pdf_page(&mut self, ctx: &egui::Context, index: usize) {
        let (Some(replica), Shown::File(path)) = (&self.open.replica, &self.open.shown) else { return };
        if index == replica.page_index() {
            return;
        }
        let (file, path) = (replica.file().clone(), path.clone());
        self.show_pdf_page(ctx, &path, file, index);
        // After a page that could not be opened, the picker shows the page still open.
        self.view.page_field = self.open.page_number();
    }

    /// Shows page `index` of `file`. A page without readable text still shows its image,
    /// with the reason in the banner; a page that does not exist leaves the open page.
    fn show_pdf_page(&mut self, ctx: &egui::Context, path: &Path, file: Arc<PdfFile>, index: usize) {
        match file.page(index) {
            Ok(page) => {
                self.settings.remember(path);
                self.show_document(ctx, Document::new(page), Shown::File(path.to_owned()), Some((file, index)));
            }
            Err(e @ (ImportError::NoTextLayer { .. } | ImportError::UnreadableText { .. })) => {
                self.settings.remember(path);
                let page = Page::from_text(&file.page_name(index), "PDF", "");
                self.show_document(ctx, Document::new(page), Shown::File(path.to_owned()), Some((file, index)));
                self.view.error = Some(format!("{}, page {}: {e}", path.display(), index + 1));
            }
            Err(e) => self.view.error = Some(format!("Cannot open {}: {e}", path.display())),
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
        let source = match &self.open.shown {
            Shown::File(source) => Some(source.as_path()),
            Shown::Demo(_) => None,
        };
        let only = if selected_only { self.selected_article().map(|a| a.id) } else { None };
        let text = broadsheet::export::render_scope(&self.open.doc, format, only);
        project::write_export(path, text.as_bytes(), source)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
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
