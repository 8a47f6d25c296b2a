//! The demo pages the team wrote, embedded in the binary.

use broadsheet::document::Document;
use broadsheet::model::Page;

/// A built-in page: its file name and text.
pub struct DemoPage {
    /// Shown in menus and the title bar.
    pub name: &'static str,
    /// The page's text.
    pub text: &'static str,
}

/// The demo pages; the first opens when no file is given.
pub const PAGES: &[DemoPage] = &[
    DemoPage { name: "zh-huanghe-daily.txt", text: include_str!("../../assets/pages/zh-huanghe-daily.txt") },
    DemoPage { name: "en-riverside-gazette.txt", text: include_str!("../../assets/pages/en-riverside-gazette.txt") },
];

/// Demo page `i` (the last one when `i` is past the end), analysed.
pub fn document(i: usize) -> Document {
    let page = &PAGES[i.min(PAGES.len() - 1)];
    Document::new(Page::from_text(page.name, "UTF-8", page.text))
}
