//! Lines to blocks, and what each block is.

use super::lines::RawLine;
use crate::model::Sheet;
use crate::model::{BBox, BlockKind, Rule};
use crate::text::features::LineFeatures;

/// A block under construction, then classified.
#[derive(Clone, Debug)]
pub(super) struct RawBlock {
    pub(super) lines: Vec<usize>,
    pub(super) bbox: BBox,
    pub(super) size: f32,
    pub(super) bold: bool,
    /// Set in capitals (four cased letters or more, nine in ten of them upper case).
    pub(super) capitals: bool,
    /// Its last line ends a sentence (set by `classify`).
    pub(super) ends_sentence: bool,
    /// Characters, not counting spaces.
    pub(super) chars: usize,
    /// Words (runs between spaces).
    pub(super) words: usize,
    pub(super) kind: BlockKind,
    pub(super) rule: Rule,
    pub(super) zone: Option<usize>,
}

/// Stacks lines into blocks: like size and weight, overlapping horizontally, at a steady pitch,
/// with no printed rule between.
pub(super) fn build_blocks(lines: &mut [RawLine], rules: &[BBox]) -> Vec<RawBlock> {
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
            let max_ratio = if l.invisible { 1.25 } else { 1.08 };
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
                    capitals: false,
                    ends_sentence: false,
                    chars: 0,
                    words: 0,
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
        let (mut upper, mut cased) = (0, 0);
        for c in block.lines.iter().flat_map(|&i| lines[i].text.chars()) {
            block.chars += usize::from(!c.is_whitespace());
            upper += usize::from(c.is_uppercase());
            cased += usize::from(c.is_uppercase() || c.is_lowercase());
        }
        block.capitals = cased >= 4 && upper * 10 >= cased * 9;
        block.words = block.lines.iter().map(|&i| lines[i].text.split_whitespace().count()).sum();
        for &i in &block.lines {
            lines[i].block = b;
        }
    }
    blocks
}

/// Headline, byline, caption, furniture or body, by size, weight, place and text.
pub(super) fn classify(blocks: &mut [RawBlock], lines: &[RawLine], sheet: &Sheet, body: f32) {
    let first_feats = |b: &RawBlock| LineFeatures::of(&lines[b.lines[0]].text);
    for block in blocks.iter_mut() {
        let n = block.lines.len();
        let feats = first_feats(block);
        let last_feats = LineFeatures::of(&lines[*block.lines.last().unwrap_or(&0)].text);
        block.ends_sentence = last_feats.ends_sentence;
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
    // A pull quote: large text opening with a quotation mark, over an attribution ("— Name").
    // It repeats the story's words, so it stays out of the text, like a caption.
    let first_char = |b: &RawBlock| {
        let top = b.lines.iter().copied().min_by(|&x, &y| lines[x].baseline.total_cmp(&lines[y].baseline));
        top.and_then(|l| lines[l].text.trim_start().chars().next())
    };
    for q in 0..blocks.len() {
        if blocks[q].kind != BlockKind::Headline
            || !matches!(first_char(&blocks[q]), Some('“' | '"' | '‘' | '«' | '「' | '『'))
        {
            continue;
        }
        let qb = blocks[q].bbox;
        let attribution = (0..blocks.len()).find(|&a| {
            let ab = blocks[a].bbox;
            a != q
                && blocks[a].lines.len() <= 3
                && (-1.0..=2.0 * blocks[q].size).contains(&(ab.y0 - qb.y1))
                && ab.x_overlap(qb) >= 0.5 * ab.width().min(qb.width())
                && matches!(first_char(&blocks[a]), Some('—' | '–' | '―'))
        });
        if let Some(a) = attribution {
            for b in [q, a] {
                blocks[b].kind = BlockKind::Caption;
                blocks[b].rule = Rule::PullQuote;
            }
        }
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
