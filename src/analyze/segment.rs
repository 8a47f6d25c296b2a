//! Article segmentation: headline units, and the body lines each article starts with.

use super::evidence::{self, Evidence, Judge, Verdict};
use super::thresholds::*;
use crate::model::Rule;
use crate::text::features::{HeadlineShape, LineFeatures};

/// Lines printed together as one headline (headline, then deck lines), no blank between.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    /// Source line indices, in order.
    pub lines: Vec<usize>,
    /// How many articles start before the unit: where it stands in reading order.
    pub position: usize,
    /// The article that starts right after the unit, when it is the last unit above one.
    pub above: Option<usize>,
    /// The article whose body ends right before the unit, when it is the first unit after it.
    pub below: Option<usize>,
    /// Why the unit was taken for a headline, when evidence decided.
    pub verdict: Option<Verdict>,
    /// It stands in a list of headlines printed together.
    pub listed: bool,
}

/// An article's body as detected from the text: where it starts and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Body and byline line indices, in order.
    pub lines: Vec<usize>,
    /// The rule that started it.
    pub rule: crate::model::Rule,
    /// The evidence that opened it, when the rule is the evidence's.
    pub verdict: Option<Verdict>,
}

/// The result of segmentation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Segments {
    /// Headline units in page order.
    pub units: Vec<Unit>,
    /// Articles in reading order.
    pub drafts: Vec<Draft>,
}

/// Context of one line for the headline test.
struct Neighbours {
    /// The previous non-blank line, and whether blank lines stand between.
    prev: Option<(usize, bool)>,
    /// The next non-blank line after the unit.
    next: Option<usize>,
}

/// The places where evidence decides, with their evidence: every run of headline-like lines
/// that is not part of a list, and every block of text (after blank lines) whose first line
/// no dateline or byline opens. They do not depend on the weights, so a model is fitted on
/// exactly what it will judge.
#[derive(Clone, Debug, Default)]
pub struct Candidates {
    /// Non-blank, non-furniture lines, in page order.
    pub nonblank: Vec<usize>,
    /// Headline-like runs: positions `start..end` in `nonblank`.
    pub units: Vec<UnitCandidate>,
    /// Blocks: the first line, and the evidence that it opens an article.
    pub blocks: Vec<(usize, Evidence)>,
}

/// A run of headline-like lines.
#[derive(Clone, Debug)]
pub struct UnitCandidate {
    /// Its positions in `nonblank`.
    pub span: std::ops::Range<usize>,
    /// It stands in a list of headlines printed together (the rules decide those).
    pub listed: bool,
    /// The hand rules take it for a headline.
    pub rules_accept: bool,
    /// The evidence that it is a headline.
    pub evidence: Evidence,
}

impl UnitCandidate {
    /// A line in Title Case or capitals (CJK: no sentence punctuation) standing alone between
    /// blank lines, or closing the page, that the rules take for a headline, is one: the
    /// evidence decides the runs that are less clear.
    pub fn clear(&self) -> bool {
        let apart = self.evidence.value("whole-block") > 0.0 || self.evidence.value("last-on-page") > 0.0;
        self.rules_accept && self.evidence.value("strong-shape") > 0.0 && apart
    }
}

/// Finds the candidates of a page.
/// `print` gives each line's type, where the file says (it may be empty).
pub fn candidates(feats: &[LineFeatures], column: &[usize], texts: &[&str], print: &[evidence::Print]) -> Candidates {
    // Page furniture stands outside the stories, like a blank line.
    let nonblank: Vec<usize> = (0..feats.len()).filter(|&i| !feats[i].blank && !feats[i].furniture).collect();
    let page = evidence::Page::new(feats, column, print);
    let mut units = headline_runs(feats, column, &nonblank);
    for unit in &mut units {
        let lines = &nonblank[unit.span.clone()];
        unit.evidence = page.headline(lines, texts, unit.rules_accept, unit.listed);
    }
    // What the page does with its headline-like lines: the share that run straight into text.
    let inline = units.iter().filter(|u| u.evidence.value("text-follows") > 0.0).count();
    let share = inline as f32 / units.len().max(1) as f32;
    for unit in &mut units {
        unit.evidence.set("page-inline-heads", share);
    }
    let mut blocks = Vec::new();
    for (k, &i) in nonblank.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| nonblank[p]);
        if prev.is_some_and(|p| p + 1 == i) || feats[i].dateline.is_some() || feats[i].byline {
            continue;
        }
        let end = (k + 1..nonblank.len()).find(|&e| nonblank[e] != nonblank[e - 1] + 1).unwrap_or(nonblank.len());
        blocks.push((i, page.opens(&nonblank[k..end], texts, prev)));
    }
    Candidates { nonblank, units, blocks }
}

/// Splits the non-blank lines into headline units and article bodies, asking `weights` where
/// evidence decides.
///
/// `column` gives each line's estimated column width in cells; `texts` each line's text.
pub fn segment(
    feats: &[LineFeatures],
    column: &[usize],
    texts: &[&str],
    print: &[evidence::Print],
    weights: &dyn Judge,
) -> Segments {
    let candidates = candidates(feats, column, texts, print);
    let nonblank = &candidates.nonblank;
    let mut marks = UnitMarks::of(&candidates, feats, weights);
    // Each line's block evidence, where a block starts.
    let mut opens: Vec<Option<&Evidence>> = vec![None; feats.len()];
    for (i, e) in &candidates.blocks {
        opens[*i] = Some(e);
    }

    let mut out = Segments::default();
    let mut after_headline = false;
    let mut has_text = false;
    let mut prev: Option<usize> = None;
    for (k, &i) in nonblank.iter().enumerate() {
        let f = &feats[i];
        if marks.is_headline[k] {
            let continues_unit = after_headline && !marks.listed[k] && prev.is_some_and(|p| p + 1 == i);
            match out.units.last_mut() {
                Some(unit) if continues_unit => unit.lines.push(i),
                _ => {
                    let below = (!after_headline && !out.drafts.is_empty()).then(|| out.drafts.len() - 1);
                    let (verdict, listed) = (marks.verdict[k].take(), marks.listed[k]);
                    out.units.push(Unit {
                        lines: vec![i],
                        position: out.drafts.len(),
                        above: None,
                        below,
                        verdict,
                        listed,
                    });
                }
            }
            after_headline = true;
            prev = Some(i);
            continue;
        }
        let state = Reading {
            has_text,
            first: out.drafts.is_empty(),
            prev_ends: prev.is_none_or(|p| feats[p].ends_sentence || p + 1 < i),
            after_headline,
        };
        let (rule, verdict) = state.opening(f, opens[i], weights);
        if after_headline
            && rule.is_some()
            && let Some(unit) = out.units.last_mut()
        {
            unit.above = Some(out.drafts.len());
        }
        if let Some(rule) = rule {
            out.drafts.push(Draft { lines: Vec::new(), rule, verdict });
            has_text = false;
        }
        if let Some(draft) = out.drafts.last_mut() {
            draft.lines.push(i);
        }
        has_text |= !f.byline;
        after_headline = false;
        prev = Some(i);
    }
    out
}

/// What the evidence makes of the headline-like runs, by position in `nonblank`: whether
/// the line is a headline line, whether it stands in a list, and a unit's verdict at its
/// first line.
struct UnitMarks {
    is_headline: Vec<bool>,
    listed: Vec<bool>,
    verdict: Vec<Option<Verdict>>,
}

impl UnitMarks {
    fn of(candidates: &Candidates, feats: &[LineFeatures], weights: &dyn Judge) -> UnitMarks {
        let n = candidates.nonblank.len();
        let mut marks = UnitMarks { is_headline: vec![false; n], listed: vec![false; n], verdict: vec![None; n] };
        for unit in &candidates.units {
            // In CJK text the evidence decides among the runs the rules allow: a line the rules
            // rule out (a full line after a sentence broken off, a paragraph's first line whose
            // indent was lost) is running text, whatever else it looks like.
            let vetoed = !unit.rules_accept && feats[candidates.nonblank[unit.span.start]].cjk;
            let verdict = (!unit.listed && !vetoed).then(|| weights.judge(&unit.evidence));
            let accepted = unit.clear() || verdict.as_ref().map_or(unit.rules_accept, Verdict::yes);
            for k in unit.span.clone() {
                marks.is_headline[k] = accepted;
                marks.listed[k] = unit.listed;
            }
            if accepted {
                marks.verdict[unit.span.start] = verdict;
            }
        }
        marks
    }
}

/// Where the reading stands at a line of text.
struct Reading {
    /// The current article has text (not only a byline).
    has_text: bool,
    /// No article has opened yet.
    first: bool,
    /// The text above ends a sentence, or a blank line stands between.
    prev_ends: bool,
    /// A headline stands right above.
    after_headline: bool,
}

impl Reading {
    /// The rule that opens a new article at a line with features `f` (none: the line
    /// continues the current one), asking `weights` about a block's `opens` evidence.
    fn opening(
        &self,
        f: &LineFeatures,
        opens: Option<&Evidence>,
        weights: &dyn Judge,
    ) -> (Option<Rule>, Option<Verdict>) {
        let rule = if f.byline && self.has_text {
            Rule::BylineLine
        } else if f.dateline.is_some() && (self.has_text || self.first) && (self.prev_ends || self.after_headline) {
            Rule::Dateline
        } else if self.after_headline {
            if f.byline { Rule::BylineLine } else { Rule::HeadlineAbove }
        } else if self.first {
            Rule::PageStart
        } else if let Some(evidence) = opens {
            let verdict = Some(weights.judge(evidence)).filter(Verdict::yes);
            return (verdict.is_some().then_some(Rule::OpensByEvidence), verdict);
        } else {
            return (None, None);
        };
        (Some(rule), None)
    }
}

/// What the rules read around each line when looking for headline runs: the next text line,
/// where each block ends.
struct Shapes<'a> {
    feats: &'a [LineFeatures],
    column: &'a [usize],
    nonblank: &'a [usize],
    /// The next non-blank line after each line.
    next_text: Vec<Option<usize>>,
    /// Where each block (a run of consecutive lines) ends, by position in `nonblank`.
    block_end: Vec<usize>,
}

impl<'a> Shapes<'a> {
    fn new(feats: &'a [LineFeatures], column: &'a [usize], nonblank: &'a [usize]) -> Shapes<'a> {
        let mut next_text = vec![None; feats.len() + 1];
        for k in (0..feats.len()).rev() {
            next_text[k] = if feats.get(k + 1).is_some_and(|f| !f.blank) { Some(k + 1) } else { next_text[k + 1] };
        }
        let mut block_end = vec![0; nonblank.len()];
        for k in (0..nonblank.len()).rev() {
            let joined = k + 1 < nonblank.len() && nonblank[k + 1] == nonblank[k] + 1;
            block_end[k] = if joined { block_end[k + 1] } else { k + 1 };
        }
        Shapes { feats, column, nonblank, next_text, block_end }
    }

    fn blank(&self, k: usize) -> bool {
        self.feats.get(k).is_none_or(|f| f.blank)
    }

    /// Line `i` stands alone between blank lines and a story visibly starts below it (a
    /// dateline, a byline, an indented first line).
    fn story_below(&self, i: usize) -> bool {
        let feats = self.feats;
        i.checked_sub(1).is_none_or(|p| self.blank(p))
            && self.blank(i + 1)
            && self.next_text[i].is_some_and(|n| feats[n].dateline.is_some() || feats[n].byline || feats[n].indent)
    }

    /// Line `i` stands between blank lines (or furniture).
    fn alone(&self, i: usize) -> bool {
        let blank = |k: usize| self.feats.get(k).is_none_or(|f| f.blank || f.furniture);
        i.checked_sub(1).is_none_or(blank) && blank(i + 1)
    }

    /// Line `i` may be a headline line. A sentence-case line is one when it is short for its
    /// column or a story visibly starts below it; a heading ending in a full stop ("ITALIEN.")
    /// only standing alone (inside a block it is running text: a list of ports, of names).
    fn candidate(&self, i: usize) -> bool {
        match self.feats[i].headline {
            HeadlineShape::Strong => true,
            HeadlineShape::Stopped => self.alone(i),
            HeadlineShape::SentenceCase => {
                self.feats[i].width * 4 < self.column[i] * SENTENCE_CASE_HEADLINE_QUARTERS || self.story_below(i)
            }
            HeadlineShape::No => false,
        }
    }

    /// A sentence-case deck under the headline may be as wide as the column, when it stands
    /// alone above a blank line, a byline or a dateline.
    fn deck_like(&self, i: usize) -> bool {
        self.feats[i].headline == HeadlineShape::SentenceCase
            && self.feats.get(i + 1).is_none_or(|n| n.blank || n.byline || n.dateline.is_some())
    }

    /// The length of the short block of one or two lines standing alone at position `k`,
    /// whatever its shape ("Des époux dans le train !"), or 0: the rules never take it for a
    /// headline, the evidence may.
    fn standing(&self, k: usize) -> usize {
        let (feats, column, nonblank) = (self.feats, self.column, self.nonblank);
        let (i, f) = (nonblank[k], &feats[nonblank[k]]);
        let len = self.block_end[k] - k;
        let lines = &nonblank[k..k + len];
        let opens_like = f.first.is_uppercase() || f.first.is_ascii_digit() || f.cjk;
        let plain = !(f.fragment || f.byline || f.dateline.is_some() || f.attribution || f.photo_credit);
        let short = lines.iter().all(|&l| feats[l].width * 10 < column[l] * SHORT_LINE_TENTHS);
        let open_end =
            matches!(feats[lines[len - 1]].last, ',' | ';' | ':' | '-' | '‐' | '，' | '、' | '：' | '.' | '。' | '．');
        let alone = i.checked_sub(1).is_none_or(|p| feats[p].blank || feats[p].furniture);
        if len <= STANDING_MAX_LINES && alone && opens_like && plain && short && !open_end { len } else { 0 }
    }

    /// Where the unit of headline lines opening at position `k` ends: candidates on
    /// consecutive lines; a short block standing alone that a headline line opens is heading
    /// to its end (the lines under the title of an older paper).
    fn unit_end(&self, k: usize) -> usize {
        let (feats, nonblank) = (self.feats, self.nonblank);
        let mut end = k + 1;
        while end < nonblank.len()
            && nonblank[end] == nonblank[end - 1] + 1
            && (self.candidate(nonblank[end]) || self.deck_like(nonblank[end]))
        {
            end += 1;
        }
        let block_end = self.block_end[k];
        let opens_block = k == 0 || nonblank[k - 1] + 1 < nonblank[k];
        let credits = nonblank[k..block_end].iter().any(|&l| feats[l].byline || feats[l].dateline.is_some());
        if opens_block && block_end > end && !credits && self.standing(k) == block_end - k {
            end = block_end;
        }
        end
    }

    /// The lines around positions `k..end`.
    fn neighbours(&self, k: usize, end: usize) -> Neighbours {
        let nonblank = self.nonblank;
        let prev = k.checked_sub(1).map(|p| (nonblank[p], nonblank[p] + 1 < nonblank[k]));
        Neighbours { prev, next: nonblank.get(end).copied() }
    }
}

/// The runs of headline-like lines (by position in `nonblank`), each with whether the hand
/// rules accept it and whether it stands in a list of headlines (each line its own unit).
fn headline_runs(feats: &[LineFeatures], column: &[usize], nonblank: &[usize]) -> Vec<UnitCandidate> {
    let mut runs: Vec<UnitCandidate> = Vec::new();
    let run = |span: std::ops::Range<usize>, listed: bool, rules_accept: bool| UnitCandidate {
        span,
        listed,
        rules_accept,
        evidence: Evidence { question: evidence::Question::Headline, lines: (0, 0), target: None, values: Vec::new() },
    };
    let shapes = Shapes::new(feats, column, nonblank);
    let mut k = 0;
    while k < nonblank.len() {
        if !shapes.candidate(nonblank[k]) {
            let len = shapes.standing(k);
            if len > 0 {
                let context = shapes.neighbours(k, k + len);
                let accept = unit_stands_alone(feats, column, &nonblank[k..k + len], &context, false);
                runs.push(run(k..k + len, false, accept));
            }
            k += len.max(1);
            continue;
        }
        let end = shapes.unit_end(k);
        // More than three headline lines in a row is a list of headlines printed together
        // (the way some pages set them at the foot), not one headline with its decks.
        if end - k > UNIT_MAX_LINES {
            let prev_ends = k.checked_sub(1).is_none_or(|p| feats[nonblank[p]].ends_sentence);
            if prev_ends && context_allows_list(feats, &nonblank[k..end]) {
                runs.extend((k..end).map(|j| run(j..j + 1, true, true)));
            }
            k = end;
            continue;
        }
        let context = shapes.neighbours(k, end);
        let prev_accepted = runs.last().is_some_and(|r| r.rules_accept && r.span.end == k);
        let accept = unit_stands_alone(feats, column, &nonblank[k..end], &context, prev_accepted);
        runs.push(run(k..end, false, accept));
        k = end;
    }
    runs
}

/// A run of headline-like lines reads as a list of headlines when none of them is cut
/// mid-word at the column edge: no line ends in a hyphen, none of the following starts lowercase.
fn context_allows_list(feats: &[LineFeatures], run: &[usize]) -> bool {
    run.iter().all(|&i| !matches!(feats[i].last, '-' | '‐'))
        && run.iter().skip(1).all(|&i| !feats[i].first.is_lowercase())
}

/// A headline stands apart from running text: not in the middle of a sentence, not a
/// full-width line of a paragraph, not followed by a lowercase continuation.
///
/// `after_headline`: the unit follows another accepted headline unit (a run of headlines),
/// so what stands above it says nothing.
fn unit_stands_alone(
    feats: &[LineFeatures],
    column: &[usize],
    unit: &[usize],
    context: &Neighbours,
    after_headline: bool,
) -> bool {
    let Some(&first) = unit.first() else { return false };
    let f = &feats[first];
    if context.next.is_some_and(|n| feats[n].first.is_lowercase()) {
        return false;
    }
    if after_headline {
        return true;
    }
    if f.headline == HeadlineShape::SentenceCase && !context.prev.is_none_or(|(_, blank)| blank) {
        return false;
    }
    let Some((p, blank_between)) = context.prev else { return true };
    let prev_ends = feats[p].ends_sentence || feats[p].byline || feats[p].photo_credit || feats[p].attribution;
    if !prev_ends && !blank_between {
        return false;
    }
    let fills = if f.cjk { f.width + 2 >= column[first] } else { f.width * 10 >= column[first] * 9 };
    if fills && (!prev_ends || !blank_between) {
        return false;
    }
    // A paragraph's first line whose indent was lost in extraction: a CJK line about two
    // characters short of the column (80 % of it or more), with the paragraph running on below it.
    let runs_on = context.next.is_some_and(|n| n == unit[unit.len() - 1] + 1);
    // Digits split off a line of running text: the line above them is running text too.
    if runs_on && context.next.is_some_and(|n| feats[n].fragment) {
        return false;
    }
    !(f.cjk && unit.len() == 1 && runs_on && f.width * 5 >= column[first] * 4)
}
