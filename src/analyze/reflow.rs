//! Decisions between two body lines: join (and how), heal a column break, or break the
//! paragraph.

use super::thresholds::*;
use crate::model::{Decision, Joiner, Rule};
use crate::text::features::LineFeatures;
use crate::text::script::{is_ambiguous_punct, is_hangul, is_wide};
use std::collections::HashSet;

/// Words of the page, collected the first time a hyphen needs them.
#[derive(Clone, Debug, Default)]
pub struct PageWords {
    /// Lowercase words without hyphens.
    words: HashSet<String>,
    /// Lowercase hyphenated compounds ("well-known").
    compounds: HashSet<String>,
}

impl PageWords {
    /// Collects the words printed whole inside lines (never the halves of a broken word).
    pub fn of_lines<'a>(lines: impl Iterator<Item = &'a str>) -> PageWords {
        let mut out = PageWords::default();
        let mut after_hyphen = false;
        for line in lines {
            let tokens: Vec<&str> = line.split(|c: char| !(c.is_alphanumeric() || c == '-')).collect();
            let last = tokens.len().saturating_sub(1);
            let ends_hyphen = line.trim_end().ends_with('-');
            // The first word after a line ending in a hyphen may be a word's second half.
            let first = tokens.iter().position(|t| !t.is_empty());
            for (i, token) in tokens.iter().enumerate() {
                let token = token.trim_start_matches('-');
                if token.is_empty()
                    || token.ends_with('-')
                    || (i == last && ends_hyphen)
                    || (after_hyphen && Some(i) == first)
                {
                    continue;
                }
                let lower = token.to_lowercase();
                if lower.contains('-') {
                    out.compounds.insert(lower);
                } else {
                    out.words.insert(lower);
                }
            }
            if !line.trim().is_empty() {
                after_hyphen = ends_hyphen;
            }
        }
        out
    }
}

/// Words that form compounds with a hyphen ("well-known", "self-made"; French "demi-heure",
/// "après-midi", "arrière-garde", "belle-mère").
const COMPOUND_PREFIXES: &[&str] = &[
    "all", "anti", "cross", "ex", "far", "full", "half", "high", "ill", "long", "low", "non", "self", "short", "vice",
    "well", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "so", "demi", "mi", "après",
    "arrière", "belle",
];

/// Endings that make a word, not a compound ("high-ly" is "highly").
const SUFFIXES: &[&str] = &[
    "ly", "er", "ers", "est", "ness", "ing", "ings", "ed", "es", "s", "ish", "ity", "ment", "ments", "ful", "less",
    "ous", "ance", "ence", "ion", "ions", "al", "ic", "y",
];

/// The page's words, collected on first use: most pages (all CJK ones) never need them.
pub struct LazyWords<'p> {
    lines: &'p [crate::model::Line],
    words: Words<'p>,
}

/// Where the collected words are kept: with the wrapper, or in a cache its owner keeps.
enum Words<'p> {
    Own(std::cell::OnceCell<PageWords>),
    Shared(&'p std::sync::OnceLock<PageWords>),
}

impl<'p> LazyWords<'p> {
    /// Wraps the page's lines; nothing is collected yet.
    pub fn new(lines: &'p [crate::model::Line]) -> LazyWords<'p> {
        LazyWords { lines, words: Words::Own(std::cell::OnceCell::new()) }
    }

    /// Wraps the page's lines, keeping the words in `cache` once collected (a document
    /// decides many boundaries and collects them once).
    pub fn shared(lines: &'p [crate::model::Line], cache: &'p std::sync::OnceLock<PageWords>) -> LazyWords<'p> {
        LazyWords { lines, words: Words::Shared(cache) }
    }

    fn get(&self) -> &PageWords {
        let collect = || PageWords::of_lines(self.lines.iter().map(|l| l.text.as_str()));
        match &self.words {
            Words::Own(cell) => cell.get_or_init(collect),
            Words::Shared(cache) => cache.get_or_init(collect),
        }
    }
}

/// Words that open a paragraph in Chinese news writing, not a sentence in mid-paragraph.
const PARAGRAPH_OPENERS: &[&str] = &[
    "据了解",
    "据悉",
    "据介绍",
    "据统计",
    "据报道",
    "记者了解到",
    "记者注意到",
    "记者获悉",
    "会上",
    "会议强调",
    "会议要求",
    "会议指出",
    "会议认为",
    "会议决定",
    "会议研究",
    "據了解",
    "據悉",
    "據介紹",
    "據統計",
    "據報導",
    "記者了解到",
    "記者注意到",
    "記者獲悉",
    "會上",
    "會議強調",
    "會議要求",
    "會議指出",
];

/// Glue for two lines of one paragraph, `a` above `b` (both trimmed, non-empty).
///
/// ```
/// use broadsheet::analyze::reflow::{joiner, LazyWords};
/// use broadsheet::text::features::LineFeatures;
/// use broadsheet::model::{Joiner, Rule};
/// let words = LazyWords::new(&[]);
/// let j = |a: &str, b: &str| joiner(a, b, &LineFeatures::of(a), &LineFeatures::of(b), &words);
/// assert_eq!(j("西宁市教育系统", "师德宣讲团"), (Joiner::NoSpace, Rule::CjkSegmentBreak));
/// assert_eq!(j("the town", "council"), (Joiner::Space, Rule::LatinSpace));
/// assert_eq!(j("the commis-", "sioners met"), (Joiner::Dehyphenate, Rule::Dehyphenate));
/// assert_eq!(j("a well-", "known man"), (Joiner::NoSpace, Rule::HyphenCompoundPrefix));
/// assert_eq!(j("une demi-", "heure"), (Joiner::NoSpace, Rule::HyphenCompoundPrefix));
/// ```
pub fn joiner(a: &str, b: &str, fa: &LineFeatures, fb: &LineFeatures, words: &LazyWords) -> (Joiner, Rule) {
    let last = fa.last;
    let first = fb.first;
    // The file's word decides first.
    match fa.soft_hyphen {
        Some(false) => return (Joiner::NoSpace, Rule::HyphenAsPrinted),
        Some(true) if !matches!(last, '-' | '\u{AD}' | '‐') => return (Joiner::Dehyphenate, Rule::SoftHyphenMarked),
        _ => {}
    }
    if matches!(last, '-' | '\u{AD}' | '‐')
        && !a.ends_with("--")
        && let Some(decision) = hyphen(a, b, words)
    {
        return decision;
    }
    if matches!(last, '—' | '―') && !fa.cjk && a.trim_end_matches(['—', '―']).ends_with(char::is_alphanumeric) {
        return (Joiner::NoSpace, Rule::DashJoin);
    }
    if is_hangul(last) || is_hangul(first) {
        return (Joiner::Space, Rule::LatinSpace);
    }
    let wide_a = is_wide(last) || (fa.cjk && is_ambiguous_punct(last));
    let wide_b = is_wide(first) || (fb.cjk && is_ambiguous_punct(first));
    // A number broken at a line end inside CJK text ("1" / "2.4公里").
    let digits = last.is_ascii_digit() && first.is_ascii_digit() && (fa.cjk || fb.cjk);
    if wide_a && wide_b {
        (Joiner::NoSpace, Rule::CjkSegmentBreak)
    } else if digits || ((wide_a || wide_b) && (fa.cjk || fb.cjk)) {
        (Joiner::NoSpace, Rule::CjkLatinNoSpace)
    } else {
        (Joiner::Space, Rule::LatinSpace)
    }
}

/// Keep or drop an end-of-line hyphen; `None` when it is not between word characters.
fn hyphen(a: &str, b: &str, words: &LazyWords) -> Option<(Joiner, Rule)> {
    let before = a.trim_end().char_indices().next_back().map(|(i, _)| &a[..i])?;
    let prefix_start = before
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let prefix = &before[prefix_start..];
    let chained = before[..prefix_start].ends_with(['-', '‐']) && !prefix.is_empty();
    let suffix_end = b.find(|c: char| !c.is_alphanumeric()).unwrap_or(b.len());
    let suffix = &b[..suffix_end];
    let (p_last, s_first) = (prefix.chars().next_back()?, suffix.chars().next()?);
    if p_last.is_ascii_digit() || s_first.is_ascii_digit() {
        return Some((Joiner::NoSpace, Rule::HyphenDigits));
    }
    if !p_last.is_alphabetic() || !s_first.is_alphabetic() {
        return None;
    }
    // What the page prints elsewhere decides first.
    let (prefix_l, suffix_l) = (prefix.to_lowercase(), suffix.to_lowercase());
    let page = words.get();
    if page.compounds.contains(&format!("{prefix_l}-{suffix_l}")) {
        return Some((Joiner::NoSpace, Rule::HyphenSeenOnPage));
    }
    if page.words.contains(&format!("{prefix_l}{suffix_l}")) {
        return Some((Joiner::Dehyphenate, Rule::DehyphenateSeenOnPage));
    }
    if chained {
        return Some((Joiner::NoSpace, Rule::HyphenChain));
    }
    // A name inside a sentence: a capital after a word that ends no sentence.
    let inside_sentence = before[..prefix_start]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ':'));
    let capitalised =
        prefix.chars().next().is_some_and(char::is_uppercase) && prefix.chars().skip(1).all(char::is_lowercase);
    if capitalised
        && inside_sentence
        && s_first.is_lowercase()
        && page.words.contains(&prefix_l)
        && page.words.contains(&suffix_l)
    {
        return Some((Joiner::NoSpace, Rule::HyphenAfterName));
    }
    let all_caps = prefix.chars().all(char::is_uppercase) && prefix.chars().count() > 1;
    if s_first.is_uppercase() && !all_caps {
        return Some((Joiner::NoSpace, Rule::HyphenBeforeCapital));
    }
    // Short prefixes also open plain words ("ex-pect", "so-ciety"): they keep the hyphen only
    // before a word the page prints whole ("ex-president").
    let short = prefix_l.chars().count() <= 3;
    if COMPOUND_PREFIXES.contains(&prefix_l.as_str())
        && !SUFFIXES.contains(&suffix_l.as_str())
        && (!short || page.words.contains(&suffix_l))
    {
        return Some((Joiner::NoSpace, Rule::HyphenCompoundPrefix));
    }
    Some((Joiner::Dehyphenate, Rule::Dehyphenate))
}

/// The column facts a body decision needs about the upper line.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Estimated column width in cells.
    pub width: usize,
    /// The lower line is at least three cells short of its column while its paragraph runs
    /// on below it: in CJK text, the first line of a paragraph whose two-character indent
    /// was lost in extraction.
    pub below_starts_short: bool,
    /// The article marks its paragraphs by indenting their first lines (seen at least twice
    /// after a sentence end), so a blank line before an unindented line is a column break.
    pub page_indents: bool,
}

impl Column {
    /// A column of unknown width: no line fills it, none is short for it.
    pub const UNKNOWN: Column = Column { width: 1 << 20, below_starts_short: false, page_indents: false };
}

/// The decision between two body lines of one article, `blank_lines` apart.
pub fn decide(
    (a, fa): (&str, &LineFeatures),
    (b, fb): (&str, &LineFeatures),
    blank_lines: usize,
    column: Column,
    words: &LazyWords,
) -> (Decision, Rule) {
    let glue = |(j, r): (Joiner, Rule)| {
        if blank_lines > 0 { (Decision::HealColumnBreak(j), r) } else { (Decision::Join(j), r) }
    };
    if fa.fragment || fb.fragment {
        let digits = fa.last.is_ascii_digit() && fb.first.is_ascii_digit();
        let joiner = if digits || is_wide(fa.last) || is_wide(fb.first) { Joiner::NoSpace } else { Joiner::Space };
        return glue((joiner, Rule::DigitFragment));
    }
    let (joiner, join_rule) = joiner(a, b, fa, fb, words);
    if blank_lines > 0 {
        if fb.first.is_lowercase() {
            return glue((joiner, Rule::ContinuesLowercase));
        }
        if !fa.ends_sentence {
            return glue((joiner, Rule::ColumnBreakMidSentence));
        }
        // A short line ending a sentence ends its paragraph, even where the next column's
        // first line is not indented (after a pull quote or picture at its top).
        if fa.width * 10 < column.width * SHORT_LINE_TENTHS && !fa.cjk {
            return (Decision::ParagraphBreak, Rule::ShortLineSentenceEnd);
        }
        if column.page_indents && !fb.indent {
            return glue((joiner, Rule::ColumnBreakNoIndent));
        }
        if fa.cjk && fb.cjk && !fb.indent && fa.width + FULL_LINE_SLACK_CELLS >= column.width {
            if column.below_starts_short {
                return (Decision::ParagraphBreak, Rule::IndentLostFirstLine);
            }
            if PARAGRAPH_OPENERS.iter().any(|o| b.starts_with(o)) {
                return (Decision::ParagraphBreak, Rule::ParagraphOpener);
            }
            return glue((joiner, Rule::ColumnBreakFullLine));
        }
        return (Decision::ParagraphBreak, Rule::BlankAfterSentence);
    }
    if fa.ends_sentence && fb.indent {
        return (Decision::ParagraphBreak, Rule::IndentAfterSentence);
    }
    if fa.ends_sentence && fa.cjk && fb.cjk && column.below_starts_short {
        return (Decision::ParagraphBreak, Rule::IndentLostFirstLine);
    }
    if fa.ends_sentence && fa.width * 10 < column.width * SHORT_LINE_TENTHS && !fb.first.is_lowercase() {
        return (Decision::ParagraphBreak, Rule::ShortLineSentenceEnd);
    }
    glue((joiner, join_rule))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decide_texts(a: &str, b: &str, blanks: usize, width: usize, page: &[&str]) -> (Decision, Rule) {
        let lines: Vec<crate::model::Line> = crate::model::Page::from_text("t", "UTF-8", &page.join("\n")).lines;
        let words = LazyWords::new(&lines);
        decide(
            (a, &LineFeatures::of(a)),
            (b, &LineFeatures::of(b)),
            blanks,
            Column { width, below_starts_short: false, page_indents: false },
            &words,
        )
    }

    #[test]
    fn column_break_mid_sentence_is_healed() {
        let d = decide_texts("第六届世界绿色发展投资贸易博览会是时隔", "五年后恢复举办的重大活动，", 1, 34, &[]);
        assert_eq!(d, (Decision::HealColumnBreak(Joiner::NoSpace), Rule::ColumnBreakMidSentence));
    }

    #[test]
    fn blank_after_sentence_is_a_paragraph_break() {
        let d = decide_texts("牌。", "在首场宣讲活动中，宣讲团4名成员分别", 1, 34, &[]);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::BlankAfterSentence));
    }

    #[test]
    fn full_cjk_line_before_blank_is_a_column_break() {
        let d = decide_texts("师德师风建设品牌，擦亮了品牌形象。", "在首场宣讲活动中", 1, 34, &[]);
        assert_eq!(d, (Decision::HealColumnBreak(Joiner::NoSpace), Rule::ColumnBreakFullLine));
    }

    #[test]
    fn a_short_first_line_after_a_full_sentence_end_starts_a_paragraph() {
        let lines: Vec<crate::model::Line> = Vec::new();
        let words = LazyWords::new(&lines);
        let (a, b) = ("推动全省经济高质量发展，效果显著。", "据了解，全市今年共有");
        let column = Column { width: 34, below_starts_short: true, page_indents: false };
        let d = decide((a, &LineFeatures::of(a)), (b, &LineFeatures::of(b)), 1, column, &words);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::IndentLostFirstLine));
        let d = decide((a, &LineFeatures::of(a)), (b, &LineFeatures::of(b)), 0, column, &words);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::IndentLostFirstLine));
        let full = Column { below_starts_short: false, ..column };
        let c = "全市今年共有十二个乡镇";
        let d = decide((a, &LineFeatures::of(a)), (c, &LineFeatures::of(c)), 1, full, &words);
        assert_eq!(d.1, Rule::ColumnBreakFullLine);
    }

    #[test]
    fn on_an_indenting_page_an_unindented_line_after_a_blank_continues() {
        let lines: Vec<crate::model::Line> = Vec::new();
        let words = LazyWords::new(&lines);
        let (a, b, c) = (
            "the council said on Monday that the vote would be held.",
            "The vote was close.",
            "    The vote was close.",
        );
        let column = Column { width: 60, below_starts_short: false, page_indents: true };
        let d = decide((a, &LineFeatures::of(a)), (b, &LineFeatures::of(b)), 1, column, &words);
        assert_eq!(d, (Decision::HealColumnBreak(Joiner::Space), Rule::ColumnBreakNoIndent));
        let d = decide((a, &LineFeatures::of(a)), (c.trim(), &LineFeatures::of(c)), 1, column, &words);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::BlankAfterSentence));
        // A short line ending a sentence ends its paragraph, indent or not.
        let short = "the council said.";
        let d = decide((short, &LineFeatures::of(short)), (b, &LineFeatures::of(b)), 1, column, &words);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::ShortLineSentenceEnd));
    }

    #[test]
    fn a_paragraph_opener_after_a_full_line_starts_a_paragraph() {
        let d = decide_texts("推动全省经济高质量发展，效果显著。", "据了解，全市今年共有", 1, 34, &[]);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::ParagraphOpener));
        let d = decide_texts("推动全省经济高质量发展，效果显著。", "全市今年共有十二个", 1, 34, &[]);
        assert_eq!(d.1, Rule::ColumnBreakFullLine);
    }

    #[test]
    fn lowercase_after_blank_continues() {
        let d = decide_texts("the town's plan-", "ning board met.", 1, 64, &[]);
        assert_eq!(d, (Decision::HealColumnBreak(Joiner::Dehyphenate), Rule::ContinuesLowercase));
    }

    #[test]
    fn short_sentence_end_without_blank_breaks_the_paragraph() {
        let d = decide_texts("the vote.", "Mayor Hill said the plan was sound and would be carried.", 0, 64, &[]);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::ShortLineSentenceEnd));
        let d = decide_texts("牌。", "在首场宣讲活动中", 0, 34, &[]);
        assert_eq!(d.0, Decision::ParagraphBreak);
        let d = decide_texts("He said the city had no choice but to pay the full price.", "The council", 0, 64, &[]);
        assert_eq!(d, (Decision::Join(Joiner::Space), Rule::LatinSpace));
    }

    #[test]
    fn indent_after_sentence_breaks_the_paragraph() {
        let d = decide_texts("He said the city had no choice but to pay the full price.", "  The council", 0, 64, &[]);
        assert_eq!(d, (Decision::ParagraphBreak, Rule::IndentAfterSentence));
    }

    #[test]
    fn digit_fragments_join_both_sides() {
        assert_eq!(decide_texts("全市共有", "1", 0, 34, &[]), (Decision::Join(Joiner::NoSpace), Rule::DigitFragment));
        assert_eq!(
            decide_texts("1", "2个乡镇参与试点", 0, 34, &[]),
            (Decision::Join(Joiner::NoSpace), Rule::DigitFragment)
        );
        assert_eq!(
            decide_texts("于", "3月", 1, 34, &[]),
            (Decision::HealColumnBreak(Joiner::NoSpace), Rule::DigitFragment)
        );
    }

    #[test]
    fn hyphens_kept_or_dropped() {
        let page = ["the well-known mayor", "the commissioners met", "a long-term plan"];
        assert_eq!(decide_texts("the commis-", "sioners met", 0, 64, &page).1, Rule::DehyphenateSeenOnPage);
        assert_eq!(decide_texts("a long-", "term plan", 0, 64, &page).1, Rule::HyphenSeenOnPage);
        assert_eq!(decide_texts("in 10-", "20 years", 0, 64, &page).1, Rule::HyphenDigits);
        assert_eq!(decide_texts("said Jean-", "Paul Roux", 0, 64, &page).1, Rule::HyphenBeforeCapital);
        assert_eq!(decide_texts("a self-", "made man", 0, 64, &page).1, Rule::HyphenCompoundPrefix);
        assert_eq!(decide_texts("we ex-", "pect rain", 0, 64, &page).1, Rule::Dehyphenate);
        let days = ["on Sunday we read", "in the afternoon", "to Wash state"];
        assert_eq!(decide_texts("two Sunday-", "afternoon readings", 0, 64, &days).1, Rule::HyphenAfterName);
        assert_eq!(decide_texts("Sunday-", "afternoon readings", 0, 64, &days).1, Rule::Dehyphenate);
        assert_eq!(decide_texts("met in Wash-", "ington today", 0, 64, &days).1, Rule::Dehyphenate);
        // The second half of a broken word is no word of the page.
        let broken = ["forecasters ex-", "pect rain"];
        assert_eq!(decide_texts("we ex-", "pect rain", 0, 64, &broken).1, Rule::Dehyphenate);
        let with_mayor = ["the well-known mayor", "the mayor spoke"];
        assert_eq!(decide_texts("the ex-", "mayor said", 0, 64, &with_mayor).1, Rule::HyphenCompoundPrefix);
        assert_eq!(decide_texts("it was high-", "ly unusual", 0, 64, &page).1, Rule::Dehyphenate);
        assert_eq!(
            decide_texts("the ap-", "proved plan", 0, 64, &page),
            (Decision::Join(Joiner::Dehyphenate), Rule::Dehyphenate)
        );
        assert_eq!(decide_texts("MILL-", "ERS UNITE", 0, 64, &page).1, Rule::Dehyphenate);
        assert_eq!(
            decide_texts("the hook-and-", "ladder company", 0, 64, &page),
            (Decision::Join(Joiner::NoSpace), Rule::HyphenChain)
        );
        let page = ["before the pandemic"];
        assert_eq!(decide_texts("of pre-pan-", "demic levels", 0, 64, &page).1, Rule::DehyphenateSeenOnPage);
    }

    #[test]
    fn close_set_dash_joins_without_space() {
        assert_eq!(
            decide_texts("the length of the pier—", "a structure of", 0, 64, &[]),
            (Decision::Join(Joiner::NoSpace), Rule::DashJoin)
        );
        assert_eq!(decide_texts("the length of the pier —", "a structure of", 0, 64, &[]).1, Rule::LatinSpace);
    }

    #[test]
    fn cjk_quotes_join_without_space() {
        let d = decide_texts("协力推进现代美丽幸福大西宁建设”", "的工作要求，", 0, 34, &[]);
        assert_eq!(d, (Decision::Join(Joiner::NoSpace), Rule::CjkSegmentBreak));
        let d = decide_texts("要深入学习贯彻习近平总书记在8月31", "日中共中央政治局", 0, 34, &[]);
        assert_eq!(d, (Decision::Join(Joiner::NoSpace), Rule::CjkLatinNoSpace));
        let d = decide_texts("宣示這項建設進入施工階段。全線長約1", "2.4公里，沿線設6座車站", 0, 34, &[]);
        assert_eq!(d, (Decision::Join(Joiner::NoSpace), Rule::CjkLatinNoSpace));
    }
}
