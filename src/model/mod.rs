//! The page model shared by every phase: source lines with optional geometry, roles, ids.

mod analysis;
mod layout;
mod rule;
mod sheet;

pub use analysis::{Analysis, Article, Decision, Gap, HeadlineChoice, Joiner, Leftover, LineLabel};
pub use layout::{Block, BlockKind, Layout, LibraryArticle};
pub use rule::Rule;
pub use sheet::{Ink, Run, Sheet, SheetFont, Stated};

use serde::{Deserialize, Serialize};

/// Index of a source line (0-based); shown to users as `id + 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LineId(pub u32);

impl LineId {
    /// The line's index into [`Page::lines`].
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The 1-based line number a user sees.
    pub fn number(self) -> u32 {
        self.0 + 1
    }
}

/// Identifier of an article, stable for one analysis (1-based, in reading order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ArticleId(pub u32);

/// An axis-aligned box in page coordinates (points, origin top-left).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
}

/// One line of the source page, exactly as imported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Where the line stands in the source.
    pub id: LineId,
    /// The line's text without its line ending.
    pub text: String,
    /// Where the line is printed, when the importer knows (PDF, ALTO); `None` for plain text.
    pub bbox_in_page: Option<BBox>,
    /// The size the line is printed at, when the importer knows.
    pub font_size_pt: Option<f32>,
    /// The font most of the line is set in, when the importer knows (PDF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<Font>,
    /// What the file says of a hyphen ending the line, when it marks its soft hyphens (ALTO
    /// `HYP`): `Some(true)` for a word hyphenated at the line end, `Some(false)` for a line
    /// whose last word is printed with its hyphen (a compound broken after it); `None` when
    /// the file says nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub soft_hyphen: Option<bool>,
    /// The type size the file states for the line (ALTO `FONTSIZE`), in the file's points,
    /// when it does: what the file's typesetting says, where [`Line::font_size_pt`] is measured
    /// from the line's box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_size: Option<f32>,
    /// How sure the OCR engine was of the line's words (ALTO `WC`, hOCR `x_wconf`, PAGE
    /// `conf`), from 0 to 1, by characters, when the file says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
}

/// A font as a PDF names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Font {
    /// The PostScript name, subset prefix removed ("NotoSansCJKsc-Bold").
    pub name: String,
    /// 400 regular, 700 bold; read from the font or guessed from its name.
    pub weight: u16,
}

impl Font {
    /// Whether the font is bold (600 or heavier).
    pub fn is_bold(&self) -> bool {
        self.weight >= 600
    }
}

/// A decoded page: every source line, blank ones included, in source order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// A display name (the file name, or "demo").
    pub name: String,
    /// The encoding the bytes were decoded from (e.g. "UTF-8", "GBK").
    pub encoding: String,
    /// All lines, indexed by [`LineId`].
    pub lines: Vec<Line>,
    /// Where the lines are printed, for pages imported with geometry (PDF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<Box<Layout>>,
}

impl Page {
    /// Builds a page from already-decoded text, splitting on LF, CRLF or CR.
    ///
    /// ```
    /// let page = broadsheet::model::Page::from_text("demo", "UTF-8", "a\r\nb\rc");
    /// assert_eq!(page.lines.len(), 3);
    /// ```
    pub fn from_text(name: &str, encoding: &str, text: &str) -> Page {
        let mut lines = Vec::with_capacity(memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).count() + 1);
        let mut rest = text;
        while !rest.is_empty() {
            let (line, next) = match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
                Some(i) => {
                    let skip = if rest.as_bytes()[i..].starts_with(b"\r\n") { 2 } else { 1 };
                    (&rest[..i], &rest[i + skip..])
                }
                None => (rest, ""),
            };
            let id = LineId(lines.len() as u32);
            lines.push(Line {
                id,
                text: line.to_owned(),
                bbox_in_page: None,
                font_size_pt: None,
                font: None,
                soft_hyphen: None,
                stated_size: None,
                confidence: None,
            });
            rest = next;
        }
        Page { name: name.to_owned(), encoding: encoding.to_owned(), lines, layout: None }
    }

    /// The line with this id, if the page has it.
    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.lines.get(id.index())
    }
}

/// What a line is to its article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// An empty line.
    Blank,
    /// The article's headline.
    Headline,
    /// A sub-headline printed with the headline.
    Deck,
    /// A line naming the author ("By …", "本报记者 …").
    Byline,
    /// Running text.
    Body,
    /// A photo caption.
    Caption,
    /// Text that belongs to no article (page furniture, extraction debris).
    Noise,
}

impl Role {
    /// The lowercase name used in files and the UI.
    pub fn name(self) -> &'static str {
        match self {
            Role::Blank => "blank",
            Role::Headline => "headline",
            Role::Deck => "deck",
            Role::Byline => "byline",
            Role::Body => "body",
            Role::Caption => "caption",
            Role::Noise => "noise",
        }
    }
}
