//! The page open in the window: the document and its corrections, the articles assembled
//! from it, where it came from and where it is saved, and its page image.

use super::replica::{self, Replica, Zone};
use broadsheet::document::{ArticleText, Document};
use broadsheet::edit::History;
use broadsheet::model::LineId;
use std::path::PathBuf;

/// Where the open page comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// A file.
    File(PathBuf),
    /// A built-in demo page, by name.
    Demo(&'static str),
}

/// The open document and what is derived from it.
pub struct OpenDocument {
    /// The page, its analysis and the corrections.
    pub doc: Document,
    /// The corrections, for undo and redo.
    pub history: History,
    /// The articles as the document stands, in reading order; re-assembled after each
    /// change ([`Self::reassemble`]).
    pub articles: Vec<ArticleText>,
    /// Index into `articles` of each source line's article.
    pub line_article: Vec<Option<usize>>,
    /// Where the page comes from.
    pub shown: Shown,
    /// Where the corrections are saved, once they have been.
    pub project_path: Option<PathBuf>,
    /// The page image, when the page comes from a PDF.
    pub replica: Option<Replica>,
    /// Where each article's text is printed on the page (PDF pages).
    pub zones: Vec<Zone>,
    /// How many corrections have been applied, undone or redone since the page opened: a
    /// page that finishes loading after a change asks before it replaces this one.
    pub revision: u64,
    /// Where the page as it stands differs from the library's segmentation (when its file
    /// gives one); re-computed with the articles.
    pub library_differences: Vec<broadsheet::document::LibraryDifference>,
}

impl OpenDocument {
    /// `doc`, from `shown`, with no corrections yet; `replica` is its page image.
    pub fn new(doc: Document, shown: Shown, replica: Option<Replica>) -> OpenDocument {
        let mut open = OpenDocument {
            doc,
            history: History::new(),
            articles: Vec::new(),
            line_article: Vec::new(),
            shown,
            project_path: None,
            replica,
            zones: Vec::new(),
            revision: 0,
            library_differences: Vec::new(),
        };
        open.reassemble(0);
        open
    }

    /// Re-assembles the articles after the document changed. Returns where the article that
    /// was at index `selected` is now (0 when it is gone).
    pub fn reassemble(&mut self, selected: usize) -> usize {
        let keep = self.articles.get(selected).map(|a| a.id);
        self.articles = self.doc.articles();
        self.library_differences = self.doc.library_differences();
        self.line_article = (0..self.doc.page.lines.len() as u32)
            .map(|i| {
                let id = self.doc.placement(LineId(i)).article?;
                self.articles.iter().position(|a| a.id == id)
            })
            .collect();
        self.zones = replica::zones(&self.doc, &self.line_article);
        keep.and_then(|id| self.articles.iter().position(|a| a.id == id)).unwrap_or(0)
    }

    /// The page number shown in the page picker (1-based; 1 without a page image).
    pub fn page_number(&self) -> usize {
        self.replica.as_ref().map_or(1, |r| r.page_index() + 1)
    }

    /// "Broadsheet — page", with a dot while there are unsaved corrections.
    pub fn title(&self) -> String {
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
        format!("Broadsheet — {name}{page}{dot}")
    }

    /// The folder a file dialog opens in: the project's or the page's.
    pub fn folder(&self) -> Option<PathBuf> {
        match (&self.project_path, &self.shown) {
            (Some(p), _) | (None, Shown::File(p)) => p.parent().map(|d| d.to_owned()),
            (None, Shown::Demo(_)) => None,
        }
    }

    /// The name a file saved from this page starts with: the page's, without extension.
    pub fn stem(&self) -> String {
        match &self.shown {
            Shown::File(p) => p.file_stem().map_or("page".to_owned(), |s| s.to_string_lossy().into_owned()),
            Shown::Demo(name) => name.trim_end_matches(".txt").to_owned(),
        }
    }
}
