//! Corrections: the user's edits, kept apart from what the analysis detected.
//!
//! A [`Document`](crate::document::Document) is the detected [`Analysis`](crate::model::Analysis)
//! plus [`Overrides`]: where the user placed a line, which boundaries they broke or joined,
//! headline text they typed, the order they gave the articles. Re-running detection never
//! throws the overrides away. Every [`Edit`] is compiled into a [`Patch`] of overrides;
//! applying a patch returns its inverse, which is all undo needs ([`History`], where the
//! edits of one gesture are one step).

mod history;
mod overrides;

pub use history::History;
pub use overrides::{Overrides, Patch, Placement};

use crate::document::Document;
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
        }
    }

    /// The overrides this edit sets on `doc` as it stands.
    pub fn compile(&self, doc: &Document) -> Result<Patch, EditError> {
        let mut patch = Patch::default();
        let check = |line: LineId| {
            if line.index() < doc.page.lines.len() { Ok(line) } else { Err(EditError::NoSuchLine(line.number())) }
        };
        let exists = |id: ArticleId| {
            if doc.article_ids().contains(&id) { Ok(id) } else { Err(EditError::NoSuchArticle(id.0)) }
        };
        match self {
            Edit::Split { at } => {
                let at = check(*at)?;
                let article = doc.placement(at).article.ok_or(EditError::NotInArticle(at.number()))?;
                let new = doc.next_article_id();
                for line in doc.lines_of(article).into_iter().filter(|&l| l >= at) {
                    let p = doc.placement(line);
                    if !matches!(p.role, Role::Headline | Role::Deck) {
                        patch.place(line, Placement { article: Some(new), role: p.role });
                    }
                }
            }
            Edit::Merge { first, second } => {
                let (first, second) = (exists(*first)?, exists(*second)?);
                if first == second {
                    return Err(EditError::Nothing);
                }
                let first_has_headline = doc.lines_of(first).iter().any(|&l| doc.placement(l).role == Role::Headline);
                for line in doc.lines_of(second) {
                    let mut role = doc.placement(line).role;
                    if role == Role::Headline && first_has_headline {
                        role = Role::Deck;
                    }
                    patch.place(line, Placement { article: Some(first), role });
                }
            }
            Edit::MoveLines { first, last, to } => {
                let (first, last) = (check(*first)?, check(*last)?);
                let (first, last) = (first.min(last), first.max(last));
                let to = match to {
                    Some(id) => exists(*id)?,
                    None => doc.next_article_id(),
                };
                for i in first.index()..=last.index() {
                    let line = LineId(i as u32);
                    let p = doc.placement(line);
                    if p.role != Role::Blank && p.article != Some(to) {
                        let role = if p.role == Role::Noise { Role::Body } else { p.role };
                        patch.place(line, Placement { article: Some(to), role });
                    }
                }
            }
            Edit::SetRole { line, role } => {
                let line = check(*line)?;
                if doc.detected(line).role == Role::Blank || *role == Role::Blank {
                    return Err(EditError::BlankLine(line.number()));
                }
                let p = doc.placement(line);
                let article = if *role == Role::Noise { None } else { p.article };
                patch.place(line, Placement { article, role: *role });
            }
            Edit::GiveHeadline { line, to } => {
                let (line, to) = (check(*line)?, exists(*to)?);
                if doc.detected(line).role == Role::Blank {
                    return Err(EditError::BlankLine(line.number()));
                }
                let from = doc.placement(line).article;
                for old in doc.lines_of(to) {
                    if doc.placement(old).role == Role::Headline && old != line {
                        patch.place(old, Placement { article: from, role: Role::Headline });
                    }
                }
                patch.place(line, Placement { article: Some(to), role: Role::Headline });
            }
            Edit::SetBreak { above, paragraph } => {
                let above = check(*above)?;
                patch.breaks.push((above, *paragraph));
            }
            Edit::MoveArticle { article, up } => {
                let article = exists(*article)?;
                let mut order = doc.article_ids();
                let i = order.iter().position(|&a| a == article).ok_or(EditError::NoSuchArticle(article.0))?;
                let j = if *up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < order.len()) };
                let j = j.ok_or(EditError::Nothing)?;
                order.swap(i, j);
                patch.order = Some(Some(order));
            }
            Edit::RenameHeadline { article, text } => {
                let article = exists(*article)?;
                patch.headlines.push((article, text.clone().filter(|t| !t.trim().is_empty())));
            }
            Edit::Delete { article } => {
                let article = exists(*article)?;
                for line in doc.lines_of(article) {
                    patch.place(line, Placement { article: None, role: doc.placement(line).role });
                }
            }
        }
        if patch.is_empty() { Err(EditError::Nothing) } else { Ok(patch) }
    }
}
