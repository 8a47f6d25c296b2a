//! Lines to blocks, and what each block is.

use super::lines::RawLine;
use super::thresholds::*;
use crate::model::{BBox, BlockKind, Rule, Sheet};
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
    /// The ids the file gives the block (stated blocks only).
    pub(super) source_ids: Vec<String>,
}

impl RawBlock {
    fn new(line: &RawLine, i: usize) -> RawBlock {
        RawBlock {
            lines: vec![i],
            bbox: line.bbox,
            size: line.size,
            bold: line.bold,
            capitals: false,
            ends_sentence: false,
            chars: 0,
            words: 0,
            kind: BlockKind::Body,
            rule: Rule::ZoneWithoutHeadline,
            zone: None,
            source_ids: Vec::new(),
        }
    }

    /// The block's size, capitals and counts, once its lines are known.
    fn measure(&mut self, lines: &[RawLine]) {
        let mut sizes: Vec<f32> = self.lines.iter().map(|&i| lines[i].size).collect();
        sizes.sort_unstable_by(f32::total_cmp);
        self.size = sizes[sizes.len() / 2];
        let (mut upper, mut cased) = (0, 0);
        for c in self.lines.iter().flat_map(|&i| lines[i].text.chars()) {
            self.chars += usize::from(!c.is_whitespace());
            upper += usize::from(c.is_uppercase());
            cased += usize::from(c.is_uppercase() || c.is_lowercase());
        }
        self.capitals = cased >= CAPITALS_MIN_LETTERS && upper * 10 >= cased * 9;
        self.words = self.lines.iter().map(|&i| lines[i].text.split_whitespace().count()).sum();
    }
}

/// Blocks as a file states them: `groups` gives each block's lines (empty ones dropped) and
/// its ids in the file.
pub(super) fn stated_blocks(lines: &mut [RawLine], groups: Vec<(Vec<usize>, Vec<String>)>) -> Vec<RawBlock> {
    let mut blocks: Vec<RawBlock> = Vec::with_capacity(groups.len());
    for (group, ids) in groups.into_iter().filter(|(g, _)| !g.is_empty()) {
        let mut block = RawBlock::new(&lines[group[0]], group[0]);
        block.source_ids = ids;
        for &i in &group[1..] {
            block.lines.push(i);
            block.bbox = block.bbox.union(lines[i].bbox);
        }
        block.measure(lines);
        for &i in &block.lines {
            lines[i].block = blocks.len();
        }
        blocks.push(block);
    }
    blocks
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
            l.baseline - last.baseline <= BLOCK_OPEN_EMS * last.size.max(l.size)
        });
        let mut best: Option<(usize, f32)> = None;
        for &b in &open {
            if let Some(pitch) = continues_block(&blocks[b], lines, l, rules)
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
                blocks.push(RawBlock::new(l, i));
                open.push(blocks.len() - 1);
            }
        }
    }
    for (b, block) in blocks.iter_mut().enumerate() {
        block.measure(lines);
        for &i in &block.lines {
            lines[i].block = b;
        }
    }
    blocks
}

/// The pitch at which line `l` would continue `block`: like size and weight, overlapping its
/// last line, at a steady pitch, no rule between; `None` when it does not.
fn continues_block(block: &RawBlock, lines: &[RawLine], l: &RawLine, rules: &[BBox]) -> Option<f32> {
    let last = &lines[*block.lines.last().unwrap_or(&0)];
    let pitch = l.baseline - last.baseline;
    let ratio = last.size.max(l.size) / last.size.min(l.size);
    let max_ratio = if l.invisible { OCR_BLOCK_SIZE_STEP } else { BLOCK_SIZE_STEP };
    let steady = match block.lines.len() {
        0 | 1 => pitch <= FIRST_PITCH_EMS * last.size.max(l.size),
        n => {
            let first = &lines[block.lines[0]];
            let typical = (last.baseline - first.baseline) / (n - 1) as f32;
            pitch <= PITCH_STEP * typical.max(last.size)
        }
    };
    let overlap = l.bbox.x_overlap(last.bbox) >= COLUMN_OVERLAP * l.bbox.width().min(last.bbox.width());
    let ruled = rules.iter().any(|r| {
        r.height() < r.width()
            && r.y0 >= last.baseline - RULE_UNDER_BASELINE_PT
            && r.y1 <= l.bbox.y0 + RULE_INTO_LINE_EMS * l.size
            && r.x_overlap(l.bbox) > RULE_ACROSS_LINE * l.bbox.width()
    });
    let joins =
        pitch > MIN_PITCH_EMS * l.size && steady && ratio <= max_ratio && l.bold == last.bold && overlap && !ruled;
    joins.then_some(pitch)
}

/// What the first and last lines of a block say, and where it stands.
struct Evidence {
    first: LineFeatures,
    last: LineFeatures,
    invisible: bool,
    letters: usize,
    words: usize,
    margin: bool,
    under_figure: bool,
}

impl Evidence {
    fn of(block: &RawBlock, lines: &[RawLine], sheet: &Sheet) -> Evidence {
        let bb = block.bbox;
        Evidence {
            first: LineFeatures::of(&lines[block.lines[0]].text),
            last: LineFeatures::of(&lines[*block.lines.last().unwrap_or(&0)].text),
            // An OCR layer's sizes follow each word's scan, so a stray word can look large.
            invisible: block.lines.iter().all(|&i| lines[i].invisible),
            letters: block.lines.iter().map(|&i| lines[i].text.chars().filter(|c| c.is_alphanumeric()).count()).sum(),
            words: block.lines.iter().map(|&i| lines[i].text.split_whitespace().count()).sum(),
            margin: bb.y1 < TOP_MARGIN * sheet.height || bb.y0 > BOTTOM_MARGIN * sheet.height,
            under_figure: sheet.figures.iter().any(|f| {
                let gap = bb.y0 - f.y1;
                (-SLACK_PT..CAPTION_GAP_EMS * block.size).contains(&gap)
                    && f.x_overlap(bb) >= CAPTION_UNDER_FIGURE * bb.width()
            }),
        }
    }
}

/// Headline, byline, caption, furniture or body, by size, weight, place and text.
pub(super) fn classify(blocks: &mut [RawBlock], lines: &[RawLine], sheet: &Sheet, body: f32) {
    for block in blocks.iter_mut() {
        let evidence = Evidence::of(block, lines, sheet);
        block.ends_sentence = evidence.last.ends_sentence;
        (block.kind, block.rule) = kind_of(block, &evidence, body);
    }
    mark_pull_quotes(blocks, lines);
    mark_masthead(blocks, sheet);
}

fn kind_of(block: &RawBlock, e: &Evidence, body: f32) -> (BlockKind, Rule) {
    let n = block.lines.len();
    let (large, small) = (block.size >= HEADLINE_SIZE * body, block.size < HEADLINE_SIZE * body);
    if n <= FURNITURE_MAX_LINES && e.first.furniture {
        (BlockKind::Furniture, Rule::PageFurniture)
    } else if n <= FURNITURE_MAX_LINES && e.margin && small {
        (BlockKind::Furniture, Rule::PageMargin)
    } else if n <= FURNITURE_MAX_LINES && e.first.byline && small {
        (BlockKind::Byline, Rule::BylineLine)
    } else if n <= HEADLINE_MAX_LINES
        && (large || (block.bold && block.size >= BOLD_HEADLINE_SIZE * body && n <= BOLD_HEADLINE_MAX_LINES))
        && (!e.invisible || (e.letters >= OCR_HEADLINE_MIN_LETTERS && e.words >= OCR_HEADLINE_MIN_WORDS))
    {
        (BlockKind::Headline, Rule::HeadlineBySize)
    } else if n <= CAPTION_MAX_LINES && (e.under_figure || e.last.photo_credit || e.first.first == '▲') {
        (BlockKind::Caption, if e.under_figure { Rule::CaptionByFigure } else { Rule::PhotoCaption })
    } else {
        (BlockKind::Body, Rule::ZoneWithoutHeadline)
    }
}

/// A pull quote: large text opening with a quotation mark, over an attribution ("— Name").
/// It repeats the story's words, so it stays out of the text, like a caption.
fn mark_pull_quotes(blocks: &mut [RawBlock], lines: &[RawLine]) {
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
                && blocks[a].lines.len() <= ATTRIBUTION_MAX_LINES
                && (-SLACK_PT..=ATTRIBUTION_GAP_EMS * blocks[q].size).contains(&(ab.y0 - qb.y1))
                && ab.x_overlap(qb) >= COLUMN_OVERLAP * ab.width().min(qb.width())
                && matches!(first_char(&blocks[a]), Some('—' | '–' | '―'))
        });
        if let Some(a) = attribution {
            for b in [q, a] {
                blocks[b].kind = BlockKind::Caption;
                blocks[b].rule = Rule::PullQuote;
            }
        }
    }
}

/// The masthead: the topmost headline-sized text, across most of the page's width near its
/// top. Short lines above the first real headline there (edition, price, date) go with it.
fn mark_masthead(blocks: &mut [RawBlock], sheet: &Sheet) {
    fn top(blocks: &[RawBlock], k: BlockKind) -> Option<usize> {
        (0..blocks.len())
            .filter(|&b| blocks[b].kind == k)
            .min_by(|&x, &y| blocks[x].bbox.y0.total_cmp(&blocks[y].bbox.y0))
    }
    let Some(m) = top(blocks, BlockKind::Headline) else { return };
    let masthead =
        blocks[m].bbox.y0 < MASTHEAD_TOP * sheet.height && blocks[m].bbox.width() >= MASTHEAD_WIDTH * sheet.width;
    if !masthead {
        return;
    }
    blocks[m].kind = BlockKind::Furniture;
    blocks[m].rule = Rule::MastheadOrSection;
    let first_story = top(blocks, BlockKind::Headline).map_or(MASTHEAD_TOP * sheet.height, |h| blocks[h].bbox.y0);
    for block in blocks.iter_mut() {
        if block.kind == BlockKind::Body
            && block.lines.len() <= FURNITURE_MAX_LINES
            && block.bbox.y1 <= first_story.min(MASTHEAD_TOP * sheet.height)
        {
            block.kind = BlockKind::Furniture;
            block.rule = Rule::MastheadOrSection;
        }
    }
}
