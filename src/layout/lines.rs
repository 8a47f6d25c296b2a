//! Runs to lines: fake bold dropped, baselines grouped, gutters cut, word gaps mended.

use super::thresholds::*;
use crate::model::{BBox, Run, Sheet};
use crate::text::script::is_wide;

/// Keeps the first of any two identical runs drawn within an eighth of an em of each other
/// (fake bold); returns the kept run indices and, per removed run, its twin.
pub(super) fn drop_doubled(sheet: &Sheet) -> (Vec<u32>, Vec<(u32, u32)>) {
    let runs = &sheet.runs;
    let mut order: Vec<u32> = (0..runs.len() as u32).filter(|&i| !runs[i as usize].first.is_whitespace()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (ga, gb) = (&runs[a as usize], &runs[b as usize]);
        ga.first.cmp(&gb.first).then(ga.x.total_cmp(&gb.x))
    });
    let mut removed = vec![false; runs.len()];
    let mut twins = Vec::new();
    for i in 0..order.len() {
        let a = order[i] as usize;
        if removed[a] {
            continue;
        }
        let ga = runs[a];
        let tol = FAKE_BOLD_OFFSET_EMS * ga.size;
        for &b in &order[i + 1..] {
            let gb = runs[b as usize];
            if gb.first != ga.first || gb.x - ga.x > tol {
                break;
            }
            let b = b as usize;
            // An invisible copy over visible text is an OCR layer, not fake bold.
            if !removed[b]
                && sheet.text_of(&gb) == sheet.text_of(&ga)
                && gb.invisible == ga.invisible
                && (gb.y - ga.y).abs() <= tol
                && (gb.size - ga.size).abs() <= FAKE_BOLD_SIZE_STEP * ga.size
            {
                let (keep, drop) = if a < b { (a, b) } else { (b, a) };
                removed[drop] = true;
                twins.push((drop as u32, keep as u32));
                if drop == a {
                    break;
                }
            }
        }
    }
    let kept = (0..runs.len() as u32).filter(|&i| !removed[i as usize] && !runs[i as usize].first.is_whitespace());
    (kept.collect(), twins)
}

/// Drops from `kept` the glyphs of an invisible layer (OCR text) that lie over visible glyphs
/// of like size on the same baseline: the page prints that text already. Returns how many.
pub(super) fn drop_hidden_copies(runs: &[Run], kept: &mut Vec<u32>) -> usize {
    if !kept.iter().any(|&i| runs[i as usize].invisible) || kept.iter().all(|&i| runs[i as usize].invisible) {
        return 0;
    }
    // Visible glyphs by baseline, in bands of 2 pt, sorted by x.
    let mut bands: std::collections::HashMap<i32, Vec<(f32, f32, f32)>> = std::collections::HashMap::new();
    for &i in kept.iter() {
        let g = runs[i as usize];
        if !g.invisible {
            let ink = (g.x, g.x + g.advance.max(MIN_INK_EMS * g.size), g.size);
            bands.entry((g.y / OCR_BAND_PT).floor() as i32).or_default().push(ink);
        }
    }
    for band in bands.values_mut() {
        band.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    }
    let over_visible = |g: Run| {
        let centre = g.x + 0.5 * g.advance;
        let key = (g.y / OCR_BAND_PT).floor() as i32;
        let reach = (BASELINE_BAND_EMS * g.size / OCR_BAND_PT).ceil() as i32;
        (key - reach..=key + reach).filter_map(|k| bands.get(&k)).any(|band| {
            let k = band.partition_point(|v| v.0 <= centre + OCR_DRIFT_EMS * v.2);
            k > 0 && {
                let (x0, x1, size) = band[k - 1];
                // An OCR layer drifts a little from the print it was read from.
                let drift = OCR_DRIFT_EMS * size;
                (x0 - drift..=x1 + drift).contains(&centre) && size.max(g.size) / size.min(g.size) < OCR_SIZE_RATIO
            }
        })
    };
    let before = kept.len();
    kept.retain(|&i| {
        let g = runs[i as usize];
        !(g.invisible && over_visible(g))
    });
    before - kept.len()
}

/// A line of runs on one baseline.
#[derive(Clone, Debug)]
pub(super) struct RawLine {
    pub(super) runs: Vec<u32>,
    pub(super) text: String,
    pub(super) bbox: BBox,
    pub(super) baseline: f32,
    pub(super) size: f32,
    pub(super) font: u16,
    pub(super) bold: bool,
    pub(super) invisible: bool,
    pub(super) block: usize,
    /// What the file says of the hyphen ending the line ([`crate::model::Line::soft_hyphen`]).
    pub(super) soft_hyphen: Option<bool>,
    /// The type size the file states ([`crate::model::Line::stated_size`]).
    pub(super) stated_size: Option<f32>,
    /// The word confidence the file states ([`crate::model::Line::confidence`]).
    pub(super) confidence: Option<f32>,
}

pub(super) fn build_lines(sheet: &Sheet, kept: &[u32]) -> Vec<RawLine> {
    let g = &sheet.runs;
    let mut order = kept.to_vec();
    order.sort_unstable_by(|&a, &b| {
        let (ga, gb) = (&g[a as usize], &g[b as usize]);
        ga.y.total_cmp(&gb.y).then(ga.x.total_cmp(&gb.x))
    });
    let mut lines = Vec::new();
    let mut band: Vec<u32> = Vec::new();
    let (mut band_y, mut band_size) = (f32::NEG_INFINITY, 0.0f32);
    for &i in &order {
        let gi = g[i as usize];
        if !band.is_empty() && gi.y - band_y > BASELINE_BAND_EMS * gi.size.min(band_size) {
            split_band(sheet, &mut band, &mut lines);
            band.clear();
        }
        if band.is_empty() {
            (band_y, band_size) = (gi.y, gi.size);
        }
        band.push(i);
    }
    split_band(sheet, &mut band, &mut lines);
    lines
}

/// Splits one baseline band into lines at wide gaps (column gutters) and size changes.
fn split_band(sheet: &Sheet, band: &mut [u32], out: &mut Vec<RawLine>) {
    if band.is_empty() {
        return;
    }
    let g = &sheet.runs;
    band.sort_unstable_by(|&a, &b| g[a as usize].x.total_cmp(&g[b as usize].x));
    let mut start = 0;
    for k in 1..=band.len() {
        let split = k == band.len() || {
            let (p, q) = (g[band[k - 1] as usize], g[band[k] as usize]);
            let gap = q.x - (p.x + p.advance);
            let big = p.size.max(q.size);
            let ratio = big / p.size.min(q.size);
            let max_ratio = if p.invisible || q.invisible { OCR_LINE_SIZE_STEP } else { LINE_SIZE_STEP };
            gap > LINE_GAP_EMS * big || ratio > max_ratio || (q.y - p.y).abs() > BASELINE_BAND_EMS * p.size.min(q.size)
        };
        if split {
            out.push(raw_line(sheet, &band[start..k]));
            start = k;
        }
    }
}

pub(super) fn raw_line(sheet: &Sheet, ids: &[u32]) -> RawLine {
    line_of_runs(sheet, ids, false)
}

/// A line of words (runs an OCR file states as words): a space between every two.
pub(super) fn word_line(sheet: &Sheet, ids: &[u32]) -> RawLine {
    line_of_runs(sheet, ids, true)
}

fn line_of_runs(sheet: &Sheet, ids: &[u32], words: bool) -> RawLine {
    let g = &sheet.runs;
    let mut text = String::with_capacity(ids.len() * 3);
    for (k, &i) in ids.iter().enumerate() {
        let gi = g[i as usize];
        if k > 0 && words {
            text.push(' ');
        } else if k > 0 {
            let p = g[ids[k - 1] as usize];
            let gap = gi.x - (p.x + p.advance);
            let em = p.size.max(gi.size);
            // Typesetters put a quarter em between CJK and Latin text without a space.
            let threshold = match (is_wide(p.last), is_wide(gi.first)) {
                (true, true) => CJK_SPACE_EMS,
                (false, false) => LATIN_SPACE_EMS,
                _ => MIXED_SPACE_EMS,
            };
            if gap > threshold * em {
                text.push(' ');
            }
        }
        text.push_str(sheet.text_of(&gi));
    }
    let mut sizes: Vec<f32> = ids.iter().map(|&i| g[i as usize].size).collect();
    sizes.sort_unstable_by(f32::total_cmp);
    let size = sizes[sizes.len() / 2];
    let mut fonts: Vec<u16> = ids.iter().map(|&i| g[i as usize].font).collect();
    fonts.sort_unstable();
    let font = mode(&fonts);
    let baselines = {
        let mut ys: Vec<f32> = ids.iter().map(|&i| g[i as usize].y).collect();
        ys.sort_unstable_by(f32::total_cmp);
        ys[ys.len() / 2]
    };
    let (first, last) = (g[ids[0] as usize], g[ids[ids.len() - 1] as usize]);
    let bbox =
        BBox { x0: first.x, y0: baselines - ASCENT * size, x1: last.x + last.advance, y1: baselines + DESCENT * size };
    let stroked = ids.iter().filter(|&&i| g[i as usize].stroked).count() * 2 > ids.len();
    let bold = stroked || sheet.fonts.get(font as usize).is_some_and(|f| f.weight >= 600);
    let invisible = ids.iter().all(|&i| g[i as usize].invisible);
    RawLine {
        runs: ids.to_vec(),
        text,
        bbox,
        baseline: baselines,
        size,
        font,
        bold,
        invisible,
        block: 0,
        soft_hyphen: None,
        stated_size: None,
        confidence: None,
    }
}

/// How text on the lines around `line` (within five of its sizes, other baselines) stands at
/// `x`.
#[derive(Clone, Copy, Debug, Default)]
struct Coverage {
    /// Lines with a glyph over `x`.
    covered: usize,
    /// Lines whose box reaches across `x` (the same column's lines, at a word gap).
    spanning: usize,
    /// Lines with text within three ems of `x`.
    nearby: usize,
}

fn coverage(sheet: &Sheet, lines: &[RawLine], baselines: &[f32], line: usize, x: f32) -> Coverage {
    let (y, size) = (lines[line].baseline, lines[line].size);
    let lo = baselines.partition_point(|&b| b < y - COVER_REACH_EMS * size);
    let hi = baselines.partition_point(|&b| b <= y + COVER_REACH_EMS * size);
    let g = &sheet.runs;
    let mut c = Coverage::default();
    for other in &lines[lo..hi] {
        let ratio = other.size.max(size) / other.size.min(size);
        if (other.baseline - y).abs() <= BASELINE_BAND_EMS * size
            || other.bbox.x1 < x - NEARBY_EMS * size
            || other.bbox.x0 > x + NEARBY_EMS * size
            || ratio > LINE_SIZE_STEP
        {
            continue;
        }
        c.nearby += 1;
        if other.bbox.x0 <= x && x <= other.bbox.x1 {
            c.spanning += 1;
        }
        // The glyph at or left of x, and how far it reaches (to the next glyph at most:
        // squeezed punctuation advances less than its em).
        let k = other.runs.partition_point(|&i| g[i as usize].x <= x);
        if k == 0 {
            continue;
        }
        let at = g[other.runs[k - 1] as usize];
        let reach = other.runs.get(k).map_or(at.x + LAST_INK * at.advance, |&n| g[n as usize].x.min(at.x + at.advance));
        if x < reach {
            c.covered += 1;
        }
    }
    c
}

/// Splits lines at narrow column gutters: a gap of a quarter em or more that no line around
/// covers with text, while text stands near it (a river through the whole column stack).
pub(super) fn split_gutters(sheet: &Sheet, lines: &mut Vec<RawLine>) {
    lines.sort_unstable_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox.x0.total_cmp(&b.bbox.x0)));
    let baselines: Vec<f32> = lines.iter().map(|l| l.baseline).collect();
    let g = &sheet.runs;
    let mut pieces: Vec<(usize, Vec<usize>)> = Vec::new();
    // Wide punctuation is inked in half its em (squeezed or not); Latin glyphs fill their advance.
    let ink_end = |p: Run| {
        if is_wide(p.last) { p.x + p.advance.min(WIDE_INK_EMS * p.size).max(0.5 * p.advance) } else { p.right() }
    };
    for (i, line) in lines.iter().enumerate() {
        let mut cuts = Vec::new();
        // A gutter is wider than the line's own spaces (word spaces, letter spacing of a
        // kicker set across columns).
        let mut spaces: Vec<f32> = line
            .runs
            .windows(2)
            .map(|w| g[w[1] as usize].x - ink_end(g[w[0] as usize]))
            .filter(|&gap| gap > SPACE_MIN_EMS * line.size)
            .collect();
        spaces.sort_unstable_by(f32::total_cmp);
        let typical = spaces.get(spaces.len() / 2).copied().unwrap_or(0.0);
        for k in 1..line.runs.len() {
            let (p, q) = (g[line.runs[k - 1] as usize], g[line.runs[k] as usize]);
            let gap = q.x - ink_end(p);
            if gap < GUTTER_MIN_EMS * p.size.max(q.size)
                || (spaces.len() >= MIN_SPACES && gap < GUTTER_OVER_SPACE * typical)
            {
                continue;
            }
            let c = coverage(sheet, lines, &baselines, i, 0.5 * (ink_end(p) + q.x));
            if c.covered == 0 && c.nearby >= 2 {
                cuts.push(k);
            }
        }
        if !cuts.is_empty() {
            pieces.push((i, cuts));
        }
    }
    if pieces.is_empty() {
        return;
    }
    let mut out: Vec<RawLine> = Vec::with_capacity(lines.len() + pieces.len());
    let mut next = pieces.iter().peekable();
    for (i, line) in lines.iter().enumerate() {
        match next.peek() {
            Some((j, cuts)) if *j == i => {
                let mut start = 0;
                for &cut in cuts.iter().chain(std::iter::once(&line.runs.len())) {
                    out.push(raw_line(sheet, &line.runs[start..cut]));
                    start = cut;
                }
                next.next();
            }
            _ => out.push(line.clone()),
        }
    }
    *lines = out;
}

/// Joins pieces of one line that a wide word space split (justified narrow columns, OCR
/// layers): the gap is a word space when the lines around cover it with text.
pub(super) fn mend_word_gaps(sheet: &Sheet, lines: &mut Vec<RawLine>) {
    lines.sort_unstable_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox.x0.total_cmp(&b.bbox.x0)));
    let baselines: Vec<f32> = lines.iter().map(|l| l.baseline).collect();
    let mut merge_into: Vec<Option<usize>> = vec![None; lines.len()];
    for i in 0..lines.len() {
        // The next piece to the right on the same baseline.
        let (a_line, size) = (&lines[i], lines[i].size);
        let Some(j) = (i + 1..lines.len())
            .take_while(|&j| lines[j].baseline - a_line.baseline <= BASELINE_BAND_EMS * size)
            .filter(|&j| lines[j].bbox.x0 >= a_line.bbox.x1)
            .min_by(|&x, &y| lines[x].bbox.x0.total_cmp(&lines[y].bbox.x0))
        else {
            continue;
        };
        let b_line = &lines[j];
        let gap = b_line.bbox.x0 - a_line.bbox.x1;
        let ratio = a_line.size.max(b_line.size) / a_line.size.min(b_line.size);
        if gap > MEND_MAX_GAP_EMS * size || ratio > OCR_SIZE_RATIO {
            continue;
        }
        // Covered across the whole gap, not only in its middle: a short last line of one column
        // leaves a gap whose middle lies over the full lines of its own column, and whose end
        // is the gutter. The lines around have word spaces of their own, so each point asks for
        // a third of them and the gap as a whole for half.
        let inset = (MEND_INSET_EMS * size).min(0.5 * gap);
        let points = [a_line.bbox.x1 + inset, 0.5 * (a_line.bbox.x1 + b_line.bbox.x0), b_line.bbox.x0 - inset];
        let at = points.map(|x| coverage(sheet, lines, &baselines, i, x));
        let (covered, spanning) = at.iter().fold((0, 0), |(c, s), p| (c + p.covered, s + p.spanning));
        let covered = covered * 2 >= spanning && at.iter().all(|p| p.covered >= 2 && p.covered * 3 >= p.spanning);
        if covered {
            merge_into[j] = Some(merge_into[i].unwrap_or(i));
        }
    }
    if merge_into.iter().all(Option::is_none) {
        return;
    }
    let mut groups: Vec<Vec<u32>> = vec![Vec::new(); lines.len()];
    for i in 0..lines.len() {
        let root = merge_into[i].unwrap_or(i);
        let glyphs = std::mem::take(&mut lines[i].runs);
        groups[root].extend(glyphs);
    }
    let mut mended = Vec::with_capacity(lines.len());
    for mut ids in groups.into_iter().filter(|g| !g.is_empty()) {
        ids.sort_unstable_by(|&a, &b| sheet.runs[a as usize].x.total_cmp(&sheet.runs[b as usize].x));
        mended.push(raw_line(sheet, &ids));
    }
    *lines = mended;
}

fn mode(sorted: &[u16]) -> u16 {
    let (mut best, mut best_n, mut k) = (sorted[0], 0, 0);
    while k < sorted.len() {
        let run = sorted[k..].iter().take_while(|&&v| v == sorted[k]).count();
        if run > best_n {
            (best, best_n) = (sorted[k], run);
        }
        k += run;
    }
    best
}

/// The size most characters are set in (half-point steps), visible text first.
pub(super) fn body_size(lines: &[RawLine]) -> f32 {
    let visible = lines.iter().any(|l| !l.invisible);
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for l in lines.iter().filter(|l| !visible || !l.invisible) {
        let key = (l.size * 2.0).round() as i32;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += l.runs.len(),
            None => counts.push((key, l.runs.len())),
        }
    }
    counts.iter().max_by_key(|(k, n)| (*n, -k)).map_or(DEFAULT_BODY_PT, |(k, _)| *k as f32 / 2.0)
}
