//! Corrections: the user's edits, kept apart from what the analysis detected.
//!
//! A [`Document`](crate::document::Document) is the detected [`Analysis`](crate::model::Analysis)
//! plus [`Overrides`]: where the user placed a line, which boundaries they broke or joined,
//! headline text they typed, the order they gave the articles. Re-running detection never
//! throws the overrides away. Every [`Edit`] is compiled into a [`Patch`] of overrides;
//! applying a patch returns its inverse, which is all undo needs ([`History`], where the
//! edits of one gesture are one step).

mod compile;
mod history;

pub use crate::document::{Overrides, Patch, Placement};
pub use history::History;

use crate::model::{ArticleId, LineId, Role};

/// One correction the user can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// The line's article splits before it: this line and the rest of the article's text
    /// (not its headline) become a new article.
    Split {
        /// The first line of the new article.
        at: LineId,
    },
    /// `second`'s lines join `first` (its headline becomes a deck when `first` has one).
    Merge {
        /// The article that stays.
        first: ArticleId,
        /// The article whose lines join it.
        second: ArticleId,
    },
    /// Lines `first..=last` move to `to`, or to a new article when `to` is `None`.
    MoveLines {
        /// First line of the range.
        first: LineId,
        /// Last line of the range.
        last: LineId,
        /// Where they go; `None`: a new article.
        to: Option<ArticleId>,
    },
    /// The line gets another role; noise leaves its article.
    SetRole {
        /// The line.
        line: LineId,
        /// Its new role.
        role: Role,
    },
    /// The headline line goes to article `to`; `to`'s old headline goes where the line was.
    GiveHeadline {
        /// The headline line.
        line: LineId,
        /// The article that gets it.
        to: ArticleId,
    },
    /// Force a paragraph break (`Some(true)`) or a join (`Some(false)`) below line `above`,
    /// or give the decision back to the analysis (`None`).
    SetBreak {
        /// The line above the boundary.
        above: LineId,
        /// The decision to force, or `None` for the detected one.
        paragraph: Option<bool>,
    },
    /// Move an article one place up (`up`) or down in the reading order.
    MoveArticle {
        /// The article.
        article: ArticleId,
        /// Up (earlier) rather than down.
        up: bool,
    },
    /// Replace the headline's text (`None`: the printed headline again).
    RenameHeadline {
        /// The article.
        article: ArticleId,
        /// The new headline text.
        text: Option<String>,
    },
    /// The article's lines become unassigned (kept, never lost).
    Delete {
        /// The article.
        article: ArticleId,
    },
    /// Every line goes where the library that digitised the page put it (its METS logical
    /// structure): its articles replace the detected ones.
    UseLibrary,
}

/// Why an edit cannot be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    /// The line is not on the page.
    #[error("line {0} is not on the page")]
    NoSuchLine(u32),
    /// The line belongs to no article.
    #[error("line {0} is in no article")]
    NotInArticle(u32),
    /// The article does not exist (any more).
    #[error("there is no article {0}")]
    NoSuchArticle(u32),
    /// Blank lines have no role and no article.
    #[error("line {0} is blank")]
    BlankLine(u32),
    /// The edit would change nothing.
    #[error("nothing to change")]
    Nothing,
    /// The page carries no article structure from its library.
    #[error("the page's file gives no library segmentation (a METS logical structure map)")]
    NoLibrary,
}

impl Edit {
    /// What the edit does, for menus ("Undo Merge articles").
    pub fn label(&self) -> &'static str {
        match self {
            Edit::Split { .. } => "Start new article",
            Edit::Merge { .. } => "Merge articles",
            Edit::MoveLines { .. } => "Move lines",
            Edit::SetRole { .. } => "Set line role",
            Edit::GiveHeadline { .. } => "Reassign headline",
            Edit::SetBreak { paragraph: Some(true), .. } => "Paragraph break",
            Edit::SetBreak { paragraph: Some(false), .. } => "Join lines",
            Edit::SetBreak { paragraph: None, .. } => "Restore detected break",
            Edit::MoveArticle { .. } => "Move article",
            Edit::RenameHeadline { .. } => "Rename headline",
            Edit::Delete { .. } => "Delete article",
            Edit::UseLibrary => "Use the library's articles",
        }
    }
}
