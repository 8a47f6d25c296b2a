//! Blocks to zones: the headline above a block within its width owns it.

use super::blocks::RawBlock;
use crate::model::{BBox, BlockKind, Rule};

/// A story: a headline block (when it has one) and the blocks it owns.
#[derive(Clone, Debug)]
pub(super) struct Zone {
    pub(super) headline: Option<usize>,
    pub(super) blocks: Vec<usize>,
}

/// Gives every block to the headline above it within its width; decks and stacked headline
/// lines join the headline above them. A deck is a short block right under the headline (or
/// a deck), set larger than the body, or in capitals (as older papers set theirs).
/// Returns the zones, headline zones first by position.
pub(super) fn own(blocks: &mut [RawBlock], rules: &[BBox], body: f32, height: f32) -> Vec<Zone> {
    let mut heads: Vec<usize> = (0..blocks.len()).filter(|&b| blocks[b].kind == BlockKind::Headline).collect();
    heads.sort_unstable_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
    // Rules that frame a caption or pull quote set in a column part no stories.
    let framing = |r: &BBox| {
        blocks.iter().any(|c| {
            let cb = c.bbox;
            c.kind == BlockKind::Caption
                && r.height() < r.width()
                && r.x_overlap(cb) >= 0.5 * r.width()
                && ((cb.y0 - 1.5 * c.size..=cb.y0 + 1.0).contains(&r.y1)
                    || (cb.y1 - 1.0..=cb.y1 + 1.5 * c.size).contains(&r.y0))
        })
    };
    let rules: Vec<BBox> = rules.iter().filter(|r| !framing(r)).copied().collect();
    let rules = rules.as_slice();
    // A rule that parts stories runs across most of the text below it; a short bar under a
    // headline is decoration.
    let ruled_between = |upper: BBox, lower: BBox| {
        rules.iter().any(|r| {
            r.height() < r.width()
                && r.y0 >= upper.y1 - 1.0
                && r.y1 <= lower.y0 + 1.0
                && r.x_overlap(lower) >= 0.5 * lower.width()
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
    // A headline set like another headline in its column is one too, not a deck.
    let like_another = |blocks: &[RawBlock], h: usize, above: usize| {
        heads.iter().any(|&g| {
            g != h
                && g != above
                && blocks[g].kind == BlockKind::Headline
                && (blocks[g].size / blocks[h].size - 1.0).abs() < 0.03
                && blocks[g].bold == blocks[h].bold
                && blocks[g].bbox.x_overlap(blocks[h].bbox) >= 0.5 * blocks[g].bbox.width().min(blocks[h].bbox.width())
        })
    };
    for &h in &heads {
        let Some(above) = owner_of(blocks, h, &heads) else { continue };
        let (ub, hb) = (blocks[above].bbox, blocks[h].bbox);
        if hb.y0 - ub.y1 > 1.2 * blocks[above].size.max(body) {
            continue;
        }
        // A short label over the first of a column of like headlines (简讯, BRIEFS) heads a
        // section: it is no story's headline, and the one under it is no deck.
        let label = blocks[above].lines.len() == 1
            && (blocks[above].chars <= 6 || (blocks[above].capitals && blocks[above].words <= 3));
        if label && blocks[h].chars > blocks[above].chars && like_another(blocks, h, above) {
            blocks[above].kind = BlockKind::Furniture;
            blocks[above].rule = Rule::MastheadOrSection;
            continue;
        }
        let root = parent[above].unwrap_or(above);
        parent[h] = Some(root);
        if blocks[h].size < 0.9 * blocks[above].size {
            blocks[h].kind = BlockKind::Deck;
            blocks[h].rule = Rule::DeckWithHeadline;
        } else if blocks[above].size < 0.9 * blocks[h].size && parent[above].is_none() {
            // A kicker over the headline: the headline is the larger and heads the story, the
            // kicker is a deck.
            blocks[above].kind = BlockKind::Deck;
            blocks[above].rule = Rule::DeckWithHeadline;
            parent[h] = None;
            for p in parent.iter_mut().filter(|p| **p == Some(above)) {
                *p = Some(h);
            }
            parent[above] = Some(h);
        } else {
            blocks[h].rule = Rule::HeadlineParts;
        }
    }
    let roots: Vec<usize> =
        heads.iter().copied().filter(|&h| parent[h].is_none() && blocks[h].kind == BlockKind::Headline).collect();

    let mut zones: Vec<Zone> = roots.iter().map(|&h| Zone { headline: Some(h), blocks: vec![h] }).collect();
    let zone_of_root = |h: usize| roots.iter().position(|&r| r == h);
    for &h in &heads {
        if let Some(root) = parent[h]
            && let Some(z) = zone_of_root(root)
        {
            zones[z].blocks.push(h);
        }
    }
    // A kicker: one or two lines right over a headline and within its width, set larger than
    // the body (or smaller in capitals) but smaller than the headline.
    for b in 0..blocks.len() {
        let bb = blocks[b].bbox;
        let (size, n) = (blocks[b].size, blocks[b].lines.len());
        if blocks[b].kind != BlockKind::Body
            || n > 2
            || !(size >= 1.08 * body || (size <= 0.92 * body && blocks[b].capitals))
        {
            continue;
        }
        let under = roots.iter().position(|&h| {
            let hb = blocks[h].bbox;
            (-1.0..=0.8 * blocks[h].size).contains(&(hb.y0 - bb.y1))
                && hb.x_overlap(bb) >= 0.5 * bb.width()
                && size < 0.9 * blocks[h].size
        });
        if let Some(z) = under {
            blocks[b].kind = BlockKind::Deck;
            blocks[b].rule = Rule::DeckWithHeadline;
            parent[b] = Some(roots[z]);
            zones[z].blocks.push(b);
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
                // Right under the headline or a deck already found: decks stack.
                let bottom = zones[z]
                    .blocks
                    .iter()
                    .filter(|&&o| matches!(blocks[o].kind, BlockKind::Headline | BlockKind::Deck))
                    .map(|&o| blocks[o].bbox.y1)
                    .fold(f32::NEG_INFINITY, f32::max);
                let directly = (-1.0..1.5 * blocks[zones[z].blocks[0]].size).contains(&(blocks[b].bbox.y0 - bottom));
                let (n, capitals) = (blocks[b].lines.len(), blocks[b].capitals && !blocks[b].ends_sentence);
                if blocks[b].kind == BlockKind::Body
                    && directly
                    && ((n <= 3 && blocks[b].size >= 1.08 * body) || (n <= 6 && capitals))
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
    // A headline with no text below it (or only a short block, its deck) may stand beside its
    // story: it owns the columns of text to its right whose tops align with its own, and what
    // follows them down.
    for z in 0..zones.len() {
        let Some(h) = zones[z].headline else { continue };
        let text: Vec<usize> = zones[z]
            .blocks
            .iter()
            .copied()
            .filter(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline))
            .collect();
        // A deck there is set apart from the body and is no sentence.
        let deck = |b: usize| {
            let block = &blocks[b];
            block.kind == BlockKind::Body
                && block.lines.len() <= 3
                && !block.ends_sentence
                && (block.bold || (block.size / body - 1.0).abs() >= 0.03)
        };
        if !text.iter().all(|&b| deck(b)) {
            continue;
        }
        // The headline with its decks (not a caption it owns further down).
        let hb = zones[z]
            .blocks
            .iter()
            .filter(|&&b| blocks[b].kind != BlockKind::Caption)
            .map(|&b| blocks[b].bbox)
            .reduce(BBox::union)
            .unwrap_or(blocks[h].bbox);
        let beside: Vec<usize> = (0..blocks.len())
            .filter(|&b| headless(blocks, &zones, b))
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
        extend_down(blocks, &zones, &mut claimed, body);
        for &b in &claimed {
            blocks[b].rule = Rule::HeadlineOwnsZone;
        }
        for b in text {
            blocks[b].kind = BlockKind::Deck;
            blocks[b].rule = Rule::DeckWithHeadline;
        }
        take(&mut zones, z, claimed);
    }
    own_beside_centred_headlines(blocks, &mut zones, rules, body);
    zones.retain(|zone| !zone.blocks.is_empty());
    // A headline that owns no text is the masthead or a section name near the top, else a
    // headline left over.
    for zone in &mut zones {
        if zone.headline.is_none() {
            continue;
        }
        let owns_text = zone.blocks.iter().any(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline));
        if !owns_text {
            for &b in &zone.blocks {
                let top = blocks[b].bbox.y0 < 0.2 * height;
                blocks[b].kind = if top { BlockKind::Furniture } else { BlockKind::Headline };
                blocks[b].rule = if top { Rule::MastheadOrSection } else { Rule::UnmatchedHeadline };
            }
            zone.headline = None;
        }
    }
    for (z, zone) in zones.iter().enumerate() {
        for &b in &zone.blocks {
            blocks[b].zone = Some(z);
        }
    }
    zones
}

/// A block alone in a zone without a headline: text nobody owns yet.
fn headless(blocks: &[RawBlock], zones: &[Zone], b: usize) -> bool {
    zones.iter().any(|zone| zone.headline.is_none() && zone.blocks == [b])
        && matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline)
}

/// Adds to `claimed` the unowned text below each claimed block in its column, down to the
/// next story.
fn extend_down(blocks: &[RawBlock], zones: &[Zone], claimed: &mut Vec<usize>, body: f32) {
    let mut k = 0;
    while k < claimed.len() {
        let cb = blocks[claimed[k]].bbox;
        let below = (0..blocks.len())
            .filter(|&b| !claimed.contains(&b) && headless(blocks, zones, b))
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
}

/// Moves the claimed blocks from their headless zones into zone `z`.
fn take(zones: &mut [Zone], z: usize, claimed: Vec<usize>) {
    for zone in zones.iter_mut() {
        if zone.headline.is_none() && zone.blocks.len() == 1 && claimed.contains(&zone.blocks[0]) {
            zone.blocks.clear();
        }
    }
    zones[z].blocks.extend(claimed);
}

/// A headline centred over a story wider than itself: the columns on either side of the ones
/// below it, top-aligned with them and unowned, belong to it when the story with them stays
/// centred under the headline and no rule parts them.
fn own_beside_centred_headlines(blocks: &mut [RawBlock], zones: &mut [Zone], rules: &[BBox], body: f32) {
    for z in 0..zones.len() {
        let Some(h) = zones[z].headline else { continue };
        let hb = blocks[h].bbox;
        let text: Vec<usize> = zones[z]
            .blocks
            .iter()
            .copied()
            .filter(|&b| {
                matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline) && blocks[b].bbox.y0 >= hb.y1 - 1.0
            })
            .collect();
        let Some(top) = text.iter().map(|&b| blocks[b].bbox.y0).min_by(f32::total_cmp) else { continue };
        let row: Vec<BBox> = text.iter().map(|&b| blocks[b].bbox).filter(|bb| bb.y0 - top <= body).collect();
        let Some(span) = row.iter().copied().reduce(BBox::union) else { continue };
        let size = text.iter().map(|&b| blocks[b].size).fold(0.0f32, f32::max);
        let parted = |a: BBox, b: BBox| {
            let (x0, x1) = (a.x1.min(b.x1), a.x0.max(b.x0));
            rules.iter().any(|r| {
                r.width() < r.height()
                    && r.x0 >= x0 - 1.0
                    && r.x1 <= x1 + 1.0
                    && r.y0 < a.y1.min(b.y1)
                    && r.y1 > a.y0.max(b.y0)
            })
        };
        // The unowned columns level with the row, in a chain outward from it on one side.
        let chain = |left: bool| -> Vec<usize> {
            let mut found = Vec::new();
            let mut edge = span;
            loop {
                let next = (0..blocks.len()).find(|&b| {
                    let bb = blocks[b].bbox;
                    let gap = if left { edge.x0 - bb.x1 } else { bb.x0 - edge.x1 };
                    !found.contains(&b)
                        && headless(blocks, zones, b)
                        && (bb.y0 - top).abs() <= body
                        && (-0.5 * body..=3.0 * body).contains(&gap)
                        && (blocks[b].size / size - 1.0).abs() < 0.05
                        && !parted(edge, bb)
                });
                let Some(b) = next else { break };
                edge = blocks[b].bbox;
                found.push(b);
            }
            found
        };
        let (left, right) = (chain(true), chain(false));
        let centred = |extra: &[usize]| {
            let union = extra.iter().map(|&b| blocks[b].bbox).fold(span, BBox::union);
            let off = (0.5 * (union.x0 + union.x1) - 0.5 * (hb.x0 + hb.x1)).abs();
            off <= 0.1 * union.width() && hb.width() < union.width()
        };
        let both: Vec<usize> = left.iter().chain(&right).copied().collect();
        let Some(mut claimed) = [both, left, right].into_iter().find(|c| !c.is_empty() && centred(c)) else {
            continue;
        };
        extend_down(blocks, zones, &mut claimed, body);
        for &b in &claimed {
            blocks[b].rule = Rule::HeadlineOwnsZone;
        }
        take(zones, z, claimed);
    }
}
