//! Each edit compiled into the overrides it sets on the document as it stands.

use super::{Edit, EditError};
use crate::document::{Document, Patch, Placement};
use crate::model::{ArticleId, LineId, Role};

impl Edit {
    /// The overrides this edit sets on `doc` as it stands.
    pub fn compile(&self, doc: &Document) -> Result<Patch, EditError> {
        let on = On { doc };
        let mut patch = Patch::default();
        match self {
            Edit::Split { at } => on.split(on.line(*at)?, &mut patch)?,
            Edit::Merge { first, second } => on.merge(on.article(*first)?, on.article(*second)?, &mut patch)?,
            Edit::MoveLines { first, last, to } => {
                let (first, last) = (on.line(*first)?, on.line(*last)?);
                let to = match to {
                    Some(id) => on.article(*id)?,
                    None => doc.next_article_id(),
                };
                on.move_lines(first.min(last), first.max(last), to, &mut patch);
            }
            Edit::SetRole { line, role } => on.set_role(on.line(*line)?, *role, &mut patch)?,
            Edit::GiveHeadline { line, to } => on.give_headline(on.line(*line)?, on.article(*to)?, &mut patch)?,
            Edit::SetBreak { above, paragraph } => patch.breaks.push((on.line(*above)?, *paragraph)),
            Edit::MoveArticle { article, up } => patch.order = Some(Some(on.moved(on.article(*article)?, *up)?)),
            Edit::RenameHeadline { article, text } => {
                patch.headlines.push((on.article(*article)?, text.clone().filter(|t| !t.trim().is_empty())));
            }
            Edit::Delete { article } => {
                for line in doc.lines_of(on.article(*article)?) {
                    patch.place(line, Placement { article: None, role: doc.placement(line).role });
                }
            }
            Edit::UseLibrary => {
                for (line, placement) in doc.library_placements().ok_or(EditError::NoLibrary)? {
                    if doc.placement(line) != placement {
                        patch.place(line, placement);
                    }
                }
            }
        }
        if patch.is_empty() { Err(EditError::Nothing) } else { Ok(patch) }
    }
}

/// The document an edit is compiled on.
struct On<'a> {
    doc: &'a Document,
}

impl On<'_> {
    /// The line, when the page has it.
    fn line(&self, line: LineId) -> Result<LineId, EditError> {
        if line.index() < self.doc.page.lines.len() { Ok(line) } else { Err(EditError::NoSuchLine(line.number())) }
    }

    /// The article, when the document has it.
    fn article(&self, id: ArticleId) -> Result<ArticleId, EditError> {
        if self.doc.article_ids().contains(&id) { Ok(id) } else { Err(EditError::NoSuchArticle(id.0)) }
    }

    /// `at` and the rest of its article's text (not its headline) become a new article.
    fn split(&self, at: LineId, patch: &mut Patch) -> Result<(), EditError> {
        let doc = self.doc;
        let article = doc.placement(at).article.ok_or(EditError::NotInArticle(at.number()))?;
        let new = doc.next_article_id();
        for line in doc.lines_of(article).into_iter().filter(|&l| l >= at) {
            let p = doc.placement(line);
            if !matches!(p.role, Role::Headline | Role::Deck) {
                patch.place(line, Placement { article: Some(new), role: p.role });
            }
        }
        Ok(())
    }

    /// `second`'s lines join `first`; its headline becomes a deck when `first` has one.
    fn merge(&self, first: ArticleId, second: ArticleId, patch: &mut Patch) -> Result<(), EditError> {
        let doc = self.doc;
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
        Ok(())
    }

    /// The non-blank lines `first..=last` move to `to`; text in no article becomes body.
    fn move_lines(&self, first: LineId, last: LineId, to: ArticleId, patch: &mut Patch) {
        for i in first.index()..=last.index() {
            let line = LineId(i as u32);
            let p = self.doc.placement(line);
            if p.role != Role::Blank && p.article != Some(to) {
                let role = if p.role == Role::Noise { Role::Body } else { p.role };
                patch.place(line, Placement { article: Some(to), role });
            }
        }
    }

    /// The line gets another role; noise leaves its article.
    fn set_role(&self, line: LineId, role: Role, patch: &mut Patch) -> Result<(), EditError> {
        if self.doc.detected(line).role == Role::Blank || role == Role::Blank {
            return Err(EditError::BlankLine(line.number()));
        }
        let p = self.doc.placement(line);
        let article = if role == Role::Noise { None } else { p.article };
        patch.place(line, Placement { article, role });
        Ok(())
    }

    /// The headline line goes to `to`; `to`'s old headline goes where the line was.
    fn give_headline(&self, line: LineId, to: ArticleId, patch: &mut Patch) -> Result<(), EditError> {
        let doc = self.doc;
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
        Ok(())
    }

    /// The reading order with `article` one place up (or down).
    fn moved(&self, article: ArticleId, up: bool) -> Result<Vec<ArticleId>, EditError> {
        let mut order = self.doc.article_ids();
        let i = order.iter().position(|&a| a == article).ok_or(EditError::NoSuchArticle(article.0))?;
        let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < order.len()) };
        order.swap(i, j.ok_or(EditError::Nothing)?);
        Ok(order)
    }
}
