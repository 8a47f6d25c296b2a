//! Every threshold of the layout phase, with the reason for its value. Lengths are in points
//! (`_PT`), in ems of the type they measure (`_EMS`: a multiple of a font size), or ratios.

// Shared measures.

/// Slack for boxes that touch: rounding in the producer's coordinates, a hairline of leading.
pub(super) const SLACK_PT: f32 = 1.0;
/// Two boxes stand in one column when they overlap by half the narrower one.
pub(super) const COLUMN_OVERLAP: f32 = 0.5;
/// Sizes within 3 % are the same type (a headline set like another, a deck like the body).
pub(super) const LIKE_SIZE: f32 = 0.03;
/// Text within 5 % of a size continues the same story's type across columns.
pub(super) const SAME_TYPE: f32 = 0.05;

// Zones: which headline owns a block.

/// A headline owns a block it overlaps by half the block's width...
pub(super) const OWN_OVERLAP: f32 = 0.5;
/// ...or by a quarter, when the block's centre lies under the headline (a centred headline)...
pub(super) const OWN_CENTRED_OVERLAP: f32 = 0.25;
/// ...or by 30 %, when the headline is half again as wide as the block (it spans columns).
pub(super) const OWN_WIDE_OVERLAP: f32 = 0.3;
/// A headline this many times a block's width spans several columns.
pub(super) const OWN_WIDE_FACTOR: f32 = 1.5;
/// A headline may hang half an em of the block's type into the block's first line.
pub(super) const HEAD_OVERHANG_EMS: f32 = 0.5;
/// A rule parts two stories when it runs across half of the text below it (a short bar under
/// a headline is decoration).
pub(super) const PARTING_RULE_SPAN: f32 = 0.5;
/// A rule frames a caption when it covers half its own length over the caption...
pub(super) const CAPTION_FRAME_OVERLAP: f32 = 0.5;
/// ...within one and a half of the caption's lines above or below it.
pub(super) const CAPTION_FRAME_REACH_EMS: f32 = 1.5;
/// Headline blocks stacked closer than 1.2 lines of the upper one are one heading.
pub(super) const STACK_GAP_EMS: f32 = 1.2;
/// A headline block under another and smaller than 90 % of it is its deck (or, over it, a
/// kicker).
pub(super) const DECK_SIZE_RATIO: f32 = 0.9;
/// A deck or kicker is set at least 8 % larger than the body (a 10.5 pt body, 11.5 pt deck).
pub(super) const DECK_MIN_SIZE: f32 = 1.08;
/// Capitals set 8 % or more smaller than the body are small capitals: a kicker or deck.
pub(super) const SMALL_CAPS_SIZE: f32 = 0.92;
/// A kicker stands within 0.8 of the headline's size above it.
pub(super) const KICKER_GAP_EMS: f32 = 0.8;
/// A kicker is one or two lines.
pub(super) const KICKER_MAX_LINES: usize = 2;
/// A deck starts within one and a half headline lines under the headline or deck above.
pub(super) const DECK_GAP_EMS: f32 = 1.5;
/// A deck set large is at most three lines...
pub(super) const DECK_MAX_LINES: usize = 3;
/// ...and a stacked deck in capitals (1920s papers) at most six.
pub(super) const CAPITAL_DECK_MAX_LINES: usize = 6;
/// A section label (简讯, BRIEFS) is at most six characters...
pub(super) const LABEL_MAX_CHARS: usize = 6;
/// ...or three words in capitals.
pub(super) const LABEL_MAX_WORDS: usize = 3;
/// A side headline's columns may start half a body em left of its right edge.
pub(super) const SIDE_HEADLINE_OVERHANG_EMS: f32 = 0.5;
/// A side headline's columns have their tops within two body ems of its top.
pub(super) const SIDE_ALIGN_EMS: f32 = 2.0;
/// Neighbouring columns of one story stand at most three body ems apart (a gutter).
pub(super) const GUTTER_MAX_EMS: f32 = 3.0;
/// Neighbouring columns may overlap by half a body em (ragged or indented edges).
pub(super) const ABUT_OVERLAP_EMS: f32 = 0.5;
/// The next block of a column run starts within two body ems of the one above.
pub(super) const COLUMN_RUN_GAP_EMS: f32 = 2.0;
/// A story stays centred under a headline when their centres are within a tenth of the
/// story's width.
pub(super) const CENTRED_OFFSET: f32 = 0.1;
/// A headline owning no text in the top fifth of the page is the masthead or a section name.
pub(super) const SECTION_TOP: f32 = 0.2;

// Blocks: lines stacked into blocks.

/// A block stays open for the next line within two lines of its last one.
pub(super) const BLOCK_OPEN_EMS: f32 = 2.0;
/// Lines of one block differ in size by at most 8 % (a 12 pt deck over 10.5 pt body parts)...
pub(super) const BLOCK_SIZE_STEP: f32 = 1.08;
/// ...or 25 % in an OCR layer, whose sizes follow each word's scan.
pub(super) const OCR_BLOCK_SIZE_STEP: f32 = 1.25;
/// The second line of a block follows the first within 1.75 lines...
pub(super) const FIRST_PITCH_EMS: f32 = 1.75;
/// ...and later lines keep the block's pitch within 30 %.
pub(super) const PITCH_STEP: f32 = 1.3;
/// Lines closer than half a line are one line's pieces, not a block's lines.
pub(super) const MIN_PITCH_EMS: f32 = 0.5;
/// A rule between two lines lies below the upper baseline (less a fraction of a point)...
pub(super) const RULE_UNDER_BASELINE_PT: f32 = 0.2;
/// ...above the middle of the lower line...
pub(super) const RULE_INTO_LINE_EMS: f32 = 0.5;
/// ...and across 30 % of it.
pub(super) const RULE_ACROSS_LINE: f32 = 0.3;
/// Capitals: at least four cased letters, nine in ten of them upper case.
pub(super) const CAPITALS_MIN_LETTERS: usize = 4;

// Block kinds.

/// A headline is set at 1.25 times the body size or more.
pub(super) const HEADLINE_SIZE: f32 = 1.25;
/// A bold block at 95 % of the body size or more, and short, is a headline too.
pub(super) const BOLD_HEADLINE_SIZE: f32 = 0.95;
/// A bold headline at body size is at most three lines.
pub(super) const BOLD_HEADLINE_MAX_LINES: usize = 3;
/// A headline is at most six lines.
pub(super) const HEADLINE_MAX_LINES: usize = 6;
/// An OCR layer's headline needs eight letters...
pub(super) const OCR_HEADLINE_MIN_LETTERS: usize = 8;
/// ...and two words (a stray large word is scan noise).
pub(super) const OCR_HEADLINE_MIN_WORDS: usize = 2;
/// Furniture and bylines are one or two lines.
pub(super) const FURNITURE_MAX_LINES: usize = 2;
/// A caption is at most six lines.
pub(super) const CAPTION_MAX_LINES: usize = 6;
/// The top margin: the top 8 % of the page.
pub(super) const TOP_MARGIN: f32 = 0.08;
/// The bottom margin: below 95 % of the page.
pub(super) const BOTTOM_MARGIN: f32 = 0.95;
/// A caption starts within two and a half of its lines under a picture...
pub(super) const CAPTION_GAP_EMS: f32 = 2.5;
/// ...and lies 60 % under it.
pub(super) const CAPTION_UNDER_FIGURE: f32 = 0.6;
/// A pull quote's attribution is at most three lines...
pub(super) const ATTRIBUTION_MAX_LINES: usize = 3;
/// ...within two of the quote's lines below it.
pub(super) const ATTRIBUTION_GAP_EMS: f32 = 2.0;
/// The masthead starts in the top 15 % of the page...
pub(super) const MASTHEAD_TOP: f32 = 0.15;
/// ...and spans half its width.
pub(super) const MASTHEAD_WIDTH: f32 = 0.5;

// Reading order and continuations.

/// Half an em: a line may start this far left of another and still stand right of it.
pub(super) const HALF_EM: f32 = 0.5;
/// A story fills the foot of its column when its last line ends within three of its lines of
/// the lowest text on the page.
pub(super) const FOOT_REACH_EMS: f32 = 3.0;
/// A continuation is set within 20 % of the size of the story it continues.
pub(super) const CONTINUATION_SIZE_STEP: f32 = 0.2;

// Lines: runs on one baseline.

/// Glyph boxes: the ascent above the baseline and the descent below it, in ems.
pub(super) const ASCENT: f32 = 0.88;
/// See [`ASCENT`].
pub(super) const DESCENT: f32 = 0.12;
/// Runs whose baselines lie within 0.3 em share a line (superscripts and OCR jitter too).
pub(super) const BASELINE_BAND_EMS: f32 = 0.3;
/// A copy of a glyph within an eighth of an em is fake bold...
pub(super) const FAKE_BOLD_OFFSET_EMS: f32 = 0.125;
/// ...at the same size within 10 %.
pub(super) const FAKE_BOLD_SIZE_STEP: f32 = 0.1;
/// Bands of baselines for finding visible text under an OCR layer, in points.
pub(super) const OCR_BAND_PT: f32 = 2.0;
/// A glyph is inked over at least 0.3 em, whatever its advance says.
pub(super) const MIN_INK_EMS: f32 = 0.3;
/// An OCR layer drifts up to 0.35 em from the print it was read from...
pub(super) const OCR_DRIFT_EMS: f32 = 0.35;
/// ...and its sizes within half again of the print's; pieces of one line within this ratio
/// are mended too.
pub(super) const OCR_SIZE_RATIO: f32 = 1.5;
/// A gap of 0.9 em splits a line (a column gutter; word spaces are narrower).
pub(super) const LINE_GAP_EMS: f32 = 0.9;
/// Neighbouring glyphs differ in size by at most 30 % within one line...
pub(super) const LINE_SIZE_STEP: f32 = 1.3;
/// ...or 2.5 times in an OCR layer, whose sizes follow each word's scan.
pub(super) const OCR_LINE_SIZE_STEP: f32 = 2.5;
/// A space between two CJK characters is half an em or more (they are set solid)...
pub(super) const CJK_SPACE_EMS: f32 = 0.5;
/// ...between Latin letters 0.15 em...
pub(super) const LATIN_SPACE_EMS: f32 = 0.15;
/// ...and between CJK and Latin 0.3 em: typesetters leave a quarter em there without a space.
pub(super) const MIXED_SPACE_EMS: f32 = 0.3;
/// Lines within five of a line's sizes above and below tell whether a gap is a gutter.
pub(super) const COVER_REACH_EMS: f32 = 5.0;
/// Lines with text within three ems of a gap stand near it.
pub(super) const NEARBY_EMS: f32 = 3.0;
/// A line's last glyph covers 60 % of its advance.
pub(super) const LAST_INK: f32 = 0.6;
/// Wide punctuation is inked in at most 0.6 em (squeezed or not).
pub(super) const WIDE_INK_EMS: f32 = 0.6;
/// Gaps wider than 0.1 em are a line's spaces.
pub(super) const SPACE_MIN_EMS: f32 = 0.1;
/// A gutter is at least a quarter em wide...
pub(super) const GUTTER_MIN_EMS: f32 = 0.25;
/// ...and, in a line with three spaces or more, half again as wide as its typical space.
pub(super) const GUTTER_OVER_SPACE: f32 = 1.5;
/// See [`GUTTER_OVER_SPACE`].
pub(super) const MIN_SPACES: usize = 3;
/// A word gap of up to four ems can be mended (justified narrow columns, OCR word spaces).
pub(super) const MEND_MAX_GAP_EMS: f32 = 4.0;
/// A mended gap must be covered 0.3 em in from both of its ends.
pub(super) const MEND_INSET_EMS: f32 = 0.3;
/// The body size of a page with no text to measure.
pub(super) const DEFAULT_BODY_PT: f32 = 10.0;
