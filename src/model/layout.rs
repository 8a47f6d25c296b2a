//! What a page's geometry tells: where its blocks of lines stand, what each block is, and
//! which headline owns it. Filled by importers that know where text is printed (PDF).

use super::{BBox, LineId, Rule};
use serde::{Deserialize, Serialize};

/// The layout of a page imported with geometry, in page coordinates (points, origin top-left).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// Page width in points.
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// The size most of the page's text is set in: the yardstick for headlines.
    pub body_size: f32,
    /// 0-based index of the page in its file.
    pub page_index: usize,
    /// How many pages the file has.
    pub page_count: usize,
    /// Blocks of lines, in the page's reading order; their line ranges tile the page's
    /// non-blank lines.
    pub blocks: Vec<Block>,
    /// Pictures printed on the page (photos, drawings), for captions and the replica view.
    pub figures: Vec<BBox>,
    /// Printed rules (thin lines) that separate stories.
    pub rules: Vec<BBox>,
    /// Text removed because it was printed twice at a small offset (fake bold), by line.
    pub doubled: Vec<(LineId, String)>,
    /// Characters of an invisible text layer (OCR) lying over the same visible text, left out.
    #[serde(default)]
    pub hidden_copies: usize,
    /// The lines stand in the order the file states (an OCR file's blocks, as the library
    /// read them), and the articles are found from the text, with the geometry for the view.
    #[serde(default)]
    pub stated_order: bool,
    /// The articles as the library segmented the page (a METS logical structure map), when
    /// the file that gave the page says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub library: Vec<LibraryArticle>,
}

/// An article as the library that digitised the page segmented it: its parts on the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryArticle {
    /// The library's label for it (or its id).
    pub label: String,
    /// What the library calls it: `ARTICLE`, `ADVERTISEMENT`, ….
    pub kind: String,
    /// Its blocks (indexes in [`Layout::blocks`]), in the library's order, with the role
    /// their lines have in it.
    pub parts: Vec<(usize, super::Role)>,
}

/// A run of lines set together: one paragraph or column piece, a headline, a caption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// First line of the block.
    pub first: LineId,
    /// One past the last line.
    pub end: LineId,
    /// The block's box on the page.
    pub bbox: BBox,
    /// What the block is.
    pub kind: BlockKind,
    /// The zone (story) the block belongs to: the index of the zone's first block.
    pub zone: Option<usize>,
    /// Why the block has its kind and zone.
    #[serde(skip, default = "default_rule")]
    pub rule: Rule,
    /// The ids the file gives the block (ALTO: its `TextBlock`'s, then those of the
    /// `ComposedBlock`s around it), by which a library's article structure points at it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_ids: Vec<String>,
}

fn default_rule() -> Rule {
    Rule::ZoneWithoutHeadline
}

impl Block {
    /// The block's line ids.
    pub fn lines(&self) -> impl Iterator<Item = LineId> + use<> {
        (self.first.0..self.end.0).map(LineId)
    }

    /// Whether the block holds this line.
    pub fn contains(&self, line: LineId) -> bool {
        self.first <= line && line < self.end
    }
}

/// What a block is, read off its size, weight and place on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// Set clearly larger (or bolder) than the body text: a headline.
    Headline,
    /// Set under a headline, smaller than it: a deck.
    Deck,
    /// A line naming the author.
    Byline,
    /// Running text.
    Body,
    /// Text under a picture.
    Caption,
    /// Page furniture: masthead, page number, date line, section name, editor line.
    Furniture,
}

impl BBox {
    /// The box around both.
    pub fn union(self, other: BBox) -> BBox {
        BBox {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    /// Width in points.
    pub fn width(self) -> f32 {
        self.x1 - self.x0
    }

    /// Height in points.
    pub fn height(self) -> f32 {
        self.y1 - self.y0
    }

    /// How far the two overlap horizontally (0 when they do not).
    pub fn x_overlap(self, other: BBox) -> f32 {
        (self.x1.min(other.x1) - self.x0.max(other.x0)).max(0.0)
    }

    /// Whether the point lies inside.
    pub fn contains(self, x: f32, y: f32) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }
}
