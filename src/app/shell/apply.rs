//! Applying the commands drawn in a frame, once the frame is drawn: one small step per
//! command.

use super::super::command::{CloseChoice, Command};
use super::super::file_dialog::Purpose;
use super::super::modal::Modal;
use super::super::reader::ScrollTarget;
use super::BroadsheetApp;
use broadsheet::edit::Edit;
use broadsheet::model::ArticleId;

impl BroadsheetApp {
    /// Applies one command. Opening another page with unsaved corrections asks first, as
    /// closing does, before the page starts loading.
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let opens_a_page = matches!(command, Command::OpenPath(_) | Command::OpenDemo(_) | Command::OpenPdfPage(_));
        if opens_a_page && self.open.history.is_modified() && self.shot.is_none() {
            self.modal = Modal::ConfirmReplace(command);
            return;
        }
        self.apply_now(ctx, command);
    }

    /// Applies one command without asking.
    fn apply_now(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open => self.file_dialog(Purpose::Open),
            Command::OpenPath(path) => self.open_path(ctx, &path),
            Command::OpenDemo(i) => self.open_demo(ctx, i),
            Command::OpenPdfPage(i) => self.open_pdf_page(ctx, i),
            Command::Next => self.select_next(true),
            Command::Previous => self.select_next(false),
            Command::Select(i) => self.view.select(i, self.open.articles.len()),
            Command::SelectLine(line) => self.select_line(line),
            Command::FontBigger => self.settings.step_font(1.0),
            Command::FontSmaller => self.settings.step_font(-1.0),
            Command::ToggleSource => self.settings.show_source = !self.settings.show_source,
            Command::ShowPane(pane) => self.settings.source_pane = pane,
            Command::Find => self.view.focus_filter = true,
            Command::CopyArticle => self.copy_article(ctx),
            Command::Theme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(theme);
            }
            Command::DismissError => self.view.error = None,
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Edit(edit) => self.edit(ctx, std::slice::from_ref(&edit), edit.label()),
            Command::EditGroup { edits, label } => self.edit(ctx, &edits, label),
            Command::Undo => self.undo(ctx),
            Command::Redo => self.redo(ctx),
            Command::Save => self.save(ctx),
            Command::SaveAs => self.file_dialog(Purpose::SaveProject),
            Command::Export(format, selected) => self.file_dialog(Purpose::Export(format, selected)),
            Command::BeginRename(id) => self.begin_rename(id),
            Command::Close(choice) => self.answer_save_question(ctx, choice),
            Command::CancelLoad => self.cancel_load(),
            Command::ShowLoaded => {
                if let Some(loaded) = self.loading.take_parked() {
                    self.show_loaded(ctx, loaded);
                }
            }
        }
    }

    /// Selects the next (or previous) article the filter lets through; the first one when
    /// none of those is selected.
    fn select_next(&mut self, forward: bool) {
        let visible = self.visible();
        let position = visible.iter().position(|&i| i == self.view.selected);
        let next = match (position, forward) {
            (Some(p), true) => visible.get(p + 1).or(visible.last()),
            (Some(p), false) => visible.get(p.saturating_sub(1)),
            (None, _) => visible.first(),
        };
        if let Some(&i) = next {
            self.view.select(i, self.open.articles.len());
        }
    }

    /// Selects the article of source line `line` (clearing the filter) and scrolls the
    /// reading pane to the paragraph the line is in.
    fn select_line(&mut self, line: usize) {
        let Some(Some(i)) = self.open.line_article.get(line).copied() else { return };
        let Some(article) = self.open.articles.get(i) else { return };
        self.view.filter.clear();
        self.view.selected = i;
        self.view.scroll_sidebar = true;
        let paragraph = article.paragraphs.iter().position(|p| (p.first.index()..=p.last.index()).contains(&line));
        self.view.scroll_reader = Some(paragraph.map_or(ScrollTarget::Top, ScrollTarget::Paragraph));
    }

    /// Puts the selected article's clean text on the clipboard.
    fn copy_article(&self, ctx: &egui::Context) {
        if let Some(article) = self.selected_article() {
            ctx.copy_text(article.plain_text());
        }
    }

    /// Applies corrections as one undo step; the panes update at once. After a split or a
    /// move, the article the lines went to is selected.
    fn edit(&mut self, ctx: &egui::Context, edits: &[Edit], label: &'static str) {
        match self.open.history.apply_group(&mut self.open.doc, edits, label) {
            Ok(()) => {
                self.open.revision += 1;
                self.refresh();
                if let Some(Edit::Split { at } | Edit::MoveLines { first: at, .. }) = edits.first()
                    && let Some(Some(i)) = self.open.line_article.get(at.index())
                {
                    self.view.selected = *i;
                }
                self.view.status = Some(label.to_owned());
                self.update_title(ctx);
            }
            Err(e) => self.view.status = Some(format!("{label}: {e}")),
        }
    }

    /// Undoes the last step (a whole gesture); the status line names it.
    fn undo(&mut self, ctx: &egui::Context) {
        if let Some(label) = self.open.history.undo(&mut self.open.doc) {
            self.open.revision += 1;
            self.refresh();
            self.view.status = Some(format!("Undid {label}"));
            self.update_title(ctx);
        }
    }

    /// Redoes the last step undone; the status line names it.
    fn redo(&mut self, ctx: &egui::Context) {
        if let Some(label) = self.open.history.redo(&mut self.open.doc) {
            self.open.revision += 1;
            self.refresh();
            self.view.status = Some(format!("Redid {label}"));
            self.update_title(ctx);
        }
    }

    /// Saves to the project file, or asks where the first time.
    fn save(&mut self, ctx: &egui::Context) {
        match self.open.project_path.clone() {
            Some(path) => self.save_or_report(ctx, &path),
            None => self.file_dialog(Purpose::SaveProject),
        }
    }

    /// Opens the small window in which the article's headline is retyped.
    fn begin_rename(&mut self, article: ArticleId) {
        let text = self.open.articles.iter().find(|a| a.id == article).map(|a| a.title()).unwrap_or_default();
        self.modal = Modal::Rename { article, text };
    }

    /// The user answered "save the corrections first?": before closing, close the window;
    /// before opening another page, open it (or show it, when it loaded meanwhile).
    fn answer_save_question(&mut self, ctx: &egui::Context, choice: CloseChoice) {
        match std::mem::take(&mut self.modal) {
            Modal::ConfirmReplace(next) => {
                if self.may_go_ahead(ctx, choice) {
                    self.apply_now(ctx, next);
                } else {
                    // A page that loaded while corrections were made is let go with them kept.
                    self.loading.drop_parked();
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
                !self.open.history.is_modified()
            }
            CloseChoice::Discard => true,
            CloseChoice::Cancel => false,
        }
    }
}
