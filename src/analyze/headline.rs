//! Headline matching: each headline unit goes to at most one article, by content overlap
//! and position, so that headlines printed away from their articles find them.

use super::evidence::{Evidence, Judge, Question};
use super::segment::{Draft, Unit};
use super::thresholds::*;
use crate::model::{HeadlineChoice, Rule};
use crate::text::script::{is_ideograph, is_wide};

/// Words too common to say what a story is about.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "had", "not", "but",
    "its", "his", "her", "their", "will", "would", "been", "into", "over", "after", "about", "than", "who", "what",
    "when", "where", "which", "new", "says", "said", "out",
];

/// What each unit became.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitFate {
    /// The headline of article `0`.
    Headline(usize, HeadlineChoice),
    /// A deck of article `0`.
    Deck(usize),
    /// No article took it.
    Unmatched,
}

/// A Latin word being read: its length, whether all digits, its first characters lowercased.
#[derive(Default)]
struct Word {
    len: usize,
    digits: bool,
    head: [char; 6],
}

impl Word {
    fn push(&mut self, c: char) {
        if self.len == 0 {
            self.digits = true;
        }
        self.digits &= c.is_ascii_digit();
        if let Some(slot) = self.head.get_mut(self.len) {
            *slot = c.to_lowercase().next().unwrap_or(c);
        }
        self.len += 1;
    }

    /// The word's token, if it is long enough and not a stop word; resets the word.
    fn take(&mut self) -> Option<u64> {
        let len = std::mem::take(&mut self.len);
        if !(len >= 3 || (len >= 2 && self.digits)) {
            return None;
        }
        let head = &self.head[..len.min(6)];
        if len <= 5 && STOPWORDS.iter().any(|w| w.chars().eq(head.iter().copied())) {
            return None;
        }
        // Stem by the first six characters; set the top bit apart from CJK pairs.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &c in head {
            h = (h ^ u64::from(u32::from(c))).wrapping_mul(0x100_0000_01b3);
        }
        Some(h | (1 << 63))
    }
}

/// Tokens that say what a text is about: CJK character pairs, Latin word stems, numbers.
fn tokens(text: &str, mut emit: impl FnMut(u64)) {
    let mut prev_han: Option<char> = None;
    let mut word = Word::default();
    for c in text.chars() {
        if is_ideograph(c) {
            if let Some(p) = prev_han {
                emit((u64::from(u32::from(p)) << 32) | u64::from(u32::from(c)));
            }
            prev_han = Some(c);
            if word.len > 0 {
                word.take().map(&mut emit);
            }
        } else {
            prev_han = None;
            let alphanumeric =
                if c.is_ascii() { c.is_ascii_alphanumeric() } else { !is_wide(c) && c.is_alphanumeric() };
            if alphanumeric {
                word.push(c);
            } else if word.len > 0 {
                word.take().map(&mut emit);
            }
        }
    }
    word.take().map(&mut emit);
}

/// A well-mixed 16-bit hash (CJK pairs differ in few bits, so plain folding collides).
fn bloom_bit(token: u64) -> usize {
    (token.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// A headline unit and an article it may head, with the evidence.
#[derive(Clone, Debug)]
pub struct Pair {
    /// The unit.
    pub unit: usize,
    /// The article.
    pub article: usize,
    /// The share of the unit's tokens the article's opening has.
    pub overlap: f32,
    /// The evidence that the unit heads the article.
    pub evidence: Evidence,
}

/// Every unit with every article within [`WINDOW`] articles of it, and the evidence that it
/// heads it. `text(i)` gives line `i`'s text as used.
pub fn pairs<'a>(units: &[Unit], drafts: &[Draft], text: impl Fn(usize) -> &'a str) -> Vec<Pair> {
    let index = UnitIndex::new(units, &text);
    let mut pairs = Vec::new();
    let mut hits: Vec<(u32, u64)> = Vec::new();
    for (a, draft) in drafts.iter().enumerate() {
        // Units are in page order, so their positions ascend: the window is a slice.
        let from = units.partition_point(|unit| unit.position + WINDOW < a);
        let to = units.partition_point(|unit| unit.position <= a + WINDOW);
        index.hits(draft, &text, (from as u32, to as u32), &mut hits);
        let mut k = 0;
        for (u, unit) in units.iter().enumerate().take(to).skip(from) {
            while k < hits.len() && (hits[k].0 as usize) < u {
                k += 1;
            }
            let mut shared = 0;
            while k < hits.len() && hits[k].0 as usize == u {
                shared += 1;
                k += 1;
            }
            let tokens = index.unit_tokens[u].len();
            let overlap = if tokens == 0 { 0.0 } else { shared as f32 / tokens as f32 };
            let flag = |b: bool| if b { 1.0 } else { 0.0 };
            let values = vec![
                1.0,
                overlap,
                flag(unit.above == Some(a)),
                flag(unit.below == Some(a)),
                flag(unit.position == a),
                (1.0 + unit.position.abs_diff(a) as f32).ln(),
                flag(unit.listed),
                flag(unit.above.is_none()),
                flag(unit.above.is_none()) * overlap,
                0.0,
                flag(draft.rule == Rule::PageStart),
                flag(draft.rule == Rule::OpensByEvidence),
            ];
            let lines = (unit.lines[0], unit.lines[unit.lines.len() - 1] + 1);
            let evidence =
                Evidence { question: Question::Matches, lines, target: draft.lines.first().copied(), values };
            pairs.push(Pair { unit: u, article: a, overlap, evidence });
        }
    }
    // How far each pair's overlap falls short of the unit's best.
    let mut best = vec![0.0f32; units.len()];
    for p in &pairs {
        best[p.unit] = best[p.unit].max(p.overlap);
    }
    for p in &mut pairs {
        let outmatched = best[p.unit] - p.overlap;
        p.evidence.set("outmatched", outmatched);
    }
    pairs
}

/// Matches units to articles one-to-one, the likeliest pairs first, asking `judge` which
/// pairs can be. `text(i)` gives line `i`'s text as used.
pub fn assign<'a>(
    units: &[Unit],
    drafts: &[Draft],
    text: impl Fn(usize) -> &'a str,
    judge: &dyn Judge,
) -> Vec<UnitFate> {
    let pairs = pairs(units, drafts, text);
    let mut scored: Vec<(f32, f32, usize, usize)> = pairs
        .iter()
        .filter_map(|p| {
            let verdict = judge.judge(&p.evidence);
            verdict.yes().then_some((verdict.probability, p.overlap, p.unit, p.article))
        })
        .collect();
    // First a headline whose words one article prints far more than any other (exact enough
    // to beat where it stands); last a headline no article follows, by its words alone
    // (printed away from its story).
    let mut best = vec![(0.0f32, 0.0f32); units.len()];
    for p in &pairs {
        let b = &mut best[p.unit];
        if p.overlap > b.0 {
            *b = (p.overlap, b.0);
        } else if p.overlap > b.1 {
            b.1 = p.overlap;
        }
    }
    let strong = |p: &&Pair| {
        let (first, second) = best[p.unit];
        p.overlap >= STRONG_OVERLAP && p.overlap == first && first - second >= STRONG_MARGIN
    };
    let mut strong: Vec<(f32, f32, usize, usize)> =
        pairs.iter().filter(strong).map(|p| (p.overlap, p.overlap, p.unit, p.article)).collect();
    let by_words = pairs.iter().filter(|p| units[p.unit].above.is_none() && p.overlap >= MIN_OVERLAP);
    let mut by_words: Vec<(f32, f32, usize, usize)> =
        by_words.map(|p| (p.overlap, p.overlap, p.unit, p.article)).collect();
    let order = |x: &(f32, f32, usize, usize), y: &(f32, f32, usize, usize)| {
        y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)).then(x.3.cmp(&y.3))
    };
    strong.sort_by(order);
    scored.sort_by(order);
    by_words.sort_by(order);
    let mut fate = vec![UnitFate::Unmatched; units.len()];
    let mut taken = vec![false; drafts.len()];
    for &(_, overlap, u, a) in strong.iter().chain(&scored).chain(&by_words) {
        if matches!(fate[u], UnitFate::Unmatched) && !taken[a] {
            let rule = if units[u].above == Some(a) && overlap < MIN_OVERLAP {
                Rule::AdjacentAbove
            } else {
                Rule::ContentOverlap
            };
            fate[u] = UnitFate::Headline(a, HeadlineChoice { rule, overlap });
            taken[a] = true;
        }
    }
    resolve_leftovers(units, &mut fate, &mut taken);
    fate
}

/// The headline units' tokens: each unit's distinct tokens, an index (token, unit) sorted for
/// range look-ups, and a bloom filter that skips the article tokens no unit has.
struct UnitIndex {
    unit_tokens: Vec<Vec<u64>>,
    index: Vec<(u64, u32)>,
    bloom: Vec<u64>,
}

impl UnitIndex {
    fn new<'a>(units: &[Unit], text: &impl Fn(usize) -> &'a str) -> UnitIndex {
        let mut unit_tokens: Vec<Vec<u64>> = Vec::with_capacity(units.len());
        let mut index: Vec<(u64, u32)> = Vec::new();
        let mut bloom = vec![0u64; 1024];
        for (u, unit) in units.iter().enumerate() {
            let mut t = Vec::new();
            for &line in &unit.lines {
                tokens(text(line), |tok| t.push(tok));
            }
            t.sort_unstable();
            t.dedup();
            for &tok in &t {
                index.push((tok, u as u32));
                let bit = bloom_bit(tok);
                bloom[bit / 64] |= 1 << (bit % 64);
            }
            unit_tokens.push(t);
        }
        index.sort_unstable();
        UnitIndex { unit_tokens, index, bloom }
    }

    /// The (unit, token) pairs the article's opening shares with units `from..to`, sorted and
    /// without repeats.
    fn hits<'a>(
        &self,
        draft: &Draft,
        text: &impl Fn(usize) -> &'a str,
        (from, to): (u32, u32),
        hits: &mut Vec<(u32, u64)>,
    ) {
        hits.clear();
        let mut read = 0;
        for &line in draft.lines.iter().take_while(|&&l| {
            read += text(l).len();
            read <= LEDE_BYTES + text(l).len()
        }) {
            tokens(text(line), |tok| {
                let bit = bloom_bit(tok);
                if self.bloom[bit / 64] & (1 << (bit % 64)) == 0 {
                    return;
                }
                // Only the units in the window: a range of the index, not every copy.
                let start = self.index.partition_point(|&(t, u)| (t, u) < (tok, from));
                for &(t, u) in &self.index[start..] {
                    if t != tok || u >= to {
                        break;
                    }
                    hits.push((u, tok));
                }
            });
        }
        hits.sort_unstable();
        hits.dedup();
    }
}

/// Left-over units: a unit right after the article's own headline, above it, is its deck;
/// headlines printed away from any story (in a list, or with no story below) go, in page
/// order, to articles still without one.
fn resolve_leftovers(units: &[Unit], fate: &mut [UnitFate], taken: &mut [bool]) {
    for u in 1..units.len() {
        if !matches!(fate[u], UnitFate::Unmatched) {
            continue;
        }
        let same_run = units[u].position == units[u - 1].position && units[u].below.is_none();
        if let (true, UnitFate::Headline(a, _) | UnitFate::Deck(a)) = (same_run, &fate[u - 1]) {
            let a = *a;
            // Only when the run ends right above that article.
            let run_above =
                units[u..].iter().take_while(|n| n.position == units[u].position).any(|n| n.above == Some(a));
            if run_above {
                fate[u] = UnitFate::Deck(a);
            }
        }
    }
    let free: Vec<usize> = (0..taken.len()).filter(|&a| !taken[a]).collect();
    let mut free = free.into_iter();
    for (slot, unit) in fate.iter_mut().zip(units) {
        if matches!(slot, UnitFate::Unmatched) && (unit.listed || unit.above.is_none()) {
            let Some(a) = free.next() else { break };
            *slot = UnitFate::Headline(a, HeadlineChoice { rule: Rule::RemainingInPageOrder, overlap: 0.0 });
            taken[a] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(lines: Vec<usize>) -> Draft {
        Draft { lines, rule: Rule::Dateline, verdict: None }
    }

    #[test]
    fn grouped_headlines_find_their_articles_by_overlap() {
        let texts = [
            "本报讯 西宁市总工会第十七届委员会第七次会议召开。",
            "本报讯 省工业和信息化厅公布了第六批专精特新中小企业，38家企业入选。",
            "西宁市总工会召开第十七届委员会第七次会议",
            "我省专精特新中小企业再增38家",
        ];
        // Both headlines printed after both articles, in reverse order.
        let units = vec![
            Unit { lines: vec![3], position: 2, above: None, below: Some(1), verdict: None, listed: false },
            Unit { lines: vec![2], position: 2, above: None, below: None, verdict: None, listed: false },
        ];
        let fate = assign(&units, &[draft(vec![0]), draft(vec![1])], |i| texts[i], crate::analyze::shipped_weights());
        assert!(matches!(fate[0], UnitFate::Headline(1, HeadlineChoice { rule: Rule::ContentOverlap, .. })));
        assert!(matches!(fate[1], UnitFate::Headline(0, HeadlineChoice { rule: Rule::ContentOverlap, .. })));
    }

    #[test]
    fn a_headline_directly_above_wins_without_overlap() {
        let texts = ["Fire Destroys Mill", "Flames rose over the river on Sunday."];
        let units =
            vec![Unit { lines: vec![0], position: 0, above: Some(0), below: None, verdict: None, listed: false }];
        let fate = assign(&units, &[draft(vec![1])], |i| texts[i], crate::analyze::shipped_weights());
        assert!(matches!(fate[0], UnitFate::Headline(0, HeadlineChoice { rule: Rule::AdjacentAbove, .. })));
    }

    #[test]
    fn second_unit_above_an_article_is_its_deck() {
        let texts = [
            "Council Approves Budget",
            "Vote Ends Months of Debate",
            "The council approved the budget after a debate.",
        ];
        let units = vec![
            Unit { lines: vec![0], position: 0, above: None, below: None, verdict: None, listed: false },
            Unit { lines: vec![1], position: 0, above: Some(0), below: None, verdict: None, listed: false },
        ];
        let fate = assign(&units, &[draft(vec![2])], |i| texts[i], crate::analyze::shipped_weights());
        assert!(matches!(fate[0], UnitFate::Headline(0, _)) || matches!(fate[1], UnitFate::Headline(0, _)));
        assert!(fate.iter().all(|f| !matches!(f, UnitFate::Unmatched)));
    }
}
