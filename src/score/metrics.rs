//! The metrics of `score.py`, computed the same way (see that file's docstring).

use super::{ArticleFields, PageFields, normalize};
use std::collections::{BTreeSet, HashMap};

/// How a page's articles compare with the expected ones.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// Articles detected.
    pub articles: usize,
    /// Articles expected.
    pub expected: usize,
    /// Expected articles whose headline-free body equals a detected body.
    pub exact: usize,
    /// Character-trigram F1 of the article partition (1:1 greedy match), rounded to 4 places.
    pub seg_f1: f64,
    /// Matched articles whose headline is right.
    pub headline: usize,
    /// F1 of paragraph breaks, each keyed by 8 characters either side, rounded to 4 places.
    pub para_f1: f64,
    /// Characters of the expected page found in no output field.
    pub lost: usize,
    /// Characters in the output that the expected page does not have.
    pub extra: usize,
}

/// A text's character trigrams, with how often each occurs.
pub(crate) type Trigrams = HashMap<[char; 3], u32>;

/// The character trigrams of `s`.
pub(crate) fn trigrams(s: &str) -> Trigrams {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Trigrams::new();
    for w in chars.windows(3) {
        *out.entry([w[0], w[1], w[2]]).or_default() += 1;
    }
    out
}

/// Σ min(a[t], b[t]): the size of the multiset intersection.
pub(crate) fn shared(a: &Trigrams, b: &Trigrams) -> u64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.iter().map(|(t, &n)| u64::from(n.min(large.get(t).copied().unwrap_or(0)))).sum()
}

/// How many trigrams, counting repeats.
pub(crate) fn total(t: &Trigrams) -> u64 {
    t.values().map(|&n| u64::from(n)).sum()
}

/// The article's paragraphs normalised, the byline put at the start of the first when it is
/// not there already, empty ones dropped.
fn body_of(article: &ArticleFields) -> Vec<String> {
    let mut paras: Vec<String> = article.paragraphs.iter().map(|p| normalize(p)).collect();
    let byline = normalize(&article.byline);
    if !byline.is_empty() && !paras.first().is_some_and(|p| p.starts_with(&byline)) {
        match paras.first_mut() {
            Some(first) => first.insert_str(0, &byline),
            None => paras.push(byline),
        }
    }
    paras.retain(|p| !p.is_empty());
    paras
}

/// Each paragraph break, keyed by the 8 characters either side of it.
fn breaks(paragraphs: &[String], out: &mut BTreeSet<String>) {
    let mut acc: Vec<char> = Vec::new();
    for pair in paragraphs.windows(2) {
        acc.extend(pair[0].chars());
        let before: String = acc[acc.len().saturating_sub(8)..].iter().collect();
        let after: String = pair[1].chars().take(8).collect();
        out.insert(format!("{before}|{after}"));
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Counts of each character of the strings.
fn char_counts<'a>(texts: impl Iterator<Item = &'a str>) -> HashMap<char, i64> {
    let mut out = HashMap::new();
    for c in texts.flat_map(str::chars) {
        *out.entry(c).or_default() += 1;
    }
    out
}

/// Scores `got` against `expected`.
///
/// ```
/// use broadsheet::score::{ArticleFields, PageFields, score};
/// let article = |h: &str, p: &str| ArticleFields { headline: h.into(), paragraphs: vec![p.into()], ..Default::default() };
/// let expected = PageFields { articles: vec![article("Rain", "It rained all day.")], unassigned: vec![] };
/// let s = score(&expected, &expected);
/// assert_eq!((s.exact, s.headline, s.seg_f1, s.lost), (1, 1, 1.0, 0));
/// ```
pub fn score(expected: &PageFields, got: &PageFields) -> Score {
    let (exp, out) = (&expected.articles, &got.articles);
    let eb: Vec<String> = exp.iter().map(|a| body_of(a).concat()).collect();
    let gb: Vec<String> = out.iter().map(|a| body_of(a).concat()).collect();
    let et: Vec<Trigrams> = eb.iter().map(|b| trigrams(b)).collect();
    let gt: Vec<Trigrams> = gb.iter().map(|b| trigrams(b)).collect();
    // Greedy one-to-one match, largest overlap first (ties: higher indices first, as Python's
    // reverse sort of (overlap, i, j) tuples).
    let mut pairs: Vec<(u64, usize, usize)> = Vec::new();
    for (i, e) in et.iter().enumerate() {
        for (j, g) in gt.iter().enumerate() {
            pairs.push((shared(e, g), i, j));
        }
    }
    pairs.sort_unstable_by(|a, b| b.cmp(a));
    let (mut matched, mut used) = (vec![None; exp.len()], vec![false; out.len()]);
    let mut overlap = 0;
    for (ov, i, j) in pairs {
        if ov > 0 && matched[i].is_none() && !used[j] {
            matched[i] = Some(j);
            used[j] = true;
            overlap += ov;
        }
    }
    let precision = overlap as f64 / gt.iter().map(total).sum::<u64>().max(1) as f64;
    let recall = overlap as f64 / et.iter().map(total).sum::<u64>().max(1) as f64;
    let pairs: Vec<(usize, usize)> = matched.iter().enumerate().filter_map(|(i, j)| Some((i, (*j)?))).collect();
    let exact = pairs.iter().filter(|&&(i, j)| eb[i] == gb[j]).count();
    let headline = pairs.iter().filter(|&&(i, j)| headline_right(&exp[i], &out[j])).count();
    let (mut ek, mut gk) = (BTreeSet::new(), BTreeSet::new());
    exp.iter().for_each(|a| breaks(&body_of(a), &mut ek));
    out.iter().for_each(|a| breaks(&body_of(a), &mut gk));
    let hit = ek.intersection(&gk).count() as f64;
    let para_f1 = if ek.is_empty() && gk.is_empty() {
        1.0
    } else {
        f1(hit / gk.len().max(1) as f64, hit / ek.len().max(1) as f64)
    };
    let heads_of = |a: &ArticleFields| normalize(&a.kicker) + &normalize(&a.headline) + &normalize(&a.deck);
    let want =
        char_counts(exp.iter().zip(&eb).map(|(a, b)| heads_of(a) + b).collect::<Vec<_>>().iter().map(String::as_str));
    let have =
        char_counts(out.iter().zip(&gb).map(|(a, b)| heads_of(a) + b).collect::<Vec<_>>().iter().map(String::as_str));
    let kept: Vec<String> = got.unassigned.iter().map(|u| normalize(u)).collect();
    let kept = char_counts(kept.iter().map(String::as_str));
    let get = |m: &HashMap<char, i64>, c: &char| m.get(c).copied().unwrap_or(0);
    let lost = want.iter().map(|(c, &n)| (n - get(&have, c)).max(0) - get(&kept, c)).map(|n| n.max(0)).sum::<i64>();
    let extra = have.iter().map(|(c, &n)| (n - get(&want, c)).max(0)).sum::<i64>();
    Score {
        articles: out.len(),
        expected: exp.len(),
        exact,
        seg_f1: round4(f1(precision, recall)),
        headline,
        para_f1: round4(para_f1),
        lost: lost as usize,
        extra: extra as usize,
    }
}

/// A kicker (the small line over a headline) or a deck may stand in its own field or be
/// joined to the headline; a line one side calls a kicker the other may call a deck.
fn headline_right(expected: &ArticleFields, got: &ArticleFields) -> bool {
    let (h, d, k) = (normalize(&expected.headline), normalize(&expected.deck), normalize(&expected.kicker));
    let (gh, gd, gk) = (normalize(&got.headline), normalize(&got.deck), normalize(&got.kicker));
    let heads = [h.clone(), format!("{k}{h}"), format!("{h}{d}"), format!("{k}{h}{d}"), format!("{d}{h}")];
    let decks = [String::new(), d.clone(), k.clone(), format!("{k}{d}")];
    let kickers = [String::new(), k.clone(), d.clone()];
    let len = |s: &str| s.chars().count();
    heads.contains(&gh)
        && decks.contains(&gd)
        && kickers.contains(&gk)
        && len(&gk) + len(&gh) + len(&gd) <= len(&k) + len(&h) + len(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(headline: &str, deck: &str, kicker: &str, paragraphs: &[&str]) -> ArticleFields {
        ArticleFields {
            headline: headline.into(),
            deck: deck.into(),
            kicker: kicker.into(),
            byline: String::new(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn page(articles: Vec<ArticleFields>) -> PageFields {
        PageFields { articles, unassigned: Vec::new() }
    }

    #[test]
    fn a_kicker_may_stand_in_its_field_in_the_deck_or_before_the_headline() {
        let expected = page(vec![article("Rain Falls", "", "WEATHER", &["It rained."])]);
        for got in [
            article("Rain Falls", "", "WEATHER", &["It rained."]),
            article("Rain Falls", "WEATHER", "", &["It rained."]),
            article("WEATHER Rain Falls", "", "", &["It rained."]),
        ] {
            assert_eq!(score(&expected, &page(vec![got.clone()])).headline, 1, "{got:?}");
        }
        let wrong = article("WEATHER", "", "", &["It rained."]);
        assert_eq!(score(&expected, &page(vec![wrong])).headline, 0);
    }

    #[test]
    fn a_byline_counts_at_the_start_of_the_first_paragraph() {
        let mut got = article("", "", "", &["today it rained"]);
        got.byline = "By Ann Lee".into();
        let expected = page(vec![article("", "", "", &["By Ann Lee today it rained"])]);
        let s = score(&expected, &page(vec![got]));
        assert_eq!((s.exact, s.lost, s.extra), (1, 0, 0));
    }

    #[test]
    fn a_split_article_loses_partition_f1_and_unassigned_text_is_not_lost() {
        let expected = page(vec![article("", "", "", &["alpha beta gamma delta", "epsilon zeta eta theta"])]);
        let split = page(vec![
            article("", "", "", &["alpha beta gamma delta"]),
            article("", "", "", &["epsilon zeta eta theta"]),
        ]);
        let s = score(&expected, &split);
        assert!(s.seg_f1 < 0.7 && s.seg_f1 > 0.3, "{s:?}");
        let kept = PageFields {
            articles: Vec::new(),
            unassigned: vec!["alpha beta gamma delta epsilon zeta eta theta".into()],
        };
        assert_eq!(score(&expected, &kept).lost, 0);
        assert_eq!(score(&expected, &PageFields::default()).lost, 38);
    }
}
