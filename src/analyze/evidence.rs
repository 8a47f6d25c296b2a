//! Evidence for the two segmentation questions hand rules cannot answer exactly:
//!
//! - **opens**: does a block of text (a run of lines between blank lines) that no dateline,
//!   byline or headline opens start a new article, or continue the one before it?
//! - **headline**: is a short run of headline-like lines a headline (it heads an article), or
//!   a subheading, a label, a line of running text?
//!
//! Each candidate is described by named features of its lines and their neighbours; a
//! logistic model turns them into a probability. The weights are fitted on real pages
//! (`broadsheet fit`, see [`crate::analyze::Model`]) and shipped in `weights.ron`; every
//! decision keeps the features that weighed most, so `explain` can show them.

use crate::text::features::{HeadlineShape, LineFeatures};
use crate::text::script;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The question a candidate asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// A block that nothing else opens starts a new article.
    Opens,
    /// A run of headline-like lines is a headline.
    Headline,
    /// A headline belongs to an article (it may be printed away from it).
    Matches,
}

impl Question {
    /// Every question.
    pub const ALL: [Question; 3] = [Question::Opens, Question::Headline, Question::Matches];

    /// The features that describe a candidate for this question.
    pub fn features(self) -> &'static [Feature] {
        match self {
            Question::Opens => OPENS,
            Question::Headline => HEADLINE,
            Question::Matches => MATCHES,
        }
    }
}

/// A named feature: its name in the weights file, and what it says, for `explain`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feature {
    /// Kebab-case name, as in `weights.ron`.
    pub name: &'static str,
    /// What the feature measures.
    pub description: &'static str,
}

macro_rules! features {
    ($list:ident: $($name:literal => $doc:literal),* $(,)?) => {
        const $list: &[Feature] = &[$(Feature { name: $name, description: $doc }),*];
    };
}

features! { OPENS:
    "bias" => "always 1",
    "prev-ends-sentence" => "the text above ends a sentence",
    "prev-hyphen" => "the text above ends in a hyphen",
    "first-lowercase" => "the block starts in lowercase",
    "first-capitals" => "the block's first line is in capitals",
    "first-headline-shape" => "the block's first line is shaped like a headline",
    "one-line" => "the block is one line",
    "lines" => "the block's length (log of its lines)",
    "width" => "the block's mean line width against its column",
    "prev-width" => "the last line above against its column",
    "symbols" => "the share of the block's characters that are neither letters, digits nor punctuation (OCR of ornaments, advertisements)",
    "digits" => "the share of digits among the block's letters and digits",
    "after-furniture" => "page furniture or the page's top stands right above",
    "prev-one-line" => "the block above is one line",
    "indent" => "the block's first line is indented",
    "cjk" => "the block is CJK text",
    "wide-gap" => "two blank lines or more stand above it (text exports part stories so)",
    "larger" => "its first line's type against the page's body type (log of the ratio; 0 where the file gives no sizes)",
}

features! { HEADLINE:
    "bias" => "always 1",
    "rules-accept" => "the hand rules take it for a headline (it stands apart from the running text)",
    "strong-shape" => "Title Case or capitals (CJK: no sentence punctuation)",
    "sentence-case" => "a sentence-case line short for its column",
    "stopped" => "Title Case or capitals ending in a full stop (older papers)",
    "whole-block" => "blank lines (or the page's edge) above and below it",
    "text-follows" => "running text follows it without a blank line",
    "next-lowercase" => "the line after it starts in lowercase",
    "prev-ends-sentence" => "the text above ends a sentence",
    "story-below" => "a dateline, byline or indented line follows",
    "lines" => "how many lines it has",
    "width" => "its width against its column",
    "capitals" => "the share of its letters in capitals",
    "cjk" => "CJK text",
    "listed" => "it stands in a list of headlines",
    "byline-follows" => "a byline or dateline follows it (a blank line between or not)",
    "blank-before" => "a blank line (or the page's top) stands above it",
    "blank-after" => "a blank line stands below it",
    "first-on-page" => "no text stands above it",
    "ends-sentence" => "it ends a sentence",
    "title-case" => "Latin in Title Case (not capitals)",
    "page-inline-heads" => "the share of the page's headline-like runs that run straight into text (many: the page's subheadings)",
    "wide-gap" => "two blank lines or more stand above it (text exports part stories so)",
    "last-on-page" => "no text follows it on the page (headlines printed after their stories)",
    "larger" => "its type against the page's body type (log of the ratio; 0 where the file gives no sizes)",
    "bold" => "set in bold (where the file says)",
    "symbols" => "the share of its characters that are neither letters, digits nor punctuation (ornaments, OCR noise)",
    "digits" => "the share of digits among its letters and digits (prices, tables, dates)",
    "garbled" => "the share of its Latin words that read as OCR noise (no vowel, or a capital after a small letter)",
}

features! { MATCHES:
    "bias" => "always 1",
    "overlap" => "the share of the headline's words (CJK: character pairs) the article's opening prints",
    "above" => "the headline is the last one printed directly above the article",
    "below" => "the headline is the first one printed right after the article",
    "next-article" => "the article is the first after the headline in reading order",
    "distance" => "how many articles stand between them (log)",
    "listed" => "the headline stands in a list of headlines printed together",
    "orphan" => "no article follows the headline directly (headlines printed away from their stories)",
    "orphan-overlap" => "the overlap, for a headline no article follows (where only the words can tell)",
    "outmatched" => "how much more of the headline's words another article prints",
    "page-start" => "the article opens the page with no headline above it (it may continue from an earlier page)",
    "opened-by-evidence" => "the article was opened on evidence (no dateline, byline or headline opened it)",
}

/// The features of one candidate, in the order of [`Question::features`].
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// The question.
    pub question: Question,
    /// The candidate's lines: the first, and one past the last.
    pub lines: (usize, usize),
    /// For a match: the first line of the article the headline is matched with.
    pub target: Option<usize>,
    /// The feature values.
    pub values: Vec<f32>,
}

impl Evidence {
    /// The value of the named feature (0 when the question has no such feature).
    pub fn value(&self, name: &str) -> f32 {
        self.question
            .features()
            .iter()
            .position(|f| f.name == name)
            .and_then(|i| self.values.get(i))
            .copied()
            .unwrap_or(0.0)
    }

    /// Sets the named feature, when the question has it.
    pub fn set(&mut self, name: &str, value: f32) {
        if let Some(slot) =
            self.question.features().iter().position(|f| f.name == name).and_then(|i| self.values.get_mut(i))
        {
            *slot = value;
        }
    }
}

/// Fitted weights for every question.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Weights {
    /// Per question, per feature name, the weight.
    questions: BTreeMap<Question, BTreeMap<String, f32>>,
    /// The weights for pages that say how their lines are printed (OCR files with type
    /// sizes): fitted on those pages and the plain ones together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<Box<Weights>>,
    /// The same weights in the order of [`Question::features`], made on the first verdict.
    #[serde(skip)]
    dense: OnceLock<[Vec<f32>; 3]>,
}

impl PartialEq for Weights {
    fn eq(&self, other: &Weights) -> bool {
        self.questions == other.questions && self.printed == other.printed
    }
}

/// One feature's part in a decision.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Contribution {
    /// The feature.
    pub name: &'static str,
    /// Its weight times its value.
    pub weight: f32,
}

/// A decision made on evidence: the probability, and what weighed most.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    /// The model's probability that the answer is yes.
    pub probability: f32,
    /// The three features that weighed most, largest first.
    pub top: Vec<Contribution>,
}

impl Verdict {
    /// Whether the answer is yes.
    pub fn yes(&self) -> bool {
        self.probability >= 0.5
    }

    /// "p 0.83: one-line +1.20, prev-ends-sentence +0.81, width −0.40".
    pub fn explain(&self) -> String {
        let parts: Vec<String> = self.top.iter().map(|c| format!("{} {:+.2}", c.name, c.weight)).collect();
        format!("p {:.2}: {}", self.probability, parts.join(", "))
    }
}

/// What answers the questions: fitted [`Weights`], or (for studying the fit) the expected
/// result itself.
pub trait Judge {
    /// The verdict on a candidate.
    fn judge(&self, evidence: &Evidence) -> Verdict;

    /// What judges a page that says how its lines are printed (type sizes, weights).
    fn for_print(&self) -> &dyn Judge;
}

impl Judge for Weights {
    fn judge(&self, evidence: &Evidence) -> Verdict {
        Weights::judge(self, evidence)
    }

    fn for_print(&self) -> &dyn Judge {
        match &self.printed {
            Some(printed) => printed.as_ref(),
            None => self,
        }
    }
}

impl Weights {
    /// The weight of `feature` for `question` (0 when the file has none).
    pub fn weight(&self, question: Question, feature: &str) -> f32 {
        self.questions.get(&question).and_then(|w| w.get(feature)).copied().unwrap_or(0.0)
    }

    /// The weights of every question, by feature name.
    pub fn questions(&self) -> &BTreeMap<Question, BTreeMap<String, f32>> {
        &self.questions
    }

    /// Sets the weights of one question.
    pub fn insert(&mut self, question: Question, named: BTreeMap<String, f32>) {
        self.questions.insert(question, named);
        self.dense = OnceLock::new();
    }

    /// The weights of `question` in the order of its features.
    fn dense(&self, question: Question) -> &[f32] {
        let dense = self
            .dense
            .get_or_init(|| Question::ALL.map(|q| q.features().iter().map(|f| self.weight(q, f.name)).collect()));
        &dense[question as usize]
    }

    /// The verdict on a candidate.
    pub fn judge(&self, evidence: &Evidence) -> Verdict {
        let features = evidence.question.features();
        let weights = self.dense(evidence.question);
        // The sum, and the three largest parts (by size, then name) kept in order on the way.
        let mut z = 0.0f32;
        let mut top: Vec<Contribution> = Vec::with_capacity(4);
        for (k, ((f, &w), &v)) in features.iter().zip(weights).zip(&evidence.values).enumerate() {
            let part = Contribution { name: f.name, weight: w * v };
            z += part.weight;
            // Every question's first feature is the bias, which explains nothing.
            if k == 0 || part.weight == 0.0 {
                continue;
            }
            let before = |t: &Contribution| {
                part.weight.abs().total_cmp(&t.weight.abs()).reverse().then(part.name.cmp(t.name)).is_lt()
            };
            let at = top.iter().position(before).unwrap_or(top.len());
            if at < 3 {
                top.insert(at, part);
                top.truncate(3);
            }
        }
        Verdict { probability: 1.0 / (1.0 + (-z).exp()), top }
    }
}

/// How a line is printed, where the file says (OCR formats, PDFs): its type size against
/// the page's body size, and its weight. Plain text knows neither.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Print {
    /// Type size over the body size (0: unknown).
    pub size: f32,
    /// Set in bold.
    pub bold: bool,
}

impl Print {
    /// The log of the size ratio, bounded (0 when unknown).
    fn larger(self) -> f32 {
        if self.size > 0.0 { self.size.ln().clamp(-1.0, 2.0) } else { 0.0 }
    }
}

/// What the evidence reads on the page: each line's features and column width, and for each
/// line the text (non-blank, not furniture) nearest above and below it.
pub struct Page<'a> {
    feats: &'a [LineFeatures],
    column: &'a [usize],
    print: &'a [Print],
    text_above: Vec<Option<usize>>,
    text_below: Vec<Option<usize>>,
}

fn capitals(feats: &LineFeatures, text: &str) -> f32 {
    let _ = feats;
    let (mut upper, mut cased) = (0usize, 0usize);
    for c in text.chars() {
        // ASCII and the CJK blocks (no case) are answered without the Unicode tables.
        let (is_upper, is_lower) = match c {
            '\0'..='\u{7F}' => (c.is_ascii_uppercase(), c.is_ascii_lowercase()),
            '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{9FFF}' | '\u{FF01}'..='\u{FF20}' => (false, false),
            _ => (c.is_uppercase(), c.is_lowercase()),
        };
        upper += usize::from(is_upper);
        cased += usize::from(is_upper || is_lower);
    }
    if cased == 0 { 0.0 } else { upper as f32 / cased as f32 }
}

/// A text's characters that are not white space, by class.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    /// Neither letters, digits nor common punctuation (ornaments, OCR noise).
    symbols: usize,
    /// ASCII digits.
    digits: usize,
    /// Letters and digits.
    alnum: usize,
    /// Every character but white space.
    all: usize,
}

impl Counts {
    /// Counts `text`, with the common cases (ASCII, Han ideographs) read off the UTF-8 bytes.
    fn of(text: &str) -> Counts {
        let mut counts = Counts::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if b < 0x80 {
                counts.add_char(char::from(b));
                at += 1;
            } else if (0xE5..=0xE9).contains(&b) || (b == 0xE4 && bytes.get(at + 1).is_some_and(|&s| s >= 0xB8)) {
                // U+4E00..U+9FFF: an ideograph, a letter.
                counts.all += 1;
                counts.alnum += 1;
                at += 3;
            } else {
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
                counts.add_char(c);
                at += c.len_utf8();
            }
        }
        counts
    }

    /// Counts one character.
    fn add_char(&mut self, c: char) {
        if c.is_whitespace() {
            return;
        }
        let alnum = script::is_alnum(c);
        self.all += 1;
        self.alnum += usize::from(alnum);
        self.digits += usize::from(c.is_ascii_digit());
        self.symbols +=
            usize::from(!alnum && !matches!(c, '.' | ',' | ';' | ':' | '\'' | '’' | '-' | '!' | '?' | '"' | '(' | ')'));
    }

    fn add(self, other: Counts) -> Counts {
        Counts {
            symbols: self.symbols + other.symbols,
            digits: self.digits + other.digits,
            alnum: self.alnum + other.alnum,
            all: self.all + other.all,
        }
    }
}

/// The share of `text`'s Latin words (two letters or more) that read as OCR noise: no vowel
/// ("Qmmerce" reads, "HtaXM" does not), or a capital after a small letter ("UMDAMSUAKtS").
fn garbled(text: &str) -> f32 {
    let (mut words, mut noise) = (0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.chars().count() < 2
            || !word.chars().all(|c| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c))
        {
            continue;
        }
        words += 1;
        let vowel = word.chars().any(|c| "aeiouyAEIOUYàâäéèêëîïôöùûüÿÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ".contains(c));
        let mut lower_seen = false;
        let mut mixed = false;
        for c in word.chars() {
            mixed |= lower_seen && c.is_uppercase();
            lower_seen |= c.is_lowercase();
        }
        noise += usize::from(!vowel || mixed);
    }
    if words == 0 { 0.0 } else { noise as f32 / words as f32 }
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

impl<'a> Page<'a> {
    /// The page of these lines (features, column widths in cells).
    /// `print` may be empty (plain text).
    pub fn new(feats: &'a [LineFeatures], column: &'a [usize], print: &'a [Print]) -> Page<'a> {
        let n = feats.len();
        let text = |k: usize| !feats[k].blank && !feats[k].furniture;
        let (mut text_above, mut text_below) = (vec![None; n], vec![None; n]);
        for i in 1..n {
            text_above[i] = if text(i - 1) { Some(i - 1) } else { text_above[i - 1] };
        }
        for i in (0..n.saturating_sub(1)).rev() {
            text_below[i] = if text(i + 1) { Some(i + 1) } else { text_below[i + 1] };
        }
        Page { feats, column, print, text_above, text_below }
    }

    fn print(&self, i: usize) -> Print {
        self.print.get(i).copied().unwrap_or_default()
    }

    fn blank(&self, i: usize) -> bool {
        self.feats.get(i).is_none_or(|f| f.blank || f.furniture)
    }

    /// Two blank lines or more right above line `i`.
    fn wide_gap(&self, i: usize) -> bool {
        i >= 2 && self.feats[i - 1].blank && self.feats[i - 2].blank
    }

    fn ratio(&self, i: usize) -> f32 {
        (self.feats[i].width as f32 / self.column[i].max(1) as f32).min(2.0)
    }

    /// The evidence that the block of lines `block` (a run between blank lines; `texts` are
    /// their texts) opens a new article.
    pub fn opens(&self, block: &[usize], texts: &[&str], prev: Option<usize>) -> Evidence {
        let (first, f) = (block[0], &self.feats[block[0]]);
        let prev_f = prev.map(|p| &self.feats[p]);
        let counts = block.iter().fold(Counts::default(), |sum, &i| sum.add(Counts::of(texts[i])));
        let Counts { symbols, digits, alnum, all } = counts;
        let width = block.iter().map(|&i| self.ratio(i)).sum::<f32>() / block.len() as f32;
        let prev_block_one_line = prev.is_some_and(|p| self.blank(p.wrapping_sub(1)) && p + 1 < first);
        let values = vec![
            1.0,
            flag(prev_f.is_none_or(|p| p.ends_sentence)),
            flag(prev_f.is_some_and(|p| matches!(p.last, '-' | '‐' | '¬'))),
            flag(f.first.is_lowercase()),
            flag(capitals(f, texts[first]) > 0.8),
            flag(f.headline != HeadlineShape::No),
            flag(block.len() == 1),
            (block.len() as f32).ln(),
            width,
            prev.map_or(0.0, |p| self.ratio(p)),
            symbols as f32 / all.max(1) as f32,
            digits as f32 / alnum.max(1) as f32,
            flag(prev.is_none_or(|p| (p + 1..first).any(|k| self.feats[k].furniture))),
            flag(prev_block_one_line),
            flag(f.indent),
            flag(f.cjk),
            flag(self.wide_gap(first)),
            self.print(first).larger(),
        ];
        Evidence { question: Question::Opens, lines: (first, block[block.len() - 1] + 1), target: None, values }
    }

    /// The evidence that the run of lines `unit` is a headline.
    pub fn headline(&self, unit: &[usize], texts: &[&str], rules_accept: bool, listed: bool) -> Evidence {
        let (first, last) = (unit[0], unit[unit.len() - 1]);
        let f = &self.feats[first];
        let (prev, next) = (self.text_above[first], self.text_below[last]);
        let whole_block = self.blank(first.wrapping_sub(1)) && self.blank(last + 1);
        let text: String = unit.iter().map(|&i| texts[i]).collect();
        let counts = Counts::of(&text);
        let values = vec![
            1.0,
            flag(rules_accept),
            flag(f.headline == HeadlineShape::Strong),
            flag(f.headline == HeadlineShape::SentenceCase),
            flag(f.headline == HeadlineShape::Stopped),
            flag(whole_block),
            flag(next == Some(last + 1) && !whole_block),
            flag(next.is_some_and(|n| self.feats[n].first.is_lowercase())),
            flag(prev.is_none_or(|p| self.feats[p].ends_sentence)),
            flag(next.is_some_and(|n| {
                let g = &self.feats[n];
                g.dateline.is_some() || g.byline || g.indent
            })),
            unit.len() as f32,
            self.ratio(first),
            capitals(f, &text),
            flag(f.cjk),
            flag(listed),
            flag(next.is_some_and(|n| self.feats[n].byline || self.feats[n].dateline.is_some())),
            flag(self.blank(first.wrapping_sub(1))),
            flag(self.blank(last + 1)),
            flag(prev.is_none()),
            flag(self.feats[last].ends_sentence),
            flag(f.headline == HeadlineShape::Strong && !f.cjk && capitals(f, &text) < 0.8),
            0.0,
            flag(self.wide_gap(first)),
            flag(next.is_none()),
            self.print(first).larger(),
            flag(unit.iter().all(|&i| self.print(i).bold)),
            counts.symbols as f32 / counts.all.max(1) as f32,
            counts.digits as f32 / counts.alnum.max(1) as f32,
            if f.cjk { 0.0 } else { garbled(&text) },
        ];
        Evidence { question: Question::Headline, lines: (first, last + 1), target: None, values }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_counts_and_capitals_agree_with_the_unicode_tables() {
        let naive = |text: &str| {
            let mut counts = Counts::default();
            text.chars().for_each(|c| counts.add_char(c));
            counts
        };
        let every: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        for chunk in every.as_bytes().chunks(4096) {
            let text = String::from_utf8_lossy(chunk);
            assert_eq!(Counts::of(&text), naive(&text));
        }
        let feats = LineFeatures::of("");
        for text in ["Ünïcode ÀB", "中文ＡＢ，abc", "ΑΒΓ δ", "Ⓐⓑ"] {
            let upper = text.chars().filter(|c| c.is_uppercase()).count();
            let cased = text.chars().filter(|c| c.is_uppercase() || c.is_lowercase()).count();
            assert_eq!(capitals(&feats, text), upper as f32 / cased as f32, "{text}");
        }
        for c in ('\u{3000}'..='\u{9FFF}').chain('\u{FF01}'..='\u{FF20}') {
            assert!(!c.is_uppercase() && !c.is_lowercase(), "{c}");
        }
    }

    fn weights(question: Question, pairs: &[(&str, f32)]) -> Weights {
        let mut w = Weights::default();
        w.insert(question, pairs.iter().map(|(n, v)| (n.to_string(), *v)).collect());
        w
    }

    #[test]
    fn a_verdict_names_the_features_that_weighed_most() {
        let w =
            weights(Question::Opens, &[("bias", -1.0), ("one-line", 2.5), ("prev-ends-sentence", 0.5), ("cjk", -3.0)]);
        let mut e = Evidence { question: Question::Opens, lines: (0, 1), target: None, values: vec![0.0; OPENS.len()] };
        e.set("bias", 1.0);
        e.set("one-line", 1.0);
        e.set("prev-ends-sentence", 1.0);
        let v = w.judge(&e);
        assert!(v.yes(), "{v:?}");
        assert_eq!(v.top.iter().map(|c| c.name).collect::<Vec<_>>(), ["one-line", "prev-ends-sentence"]);
        assert!(v.explain().starts_with("p 0.88: one-line +2.50"), "{}", v.explain());
        e.set("cjk", 1.0);
        assert!(!w.judge(&e).yes());
        assert_eq!(e.value("cjk"), 1.0);
        assert_eq!(e.value("no-such-feature"), 0.0);
    }

    #[test]
    fn every_question_names_its_features_once_and_starts_with_the_bias() {
        for q in Question::ALL {
            let names: Vec<&str> = q.features().iter().map(|f| f.name).collect();
            assert_eq!(names[0], "bias");
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "{q:?}");
        }
    }

    #[test]
    fn the_shipped_weights_parse_and_name_only_known_features() {
        let w: Weights = ron::from_str(include_str!("weights.ron")).expect("weights.ron parses");
        for q in Question::ALL {
            let fitted = w.questions().get(&q).expect("every question is fitted");
            for name in fitted.keys() {
                assert!(q.features().iter().any(|f| f.name == name), "{q:?}: unknown feature {name}");
            }
        }
    }
}
