//! Every threshold of the analysis phase, with the reason for its value. Widths are in
//! display cells (East Asian wide characters count two); ratios of widths are kept in
//! integer tenths so that they compare exactly.

// Headline matching.

/// A headline is only matched to articles at most this many articles away in reading order:
/// a page rarely holds more stories, and it keeps matching linear in the page size.
pub(super) const WINDOW: usize = 12;

/// How much of an article is read for matching: its opening, where the lede says what the
/// story is about (and a headline's words are found). Keeps matching cheap on long stories.
pub(super) const LEDE_BYTES: usize = 1200;

/// A headline whose words one article's opening prints at least this much...
pub(super) const STRONG_OVERLAP: f32 = 0.6;
/// ...and this much more than any other article's goes to that article before anything else.
pub(super) const STRONG_MARGIN: f32 = 0.3;
/// Least overlap for a headline that is not next to the article.
pub(super) const MIN_OVERLAP: f32 = 0.25;

// Column widths.

/// Lines on either side that set a line's column in a long run without blank lines.
pub(super) const LOCAL_COLUMN: usize = 8;
/// A block sets its own column width when it has three lines or more (its second-widest).
pub(super) const COLUMN_MIN_LINES: usize = 3;

// Lines against their column.

/// A line shorter than seven tenths of its column is short: a paragraph's last line, or a
/// headline set apart.
pub(super) const SHORT_LINE_TENTHS: usize = 7;
/// A sentence-case line under three quarters of its column can be a headline.
pub(super) const SENTENCE_CASE_HEADLINE_QUARTERS: usize = 3;
/// A CJK line within a cell of its column fills it.
pub(super) const FULL_LINE_SLACK_CELLS: usize = 1;
/// A CJK line three cells short of its column (the two-character indent lost) opens a
/// paragraph.
pub(super) const LOST_INDENT_CELLS: usize = 3;
/// An article indents its paragraphs when two indented lines follow sentence ends.
pub(super) const INDENTS_SEEN: usize = 2;
/// An indent on a page with geometry is 0.6 em in from the column's edge.
pub(super) const INDENT_EMS: f32 = 0.6;

// Headline units.

/// A block of at most two short lines standing alone may be a headline of any shape.
pub(super) const STANDING_MAX_LINES: usize = 2;
/// More than three headline lines in a row are a list of headlines, not one with its decks.
pub(super) const UNIT_MAX_LINES: usize = 3;

// Captions and pull quotes.

/// A caption or pull quote is at most four lines.
pub(super) const SET_APART_MAX_LINES: usize = 4;
/// A pull quote repeats at least twenty letters of its article.
pub(super) const PULL_QUOTE_MIN_CHARS: usize = 20;
