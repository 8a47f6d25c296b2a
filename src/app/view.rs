//! How the window looks at the open page: which article is selected, the filter, what
//! should scroll into view next frame, the lines picked in the source pane, the messages
//! shown. Nothing here changes the document.

use super::reader::ScrollTarget;
use broadsheet::document::ArticleText;

/// The state of the view, apart from the document it shows.
#[derive(Debug)]
pub struct View {
    /// The selected article: index into the article list.
    pub selected: usize,
    /// The sidebar's filter, as typed.
    pub filter: String,
    /// Focus the filter on the next frame (Ctrl+F).
    pub focus_filter: bool,
    /// Where the reading pane scrolls on the next frame.
    pub scroll_reader: Option<ScrollTarget>,
    /// Bring the selected article into view in the source pane on the next frame.
    pub scroll_source: bool,
    /// Bring the selected article into view in the sidebar on the next frame.
    pub scroll_sidebar: bool,
    /// Source lines picked with click and Shift-click (first, last).
    pub selection: Option<(usize, usize)>,
    /// The page picker's number (1-based), while it is being edited.
    pub page_field: usize,
    /// A one-line message in the status bar ("Saved …").
    pub status: Option<String>,
    /// The error banner's text.
    pub error: Option<String>,
}

impl Default for View {
    fn default() -> View {
        View {
            selected: 0,
            filter: String::new(),
            focus_filter: false,
            scroll_reader: None,
            scroll_source: false,
            scroll_sidebar: false,
            selection: None,
            page_field: 1,
            status: None,
            error: None,
        }
    }
}

impl View {
    /// A page was opened (page `page_number`, 1-based, of its file): its first article,
    /// from the top; the banner and the picked lines go. The filter and the status line
    /// stay.
    pub fn page_opened(&mut self, page_number: usize) {
        self.page_field = page_number;
        self.selected = 0;
        self.error = None;
        self.scroll_reader = Some(ScrollTarget::Top);
        self.scroll_source = true;
        self.selection = None;
    }

    /// The articles the filter lets through (indices into `articles`).
    pub fn visible(&self, articles: &[ArticleText]) -> Vec<usize> {
        let needle = self.filter.trim().to_ascii_lowercase();
        (0..articles.len()).filter(|&i| needle.is_empty() || article_matches(&articles[i], &needle)).collect()
    }

    /// Selects article `i` of `count` and brings it into view everywhere.
    pub fn select(&mut self, i: usize, count: usize) {
        if i < count && i != self.selected {
            self.selected = i;
            self.scroll_reader = Some(ScrollTarget::Top);
            self.scroll_source = true;
            self.scroll_sidebar = true;
        }
    }
}

/// Whether the article's headline or text contains `needle` (ASCII case-insensitive).
fn article_matches(article: &ArticleText, needle: &str) -> bool {
    let hit = |s: &str| s.to_ascii_lowercase().contains(needle);
    article.headline.as_deref().is_some_and(hit)
        || article.deck.as_deref().is_some_and(hit)
        || article.byline.as_deref().is_some_and(hit)
        || article.paragraphs.iter().any(|p| hit(&p.text))
}
