//! The length bounds of the line features, with the reason for each. Lengths are in
//! characters (not counting spaces where the feature says so).

/// Page furniture is a short line: at most 100 characters.
pub(super) const FURNITURE_MAX_CHARS: usize = 100;
/// A CJK photo credit line is at most 20 characters.
pub(super) const CJK_CREDIT_MAX_CHARS: usize = 20;
/// A byline is at most 60 characters...
pub(super) const BYLINE_MAX_CHARS: usize = 60;
/// ...a CJK one (and a CJK running head with its date) at most 30.
pub(super) const CJK_BYLINE_MAX_CHARS: usize = 30;
/// An attribution ("— Ald. Rosa Vega") is at most 50 characters.
pub(super) const ATTRIBUTION_MAX_CHARS: usize = 50;
/// A fragment split off its line by extraction ("5月", "1") is at most five characters.
pub(super) const FRAGMENT_MAX_CHARS: usize = 5;
/// A CJK headline is 2 to 40 characters.
pub(super) const CJK_HEADLINE_CHARS: std::ops::RangeInclusive<usize> = 2..=40;
/// A Latin headline is at most 100 characters...
pub(super) const HEADLINE_MAX_CHARS: usize = 100;
/// ...and 16 words.
pub(super) const HEADLINE_MAX_WORDS: usize = 16;
/// Words of four letters or more say whether a line is in Title Case...
pub(super) const TITLE_WORD_MIN_LETTERS: usize = 4;
/// ...when three quarters of them are capitalised.
pub(super) const TITLE_CASE_QUARTERS: usize = 3;
