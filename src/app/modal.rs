//! The one question or small window that holds the whole window until it is answered:
//! retyping a headline, or "save the corrections first?" before closing or opening another
//! page. One enum, so that two of them can never be open at once.

use super::command::{CloseChoice, Command};
use broadsheet::edit::Edit;
use broadsheet::model::ArticleId;

/// What holds the window, if anything.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Modal {
    /// Nothing: the window is the user's.
    #[default]
    None,
    /// A headline is being retyped.
    Rename {
        /// Its article.
        article: ArticleId,
        /// The text typed so far.
        text: String,
    },
    /// "Save the corrections before closing?"
    ConfirmClose,
    /// "Save the corrections before opening another page?"; the command opens that page
    /// once the user has answered.
    ConfirmReplace(Command),
    /// The user answered the close question: the window closes, and the close request that
    /// follows is let through.
    Closing,
}

impl Modal {
    /// Whether the window is closing on the user's word.
    pub fn is_closing(&self) -> bool {
        matches!(self, Modal::Closing)
    }

    /// Draws the open question, if any; its answer is pushed to `pending`.
    pub fn modal_ui(&mut self, ctx: &egui::Context, pending: &mut Vec<Command>) {
        match self {
            Modal::Rename { article, text } => {
                let article = *article;
                match rename_ui(ctx, text) {
                    Some(true) => {
                        let text = Some(text.trim().to_owned());
                        pending.push(Command::Edit(Edit::RenameHeadline { article, text }));
                        *self = Modal::None;
                    }
                    Some(false) => *self = Modal::None,
                    None => {}
                }
            }
            Modal::ConfirmClose => confirm_ui(ctx, "Save the corrections before closing?", pending),
            Modal::ConfirmReplace(_) => {
                confirm_ui(ctx, "Save the corrections before opening another page?", pending);
            }
            Modal::None | Modal::Closing => {}
        }
    }
}

/// The small window in which a headline is retyped: `Some(true)` when the user renames,
/// `Some(false)` when they cancel.
fn rename_ui(ctx: &egui::Context, text: &mut String) -> Option<bool> {
    let mut done = None;
    egui::Modal::new(egui::Id::unique("rename")).show(ctx, |ui| {
        ui.heading("Rename headline");
        let edit = ui.add(egui::TextEdit::singleline(text).desired_width(420.0));
        edit.request_focus();
        ui.horizontal(|ui| {
            if ui.button("Rename").clicked() || (edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))) {
                done = Some(true);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                done = Some(false);
            }
        });
    });
    done
}

/// "Save the corrections before …?", with Save / Don't save / Cancel.
fn confirm_ui(ctx: &egui::Context, question: &str, pending: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("confirm-close")).show(ctx, |ui| {
        ui.heading(question);
        ui.label("Your corrections since the last save will be lost if you don't save them.");
        ui.horizontal(|ui| {
            for choice in [CloseChoice::Save, CloseChoice::Discard, CloseChoice::Cancel] {
                let command = Command::Close(choice);
                if ui.button(command.label()).clicked() {
                    pending.push(command);
                }
            }
        });
    });
}
