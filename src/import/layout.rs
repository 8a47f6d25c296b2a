//! From positioned glyphs to a page: lines, blocks, what each block is, which headline owns
//! it, and the reading order. Pure geometry; the PDF reader fills a [`Sheet`], and tests
//! can build one by hand.
//!
//! The steps, in order:
//! 1. glyphs drawn twice at a small offset (fake bold) keep one copy;
//! 2. glyphs on one baseline, close together and of like size, make a line; gaps make spaces;
//! 3. lines of like size and weight stacked at a steady pitch make a block;
//! 4. a block is a headline by its size (or weight) against the page's body size, furniture
//!    by its place in the margin or its text, a caption by a picture just above it;
//! 5. a headline owns the blocks below it within its width, until the next headline or a
//!    printed rule; a smaller headline right under it is its deck;
//! 6. zones are read in page order, and inside a zone column by column.

use crate::analyze::features::LineFeatures;
use crate::analyze::script::is_wide;
use crate::model::{BBox, Block, BlockKind, Font, Layout, Line, LineId, Page, Rule};

/// One glyph: its character, baseline origin and advance in page points (origin top-left).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// The character it shows.
    pub ch: char,
    /// Left edge of the glyph (its origin).
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Advance width in points.
    pub advance: f32,
    /// Index into [`Sheet::fonts`].
    pub font: u16,
    /// Drawn invisibly (an OCR layer).
    pub invisible: bool,
    /// Filled and stroked (synthetic bold).
    pub stroked: bool,
}

/// A font of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetFont {
    /// PostScript name, subset prefix removed.
    pub name: String,
    /// 400 regular, 700 bold.
    pub weight: u16,
}

/// Everything printed on one page that the layout needs.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    /// Page width in points.
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// Glyphs in drawing order.
    pub glyphs: Vec<Glyph>,
    /// Fonts the glyphs refer to.
    pub fonts: Vec<SheetFont>,
    /// Pictures.
    pub figures: Vec<BBox>,
    /// Thin printed lines.
    pub rules: Vec<BBox>,
    /// 0-based page index in its file.
    pub page_index: usize,
    /// Pages in the file.
    pub page_count: usize,
}

/// Lays a sheet out into a page: lines in reading order, a blank line between blocks.
pub fn lay_out(name: &str, sheet: &Sheet) -> Page {
    let (kept, twins) = drop_doubled(&sheet.glyphs);
    let mut lines = build_lines(sheet, &kept);
    split_gutters(sheet, &mut lines);
    mend_word_gaps(sheet, &mut lines);
    let body_size = body_size(&lines);
    let mut blocks = build_blocks(&mut lines, &sheet.rules);
    classify(&mut blocks, &lines, sheet, body_size);
    let zones = own(&mut blocks, &lines, &sheet.rules, body_size, sheet.height);
    let order = reading_order(&blocks, &zones, &lines);
    emit(name, sheet, body_size, &lines, &blocks, &order, &twins)
}

/// Keeps the first of any two identical glyphs drawn within an eighth of an em of each other
/// (fake bold); returns the kept glyph indices and, per removed glyph, its twin.
fn drop_doubled(glyphs: &[Glyph]) -> (Vec<u32>, Vec<(u32, u32)>) {
    let mut order: Vec<u32> = (0..glyphs.len() as u32).filter(|&i| !glyphs[i as usize].ch.is_whitespace()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (ga, gb) = (&glyphs[a as usize], &glyphs[b as usize]);
        ga.ch.cmp(&gb.ch).then(ga.x.total_cmp(&gb.x))
    });
    let mut removed = vec![false; glyphs.len()];
    let mut twins = Vec::new();
    for i in 0..order.len() {
        let a = order[i] as usize;
        if removed[a] {
            continue;
        }
        let ga = glyphs[a];
        let tol = 0.125 * ga.size;
        for &b in &order[i + 1..] {
            let gb = glyphs[b as usize];
            if gb.ch != ga.ch || gb.x - ga.x > tol {
                break;
            }
            let b = b as usize;
            if !removed[b] && (gb.y - ga.y).abs() <= tol && (gb.size - ga.size).abs() <= 0.1 * ga.size {
                let (keep, drop) = if a < b { (a, b) } else { (b, a) };
                removed[drop] = true;
                twins.push((drop as u32, keep as u32));
                if drop == a {
                    break;
                }
            }
        }
    }
    let kept = (0..glyphs.len() as u32).filter(|&i| !removed[i as usize] && !glyphs[i as usize].ch.is_whitespace());
    (kept.collect(), twins)
}

/// A line of glyphs on one baseline.
#[derive(Clone, Debug)]
struct RawLine {
    glyphs: Vec<u32>,
    text: String,
    bbox: BBox,
    baseline: f32,
    size: f32,
    font: u16,
    bold: bool,
    invisible: bool,
    block: usize,
}

fn build_lines(sheet: &Sheet, kept: &[u32]) -> Vec<RawLine> {
    let g = &sheet.glyphs;
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
        if !band.is_empty() && gi.y - band_y > 0.3 * gi.size.min(band_size) {
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
    let g = &sheet.glyphs;
    band.sort_unstable_by(|&a, &b| g[a as usize].x.total_cmp(&g[b as usize].x));
    let mut start = 0;
    for k in 1..=band.len() {
        let split = k == band.len() || {
            let (p, q) = (g[band[k - 1] as usize], g[band[k] as usize]);
            let gap = q.x - (p.x + p.advance);
            let big = p.size.max(q.size);
            let ratio = big / p.size.min(q.size);
            let max_ratio = if p.invisible || q.invisible { 2.5 } else { 1.3 };
            gap > 0.9 * big || ratio > max_ratio || (q.y - p.y).abs() > 0.3 * p.size.min(q.size)
        };
        if split {
            out.push(raw_line(sheet, &band[start..k]));
            start = k;
        }
    }
}

fn raw_line(sheet: &Sheet, ids: &[u32]) -> RawLine {
    let g = &sheet.glyphs;
    let mut text = String::with_capacity(ids.len() * 3);
    for (k, &i) in ids.iter().enumerate() {
        let gi = g[i as usize];
        if k > 0 {
            let p = g[ids[k - 1] as usize];
            let gap = gi.x - (p.x + p.advance);
            let em = p.size.max(gi.size);
            // Typesetters put a quarter em between CJK and Latin text without a space.
            let threshold = match (is_wide(p.ch), is_wide(gi.ch)) {
                (true, true) => 0.5,
                (false, false) => 0.15,
                _ => 0.3,
            };
            if gap > threshold * em {
                text.push(' ');
            }
        }
        text.push(gi.ch);
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
        BBox { x0: first.x, y0: baselines - 0.88 * size, x1: last.x + last.advance, y1: baselines + 0.12 * size };
    let stroked = ids.iter().filter(|&&i| g[i as usize].stroked).count() * 2 > ids.len();
    let bold = stroked || sheet.fonts.get(font as usize).is_some_and(|f| f.weight >= 600);
    let invisible = ids.iter().all(|&i| g[i as usize].invisible);
    RawLine { glyphs: ids.to_vec(), text, bbox, baseline: baselines, size, font, bold, invisible, block: 0 }
}

/// Whether text on the lines around `line` (within five of its sizes, other baselines)
/// covers `x`: (lines with a glyph over `x`, lines with text within three ems of it).
fn coverage(sheet: &Sheet, lines: &[RawLine], baselines: &[f32], line: usize, x: f32) -> (usize, usize) {
    let (y, size) = (lines[line].baseline, lines[line].size);
    let lo = baselines.partition_point(|&b| b < y - 5.0 * size);
    let hi = baselines.partition_point(|&b| b <= y + 5.0 * size);
    let g = &sheet.glyphs;
    let (mut covered, mut nearby) = (0, 0);
    for other in &lines[lo..hi] {
        let ratio = other.size.max(size) / other.size.min(size);
        if (other.baseline - y).abs() <= 0.3 * size
            || other.bbox.x1 < x - 3.0 * size
            || other.bbox.x0 > x + 3.0 * size
            || ratio > 1.3
        {
            continue;
        }
        nearby += 1;
        // The glyph at or left of x, and how far it reaches (to the next glyph at most:
        // squeezed punctuation advances less than its em).
        let k = other.glyphs.partition_point(|&i| g[i as usize].x <= x);
        if k == 0 {
            continue;
        }
        let at = g[other.glyphs[k - 1] as usize];
        let reach = other.glyphs.get(k).map_or(at.x + 0.6 * at.advance, |&n| g[n as usize].x.min(at.x + at.advance));
        if x < reach {
            covered += 1;
        }
    }
    (covered, nearby)
}

/// Splits lines at narrow column gutters: a gap of a quarter em or more that no line around
/// covers with text, while text stands near it (a river through the whole column stack).
fn split_gutters(sheet: &Sheet, lines: &mut Vec<RawLine>) {
    lines.sort_unstable_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox.x0.total_cmp(&b.bbox.x0)));
    let baselines: Vec<f32> = lines.iter().map(|l| l.baseline).collect();
    let g = &sheet.glyphs;
    let mut pieces: Vec<(usize, Vec<usize>)> = Vec::new();
    let ink_end = |p: Glyph| p.x + p.advance.min(0.6 * p.size).max(0.5 * p.advance);
    for (i, line) in lines.iter().enumerate() {
        let mut cuts = Vec::new();
        // A gutter is wider than the line's own spaces (word spaces, letter spacing of a
        // kicker set across columns).
        let mut spaces: Vec<f32> = line
            .glyphs
            .windows(2)
            .map(|w| g[w[1] as usize].x - ink_end(g[w[0] as usize]))
            .filter(|&gap| gap > 0.1 * line.size)
            .collect();
        spaces.sort_unstable_by(f32::total_cmp);
        let typical = spaces.get(spaces.len() / 2).copied().unwrap_or(0.0);
        for k in 1..line.glyphs.len() {
            let (p, q) = (g[line.glyphs[k - 1] as usize], g[line.glyphs[k] as usize]);
            let gap = q.x - ink_end(p);
            if gap < 0.25 * p.size.max(q.size) || (spaces.len() >= 3 && gap < 1.5 * typical) {
                continue;
            }
            let (covered, nearby) = coverage(sheet, lines, &baselines, i, 0.5 * (ink_end(p) + q.x));
            if covered == 0 && nearby >= 2 {
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
                for &cut in cuts.iter().chain(std::iter::once(&line.glyphs.len())) {
                    out.push(raw_line(sheet, &line.glyphs[start..cut]));
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
fn mend_word_gaps(sheet: &Sheet, lines: &mut Vec<RawLine>) {
    lines.sort_unstable_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.bbox.x0.total_cmp(&b.bbox.x0)));
    let baselines: Vec<f32> = lines.iter().map(|l| l.baseline).collect();
    let mut merge_into: Vec<Option<usize>> = vec![None; lines.len()];
    for i in 0..lines.len() {
        // The next piece to the right on the same baseline.
        let (a_line, size) = (&lines[i], lines[i].size);
        let Some(j) = (i + 1..lines.len())
            .take_while(|&j| lines[j].baseline - a_line.baseline <= 0.3 * size)
            .filter(|&j| lines[j].bbox.x0 >= a_line.bbox.x1)
            .min_by(|&x, &y| lines[x].bbox.x0.total_cmp(&lines[y].bbox.x0))
        else {
            continue;
        };
        let b_line = &lines[j];
        let gap = b_line.bbox.x0 - a_line.bbox.x1;
        let ratio = a_line.size.max(b_line.size) / a_line.size.min(b_line.size);
        if gap > 4.0 * size || ratio > 1.5 {
            continue;
        }
        let (covered, nearby) = coverage(sheet, lines, &baselines, i, 0.5 * (a_line.bbox.x1 + b_line.bbox.x0));
        if covered >= 2 && covered * 3 >= nearby * 2 {
            merge_into[j] = Some(merge_into[i].unwrap_or(i));
        }
    }
    if merge_into.iter().all(Option::is_none) {
        return;
    }
    let mut groups: Vec<Vec<u32>> = vec![Vec::new(); lines.len()];
    for i in 0..lines.len() {
        let root = merge_into[i].unwrap_or(i);
        let glyphs = std::mem::take(&mut lines[i].glyphs);
        groups[root].extend(glyphs);
    }
    let mut mended = Vec::with_capacity(lines.len());
    for mut ids in groups.into_iter().filter(|g| !g.is_empty()) {
        ids.sort_unstable_by(|&a, &b| sheet.glyphs[a as usize].x.total_cmp(&sheet.glyphs[b as usize].x));
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
fn body_size(lines: &[RawLine]) -> f32 {
    let visible = lines.iter().any(|l| !l.invisible);
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for l in lines.iter().filter(|l| !visible || !l.invisible) {
        let key = (l.size * 2.0).round() as i32;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += l.glyphs.len(),
            None => counts.push((key, l.glyphs.len())),
        }
    }
    counts.iter().max_by_key(|(k, n)| (*n, -k)).map_or(10.0, |(k, _)| *k as f32 / 2.0)
}

/// A block under construction, then classified.
#[derive(Clone, Debug)]
struct RawBlock {
    lines: Vec<usize>,
    bbox: BBox,
    size: f32,
    bold: bool,
    kind: BlockKind,
    rule: Rule,
    zone: Option<usize>,
}

/// Stacks lines into blocks: like size and weight, overlapping horizontally, at a steady pitch,
/// with no printed rule between.
fn build_blocks(lines: &mut [RawLine], rules: &[BBox]) -> Vec<RawBlock> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        lines[a].baseline.total_cmp(&lines[b].baseline).then(lines[a].bbox.x0.total_cmp(&lines[b].bbox.x0))
    });
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for &i in &order {
        let l = &lines[i];
        open.retain(|&b| {
            let last = &lines[*blocks[b].lines.last().unwrap_or(&0)];
            l.baseline - last.baseline <= 2.0 * last.size.max(l.size)
        });
        let mut best: Option<(usize, f32)> = None;
        for &b in &open {
            let block = &blocks[b];
            let last = &lines[*block.lines.last().unwrap_or(&0)];
            let pitch = l.baseline - last.baseline;
            let ratio = last.size.max(l.size) / last.size.min(l.size);
            let max_ratio = if l.invisible { 1.25 } else { 1.15 };
            let steady = match block.lines.len() {
                0 | 1 => pitch <= 1.75 * last.size.max(l.size),
                n => {
                    let first = &lines[block.lines[0]];
                    let typical = (last.baseline - first.baseline) / (n - 1) as f32;
                    pitch <= 1.3 * typical.max(last.size)
                }
            };
            let overlap = l.bbox.x_overlap(last.bbox) >= 0.5 * l.bbox.width().min(last.bbox.width());
            let ruled = rules.iter().any(|r| {
                r.height() < r.width()
                    && r.y0 >= last.baseline - 0.2
                    && r.y1 <= l.bbox.y0 + 0.5 * l.size
                    && r.x_overlap(l.bbox) > 0.3 * l.bbox.width()
            });
            if pitch > 0.5 * l.size
                && steady
                && ratio <= max_ratio
                && l.bold == last.bold
                && overlap
                && !ruled
                && best.is_none_or(|(_, p)| pitch < p)
            {
                best = Some((b, pitch));
            }
        }
        match best {
            Some((b, _)) => {
                let block = &mut blocks[b];
                block.lines.push(i);
                block.bbox = block.bbox.union(lines[i].bbox);
            }
            None => {
                blocks.push(RawBlock {
                    lines: vec![i],
                    bbox: l.bbox,
                    size: l.size,
                    bold: l.bold,
                    kind: BlockKind::Body,
                    rule: Rule::ZoneWithoutHeadline,
                    zone: None,
                });
                open.push(blocks.len() - 1);
            }
        }
    }
    for (b, block) in blocks.iter_mut().enumerate() {
        let mut sizes: Vec<f32> = block.lines.iter().map(|&i| lines[i].size).collect();
        sizes.sort_unstable_by(f32::total_cmp);
        block.size = sizes[sizes.len() / 2];
        for &i in &block.lines {
            lines[i].block = b;
        }
    }
    blocks
}

/// Headline, byline, caption, furniture or body, by size, weight, place and text.
fn classify(blocks: &mut [RawBlock], lines: &[RawLine], sheet: &Sheet, body: f32) {
    let first_feats = |b: &RawBlock| LineFeatures::of(&lines[b.lines[0]].text);
    for block in blocks.iter_mut() {
        let n = block.lines.len();
        let feats = first_feats(block);
        let last_feats = LineFeatures::of(&lines[*block.lines.last().unwrap_or(&0)].text);
        // An OCR layer's sizes follow each word's scan, so a stray word can look large.
        let invisible = block.lines.iter().all(|&i| lines[i].invisible);
        let letters: usize =
            block.lines.iter().map(|&i| lines[i].text.chars().filter(|c| c.is_alphanumeric()).count()).sum();
        let words: usize = block.lines.iter().map(|&i| lines[i].text.split_whitespace().count()).sum();
        let margin = block.bbox.y1 < 0.08 * sheet.height || block.bbox.y0 > 0.95 * sheet.height;
        let under_figure = sheet.figures.iter().any(|f| {
            let gap = block.bbox.y0 - f.y1;
            (-1.0..2.5 * block.size).contains(&gap) && f.x_overlap(block.bbox) >= 0.6 * block.bbox.width()
        });
        let (kind, rule) = if n <= 2 && feats.furniture {
            (BlockKind::Furniture, Rule::PageFurniture)
        } else if n <= 2 && margin && block.size < 1.25 * body {
            (BlockKind::Furniture, Rule::PageMargin)
        } else if n <= 2 && feats.byline && block.size < 1.25 * body {
            (BlockKind::Byline, Rule::BylineLine)
        } else if n <= 6
            && (block.size >= 1.25 * body || (block.bold && block.size >= 0.95 * body && n <= 3))
            && (!invisible || (letters >= 8 && words >= 2))
        {
            (BlockKind::Headline, Rule::HeadlineBySize)
        } else if n <= 6 && (under_figure || last_feats.photo_credit || feats.first == '▲') {
            (BlockKind::Caption, if under_figure { Rule::CaptionByFigure } else { Rule::PhotoCaption })
        } else {
            (BlockKind::Body, Rule::ZoneWithoutHeadline)
        };
        block.kind = kind;
        block.rule = rule;
    }
    // The masthead: the topmost headline-sized text, across most of the page's width near its
    // top. Short lines above the first real headline there (edition, price, date) go with it.
    fn top(blocks: &[RawBlock], k: BlockKind) -> Option<usize> {
        (0..blocks.len())
            .filter(|&b| blocks[b].kind == k)
            .min_by(|&x, &y| blocks[x].bbox.y0.total_cmp(&blocks[y].bbox.y0))
    }
    if let Some(m) = top(blocks, BlockKind::Headline)
        && blocks[m].bbox.y0 < 0.15 * sheet.height
        && blocks[m].bbox.width() >= 0.5 * sheet.width
    {
        blocks[m].kind = BlockKind::Furniture;
        blocks[m].rule = Rule::MastheadOrSection;
        let first_story = top(blocks, BlockKind::Headline).map_or(0.15 * sheet.height, |h| blocks[h].bbox.y0);
        for block in blocks.iter_mut() {
            if block.kind == BlockKind::Body
                && block.lines.len() <= 2
                && block.bbox.y1 <= first_story.min(0.15 * sheet.height)
            {
                block.kind = BlockKind::Furniture;
                block.rule = Rule::MastheadOrSection;
            }
        }
    }
}

/// A story: a headline block (when it has one) and the blocks it owns.
#[derive(Clone, Debug)]
struct Zone {
    headline: Option<usize>,
    blocks: Vec<usize>,
}

/// Gives every block to the headline above it within its width; decks and stacked headline
/// lines join the headline above them. Returns the zones, headline zones first by position.
fn own(blocks: &mut [RawBlock], lines: &[RawLine], rules: &[BBox], body: f32, height: f32) -> Vec<Zone> {
    let _ = lines;
    let mut heads: Vec<usize> = (0..blocks.len()).filter(|&b| blocks[b].kind == BlockKind::Headline).collect();
    heads.sort_unstable_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
    let ruled_between = |upper: BBox, lower: BBox| {
        rules.iter().any(|r| {
            r.height() < r.width()
                && r.y0 >= upper.y1 - 1.0
                && r.y1 <= lower.y0 + 1.0
                && r.x_overlap(lower) >= 0.5 * lower.width().min(r.width())
        })
    };
    // The lowest headline above a block, within the headline's width.
    let owner_of = |blocks: &[RawBlock], b: usize, heads: &[usize]| -> Option<usize> {
        let bb = blocks[b].bbox;
        heads
            .iter()
            .copied()
            .filter(|&h| h != b)
            .filter(|&h| {
                let hb = blocks[h].bbox;
                let centre = 0.5 * (bb.x0 + bb.x1);
                let within = hb.x_overlap(bb) >= 0.5 * bb.width()
                    || (hb.x_overlap(bb) >= 0.25 * bb.width() && (hb.x0..=hb.x1).contains(&centre))
                    || (hb.x_overlap(bb) >= 0.3 * bb.width() && hb.width() >= 1.5 * bb.width())
                    || (hb.x0 >= bb.x0 - blocks[b].size && hb.x1 <= bb.x1 + blocks[b].size);
                hb.y0 < bb.y0 && hb.y1 <= bb.y0 + 0.5 * blocks[b].size && within
            })
            .max_by(|&x, &y| blocks[x].bbox.y1.total_cmp(&blocks[y].bbox.y1))
            .filter(|&h| !ruled_between(blocks[h].bbox, bb))
    };

    // Stacked headline blocks: a smaller one right under (or over) a headline is its deck
    // (or kicker); one of like size continues it.
    let mut parent: Vec<Option<usize>> = vec![None; blocks.len()];
    for &h in &heads {
        let Some(above) = owner_of(blocks, h, &heads) else { continue };
        let (ub, hb) = (blocks[above].bbox, blocks[h].bbox);
        if hb.y0 - ub.y1 > 1.2 * blocks[above].size.max(body) {
            continue;
        }
        let root = parent[above].unwrap_or(above);
        parent[h] = Some(root);
        if blocks[h].size < 0.9 * blocks[above].size {
            blocks[h].kind = BlockKind::Deck;
            blocks[h].rule = Rule::DeckWithHeadline;
        } else if blocks[above].size < 0.9 * blocks[h].size && parent[above].is_none() {
            // A kicker over the headline: the headline is the larger, the kicker a deck.
            blocks[above].kind = BlockKind::Deck;
            blocks[above].rule = Rule::DeckWithHeadline;
        } else {
            blocks[h].rule = Rule::HeadlineParts;
        }
    }
    let roots: Vec<usize> = heads.iter().copied().filter(|&h| parent[h].is_none()).collect();

    let mut zones: Vec<Zone> = roots.iter().map(|&h| Zone { headline: Some(h), blocks: vec![h] }).collect();
    let zone_of_root = |h: usize| roots.iter().position(|&r| r == h);
    for &h in &heads {
        if let Some(root) = parent[h]
            && let Some(z) = zone_of_root(root)
        {
            zones[z].blocks.push(h);
        }
    }
    for b in 0..blocks.len() {
        if blocks[b].kind == BlockKind::Headline || parent[b].is_some() {
            continue;
        }
        if blocks[b].kind == BlockKind::Furniture {
            continue;
        }
        let owner = owner_of(blocks, b, &roots).or_else(|| {
            // Under a deck or stacked part: the root headline owns it.
            owner_of(blocks, b, &heads).and_then(|h| parent[h])
        });
        match owner.and_then(zone_of_root) {
            Some(z) => {
                let hb = blocks[zones[z].blocks[0]].bbox;
                let directly = blocks[b].bbox.y0 - hb.y1 < 1.5 * blocks[zones[z].blocks[0]].size;
                if blocks[b].kind == BlockKind::Body
                    && directly
                    && blocks[b].lines.len() <= 3
                    && blocks[b].size >= 1.08 * body
                {
                    blocks[b].kind = BlockKind::Deck;
                    blocks[b].rule = Rule::DeckWithHeadline;
                } else if blocks[b].kind == BlockKind::Body {
                    blocks[b].rule = Rule::HeadlineOwnsZone;
                }
                zones[z].blocks.push(b);
            }
            None => zones.push(Zone { headline: None, blocks: vec![b] }),
        }
    }
    // A headline with no text below it may stand beside its story: it owns the columns of
    // text to its right whose tops align with its own, and what follows them down.
    for z in 0..zones.len() {
        let Some(h) = zones[z].headline else { continue };
        let owns_text = zones[z].blocks.iter().any(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline));
        if owns_text {
            continue;
        }
        let hb = zones[z].blocks.iter().map(|&b| blocks[b].bbox).reduce(BBox::union).unwrap_or(blocks[h].bbox);
        let headless = |zones: &[Zone], b: usize| {
            zones.iter().any(|zone| zone.headline.is_none() && zone.blocks == [b])
                && matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline)
        };
        let beside: Vec<usize> = (0..blocks.len())
            .filter(|&b| headless(&zones, b))
            .filter(|&b| {
                let bb = blocks[b].bbox;
                bb.x0 >= hb.x1 - 0.5 * body && (bb.y0 - hb.y0).abs() <= 2.0 * body
            })
            .collect();
        let Some(nearest) = beside.iter().copied().min_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0))
        else {
            continue;
        };
        // Columns next to each other from the nearest one on, without a gap wider than a
        // column between them.
        let mut claimed = vec![nearest];
        let mut right = blocks[nearest].bbox.x1;
        let mut rest: Vec<usize> = beside.into_iter().filter(|&b| b != nearest).collect();
        rest.sort_unstable_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0));
        for b in rest {
            if blocks[b].bbox.x0 - right <= 3.0 * body {
                right = right.max(blocks[b].bbox.x1);
                claimed.push(b);
            }
        }
        // And the text below them in their columns, down to the next story.
        let mut k = 0;
        while k < claimed.len() {
            let cb = blocks[claimed[k]].bbox;
            let below = (0..blocks.len())
                .filter(|&b| !claimed.contains(&b) && headless(&zones, b))
                .filter(|&b| {
                    let bb = blocks[b].bbox;
                    bb.y0 >= cb.y1 - 1.0
                        && bb.y0 - cb.y1 <= 2.0 * body
                        && bb.x_overlap(cb) >= 0.5 * bb.width().min(cb.width())
                })
                .min_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
            if let Some(b) = below {
                claimed.push(b);
            }
            k += 1;
        }
        for &b in &claimed {
            blocks[b].rule = Rule::HeadlineOwnsZone;
        }
        zones.iter_mut().for_each(|zone| {
            if zone.headline.is_none() && zone.blocks.len() == 1 && claimed.contains(&zone.blocks[0]) {
                zone.blocks.clear();
            }
        });
        zones[z].blocks.extend(claimed);
    }
    zones.retain(|zone| !zone.blocks.is_empty());
    // A headline that owns no text is the masthead or a section name near the top, else a
    // headline left over.
    for zone in &mut zones {
        let Some(h) = zone.headline else { continue };
        let owns_text = zone.blocks.iter().any(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline));
        if !owns_text {
            for &b in &zone.blocks {
                let top = blocks[b].bbox.y0 < 0.2 * height;
                blocks[b].kind = if top { BlockKind::Furniture } else { BlockKind::Headline };
                blocks[b].rule = if top { Rule::MastheadOrSection } else { Rule::UnmatchedHeadline };
            }
            zone.headline = None;
            let _ = h;
        }
    }
    for (z, zone) in zones.iter().enumerate() {
        for &b in &zone.blocks {
            blocks[b].zone = Some(z);
        }
    }
    zones
}

/// Column-by-column order of blocks: columns are runs of blocks overlapping horizontally,
/// read left to right, each top to bottom.
fn column_order(blocks: &[RawBlock], ids: &mut Vec<usize>) {
    let mut columns: Vec<(BBox, Vec<usize>)> = Vec::new();
    ids.sort_unstable_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0));
    for &b in ids.iter() {
        let bb = blocks[b].bbox;
        match columns.iter_mut().find(|(c, _)| c.x_overlap(bb) >= 0.5 * c.width().min(bb.width())) {
            Some((_, members)) => members.push(b),
            None => columns.push((bb, vec![b])),
        }
    }
    columns.sort_by(|a, b| a.0.x0.total_cmp(&b.0.x0));
    ids.clear();
    for (_, mut members) in columns {
        members.sort_unstable_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
        ids.extend(members);
    }
}

/// The order blocks are read in: furniture above the stories first; stories by where they
/// start (rows top to bottom, left to right in a row); inside a story its headline parts,
/// then its text column by column; captions and furniture after their story.
fn reading_order(blocks: &[RawBlock], zones: &[Zone], lines: &[RawLine]) -> Vec<usize> {
    // Headless zones that are one column's consecutive blocks read as one.
    let mut units: Vec<(BBox, Vec<usize>)> = Vec::new();
    let mut headless: Vec<usize> =
        zones.iter().filter(|z| z.headline.is_none()).flat_map(|z| z.blocks.clone()).collect();
    column_order(blocks, &mut headless);
    let mut current: Vec<usize> = Vec::new();
    for &b in &headless {
        let joins = current.last().is_some_and(|&p| {
            let (pb, bb) = (blocks[p].bbox, blocks[b].bbox);
            pb.x_overlap(bb) >= 0.5 * pb.width().min(bb.width())
                && bb.y0 >= pb.y1 - 1.0
                && !zones.iter().any(|z| {
                    z.headline.is_some()
                        && z.blocks.iter().any(|&o| {
                            let ob = blocks[o].bbox;
                            ob.y0 >= pb.y1 - 1.0 && ob.y1 <= bb.y0 + 1.0 && ob.x_overlap(bb) > 0.0
                        })
                })
        });
        if !joins && !current.is_empty() {
            units.push((anchor(blocks, &current), std::mem::take(&mut current)));
        }
        current.push(b);
    }
    if !current.is_empty() {
        units.push((anchor(blocks, &current), current));
    }
    for zone in zones.iter().filter(|z| z.headline.is_some()) {
        let (mut heads, mut rest): (Vec<usize>, Vec<usize>) =
            zone.blocks.iter().partition(|&&b| matches!(blocks[b].kind, BlockKind::Headline | BlockKind::Deck));
        heads.sort_unstable_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
        let (mut captions, mut text): (Vec<usize>, Vec<usize>) =
            rest.drain(..).partition(|&b| blocks[b].kind == BlockKind::Caption);
        column_order(blocks, &mut text);
        column_order(blocks, &mut captions);
        let anchor = blocks[heads[0]].bbox;
        heads.extend(text);
        heads.extend(captions);
        units.push((anchor, heads));
    }
    let row = blocks.iter().map(|b| b.size).fold(0.0f32, f32::max).max(1.0);
    let keys = by_rows(&units.iter().map(|u| u.0).collect::<Vec<_>>(), row);
    let mut units: Vec<(usize, (BBox, Vec<usize>))> = keys.into_iter().zip(units).collect();
    units.sort_by_key(|(k, _)| *k);
    let units = follow_continuations(blocks, lines, units.into_iter().map(|(_, u)| u).collect());
    let mut furniture: Vec<usize> = (0..blocks.len()).filter(|&b| blocks[b].zone.is_none()).collect();
    let keys = by_rows(&furniture.iter().map(|&b| blocks[b].bbox).collect::<Vec<_>>(), row);
    let mut keyed: Vec<(usize, usize)> = keys.into_iter().zip(furniture.iter().copied()).collect();
    keyed.sort_unstable();
    furniture = keyed.into_iter().map(|(_, b)| b).collect();
    let first_story = units.first().map_or(f32::INFINITY, |u| u.0.y0);
    let (top, bottom): (Vec<usize>, Vec<usize>) =
        furniture.into_iter().partition(|&b| blocks[b].bbox.y1 <= first_story + 1.0);
    let mut order = top;
    for (_, unit) in units {
        order.extend(unit);
    }
    order.extend(bottom);
    order
}

/// Text without a headline that starts a column mid-sentence continues the story whose text
/// stops mid-sentence at the foot of the column to its left (the nearest such column):
/// it is read right after that story.
fn follow_continuations(
    blocks: &[RawBlock],
    lines: &[RawLine],
    mut units: Vec<(BBox, Vec<usize>)>,
) -> Vec<(BBox, Vec<usize>)> {
    let edge = |b: usize, last: bool| -> usize {
        let it = blocks[b].lines.iter().copied();
        if last {
            it.max_by(|&x, &y| lines[x].baseline.total_cmp(&lines[y].baseline))
        } else {
            it.min_by(|&x, &y| lines[x].baseline.total_cmp(&lines[y].baseline))
        }
        .unwrap_or(0)
    };
    let text_blocks = |unit: &[usize]| -> Vec<usize> {
        unit.iter().copied().filter(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline)).collect()
    };
    let mut k = 0;
    while k < units.len() {
        let unit = &units[k].1;
        let headless = unit.iter().all(|&b| !matches!(blocks[b].kind, BlockKind::Headline | BlockKind::Deck));
        let Some(&first_block) = text_blocks(unit).first() else {
            k += 1;
            continue;
        };
        let first_line = &lines[edge(first_block, false)];
        let opens = {
            let f = LineFeatures::of(&first_line.text);
            f.dateline.is_some() || f.byline
        };
        if !headless || opens {
            k += 1;
            continue;
        }
        let size = first_line.size;
        let source = units
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .filter_map(|(j, (_, other))| {
                let last_block = *text_blocks(other).last()?;
                let last = &lines[edge(last_block, true)];
                let open = !LineFeatures::of(&last.text).ends_sentence;
                let left = last.bbox.x1 <= first_line.bbox.x0 + 0.5 * size;
                let higher = first_line.bbox.y0 < last.bbox.y1;
                (open && left && higher && (last.size / size - 1.0).abs() < 0.2).then_some((j, last.bbox.x1))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(j, _)| j);
        match source {
            Some(j) if j + 1 != k => {
                let moved = units.remove(k);
                let at = if j < k { j + 1 } else { j };
                units.insert(at, moved);
                if j > k {
                    continue;
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    units
}

fn anchor(blocks: &[RawBlock], ids: &[usize]) -> BBox {
    ids.iter().map(|&b| blocks[b].bbox).reduce(BBox::union).unwrap_or(BBox { x0: 0.0, y0: 0.0, x1: 0.0, y1: 0.0 })
}

/// Each box's rank when read in rows: boxes whose tops lie within `row` of the first top of a
/// row share it; rows top to bottom, left to right in a row.
fn by_rows(boxes: &[BBox], row: f32) -> Vec<usize> {
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_unstable_by(|&a, &b| boxes[a].y0.total_cmp(&boxes[b].y0));
    let mut rows = vec![0usize; boxes.len()];
    let (mut current, mut top) = (0, f32::NEG_INFINITY);
    for &i in &order {
        if boxes[i].y0 - top >= row {
            current += 1;
            top = boxes[i].y0;
        }
        rows[i] = current;
    }
    order.sort_unstable_by(|&a, &b| rows[a].cmp(&rows[b]).then(boxes[a].x0.total_cmp(&boxes[b].x0)));
    let mut rank = vec![0usize; boxes.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    rank
}

fn emit(
    name: &str,
    sheet: &Sheet,
    body_size: f32,
    lines: &[RawLine],
    blocks: &[RawBlock],
    order: &[usize],
    twins: &[(u32, u32)],
) -> Page {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len() + order.len());
    let mut layout_blocks = Vec::with_capacity(order.len());
    let mut line_of_glyph: Vec<u32> = vec![u32::MAX; sheet.glyphs.len()];
    let push = |out: &mut Vec<Line>, text: String, l: Option<&RawLine>| {
        let id = LineId(out.len() as u32);
        out.push(Line {
            id,
            text,
            bbox_in_page: l.map(|l| l.bbox),
            font_size_pt: l.map(|l| l.size),
            font: l.and_then(|l| {
                sheet.fonts.get(l.font as usize).map(|f| Font { name: f.name.clone(), weight: f.weight })
            }),
        });
        id
    };
    // Zones are renumbered in reading order.
    let mut zone_ids: Vec<Option<usize>> = vec![None; blocks.len()];
    let mut next_zone = 0;
    for (k, &b) in order.iter().enumerate() {
        if k > 0 {
            push(&mut out, String::new(), None);
        }
        let block = &blocks[b];
        let zone = block.zone.map(|z| {
            let slot = &mut zone_ids[z];
            *slot.get_or_insert_with(|| {
                next_zone += 1;
                next_zone - 1
            })
        });
        let mut sorted = block.lines.clone();
        sorted.sort_unstable_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
        let first = LineId(out.len() as u32);
        for &i in &sorted {
            let id = push(&mut out, lines[i].text.clone(), Some(&lines[i]));
            for &g in &lines[i].glyphs {
                line_of_glyph[g as usize] = id.0;
            }
        }
        layout_blocks.push(Block {
            first,
            end: LineId(out.len() as u32),
            bbox: block.bbox,
            kind: block.kind,
            zone,
            rule: block.rule,
        });
    }
    let mut doubled: Vec<(LineId, String)> = Vec::new();
    let mut twins = twins.to_vec();
    twins.sort_unstable_by_key(|&(drop, _)| drop);
    for (drop, keep) in twins {
        let line = line_of_glyph[keep as usize];
        if line == u32::MAX {
            continue;
        }
        let ch = sheet.glyphs[drop as usize].ch;
        match doubled.iter_mut().find(|(l, _)| l.0 == line) {
            Some((_, s)) => s.push(ch),
            None => doubled.push((LineId(line), ch.to_string())),
        }
    }
    doubled.sort_by_key(|(l, _)| *l);
    Page {
        name: name.to_owned(),
        encoding: "PDF".to_owned(),
        lines: out,
        layout: Some(Box::new(Layout {
            width: sheet.width,
            height: sheet.height,
            body_size,
            page_index: sheet.page_index,
            page_count: sheet.page_count,
            blocks: layout_blocks,
            figures: sheet.figures.clone(),
            rules: sheet.rules.clone(),
            doubled,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sets `text` from (x, y) at `size`, one em per wide character, half an em otherwise.
    fn set(sheet: &mut Sheet, text: &str, x: f32, y: f32, size: f32, font: u16) {
        let mut x = x;
        for ch in text.chars() {
            let advance = if is_wide(ch) { size } else { 0.5 * size };
            sheet.glyphs.push(Glyph { ch, x, y, size, advance, font, invisible: false, stroked: false });
            x += advance;
        }
    }

    fn sheet() -> Sheet {
        Sheet {
            width: 600.0,
            height: 800.0,
            fonts: vec![
                SheetFont { name: "Song".into(), weight: 400 },
                SheetFont { name: "Hei-Bold".into(), weight: 700 },
            ],
            page_count: 1,
            ..Sheet::default()
        }
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn fake_bold_keeps_one_copy_and_reports_the_other() {
        let mut s = sheet();
        set(&mut s, "秋收", 50.0, 100.0, 24.0, 1);
        set(&mut s, "秋收", 50.4, 100.3, 24.0, 1);
        let page = lay_out("t", &s);
        assert_eq!(texts(&page), ["秋收"]);
        assert_eq!(page.layout.unwrap().doubled, [(LineId(0), "秋收".to_owned())]);
    }

    #[test]
    fn columns_are_read_one_after_the_other_never_interleaved() {
        let mut s = sheet();
        for row in 0..4 {
            let y = 200.0 + 14.0 * row as f32;
            set(&mut s, "左栏文字左栏文字", 50.0, y, 10.0, 0);
            set(&mut s, "右栏文字右栏文字", 150.0, y, 10.0, 0);
        }
        let page = lay_out("t", &s);
        let t = texts(&page);
        assert_eq!(t[..4], ["左栏文字左栏文字"; 4]);
        assert_eq!(t[4], "");
        assert_eq!(t[5..], ["右栏文字右栏文字"; 4]);
    }

    #[test]
    fn a_headline_owns_the_columns_below_it_and_digits_in_another_font_stay_in_their_line() {
        let mut s = sheet();
        set(&mut s, "全市秋粮喜获丰收", 50.0, 80.0, 24.0, 1);
        set(&mut s, "本报讯今年全市秋粮", 50.0, 120.0, 10.0, 0);
        set(&mut s, "2025", 140.0, 120.0, 10.0, 2);
        set(&mut s, "年总产量创新高。", 50.0, 134.0, 10.0, 0);
        set(&mut s, "另一则新闻标题", 300.0, 80.0, 20.0, 1);
        set(&mut s, "右侧的正文内容。", 300.0, 120.0, 10.0, 0);
        s.fonts.push(SheetFont { name: "Times".into(), weight: 400 });
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let t = texts(&page);
        assert!(t.contains(&"本报讯今年全市秋粮2025"), "{t:?}");
        let kinds: Vec<(BlockKind, Option<usize>)> = layout.blocks.iter().map(|b| (b.kind, b.zone)).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Headline, Some(0)),
                (BlockKind::Body, Some(0)),
                (BlockKind::Headline, Some(1)),
                (BlockKind::Body, Some(1)),
            ]
        );
    }

    #[test]
    fn latin_words_placed_apart_get_spaces() {
        let mut s = sheet();
        set(&mut s, "THE", 50.0, 100.0, 10.0, 0);
        set(&mut s, "CITY", 70.0, 100.0, 10.0, 0);
        let page = lay_out("t", &s);
        assert_eq!(texts(&page), ["THE CITY"]);
    }
}
