//! Article segmentation: headline units, and the body lines each article starts with.

use super::thresholds::*;
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
}

/// An article's body as detected from the text: where it starts and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Body and byline line indices, in order.
    pub lines: Vec<usize>,
    /// The rule that started it.
    pub rule: crate::model::Rule,
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

/// Splits the non-blank lines into headline units and article bodies.
///
/// `column` gives each line's estimated column width in cells.
pub fn segment(feats: &[LineFeatures], column: &[usize]) -> Segments {
    // Page furniture stands outside the stories, like a blank line.
    let nonblank: Vec<usize> = (0..feats.len()).filter(|&i| !feats[i].blank && !feats[i].furniture).collect();
    let (is_headline, listed) = headline_lines(feats, column, &nonblank);

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
                out.units.push(Unit { lines: vec![i], position: out.drafts.len(), above: None, below });
            }
            after_headline = true;
            prev = Some(i);
            continue;
        }
        let prev_ends = prev.is_none_or(|p| feats[p].ends_sentence || p + 1 < i);
        let rule = if f.byline && has_text {
            Some(crate::model::Rule::BylineLine)
        } else if f.dateline.is_some() && (has_text || out.drafts.is_empty()) && (prev_ends || after_headline) {
            Some(crate::model::Rule::Dateline)
        } else if after_headline {
            Some(if f.byline { crate::model::Rule::BylineLine } else { crate::model::Rule::HeadlineAbove })
        } else if out.drafts.is_empty() {
            Some(crate::model::Rule::PageStart)
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
            out.drafts.push(Draft { lines: Vec::new(), rule });
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

/// Which non-blank lines (by position in `nonblank`) are accepted as headline lines, and
/// which of them stand in a list of headlines (each its own unit).
fn headline_lines(feats: &[LineFeatures], column: &[usize], nonblank: &[usize]) -> (Vec<bool>, Vec<bool>) {
    let mut accepted = vec![false; nonblank.len()];
    let mut listed = vec![false; nonblank.len()];
    // A sentence-case line is a headline when it is short for its column, or when it stands
    // alone between blank lines and a story visibly starts below it (a dateline, a byline,
    // an indented first line).
    let story_below = |i: usize| {
        let blank = |k: usize| feats.get(k).is_none_or(|f| f.blank);
        let next = (i + 1..feats.len()).find(|&k| !feats[k].blank);
        i.checked_sub(1).is_none_or(blank)
            && blank(i + 1)
            && next.is_some_and(|n| feats[n].dateline.is_some() || feats[n].byline || feats[n].indent)
    };
    let candidate = |i: usize| match feats[i].headline {
        HeadlineShape::Strong => true,
        HeadlineShape::SentenceCase => {
            feats[i].width * 4 < column[i] * SENTENCE_CASE_HEADLINE_QUARTERS || story_below(i)
        }
        HeadlineShape::No => false,
    };
    let mut k = 0;
    while k < nonblank.len() {
        if !candidate(nonblank[k]) {
            k += 1;
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
        // More than three headline lines in a row is a list of headlines printed together
        // (the way some pages set them at the foot), not one headline with its decks.
        if end - k > UNIT_MAX_LINES {
            let prev_ends = k.checked_sub(1).is_none_or(|p| feats[nonblank[p]].ends_sentence);
            if prev_ends && context_allows_list(feats, &nonblank[k..end]) {
                accepted[k..end].iter_mut().for_each(|a| *a = true);
                listed[k..end].iter_mut().for_each(|a| *a = true);
            }
            k = end;
            continue;
        }
        let prev = k.checked_sub(1).map(|p| (nonblank[p], nonblank[p] + 1 < nonblank[k]));
        let context = Neighbours { prev, next: nonblank.get(end).copied() };
        let prev_accepted = k > 0 && accepted[k - 1];
        if unit_stands_alone(feats, column, &nonblank[k..end], &context, prev_accepted) {
            accepted[k..end].iter_mut().for_each(|a| *a = true);
        }
        k = end;
    }
    (accepted, listed)
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
