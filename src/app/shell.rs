//! The window: menu, error banner, article sidebar, source pane (the page image or the
//! source lines) and reading pane.

mod apply;
mod files;
mod menu;
mod panels;

use super::command::Command;
use super::file_dialog::FileDialog;
use super::modal::Modal;
use super::open_document::{OpenDocument, Shown};
use super::replica::Replica;
use super::screenshot::Shot;
use super::settings::{Settings, SourcePane};
use super::view::View;
use super::{demo, fonts, reader, sidebar};
use broadsheet::document::{ArticleText, Document};
use broadsheet::import::Source;
use broadsheet::model::Page;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The Broadsheet application state.
pub struct BroadsheetApp {
    /// The page open, its corrections and its articles.
    open: OpenDocument,
    /// Selection, filter, scrolling, messages.
    view: View,
    /// The question or small window that holds the window, if any.
    modal: Modal,
    /// The native file dialog in flight, if any.
    dialog: FileDialog,
    /// What is remembered between runs.
    settings: Settings,
    /// Commands pushed while drawing, applied at the end of the frame.
    pending: Vec<Command>,
    /// The screenshot to take (`--screenshot`), if any.
    shot: Option<Shot>,
    /// When the program started, for `BROADSHEET_TIMING`.
    started: Instant,
    /// Frames drawn so far.
    frames: u64,
}

impl BroadsheetApp {
    /// The app as eframe starts it: settings from storage, then `page` or the demo page.
    /// For a PDF, `pdf_page` (0-based) is the page opened.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        page: Option<PathBuf>,
        pdf_page: usize,
        shot: Option<Shot>,
        started: Instant,
    ) -> Self {
        let settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, settings, page, pdf_page, shot, started)
    }

    /// The app with the given settings, on `page` (page `pdf_page` of a PDF) or the first
    /// demo page.
    pub fn with_settings(
        ctx: &egui::Context,
        settings: Settings,
        page: Option<PathBuf>,
        pdf_page: usize,
        shot: Option<Shot>,
        started: Instant,
    ) -> Self {
        fonts::install(ctx);
        // Ctrl+= and Ctrl+- change the reading font, not the whole UI's zoom.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_theme(settings.theme);
        let mut app = BroadsheetApp {
            open: OpenDocument::new(demo_document(0), Shown::Demo(demo::PAGES[0].name), None),
            view: View::default(),
            modal: Modal::None,
            dialog: FileDialog::default(),
            settings,
            pending: Vec::new(),
            shot,
            started,
            frames: 0,
        };
        app.view.page_opened(app.open.page_number());
        app.update_title(ctx);
        if let Some(page) = page {
            app.open_path_at(ctx, &page, pdf_page);
        }
        app
    }

    /// The app with default settings on `page`, for tests and benchmarks (no storage, no
    /// screenshot).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn for_page(ctx: &egui::Context, page: Option<PathBuf>) -> Self {
        Self::with_settings(ctx, Settings::default(), page, 0, None, Instant::now())
    }

    /// The articles shown in the sidebar (after the filter).
    pub fn visible(&self) -> Vec<usize> {
        self.view.visible(&self.open.articles)
    }

    /// Every article, in reading order.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn articles(&self) -> &[ArticleText] {
        &self.open.articles
    }

    /// The selected article, if any is visible.
    pub fn selected_article(&self) -> Option<&ArticleText> {
        self.visible().contains(&self.view.selected).then(|| &self.open.articles[self.view.selected])
    }

    /// The reading font size in points.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn font_size(&self) -> f32 {
        self.settings.font_size
    }

    /// The error banner's text, if one is shown.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn error(&self) -> Option<&str> {
        self.view.error.as_deref()
    }

    /// Whether the page image is final for the zoom shown, or there is none to wait for.
    pub fn page_image_settled(&self) -> bool {
        self.open.replica.as_ref().is_none_or(|r| !self.page_image_shown() || r.is_settled())
    }

    /// The page image pane, when the page comes from a PDF.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn replica(&self) -> Option<&Replica> {
        self.open.replica.as_ref()
    }

    /// Whether there are corrections not saved yet.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn is_modified(&self) -> bool {
        self.open.history.is_modified()
    }

    /// Whether the source pane shows the page image.
    fn page_image_shown(&self) -> bool {
        self.settings.show_source && self.settings.source_pane == SourcePane::PageImage && self.open.replica.is_some()
    }

    /// Shows `doc`, just opened from `shown`, from its first article; `image` is the file
    /// and page it comes from, when the file has page images (a PDF).
    fn show_document(
        &mut self,
        ctx: &egui::Context,
        doc: Document,
        shown: Shown,
        image: Option<(Arc<dyn Source>, usize)>,
    ) {
        // Paging through one file keeps the zoom.
        let previous = self.open.replica.as_ref();
        let replica = image.map(|(source, index)| {
            let same_file = previous.filter(|p| Arc::ptr_eq(p.source(), &source));
            Replica::new(source, index, same_file)
        });
        self.open = OpenDocument::new(doc, shown, replica);
        self.view.page_opened(self.open.page_number());
        // A headline of the page that went cannot be renamed any more.
        if matches!(self.modal, Modal::Rename { .. }) {
            self.modal = Modal::None;
        }
        self.update_title(ctx);
    }

    /// Re-assembles the articles after the document changed, keeping the selected article
    /// selected when it still exists.
    fn refresh(&mut self) {
        self.view.selected = self.open.reassemble(self.view.selected);
    }

    /// "Broadsheet — page", with a dot while there are unsaved corrections.
    fn update_title(&self, ctx: &egui::Context) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.open.title()));
    }

    /// Turns shortcuts, keys, the close button and dropped files into commands.
    fn handle_input(&mut self, ctx: &egui::Context) {
        // While text is being typed, Ctrl+Z belongs to the text field.
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|input| {
            for command in Command::WITH_SHORTCUTS {
                if typing && matches!(command, Command::Undo | Command::Redo) {
                    continue;
                }
                if command.shortcut().is_some_and(|s| input.consume_shortcut(&s)) {
                    self.pending.push(command);
                }
            }
            let ctrl_y = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
            if !typing && input.consume_shortcut(&ctrl_y) {
                self.pending.push(Command::Redo);
            }
        });
        if ctx.input(|i| i.viewport().close_requested()) {
            self.close_requested(ctx);
        }
        if !ctx.egui_wants_keyboard_input() {
            ctx.input(|input| {
                if input.key_pressed(egui::Key::ArrowDown) || input.key_pressed(egui::Key::J) {
                    self.pending.push(Command::Next);
                }
                if input.key_pressed(egui::Key::ArrowUp) || input.key_pressed(egui::Key::K) {
                    self.pending.push(Command::Previous);
                }
            });
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_owned()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.pending.push(Command::OpenPath(path));
        }
    }

    /// Closing with unsaved corrections asks first (unless the user has answered already).
    fn close_requested(&mut self, ctx: &egui::Context) {
        if !self.open.history.is_modified() || self.modal.is_closing() || self.shot.is_some() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        // "Save before opening another page?" stays open: its answer decides.
        if !matches!(self.modal, Modal::ConfirmReplace(_)) {
            self.modal = Modal::ConfirmClose;
        }
    }

    /// Draws the whole window into `ui` and applies the commands it produced.
    pub fn window_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.frames == 2 && std::env::var_os("BROADSHEET_TIMING").is_some() {
            eprintln!("first frame painted {:.1} ms after start", self.started.elapsed().as_secs_f64() * 1000.0);
        }
        self.poll_dialog(&ctx);
        self.handle_input(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if let Some(error) = &self.view.error {
            egui::Panel::top("error").show(ui, |ui| panels::error_ui(ui, error, &mut self.pending));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let visible = self.visible();
        egui::Panel::left("articles").resizable(true).default_size(300.0).size_range(180.0..=600.0).show(ui, |ui| {
            let view = sidebar::SidebarView {
                articles: &self.open.articles,
                visible: &visible,
                selected: self.view.selected,
                scroll_to_selected: std::mem::take(&mut self.view.scroll_sidebar),
            };
            sidebar::sidebar_ui(ui, &view, &mut self.view.filter, &mut self.view.focus_filter, &mut self.pending);
        });
        if self.settings.show_source {
            self.source_pane_ui(ui);
        }
        egui::CentralPanel::default().show(ui, |ui| self.reader_pane_ui(ui, &visible));
        self.modal.modal_ui(&ctx, &mut self.pending);

        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
        let settled = self.page_image_settled();
        if let Some(shot) = &mut self.shot {
            shot.frame(&ctx, settled);
        }
    }

    /// The reading pane: the selected article, when the filter lets it through.
    fn reader_pane_ui(&mut self, ui: &mut egui::Ui, visible: &[usize]) {
        let selected = self.view.selected;
        let article = visible.contains(&selected).then(|| &self.open.articles[selected]);
        let filter = self.view.filter.trim().to_owned();
        let font_size = self.settings.font_size;
        reader::reader_ui(ui, article, font_size, &filter, &mut self.view.scroll_reader, &mut self.pending);
    }
}

/// Demo page `i` (the last one when `i` is past the end), analysed.
fn demo_document(i: usize) -> Document {
    let page = &demo::PAGES[i.min(demo::PAGES.len() - 1)];
    Document::new(Page::from_text(page.name, "UTF-8", page.text))
}

impl eframe::App for BroadsheetApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.window_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.shot.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }
}
