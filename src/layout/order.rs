//! The reading order of blocks: zones in rows, columns inside a zone, continuations.

use super::blocks::RawBlock;
use super::lines::RawLine;
use super::thresholds::*;
use super::zones::{Zone, same_column};
use crate::model::{BBox, BlockKind};
use crate::text::features::LineFeatures;

/// Column-by-column order of blocks: columns are runs of blocks overlapping horizontally,
/// read left to right, each top to bottom.
fn column_order(blocks: &[RawBlock], ids: &mut Vec<usize>) {
    let mut columns: Vec<(BBox, Vec<usize>)> = Vec::new();
    ids.sort_unstable_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0));
    for &b in ids.iter() {
        let bb = blocks[b].bbox;
        match columns.iter_mut().find(|(c, _)| same_column(*c, bb)) {
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
///
/// Also returns the text blocks of headless units read as the continuation of a story from
/// the column to its left.
pub(super) fn reading_order(blocks: &[RawBlock], zones: &[Zone], lines: &[RawLine]) -> (Vec<usize>, Vec<usize>) {
    // Headless zones that are one column's consecutive blocks read as one.
    let mut units: Vec<(BBox, Vec<usize>)> = Vec::new();
    let mut headless: Vec<usize> =
        zones.iter().filter(|z| z.headline.is_none()).flat_map(|z| z.blocks.clone()).collect();
    column_order(blocks, &mut headless);
    let mut current: Vec<usize> = Vec::new();
    for &b in &headless {
        let joins = current.last().is_some_and(|&p| {
            let (pb, bb) = (blocks[p].bbox, blocks[b].bbox);
            same_column(pb, bb)
                && bb.y0 >= pb.y1 - SLACK_PT
                && !zones.iter().any(|z| {
                    z.headline.is_some()
                        && z.blocks.iter().any(|&o| {
                            let ob = blocks[o].bbox;
                            ob.y0 >= pb.y1 - SLACK_PT && ob.y1 <= bb.y0 + SLACK_PT && ob.x_overlap(bb) > 0.0
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
    let (units, continued) = follow_continuations(blocks, lines, units.into_iter().map(|(_, u)| u).collect());
    let mut furniture: Vec<usize> = (0..blocks.len()).filter(|&b| blocks[b].zone.is_none()).collect();
    let keys = by_rows(&furniture.iter().map(|&b| blocks[b].bbox).collect::<Vec<_>>(), row);
    let mut keyed: Vec<(usize, usize)> = keys.into_iter().zip(furniture.iter().copied()).collect();
    keyed.sort_unstable();
    furniture = keyed.into_iter().map(|(_, b)| b).collect();
    let first_story = units.first().map_or(f32::INFINITY, |u| u.0.y0);
    let (top, bottom): (Vec<usize>, Vec<usize>) =
        furniture.into_iter().partition(|&b| blocks[b].bbox.y1 <= first_story + SLACK_PT);
    let mut order = top;
    for (_, unit) in units {
        order.extend(unit);
    }
    order.extend(bottom);
    (order, continued)
}

/// Text without a headline, dateline or byline continues a story from the column to its left
/// (the nearest such column) and is read right after it, when that story stops there
/// mid-sentence, or when the text heads its column and the story fills the foot of its own.
/// Returns the units in their new order and the text blocks of every continuation.
///
/// Each unit continues at most one other, so the continuations form chains; a cycle (two
/// units that each seem to continue the other, as hostile or damaged pages can make) is cut
/// at its first unit in page order, so the order always exists and is found in linear steps.
fn follow_continuations(
    blocks: &[RawBlock],
    lines: &[RawLine],
    units: Vec<(BBox, Vec<usize>)>,
) -> (Vec<(BBox, Vec<usize>)>, Vec<usize>) {
    let page = Continuations::new(blocks, lines, &units);
    let mut source: Vec<Option<usize>> = (0..units.len()).map(|k| page.source_of(k)).collect();
    cut_cycles(&mut source);
    let continued =
        (0..units.len()).filter(|&k| source[k].is_some()).flat_map(|k| page.text_blocks(&units[k].1)).collect();
    let mut followers: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    for (k, s) in source.iter().enumerate() {
        if let Some(s) = *s {
            followers[s].push(k);
        }
    }
    // Each story, then the units that continue it (the last found first, as a column read
    // later stands nearer), depth first.
    let mut order = Vec::with_capacity(units.len());
    for root in (0..units.len()).filter(|&k| source[k].is_none()) {
        let mut stack = vec![root];
        while let Some(u) = stack.pop() {
            order.push(u);
            stack.extend(followers[u].iter().copied());
        }
    }
    let mut slots: Vec<Option<(BBox, Vec<usize>)>> = units.into_iter().map(Some).collect();
    let units = order.into_iter().filter_map(|k| slots[k].take()).collect();
    (units, continued)
}

/// Cuts every cycle of `source` links at its first member in page order.
fn cut_cycles(source: &mut [Option<usize>]) {
    for start in 0..source.len() {
        let mut u = start;
        // A walk of more steps than there are units has entered a cycle.
        for _ in 0..source.len() {
            let Some(next) = source[u] else { break };
            if next == start {
                source[start] = None;
                break;
            }
            u = next;
        }
    }
}

/// How a headless unit's text starts: what continuation asks of the text that runs on.
struct Head<'a> {
    /// Its first running-text block.
    block: usize,
    /// That block's first line.
    line: &'a RawLine,
    /// No story text stands above it in its column.
    heads_column: bool,
}

/// How a unit's text ends: what continuation asks of the story it may run on from.
struct Tail<'a> {
    /// Its last running-text block.
    block: usize,
    /// That block's last line.
    line: &'a RawLine,
    /// The story stops there mid-sentence.
    open: bool,
    /// Story text stands below it in its column.
    stands_below: bool,
}

/// What continuation looks at: the blocks, the foot of the page's text, and each unit's head
/// (when it is headless text that may continue a story) and tail, found once per unit so that
/// pairing the units costs a few comparisons each.
struct Continuations<'a> {
    blocks: &'a [RawBlock],
    /// The lowest story text on the page.
    foot: f32,
    heads: Vec<Option<Head<'a>>>,
    tails: Vec<Option<Tail<'a>>>,
}

impl<'a> Continuations<'a> {
    fn new(blocks: &'a [RawBlock], lines: &'a [RawLine], units: &[(BBox, Vec<usize>)]) -> Continuations<'a> {
        let foot = blocks
            .iter()
            .filter(|b| b.zone.is_some() && matches!(b.kind, BlockKind::Body | BlockKind::Byline))
            .map(|b| b.bbox.y1)
            .fold(f32::NEG_INFINITY, f32::max);
        let mut page = Continuations { blocks, foot, heads: Vec::new(), tails: Vec::new() };
        for (_, unit) in units {
            let text = page.text_blocks(unit);
            page.heads.push(text.first().and_then(|&block| page.head(lines, unit, block)));
            page.tails.push(text.last().map(|&block| {
                let line = edge(blocks, lines, block, true);
                let open = !LineFeatures::of(&line.text).ends_sentence;
                Tail { block, line, open, stands_below: page.stands(block, false) }
            }));
        }
        page
    }

    /// The head of a unit whose first text block is `block`, when the unit is headless and
    /// that text opens no story of its own (with a dateline or byline).
    fn head(&self, lines: &'a [RawLine], unit: &[usize], block: usize) -> Option<Head<'a>> {
        let headless = unit.iter().all(|&b| !matches!(self.blocks[b].kind, BlockKind::Headline | BlockKind::Deck));
        let line = edge(self.blocks, lines, block, false);
        let opens = {
            let f = LineFeatures::of(&line.text);
            f.dateline.is_some() || f.byline
        };
        (headless && !opens).then(|| Head { block, line, heads_column: !self.stands(block, true) })
    }

    /// Whether any story text lies above (or below) block `b` within its width.
    fn stands(&self, b: usize, above: bool) -> bool {
        let bb = self.blocks[b].bbox;
        self.blocks.iter().enumerate().any(|(o, other)| {
            let ob = &other.bbox;
            o != b
                && other.zone.is_some()
                && other.kind != BlockKind::Furniture
                && same_column(*ob, bb)
                && if above { ob.y1 <= bb.y0 + SLACK_PT } else { ob.y0 >= bb.y1 - SLACK_PT }
        })
    }

    /// The unit's running-text blocks.
    fn text_blocks(&self, unit: &[usize]) -> Vec<usize> {
        unit.iter().copied().filter(|&b| matches!(self.blocks[b].kind, BlockKind::Body | BlockKind::Byline)).collect()
    }

    /// The unit that headless unit `k` continues, if any: the one whose story stops to its
    /// left mid-sentence (or fills the foot of the column next to it), nearest first.
    fn source_of(&self, k: usize) -> Option<usize> {
        let head = self.heads[k].as_ref()?;
        self.tails
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .filter_map(|(j, tail)| {
                let tail = tail.as_ref()?;
                self.runs_on(head, tail).then_some((j, tail.line.bbox.x1))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(j, _)| j)
    }

    /// Whether the text of `head` runs on from `tail`: that story stops mid-sentence, or fills
    /// the foot of the column next to this one in the same type; it stands to the left, starts
    /// higher, and is set in like type.
    fn runs_on(&self, head: &Head, tail: &Tail) -> bool {
        let (first_line, last) = (head.line, tail.line);
        let size = first_line.size;
        let (fb, lb) = (&self.blocks[head.block], &self.blocks[tail.block]);
        let fills_foot = head.heads_column
            && !tail.stands_below
            && last.bbox.y1 >= self.foot - FOOT_REACH_EMS * last.size
            && fb.bbox.x0 - lb.bbox.x1 <= GUTTER_MAX_EMS * size
            && (lb.size / fb.size - 1.0).abs() < SAME_TYPE;
        let left = last.bbox.x1 <= first_line.bbox.x0 + HALF_EM * size;
        let higher = first_line.bbox.y0 < last.bbox.y1;
        (tail.open || fills_foot) && left && higher && (last.size / size - 1.0).abs() < CONTINUATION_SIZE_STEP
    }
}

/// The first (or last) line of block `b`.
fn edge<'a>(blocks: &[RawBlock], lines: &'a [RawLine], b: usize, last: bool) -> &'a RawLine {
    let it = blocks[b].lines.iter().copied();
    let by_baseline = |x: &usize, y: &usize| lines[*x].baseline.total_cmp(&lines[*y].baseline);
    let line = if last { it.max_by(by_baseline) } else { it.min_by(by_baseline) };
    &lines[line.unwrap_or(0)]
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

#[cfg(test)]
mod tests {
    use super::cut_cycles;

    #[test]
    fn a_cycle_of_continuations_is_cut_at_its_first_unit_and_chains_stay() {
        // 0 ← 1 ← 2 is a chain; 3 and 4 each continue the other; 5 continues into the cycle.
        let mut source = vec![None, Some(0), Some(1), Some(4), Some(3), Some(4)];
        cut_cycles(&mut source);
        assert_eq!(source, [None, Some(0), Some(1), None, Some(3), Some(4)]);
        let mut self_loop = vec![Some(0)];
        cut_cycles(&mut self_loop);
        assert_eq!(self_loop, [None]);
    }
}
