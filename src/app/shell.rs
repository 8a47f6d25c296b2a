//! The window: menu, error banner, article sidebar, source pane (the page image or the
//! source lines) and reading pane.

mod apply;
mod files;
mod menu;
mod panels;

use super::command::Command;
use super::file_dialog::FileDialog;
use super::loading::Loading;
use super::modal::Modal;
use super::open_document::{OpenDocument, Shown};
use super::replica::Replica;
use super::screenshot::Shot;
use super::settings::{Settings, SourcePane};
use super::view::View;
use super::{demo, fonts, reader, sidebar};
use broadsheet::document::ArticleText;
use broadsheet::import::Source;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long [`BroadsheetApp::for_page`] waits for its page.
const FOR_PAGE_WAIT: Duration = Duration::from_secs(600);

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
    /// The page being opened on the worker thread, if any.
    loading: Loading,
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
    /// For a PDF, `pdf_page` (0-based) is the page opened; the demo page shows while it
    /// loads.
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

    /// The app with the given settings, on the first demo page, opening `page` (page
    /// `pdf_page` of a PDF) on the worker thread.
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
            open: OpenDocument::new(demo::document(0), Shown::Demo(demo::PAGES[0].name), None),
            view: View::default(),
            modal: Modal::None,
            dialog: FileDialog::default(),
            loading: Loading::default(),
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
    /// screenshot). Unlike the window's start, it waits for the page to be open (or to
    /// fail), so that a benchmark's every frame shows it.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn for_page(ctx: &egui::Context, page: Option<PathBuf>) -> Self {
        let mut app = Self::with_settings(ctx, Settings::default(), page, 0, None, Instant::now());
        app.wait_for_load(ctx, FOR_PAGE_WAIT);
        app
    }

    /// Waits up to `limit` for the page being opened, if any, and shows it (or why it
    /// cannot be): blocking, for tests and benchmarks.
    #[cfg_attr(not(test), allow(dead_code))]
    fn wait_for_load(&mut self, ctx: &egui::Context, limit: Duration) {
        if self.loading.wait(limit) {
            self.poll_load(ctx);
        }
    }

    /// Blocks until the page being opened has answered (or `limit` has passed); the next
    /// frame shows it. Tests wait so rather than for some time.
    #[cfg(test)]
    pub fn wait_for_answer(&mut self, limit: Duration) -> bool {
        self.loading.wait(limit)
    }

    /// Waits up to `limit` until every load started, the cancelled and replaced ones too,
    /// has ended (their answers dropped unseen); how many answers were dropped so far.
    #[cfg(test)]
    pub fn settle_loads(&mut self, limit: Duration) -> u64 {
        assert!(self.loading.settle(limit), "the loads did not end");
        self.loading.discarded()
    }

    /// Whether a page is being opened.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn is_loading(&self) -> bool {
        self.loading.is_loading()
    }

    /// Replaces what reads and analyses a file on the worker thread (a test holds it to
    /// make a load slow).
    #[cfg(test)]
    pub fn set_loader(&mut self, loader: super::loading::Loader) {
        self.loading.set_loader(loader);
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

    /// Whether this run writes what it remembers (the settings, egui's memory): not a
    /// screenshot run, which must leave the next start as it was (see also
    /// [`super::native_options`]).
    fn persists(&self) -> bool {
        self.shot.is_none()
    }

    /// Whether the source pane shows the page image.
    fn page_image_shown(&self) -> bool {
        self.settings.show_source && self.settings.source_pane == SourcePane::PageImage && self.open.replica.is_some()
    }

    /// Shows `open`, just opened, from its first article; `image` is the file and page it
    /// comes from, when the file has page images (a PDF).
    fn show_document(&mut self, ctx: &egui::Context, mut open: OpenDocument, image: Option<(Arc<dyn Source>, usize)>) {
        // Paging through one file keeps the zoom.
        let previous = self.open.replica.as_ref();
        open.replica = image.map(|(source, index)| {
            let same_file = previous.filter(|p| Arc::ptr_eq(p.source(), &source));
            Replica::new(source, index, same_file)
        });
        self.open = open;
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
        self.poll_load(&ctx);
        self.handle_input(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if let Some(pending) = self.loading.pending() {
            egui::Panel::top("loading").show(ui, |ui| panels::loading_ui(ui, &pending, &mut self.pending));
        }
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
                library_articles: self.open.doc.library().len(),
                library_differences: &self.open.library_differences,
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
        // The picture shows the page asked for, not the one shown while it loads.
        let settled = self.page_image_settled() && !self.loading.is_loading();
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

impl eframe::App for BroadsheetApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.window_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.persists() {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.persists()
    }
}
