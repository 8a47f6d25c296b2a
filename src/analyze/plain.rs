//! Analysis of a plain-text page: headline units and article bodies from the lines alone
//! ([`super::segment`]), headlines matched to articles by content ([`super::headline`]),
//! captions and pull quotes set apart.

use super::evidence::{Judge, Print, Verdict};
use super::finish;
use super::headline::{self, UnitFate};
use super::segment;
use super::thresholds::*;
use crate::model::{Analysis, Article, ArticleId, Leftover, LineId, LineLabel, Page, Role, Rule};
use crate::text::features::{FUNCTION_WORDS, LineFeatures};

/// Labels, articles, leftovers and decisions for a page of plain text.
pub(super) fn analyze(page: &Page, feats: Vec<LineFeatures>, weights: &dyn Judge) -> Analysis {
    let column = column_widths(&feats);
    let texts = texts(page, &feats);
    let print = print_of(page);
    let weights = if print.is_empty() { weights } else { weights.for_print() };
    let segments = segment::segment(&feats, &column, &texts, &print, weights);
    let mut labels: Vec<LineLabel> = feats
        .iter()
        .map(|f| LineLabel {
            role: if f.blank { Role::Blank } else { Role::Noise },
            article: None,
            repaired: f.fake_bold.as_ref().map(|(_, kept, _)| kept.clone()),
        })
        .collect();
    let mut articles = label_bodies(&segments.drafts, &feats, &mut labels);
    let mut leftovers = Vec::new();
    let fates = headline::assign(&segments.units, &segments.drafts, |i| texts[i], weights);
    for (unit, fate) in segments.units.iter().zip(&fates) {
        label_unit(unit, fate, (&texts, &feats), &mut labels, &mut articles, &mut leftovers);
    }
    for (i, f) in feats.iter().enumerate() {
        if f.furniture && labels[i].article.is_none() {
            leftovers.push(Leftover { line: LineId(i as u32), text: texts[i].to_owned(), rule: Rule::PageFurniture });
        }
        if let Some((rule, _, removed)) = &f.fake_bold {
            leftovers.push(Leftover { line: LineId(i as u32), text: removed.clone(), rule: *rule });
        }
    }
    set_apart(&mut labels, &mut leftovers, &texts, &feats);
    finish(page, labels, leftovers, (&texts, &feats, &column), articles)
}

/// The candidates evidence decides on, as [`analyze`] finds them.
pub(super) fn candidates(page: &Page, feats: &[LineFeatures]) -> segment::Candidates {
    segment::candidates(feats, &column_widths(feats), &texts(page, feats), &print_of(page))
}

/// Every headline unit with every article it may head, on the segmentation `judge` makes.
pub(super) fn pairs(page: &Page, feats: &[LineFeatures], judge: &dyn Judge) -> Vec<headline::Pair> {
    let (column, texts, print) = (column_widths(feats), texts(page, feats), print_of(page));
    let judge = if print.is_empty() { judge } else { judge.for_print() };
    let segments = segment::segment(feats, &column, &texts, &print, judge);
    headline::pairs(&segments.units, &segments.drafts, |i| texts[i])
}

/// Each line's type against the page's body type, where the page has sizes (an OCR file in
/// its stated order); empty for plain text.
fn print_of(page: &Page) -> Vec<Print> {
    let Some(layout) = page.layout.as_ref().filter(|l| l.body_size > 0.0) else { return Vec::new() };
    let stated_body = stated_body_size(page);
    page.lines
        .iter()
        .map(|l| {
            let measured = l.font_size_pt.map_or(0.0, |s| s / layout.body_size);
            // Where the file states the type size too (ALTO FONTSIZE), the two estimates of
            // the same thing are averaged: the box's height varies with what the line prints
            // (capitals, descenders), the stated size with the OCR engine's font guess.
            // Left one newspaper out on the corpus, the average lifts every title or keeps
            // it level; the stated size alone lowers some.
            let size = match (stated_body, l.stated_size) {
                (Some(body), Some(stated)) if measured > 0.0 => (stated / body + measured) / 2.0,
                _ => measured,
            };
            Print { size, bold: l.font.as_ref().is_some_and(|f| f.weight >= 600) }
        })
        .collect()
}

/// The type size most of the page's characters are set in, as the file states it, when it
/// states a size for most of them.
fn stated_body_size(page: &Page) -> Option<f32> {
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    let mut all = 0usize;
    for line in &page.lines {
        let chars = line.text.chars().filter(|c| !c.is_whitespace()).count();
        all += chars;
        if let Some(size) = line.stated_size.filter(|_| chars > 0) {
            sizes.push((size, chars));
        }
    }
    let stated: usize = sizes.iter().map(|s| s.1).sum();
    if stated * 2 < all || stated == 0 {
        return None;
    }
    sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut seen = 0;
    sizes
        .iter()
        .find(|s| {
            seen += s.1;
            seen * 2 >= stated
        })
        .map(|s| s.0)
}

/// Each line's text as the analysis uses it: trimmed, one copy of a fake-bold line.
fn texts<'a>(page: &'a Page, feats: &'a [LineFeatures]) -> Vec<&'a str> {
    feats
        .iter()
        .zip(&page.lines)
        .map(|(f, line)| f.fake_bold.as_ref().map_or(line.text.trim(), |(_, kept, _)| kept.as_str()))
        .collect()
}

/// An article per draft body: its lines labelled body (or byline).
fn label_bodies(drafts: &[segment::Draft], feats: &[LineFeatures], labels: &mut [LineLabel]) -> Vec<Article> {
    let mut articles = Vec::with_capacity(drafts.len());
    for (a, draft) in drafts.iter().enumerate() {
        let id = ArticleId(a as u32 + 1);
        for &i in &draft.lines {
            labels[i].role = if feats[i].byline { Role::Byline } else { Role::Body };
            labels[i].article = Some(id);
        }
        let start = draft.lines.first().copied().unwrap_or(0);
        articles.push(Article {
            id,
            start: LineId(start as u32),
            start_rule: draft.rule,
            headline_choice: None,
            start_evidence: draft.verdict.as_ref().map(Verdict::explain),
            headline_evidence: None,
        });
    }
    articles
}

/// A headline unit's lines as its fate says: an article's headline (and deck), a deck, or
/// a headline matched to no article (left over).
fn label_unit(
    unit: &segment::Unit,
    fate: &UnitFate,
    (texts, feats): (&[&str], &[LineFeatures]),
    labels: &mut [LineLabel],
    articles: &mut [Article],
    leftovers: &mut Vec<Leftover>,
) {
    match fate {
        UnitFate::Headline(a, choice) => {
            let id = ArticleId(*a as u32 + 1);
            if let Some(article) = articles.get_mut(*a) {
                article.headline_choice = Some(*choice);
                article.headline_evidence = unit.verdict.as_ref().map(Verdict::explain);
            }
            for (&i, role) in unit.lines.iter().zip(unit_roles(&unit.lines, texts, feats)) {
                labels[i].role = role;
                labels[i].article = Some(id);
            }
        }
        UnitFate::Deck(a) => {
            for &i in &unit.lines {
                labels[i].role = Role::Deck;
                labels[i].article = Some(ArticleId(*a as u32 + 1));
            }
        }
        UnitFate::Unmatched => {
            for &i in &unit.lines {
                labels[i].role = Role::Headline;
                leftovers.push(Leftover {
                    line: LineId(i as u32),
                    text: texts[i].to_owned(),
                    rule: Rule::UnmatchedHeadline,
                });
            }
        }
    }
}

/// Headline and deck among the lines of one headline unit.
///
/// CJK: a line starting with a dash, or clearly shorter (70 % or less) than the first, is a
/// deck (副题, "王卫东主持"); a first line clearly shorter than the second is a kicker (引题)
/// above the headline, kept as the deck; lines of like length cannot be told apart and stay
/// together as the headline. Latin: see [`continues_headline`].
fn unit_roles(lines: &[usize], texts: &[&str], feats: &[LineFeatures]) -> Vec<Role> {
    let mut roles = vec![Role::Headline; lines.len()];
    let (Some(&first), Some(&second)) = (lines.first(), lines.get(1)) else { return roles };
    if feats[first].cjk || feats[second].cjk {
        let len = |i: usize| texts[i].chars().filter(|c| !c.is_whitespace()).count();
        let (l1, l2) = (len(first), len(second));
        if texts[second].starts_with(['—', '―', '-']) || l2 * 10 <= l1 * SHORT_LINE_TENTHS {
            roles[1..].iter_mut().for_each(|r| *r = Role::Deck);
        } else if l1 * 10 <= l2 * SHORT_LINE_TENTHS {
            roles[0] = Role::Deck;
            roles[2..].iter_mut().for_each(|r| *r = Role::Deck);
        }
        return roles;
    }
    let mut role = Role::Headline;
    for k in 1..lines.len() {
        if !continues_headline(texts[lines[k - 1]], texts[lines[k]], &feats[lines[k]]) {
            role = Role::Deck;
        }
        roles[k] = role;
    }
    roles
}

/// Blocks printed apart from the running text of an article: a photo caption (its last line
/// ends in a photo credit, "(Photo: Lee Park/Metro Tribune)"), and a pull quote (a short block
/// whose words the article already prints, with an attribution line "— Ald. Rosa Vega").
/// They leave the article and are reported.
fn set_apart(labels: &mut [LineLabel], leftovers: &mut Vec<Leftover>, texts: &[&str], feats: &[LineFeatures]) {
    let normal =
        |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    let mut next = 0;
    while next < labels.len() {
        if labels[next].role == Role::Blank {
            next += 1;
            continue;
        }
        let start = next;
        while next < labels.len() && labels[next].role != Role::Blank {
            next += 1;
        }
        let i = next;
        // A photo credit set on its own line under the caption ("圖：市府提供") is furniture
        // already; the caption is the text above it.
        let mut end = i;
        while end > start && feats[end - 1].furniture && feats[end - 1].photo_credit {
            end -= 1;
        }
        let credited = end < i;
        let block = start..end;
        let i = end;
        let article = labels[start].article;
        let all_body = block.clone().all(|k| labels[k].role == Role::Body && labels[k].article == article);
        if block.is_empty() || article.is_none() || !all_body || block.len() > SET_APART_MAX_LINES {
            continue;
        }
        let marked = texts[start].starts_with(['▲', '△', '▼', '▽']);
        let rule = if credited || marked || feats[i - 1].photo_credit {
            Some(Rule::PhotoCaption)
        } else {
            // Only a block with an attribution line is compared with the article's text.
            let attributed = feats[i - 1].attribution && i - 1 > start;
            let repeats = attributed && {
                let quote = normal(&(start..i - 1).map(|k| texts[k]).collect::<String>());
                let rest: String = (0..labels.len())
                    .filter(|k| !block.contains(k) && labels[*k].article == article && labels[*k].role == Role::Body)
                    .map(|k| normal(texts[k]))
                    .collect();
                quote.chars().count() >= PULL_QUOTE_MIN_CHARS && rest.contains(&quote)
            };
            repeats.then_some(Rule::PullQuote)
        };
        if let Some(rule) = rule {
            for k in block {
                labels[k].role = Role::Noise;
                labels[k].article = None;
                leftovers.push(Leftover { line: LineId(k as u32), text: texts[k].to_owned(), rule });
            }
        }
    }
}

/// A Latin headline wrapped onto a second line rather than followed by a deck: the first
/// line ends in a function word, or the second starts lowercase, or both are capitals.
fn continues_headline(above: &str, below: &str, below_f: &LineFeatures) -> bool {
    if below_f.cjk {
        return false;
    }
    let last_word = above.rsplit(' ').next().unwrap_or("").to_lowercase();
    let caps = |s: &str| s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    FUNCTION_WORDS.contains(&last_word.as_str()) || below_f.first.is_lowercase() || (caps(above) && caps(below))
}

/// Each line's column width in cells: the second-widest line of its block (a run of
/// non-blank lines) when the block has three lines or more, else the last estimate seen
/// (before any: the median estimate, or the widest line).
fn column_widths(feats: &[LineFeatures]) -> Vec<usize> {
    let mut out = vec![0; feats.len()];
    let mut estimates: Vec<Option<usize>> = Vec::new();
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < feats.len() {
        if feats[i].blank {
            i += 1;
            continue;
        }
        let start = i;
        while i < feats.len() && !feats[i].blank {
            i += 1;
        }
        let mut widths: Vec<usize> =
            feats[start..i].iter().filter(|f| !f.fragment && !f.furniture).map(|f| f.width).collect();
        widths.sort_unstable_by(|a, b| b.cmp(a));
        estimates.push((widths.len() >= COLUMN_MIN_LINES).then(|| widths[1]));
        blocks.push((start, i));
    }
    let fallback = {
        let mut known: Vec<usize> = estimates.iter().flatten().copied().collect();
        known.sort_unstable();
        let widest = feats.iter().map(|f| f.width).max().unwrap_or(1);
        known.get(known.len() / 2).copied().unwrap_or(widest)
    };
    let mut last = None;
    for ((start, end), estimate) in blocks.into_iter().zip(estimates) {
        let width = estimate.or(last).unwrap_or(fallback);
        if estimate.is_some() {
            last = estimate;
        }
        if end - start > 2 * LOCAL_COLUMN {
            // A long run without blank lines may hold several stories set at different
            // widths: estimate each line's column from its neighbours in the same story
            // (as far as datelines tell).
            // The story around each line: from the last dateline at or above it to the next
            // below it, found in one pass each way.
            let mut story_start = vec![start; end - start];
            let mut story_end = vec![end; end - start];
            for i in start..end {
                story_start[i - start] = if feats[i].dateline.is_some() {
                    i
                } else {
                    i.checked_sub(1).filter(|&p| p >= start).map_or(start, |p| story_start[p - start])
                };
            }
            for i in (start..end).rev() {
                story_end[i - start] = if i + 1 < end {
                    if feats[i + 1].dateline.is_some() { i + 1 } else { story_end[i + 1 - start] }
                } else {
                    end
                };
            }
            for (i, slot) in out.iter_mut().enumerate().take(end).skip(start) {
                let (story_start, story_end) = (story_start[i - start], story_end[i - start]);
                let window = i.saturating_sub(LOCAL_COLUMN).max(story_start)..(i + LOCAL_COLUMN + 1).min(story_end);
                let mut widths: Vec<usize> = feats[window].iter().filter(|f| !f.fragment).map(|f| f.width).collect();
                widths.sort_unstable_by(|a, b| b.cmp(a));
                *slot = widths.get(1).copied().unwrap_or(width);
            }
        } else {
            out[start..end].iter_mut().for_each(|w| *w = width);
        }
    }
    out
}
