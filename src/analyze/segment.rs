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
pub fn candidates(feats: &[LineFeatures], column: &[usize], texts: &[&str]) -> Candidates {
    // Page furniture stands outside the stories, like a blank line.
    let nonblank: Vec<usize> = (0..feats.len()).filter(|&i| !feats[i].blank && !feats[i].furniture).collect();
    let page = evidence::Page::new(feats, column);
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
pub fn segment(feats: &[LineFeatures], column: &[usize], texts: &[&str], weights: &dyn Judge) -> Segments {
    let candidates = candidates(feats, column, texts);
    let nonblank = &candidates.nonblank;
    let mut is_headline = vec![false; nonblank.len()];
    let mut listed = vec![false; nonblank.len()];
    let mut unit_verdict: Vec<Option<Verdict>> = vec![None; nonblank.len()];
    for unit in &candidates.units {
        // In CJK text the evidence decides among the runs the rules allow: a line the rules
        // rule out (a full line after a sentence broken off, a paragraph's first line whose
        // indent was lost) is running text, whatever else it looks like.
        let vetoed = !unit.rules_accept && feats[nonblank[unit.span.start]].cjk;
        let verdict = (!unit.listed && !vetoed).then(|| weights.judge(&unit.evidence));
        let accepted = unit.clear() || verdict.as_ref().map_or(unit.rules_accept, Verdict::yes);
        for k in unit.span.clone() {
            is_headline[k] = accepted;
            listed[k] = unit.listed;
        }
        if accepted {
            unit_verdict[unit.span.start] = verdict;
        }
    }
    let opens: std::collections::HashMap<usize, &Evidence> = candidates.blocks.iter().map(|(i, e)| (*i, e)).collect();

    let mut out = Segments::default();
    let mut after_headline = false;
    let mut has_text = false;
    let mut prev: Option<usize> = None;
    for (k, &i) in nonblank.iter().enumerate() {
        let f = &feats[i];
        if is_headline[k] {
            let continues_unit = after_headline && !listed[k] && prev.is_some_and(|p| p + 1 == i);
            if continues_unit {
                if let Some(unit) = out.units.last_mut() {
                    unit.lines.push(i);
                }
            } else {
                let below = (!after_headline && !out.drafts.is_empty()).then(|| out.drafts.len() - 1);
                let verdict = unit_verdict[k].take();
                let listed = listed[k];
                out.units.push(Unit {
                    lines: vec![i],
                    position: out.drafts.len(),
                    above: None,
                    below,
                    verdict,
                    listed,
                });
            }
            after_headline = true;
            prev = Some(i);
            continue;
        }
        let prev_ends = prev.is_none_or(|p| feats[p].ends_sentence || p + 1 < i);
        let mut verdict = None;
        let rule = if f.byline && has_text {
            Some(Rule::BylineLine)
        } else if f.dateline.is_some() && (has_text || out.drafts.is_empty()) && (prev_ends || after_headline) {
            Some(Rule::Dateline)
        } else if after_headline {
            Some(if f.byline { Rule::BylineLine } else { Rule::HeadlineAbove })
        } else if out.drafts.is_empty() {
            Some(Rule::PageStart)
        } else if let Some(evidence) = opens.get(&i) {
            verdict = Some(weights.judge(evidence)).filter(Verdict::yes);
            verdict.is_some().then_some(Rule::OpensByEvidence)
        } else {
            None
        };
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
    // A sentence-case line is a headline when it is short for its column, or when it stands
    // alone between blank lines and a story visibly starts below it (a dateline, a byline,
    // an indented first line).
    // The next non-blank line after each line, found in one pass.
    let mut next_text = vec![None; feats.len() + 1];
    for k in (0..feats.len()).rev() {
        next_text[k] = if feats.get(k + 1).is_some_and(|f| !f.blank) { Some(k + 1) } else { next_text[k + 1] };
    }
    let story_below = |i: usize| {
        let blank = |k: usize| feats.get(k).is_none_or(|f| f.blank);
        let next = next_text[i];
        i.checked_sub(1).is_none_or(blank)
            && blank(i + 1)
            && next.is_some_and(|n| feats[n].dateline.is_some() || feats[n].byline || feats[n].indent)
    };
    // A heading ending in a full stop ("ITALIEN.") is one only standing alone between blank
    // lines: inside a block it is a line of running text (a list of ports, of names).
    let alone = |i: usize| {
        let blank = |k: usize| feats.get(k).is_none_or(|f| f.blank || f.furniture);
        i.checked_sub(1).is_none_or(blank) && blank(i + 1)
    };
    let candidate = |i: usize| match feats[i].headline {
        HeadlineShape::Strong => true,
        HeadlineShape::Stopped => alone(i),
        HeadlineShape::SentenceCase => {
            feats[i].width * 4 < column[i] * SENTENCE_CASE_HEADLINE_QUARTERS || story_below(i)
        }
        HeadlineShape::No => false,
    };
    // A short block of one or two lines standing alone, whatever its shape ("Des époux dans
    // le train !"): the rules never take it for a headline, the evidence may.
    // Where each block (a run of consecutive lines) ends, by position in `nonblank`.
    let mut block_end = vec![0; nonblank.len()];
    for k in (0..nonblank.len()).rev() {
        let joined = k + 1 < nonblank.len() && nonblank[k + 1] == nonblank[k] + 1;
        block_end[k] = if joined { block_end[k + 1] } else { k + 1 };
    }
    let standing = |k: usize| -> usize {
        let (i, f) = (nonblank[k], &feats[nonblank[k]]);
        let len = block_end[k] - k;
        let lines = &nonblank[k..k + len];
        let opens_like = f.first.is_uppercase() || f.first.is_ascii_digit() || f.cjk;
        let plain = !(f.fragment || f.byline || f.dateline.is_some() || f.attribution || f.photo_credit);
        let short = lines.iter().all(|&l| feats[l].width * 10 < column[l] * SHORT_LINE_TENTHS);
        let open_end =
            matches!(feats[lines[len - 1]].last, ',' | ';' | ':' | '-' | '‐' | '，' | '、' | '：' | '.' | '。' | '．');
        let alone = i.checked_sub(1).is_none_or(|p| feats[p].blank || feats[p].furniture);
        if len <= STANDING_MAX_LINES && alone && opens_like && plain && short && !open_end { len } else { 0 }
    };
    let mut k = 0;
    while k < nonblank.len() {
        if !candidate(nonblank[k]) {
            let len = standing(k);
            if len > 0 {
                let prev = k.checked_sub(1).map(|p| (nonblank[p], nonblank[p] + 1 < nonblank[k]));
                let context = Neighbours { prev, next: nonblank.get(k + len).copied() };
                let accept = unit_stands_alone(feats, column, &nonblank[k..k + len], &context, false);
                runs.push(run(k..k + len, false, accept));
            }
            k += len.max(1);
            continue;
        }
        // A unit: candidates on consecutive source lines.
        let mut end = k + 1;
        // A sentence-case deck under the headline may be as wide as the column, when it
        // stands alone above a blank line, a byline or a dateline.
        let deck_like = |i: usize| {
            feats[i].headline == HeadlineShape::SentenceCase
                && feats.get(i + 1).is_none_or(|n| n.blank || n.byline || n.dateline.is_some())
        };
        while end < nonblank.len()
            && nonblank[end] == nonblank[end - 1] + 1
            && (candidate(nonblank[end]) || deck_like(nonblank[end]))
        {
            end += 1;
        }
        // A heading block: a short block standing alone that a headline line opens is
        // heading to its end (the lines under the title of an older paper).
        let block_end = block_end[k];
        let opens_block = k == 0 || nonblank[k - 1] + 1 < nonblank[k];
        let credits = nonblank[k..block_end].iter().any(|&l| feats[l].byline || feats[l].dateline.is_some());
        if opens_block && block_end > end && !credits && standing(k) == block_end - k {
            end = block_end;
        }
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
        let prev = k.checked_sub(1).map(|p| (nonblank[p], nonblank[p] + 1 < nonblank[k]));
        let context = Neighbours { prev, next: nonblank.get(end).copied() };
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
