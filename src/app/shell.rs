//! The window: menu, error banner, article sidebar, source pane and reading pane.

use super::command::Command;
use super::reader::{self, ScrollTarget};
use super::screenshot::Shot;
use super::settings::Settings;
use super::{demo, fonts, sidebar, source};
use broadsheet::document::{ArticleText, Document};
use broadsheet::model::Page;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
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
    dialog: Option<Receiver<Option<PathBuf>>>,
    shot: Option<Shot>,
    started: Instant,
    frames: u64,
}

/// What the window shows.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    File(PathBuf),
    Demo(&'static str),
}

impl BroadsheetApp {
    /// The app as eframe starts it: settings from storage, then `page` or the demo page.
    pub fn new(cc: &eframe::CreationContext<'_>, page: Option<PathBuf>, shot: Option<Shot>, started: Instant) -> Self {
        let settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, settings, page, shot, started)
    }

    /// The app with the given settings, on `page` or the first demo page.
    pub fn with_settings(
        ctx: &egui::Context,
        settings: Settings,
        page: Option<PathBuf>,
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
            dialog: None,
            shot,
            started,
            frames: 0,
        };
        app.show_document(ctx, demo_document(0), Shown::Demo(demo::PAGES[0].name));
        if let Some(page) = page {
            app.open_path(ctx, &page);
        }
        app
    }

    /// The app with default settings on `page`, for tests and benchmarks (no storage, no
    /// screenshot).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn for_page(ctx: &egui::Context, page: Option<PathBuf>) -> Self {
        Self::with_settings(ctx, Settings::default(), page, None, Instant::now())
    }

    /// The articles shown in the sidebar (after the filter).
    pub fn visible(&self) -> Vec<usize> {
        let needle = self.filter.trim().to_ascii_lowercase();
        (0..self.articles.len()).filter(|&i| needle.is_empty() || article_matches(&self.articles[i], &needle)).collect()
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

    /// Opens a page file; on failure the banner says why and the open page stays.
    pub fn open_path(&mut self, ctx: &egui::Context, path: &Path) {
        let result = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| self.decode(path, &bytes).map_err(|e| e.to_string()));
        match result {
            Ok(doc) => {
                self.settings.remember(path);
                self.show_document(ctx, doc, Shown::File(path.to_owned()));
            }
            Err(e) => self.error = Some(format!("Cannot open {}: {e}", path.display())),
        }
    }

    fn decode(&self, path: &Path, bytes: &[u8]) -> Result<Document, broadsheet::import::ImportError> {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        broadsheet::import::decode_text(&name, bytes).map(Document::new)
    }

    fn show_document(&mut self, ctx: &egui::Context, doc: Document, shown: Shown) {
        self.articles = doc.articles();
        self.line_article = vec![None; doc.page.lines.len()];
        for (i, label) in doc.analysis.labels.iter().enumerate() {
            self.line_article[i] = label.article.and_then(|id| self.articles.iter().position(|a| a.id == id));
        }
        self.doc = doc;
        self.selected = 0;
        self.error = None;
        self.scroll_reader = Some(ScrollTarget::Top);
        self.scroll_source = true;
        let name = match &shown {
            Shown::File(p) => p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into()),
            Shown::Demo(name) => format!("{name} (demo)"),
        };
        self.shown = shown;
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(format!("Broadsheet — {name}")));
    }

    /// Applies one command.
    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let visible = self.visible();
        let position = visible.iter().position(|&i| i == self.selected);
        match command {
            Command::Open => self.open_dialog(),
            Command::OpenPath(path) => self.open_path(ctx, &path),
            Command::OpenDemo(i) => {
                if let Some(page) = demo::PAGES.get(i) {
                    self.show_document(ctx, demo_document(i), Shown::Demo(page.name));
                }
            }
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
                    let article = &self.articles[i];
                    let paragraph =
                        article.paragraphs.iter().position(|p| (p.first.index()..=p.last.index()).contains(&line));
                    self.scroll_reader = Some(paragraph.map_or(ScrollTarget::Top, ScrollTarget::Paragraph));
                }
            }
            Command::FontBigger => self.settings.step_font(1.0),
            Command::FontSmaller => self.settings.step_font(-1.0),
            Command::ToggleSource => self.settings.show_source = !self.settings.show_source,
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
        }
    }

    fn select(&mut self, i: usize) {
        if i < self.articles.len() && i != self.selected {
            self.selected = i;
            self.scroll_reader = Some(ScrollTarget::Top);
            self.scroll_source = true;
        }
    }

    /// The native open dialog runs on its own thread; the answer arrives on a channel.
    fn open_dialog(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let start = match &self.shown {
            Shown::File(p) => p.parent().map(Path::to_owned),
            Shown::Demo(_) => None,
        };
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter("Text pages", &["txt", "text"]).set_title("Open a page");
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            let _ = tx.send(dialog.pick_file());
        });
        self.dialog = Some(rx);
    }

    fn poll_dialog(&mut self) {
        let answer = self.dialog.as_ref().map(|rx| rx.try_recv());
        match answer {
            Some(Ok(Some(path))) => {
                self.dialog = None;
                self.pending.push(Command::OpenPath(path));
            }
            Some(Ok(None)) | Some(Err(std::sync::mpsc::TryRecvError::Disconnected)) => self.dialog = None,
            _ => {}
        }
    }

    fn handle_input(&mut self, ctx: &egui::Context) {
        ctx.input_mut(|input| {
            for command in Command::WITH_SHORTCUTS {
                if command.shortcut().is_some_and(|s| input.consume_shortcut(&s)) {
                    self.pending.push(command);
                }
            }
        });
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

    /// Draws the whole window into `ui` and applies the commands it produced.
    pub fn window_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.frames == 2 && std::env::var_os("BROADSHEET_TIMING").is_some() {
            eprintln!("first frame painted {:.1} ms after start", self.started.elapsed().as_secs_f64() * 1000.0);
        }
        self.poll_dialog();
        self.handle_input(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if let Some(error) = &self.error {
            egui::Panel::top("error").show(ui, |ui| error_ui(ui, error, &mut self.pending));
        }
        let visible = self.visible();
        egui::Panel::left("articles").resizable(true).default_size(300.0).size_range(180.0..=600.0).show(ui, |ui| {
            sidebar::sidebar_ui(
                ui,
                &self.articles,
                &visible,
                self.selected,
                &mut self.filter,
                &mut self.focus_filter,
                &mut self.pending,
            );
        });
        if self.settings.show_source {
            egui::Panel::right("source").resizable(true).default_size(380.0).size_range(240.0..=900.0).show(ui, |ui| {
                let selected = self.selected_article().map(|a| a.id);
                let scroll = std::mem::take(&mut self.scroll_source);
                source::source_ui(ui, &self.doc, &self.line_article, selected, scroll, &mut self.pending);
            });
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

        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
        if let Some(shot) = &mut self.shot {
            shot.frame(&ctx);
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if Command::Open.menu_button(ui) {
                    self.pending.push(Command::Open);
                }
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
            let shown = match &self.shown {
                Shown::File(p) => p.display().to_string(),
                Shown::Demo(name) => format!("{name} (demo page)"),
            };
            ui.weak(format!("{shown} · {} · {} lines", self.doc.page.encoding, self.doc.page.lines.len()));
        });
    }
}

/// The red banner that says what went wrong.
fn error_ui(ui: &mut egui::Ui, error: &str, pending: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.colored_label(ui.visuals().error_fg_color, format!("▲ {error}"));
        if ui.small_button(Command::DismissError.label()).clicked() {
            pending.push(Command::DismissError);
        }
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
