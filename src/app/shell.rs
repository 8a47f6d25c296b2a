//! The window: menu, error banner, article sidebar, source pane (the page image or the
//! source lines) and reading pane.

mod files;
mod panels;

use super::command::{CloseChoice, Command};
use super::file_dialog::{FileDialog, Purpose};
use super::modal::Modal;
use super::reader::{self, ScrollTarget};
use super::replica::{self, Replica, Zone};
use super::screenshot::Shot;
use super::settings::{Settings, SourcePane};
use super::{demo, fonts, sidebar};
use broadsheet::document::{ArticleText, Document};
use broadsheet::edit::{Edit, History};
use broadsheet::import::PdfFile;
use broadsheet::model::Page;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The Broadsheet application state.
pub struct BroadsheetApp {
    doc: Document,
    articles: Vec<ArticleText>,
    /// Index into `articles` of each source line's article.
    line_article: Vec<Option<usize>>,
    /// What is open: a file, or a demo page's name.
    shown: Shown,
    selected: usize,
    filter: String,
    focus_filter: bool,
    settings: Settings,
    error: Option<String>,
    pending: Vec<Command>,
    scroll_reader: Option<ScrollTarget>,
    scroll_source: bool,
    /// Bring the selected article into view in the sidebar on the next frame.
    scroll_sidebar: bool,
    /// The native file dialog in flight, if any.
    dialog: FileDialog,
    shot: Option<Shot>,
    started: Instant,
    frames: u64,
    /// The corrections, for undo and redo.
    history: History,
    /// The page image, when the page comes from a PDF.
    replica: Option<Replica>,
    /// Where each article's text is printed on the page (PDF pages).
    zones: Vec<Zone>,
    /// The page picker's number (1-based), while it is being edited.
    page_field: usize,
    /// Where the corrections are saved, once they have been.
    project_path: Option<PathBuf>,
    /// Source lines selected with click and Shift-click (first, last).
    selection: Option<(usize, usize)>,
    /// The question or small window that holds the window, if any.
    modal: Modal,
    /// A one-line message in the status bar ("Saved …").
    status: Option<String>,
}

/// What the window shows.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    File(PathBuf),
    Demo(&'static str),
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
            doc: demo_document(0),
            articles: Vec::new(),
            line_article: Vec::new(),
            shown: Shown::Demo(demo::PAGES[0].name),
            selected: 0,
            filter: String::new(),
            focus_filter: false,
            settings,
            error: None,
            pending: Vec::new(),
            scroll_reader: None,
            scroll_source: false,
            scroll_sidebar: false,
            dialog: FileDialog::default(),
            shot,
            started,
            frames: 0,
            history: History::new(),
            replica: None,
            zones: Vec::new(),
            page_field: 1,
            project_path: None,
            selection: None,
            modal: Modal::None,
            status: None,
        };
        app.show_document(ctx, demo_document(0), Shown::Demo(demo::PAGES[0].name), None);
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
        let needle = self.filter.trim().to_ascii_lowercase();
        (0..self.articles.len()).filter(|&i| needle.is_empty() || article_matches(&self.articles[i], &needle)).collect()
    }

    /// Every article, in reading order.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn articles(&self) -> &[ArticleText] {
        &self.articles
    }

    /// The selected article, if any is visible.
    pub fn selected_article(&self) -> Option<&ArticleText> {
        self.visible().contains(&self.selected).then(|| &self.articles[self.selected])
    }

    /// The reading font size in points.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn font_size(&self) -> f32 {
        self.settings.font_size
    }

    /// The error banner's text, if one is shown.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Whether the page image is final for the zoom shown, or there is none to wait for.
    pub fn page_image_settled(&self) -> bool {
        self.replica.as_ref().is_none_or(|r| !self.page_image_shown() || r.is_settled())
    }

    /// The page image pane, when the page comes from a PDF.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn replica(&self) -> Option<&Replica> {
        self.replica.as_ref()
    }

    /// Whether the source pane shows the page image.
    fn page_image_shown(&self) -> bool {
        self.settings.show_source && self.settings.source_pane == SourcePane::PageImage && self.replica.is_some()
    }

    /// Shows `doc`; `pdf` is the file and page it comes from, when it is a PDF page.
    fn show_document(&mut self, ctx: &egui::Context, doc: Document, shown: Shown, pdf: Option<(Arc<PdfFile>, usize)>) {
        let previous = self.replica.take();
        // Paging through one file keeps the zoom.
        let same_file = |file: &Arc<PdfFile>| previous.as_ref().is_some_and(|p| Arc::ptr_eq(p.file(), file));
        self.replica = pdf.map(|(file, index)| {
            let keep = if same_file(&file) { previous.as_ref() } else { None };
            Replica::new(file, index, keep)
        });
        self.page_field = self.replica.as_ref().map_or(1, |r| r.page_index() + 1);
        self.doc = doc;
        self.articles.clear();
        self.refresh();
        self.selected = 0;
        self.error = None;
        self.scroll_reader = Some(ScrollTarget::Top);
        self.scroll_source = true;
        self.shown = shown;
        self.history = History::new();
        self.project_path = None;
        self.selection = None;
        // A headline of the page that went cannot be renamed any more.
        if matches!(self.modal, Modal::Rename { .. }) {
            self.modal = Modal::None;
        }
        self.update_title(ctx);
    }

    /// Re-assembles the articles after the document changed, keeping the selected article
    /// selected when it still exists.
    fn refresh(&mut self) {
        let keep = self.articles.get(self.selected).map(|a| a.id);
        self.articles = self.doc.articles();
        self.line_article = (0..self.doc.page.lines.len() as u32)
            .map(|i| {
                let id = self.doc.placement(broadsheet::model::LineId(i)).article?;
                self.articles.iter().position(|a| a.id == id)
            })
            .collect();
        self.zones = replica::zones(&self.doc, &self.line_article);
        self.selected = keep.and_then(|id| self.articles.iter().position(|a| a.id == id)).unwrap_or(0);
    }

    /// "Broadsheet — page", with a dot while there are unsaved corrections.
    fn update_title(&self, ctx: &egui::Context) {
        let name = match (&self.project_path, &self.shown) {
            (Some(p), _) | (None, Shown::File(p)) => {
                p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            }
            (None, Shown::Demo(name)) => format!("{name} (demo)"),
        };
        let page = match &self.replica {
            Some(r) if r.page_count() > 1 => format!(", page {} of {}", r.page_index() + 1, r.page_count()),
            _ => String::new(),
        };
        let dot = if self.history.is_modified() { " •" } else { "" };
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(format!("Broadsheet — {name}{page}{dot}")));
    }

    /// Whether there are corrections not saved yet.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// Applies corrections as one undo step; the panes update at once. After a split or a
    /// move, the article the lines went to is selected.
    fn edit(&mut self, ctx: &egui::Context, edits: &[Edit], label: &'static str) {
        match self.history.apply_group(&mut self.doc, edits, label) {
            Ok(()) => {
                self.refresh();
                if let Some(Edit::Split { at } | Edit::MoveLines { first: at, .. }) = edits.first()
                    && let Some(Some(i)) = self.line_article.get(at.index())
                {
                    self.selected = *i;
                }
                self.status = Some(label.to_owned());
                self.update_title(ctx);
            }
            Err(e) => self.status = Some(format!("{label}: {e}")),
        }
    }

    /// Applies one command. Opening another page with unsaved corrections asks first, as
    /// closing does.
    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let opens_a_page = matches!(command, Command::OpenPath(_) | Command::OpenDemo(_) | Command::OpenPdfPage(_));
        if opens_a_page && self.history.is_modified() && self.shot.is_none() {
            self.modal = Modal::ConfirmReplace(command);
            return;
        }
        self.apply_now(ctx, command);
    }

    /// Applies one command without asking.
    fn apply_now(&mut self, ctx: &egui::Context, command: Command) {
        let visible = self.visible();
        let position = visible.iter().position(|&i| i == self.selected);
        match command {
            Command::Open => self.file_dialog(Purpose::Open),
            Command::OpenPath(path) => self.open_path(ctx, &path),
            Command::OpenDemo(i) => {
                if let Some(page) = demo::PAGES.get(i) {
                    self.show_document(ctx, demo_document(i), Shown::Demo(page.name), None);
                }
            }
            Command::OpenPdfPage(i) => self.open_pdf_page(ctx, i),
            Command::Next | Command::Previous => {
                let next = match (position, command == Command::Next) {
                    (Some(p), true) => visible.get(p + 1).or(visible.last()),
                    (Some(p), false) => visible.get(p.saturating_sub(1)),
                    (None, _) => visible.first(),
                };
                if let Some(&i) = next {
                    self.select(i);
                }
            }
            Command::Select(i) => self.select(i),
            Command::SelectLine(line) => {
                if let Some(Some(i)) = self.line_article.get(line).copied() {
                    self.filter.clear();
                    self.selected = i;
                    self.scroll_sidebar = true;
                    let article = &self.articles[i];
                    let paragraph =
                        article.paragraphs.iter().position(|p| (p.first.index()..=p.last.index()).contains(&line));
                    self.scroll_reader = Some(paragraph.map_or(ScrollTarget::Top, ScrollTarget::Paragraph));
                }
            }
            Command::FontBigger => self.settings.step_font(1.0),
            Command::FontSmaller => self.settings.step_font(-1.0),
            Command::ToggleSource => self.settings.show_source = !self.settings.show_source,
            Command::ShowPane(pane) => self.settings.source_pane = pane,
            Command::Find => self.focus_filter = true,
            Command::CopyArticle => {
                if let Some(article) = self.selected_article() {
                    ctx.copy_text(article.plain_text());
                }
            }
            Command::Theme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme);
            }
            Command::DismissError => self.error = None,
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Edit(edit) => self.edit(ctx, std::slice::from_ref(&edit), edit.label()),
            Command::EditGroup { edits, label } => self.edit(ctx, &edits, label),
            Command::Undo => {
                if let Some(label) = self.history.undo(&mut self.doc) {
                    self.refresh();
                    self.status = Some(format!("Undid {label}"));
                    self.update_title(ctx);
                }
            }
            Command::Redo => {
                if let Some(label) = self.history.redo(&mut self.doc) {
                    self.refresh();
                    self.status = Some(format!("Redid {label}"));
                    self.update_title(ctx);
                }
            }
            Command::Save => match self.project_path.clone() {
                Some(path) => self.save_or_report(ctx, &path),
                None => self.file_dialog(Purpose::SaveProject),
            },
            Command::SaveAs => self.file_dialog(Purpose::SaveProject),
            Command::Export(format, selected) => self.file_dialog(Purpose::Export(format, selected)),
            Command::BeginRename(article) => {
                let text = self.articles.iter().find(|a| a.id == article).map(|a| a.title()).unwrap_or_default();
                self.modal = Modal::Rename { article, text };
            }
            Command::Close(choice) => self.answer_save_question(ctx, choice),
        }
    }

    /// The user answered "save the corrections first?": before closing, close the window;
    /// before opening another page, open it.
    fn answer_save_question(&mut self, ctx: &egui::Context, choice: CloseChoice) {
        match std::mem::take(&mut self.modal) {
            Modal::ConfirmReplace(next) => {
                if self.may_go_ahead(ctx, choice) {
                    self.apply_now(ctx, next);
                }
            }
            Modal::ConfirmClose => {
                if self.may_go_ahead(ctx, choice) {
                    self.modal = Modal::Closing;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            // No question was open: nothing to answer.
            other => self.modal = other,
        }
    }

    /// Saves when that is the answer. Whether the corrections may go now: saved, or let go;
    /// not while the Save As dialog is still open, nor after Cancel.
    fn may_go_ahead(&mut self, ctx: &egui::Context, choice: CloseChoice) -> bool {
        match choice {
            CloseChoice::Save => {
                self.apply(ctx, Command::Save);
                !self.history.is_modified()
            }
            CloseChoice::Discard => true,
            CloseChoice::Cancel => false,
        }
    }

    fn select(&mut self, i: usize) {
        if i < self.articles.len() && i != self.selected {
            self.selected = i;
            self.scroll_reader = Some(ScrollTarget::Top);
            self.scroll_source = true;
            self.scroll_sidebar = true;
        }
    }

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
        if !self.history.is_modified() || self.modal.is_closing() || self.shot.is_some() {
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
        if let Some(error) = &self.error {
            egui::Panel::top("error").show(ui, |ui| error_ui(ui, error, &mut self.pending));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        let visible = self.visible();
        egui::Panel::left("articles").resizable(true).default_size(300.0).size_range(180.0..=600.0).show(ui, |ui| {
            let view = sidebar::SidebarView {
                articles: &self.articles,
                visible: &visible,
                selected: self.selected,
                scroll_to_selected: std::mem::take(&mut self.scroll_sidebar),
            };
            sidebar::sidebar_ui(ui, &view, &mut self.filter, &mut self.focus_filter, &mut self.pending);
        });
        if self.settings.show_source {
            self.source_pane_ui(ui);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let article = visible.contains(&self.selected).then(|| &self.articles[self.selected]);
            let filter = self.filter.trim().to_owned();
            reader::reader_ui(
                ui,
                article,
                self.settings.font_size,
                &filter,
                &mut self.scroll_reader,
                &mut self.pending,
            );
        });

        self.modal.modal_ui(&ctx, &mut self.pending);

        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
        let settled = self.page_image_settled();
        if let Some(shot) = &mut self.shot {
            shot.frame(&ctx, settled);
        }
    }
}

/// The red banner that says what went wrong.
fn error_ui(ui: &mut egui::Ui, error: &str, pending: &mut Vec<Command>) {
    // The button first, so that it stays in view; the message wraps.
    ui.horizontal_top(|ui| {
        if ui.small_button(Command::DismissError.label()).clicked() {
            pending.push(Command::DismissError);
        }
        let text = egui::RichText::new(format!("▲ {error}")).color(ui.visuals().error_fg_color);
        ui.add(egui::Label::new(text).wrap());
    });
}

/// Whether the article's headline or text contains `needle` (ASCII case-insensitive).
fn article_matches(article: &ArticleText, needle: &str) -> bool {
    let hit = |s: &str| s.to_ascii_lowercase().contains(needle);
    article.headline.as_deref().is_some_and(hit)
        || article.deck.as_deref().is_some_and(hit)
        || article.byline.as_deref().is_some_and(hit)
        || article.paragraphs.iter().any(|p| hit(&p.text))
}

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
