//! Blocks to zones: the headline above a block within its width owns it.
//!
//! The steps, in order ([`own`]): headlines stacked on headlines become decks, kickers or
//! section labels; kickers over a headline join it; every other block goes to the lowest
//! headline above it within its width; a headline beside its story, or centred over a wider
//! one, takes the level columns next to it; a headline that owns no text is the masthead, a
//! section name, or left over.

use super::blocks::RawBlock;
use super::thresholds::*;
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
    let rules: Vec<BBox> = rules.iter().filter(|r| !frames_a_caption(blocks, r)).copied().collect();
    let page = Owners { rules: &rules, body };
    let mut parent = page.stack_headlines(blocks, &heads);
    let roots: Vec<usize> =
        heads.iter().copied().filter(|&h| parent[h].is_none() && blocks[h].kind == BlockKind::Headline).collect();
    let mut zones: Vec<Zone> = roots.iter().map(|&h| Zone { headline: Some(h), blocks: vec![h] }).collect();
    for &h in &heads {
        if let Some(z) = parent[h].and_then(|root| roots.iter().position(|&r| r == root)) {
            zones[z].blocks.push(h);
        }
    }
    page.join_kickers(blocks, &roots, &mut parent, &mut zones);
    page.give_to_owners(blocks, (&heads, &roots), &parent, &mut zones);
    for z in 0..zones.len() {
        own_beside_side_headline(blocks, &mut zones, z, body);
    }
    own_beside_centred_headlines(blocks, &mut zones, &rules, body);
    zones.retain(|zone| !zone.blocks.is_empty());
    demote_headlines_without_text(blocks, &mut zones, height);
    for (z, zone) in zones.iter().enumerate() {
        for &b in &zone.blocks {
            blocks[b].zone = Some(z);
        }
    }
    zones
}

/// Whether two boxes stand in one column: they overlap by half the narrower one.
pub(super) fn same_column(a: BBox, b: BBox) -> bool {
    a.x_overlap(b) >= COLUMN_OVERLAP * a.width().min(b.width())
}

/// A rule that frames a caption or pull quote set in a column: it parts no stories.
fn frames_a_caption(blocks: &[RawBlock], r: &BBox) -> bool {
    blocks.iter().any(|c| {
        let cb = c.bbox;
        let reach = CAPTION_FRAME_REACH_EMS * c.size;
        c.kind == BlockKind::Caption
            && r.height() < r.width()
            && r.x_overlap(cb) >= CAPTION_FRAME_OVERLAP * r.width()
            && ((cb.y0 - reach..=cb.y0 + SLACK_PT).contains(&r.y1)
                || (cb.y1 - SLACK_PT..=cb.y1 + reach).contains(&r.y0))
    })
}

/// What ownership looks at on the whole page: the rules that part stories, the body size.
struct Owners<'a> {
    rules: &'a [BBox],
    body: f32,
}

impl Owners<'_> {
    /// A rule that parts stories runs across most of the text below it; a short bar under a
    /// headline is decoration.
    fn ruled_between(&self, upper: BBox, lower: BBox) -> bool {
        self.rules.iter().any(|r| {
            r.height() < r.width()
                && r.y0 >= upper.y1 - SLACK_PT
                && r.y1 <= lower.y0 + SLACK_PT
                && r.x_overlap(lower) >= PARTING_RULE_SPAN * lower.width()
        })
    }

    /// The lowest headline of `heads` above block `b` within the headline's width, unless a
    /// rule parts them.
    fn owner_of(&self, blocks: &[RawBlock], b: usize, heads: &[usize]) -> Option<usize> {
        let (bb, size) = (blocks[b].bbox, blocks[b].size);
        heads
            .iter()
            .copied()
            .filter(|&h| h != b)
            .filter(|&h| {
                let hb = blocks[h].bbox;
                hb.y0 < bb.y0 && hb.y1 <= bb.y0 + HEAD_OVERHANG_EMS * size && within_headline(hb, bb, size)
            })
            .max_by(|&x, &y| blocks[x].bbox.y1.total_cmp(&blocks[y].bbox.y1))
            .filter(|&h| !self.ruled_between(blocks[h].bbox, bb))
    }

    /// Stacked headline blocks: a smaller one right under (or over) a headline is its deck
    /// (or kicker); one of like size continues it; a short label over a column of like
    /// headlines is a section name. Returns each stacked block's root headline.
    fn stack_headlines(&self, blocks: &mut [RawBlock], heads: &[usize]) -> Vec<Option<usize>> {
        let mut parent: Vec<Option<usize>> = vec![None; blocks.len()];
        for &h in heads {
            let Some(above) = self.owner_of(blocks, h, heads) else { continue };
            let (ub, hb) = (blocks[above].bbox, blocks[h].bbox);
            if hb.y0 - ub.y1 > STACK_GAP_EMS * blocks[above].size.max(self.body) {
                continue;
            }
            if is_section_label(blocks, above, h, heads) {
                blocks[above].kind = BlockKind::Furniture;
                blocks[above].rule = Rule::MastheadOrSection;
                continue;
            }
            let root = parent[above].unwrap_or(above);
            parent[h] = Some(root);
            if blocks[h].size < DECK_SIZE_RATIO * blocks[above].size {
                set_deck(&mut blocks[h]);
            } else if blocks[above].size < DECK_SIZE_RATIO * blocks[h].size && parent[above].is_none() {
                // A kicker over the headline: the headline is the larger and heads the story,
                // the kicker is a deck.
                set_deck(&mut blocks[above]);
                parent[h] = None;
                for p in parent.iter_mut().filter(|p| **p == Some(above)) {
                    *p = Some(h);
                }
                parent[above] = Some(h);
            } else {
                blocks[h].rule = Rule::HeadlineParts;
            }
        }
        parent
    }

    /// A kicker: one or two lines right over a headline and within its width, set larger
    /// than the body (or smaller in capitals) but smaller than the headline.
    fn join_kickers(&self, blocks: &mut [RawBlock], roots: &[usize], parent: &mut [Option<usize>], zones: &mut [Zone]) {
        for b in 0..blocks.len() {
            let bb = blocks[b].bbox;
            let (size, n) = (blocks[b].size, blocks[b].lines.len());
            let set_apart =
                size >= DECK_MIN_SIZE * self.body || (size <= SMALL_CAPS_SIZE * self.body && blocks[b].capitals);
            if blocks[b].kind != BlockKind::Body || n > KICKER_MAX_LINES || !set_apart {
                continue;
            }
            let under = roots.iter().position(|&h| {
                let hb = blocks[h].bbox;
                (-SLACK_PT..=KICKER_GAP_EMS * blocks[h].size).contains(&(hb.y0 - bb.y1))
                    && hb.x_overlap(bb) >= OWN_OVERLAP * bb.width()
                    && size < DECK_SIZE_RATIO * blocks[h].size
            });
            if let Some(z) = under {
                set_deck(&mut blocks[b]);
                parent[b] = Some(roots[z]);
                zones[z].blocks.push(b);
            }
        }
    }

    /// Every other block goes to the headline above it (through a deck or stacked part to its
    /// root), or starts a zone of its own; a short block right under the headline's decks is
    /// one more deck.
    fn give_to_owners(
        &self,
        blocks: &mut [RawBlock],
        (heads, roots): (&[usize], &[usize]),
        parent: &[Option<usize>],
        zones: &mut Vec<Zone>,
    ) {
        for b in 0..blocks.len() {
            if matches!(blocks[b].kind, BlockKind::Headline | BlockKind::Furniture) || parent[b].is_some() {
                continue;
            }
            let owner =
                self.owner_of(blocks, b, roots).or_else(|| self.owner_of(blocks, b, heads).and_then(|h| parent[h]));
            match owner.and_then(|h| roots.iter().position(|&r| r == h)) {
                Some(z) => {
                    if blocks[b].kind == BlockKind::Body && self.is_deck_under(blocks, b, &zones[z]) {
                        set_deck(&mut blocks[b]);
                    } else if blocks[b].kind == BlockKind::Body {
                        blocks[b].rule = Rule::HeadlineOwnsZone;
                    }
                    zones[z].blocks.push(b);
                }
                None => zones.push(Zone { headline: None, blocks: vec![b] }),
            }
        }
    }

    /// Block `b` stands right under the zone's headline or a deck already found (decks
    /// stack), and is short and set apart: larger than the body, or in capitals.
    fn is_deck_under(&self, blocks: &[RawBlock], b: usize, zone: &Zone) -> bool {
        let bottom = zone
            .blocks
            .iter()
            .filter(|&&o| matches!(blocks[o].kind, BlockKind::Headline | BlockKind::Deck))
            .map(|&o| blocks[o].bbox.y1)
            .fold(f32::NEG_INFINITY, f32::max);
        let directly = (-SLACK_PT..DECK_GAP_EMS * blocks[zone.blocks[0]].size).contains(&(blocks[b].bbox.y0 - bottom));
        let (n, capitals) = (blocks[b].lines.len(), blocks[b].capitals && !blocks[b].ends_sentence);
        directly
            && ((n <= DECK_MAX_LINES && blocks[b].size >= DECK_MIN_SIZE * self.body)
                || (n <= CAPITAL_DECK_MAX_LINES && capitals))
    }
}

/// A block stands within a headline's width: they overlap by half the block, or a quarter
/// with the block's centre under the headline, or the headline is much wider, or the
/// headline sits inside the block's column (within an em either side).
fn within_headline(hb: BBox, bb: BBox, size: f32) -> bool {
    let centre = 0.5 * (bb.x0 + bb.x1);
    let overlap = hb.x_overlap(bb);
    overlap >= OWN_OVERLAP * bb.width()
        || (overlap >= OWN_CENTRED_OVERLAP * bb.width() && (hb.x0..=hb.x1).contains(&centre))
        || (overlap >= OWN_WIDE_OVERLAP * bb.width() && hb.width() >= OWN_WIDE_FACTOR * bb.width())
        || (hb.x0 >= bb.x0 - size && hb.x1 <= bb.x1 + size)
}

/// A short label over the first of a column of like headlines (简讯, BRIEFS) heads a
/// section: it is no story's headline, and the one under it is no deck.
fn is_section_label(blocks: &[RawBlock], above: usize, h: usize, heads: &[usize]) -> bool {
    let label = blocks[above].lines.len() == 1
        && (blocks[above].chars <= LABEL_MAX_CHARS
            || (blocks[above].capitals && blocks[above].words <= LABEL_MAX_WORDS));
    // A headline set like another headline in its column is one too, not a deck.
    let like_another = heads.iter().any(|&g| {
        g != h
            && g != above
            && blocks[g].kind == BlockKind::Headline
            && (blocks[g].size / blocks[h].size - 1.0).abs() < LIKE_SIZE
            && blocks[g].bold == blocks[h].bold
            && same_column(blocks[g].bbox, blocks[h].bbox)
    });
    label && blocks[h].chars > blocks[above].chars && like_another
}

fn set_deck(block: &mut RawBlock) {
    block.kind = BlockKind::Deck;
    block.rule = Rule::DeckWithHeadline;
}

/// A headline with no text below it (or only a short block, its deck) may stand beside its
/// story: it owns the columns of text to its right whose tops align with its own, and what
/// follows them down.
fn own_beside_side_headline(blocks: &mut [RawBlock], zones: &mut [Zone], z: usize, body: f32) {
    let Some(h) = zones[z].headline else { return };
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
            && block.lines.len() <= DECK_MAX_LINES
            && !block.ends_sentence
            && (block.bold || (block.size / body - 1.0).abs() >= LIKE_SIZE)
    };
    if !text.iter().all(|&b| deck(b)) {
        return;
    }
    // The headline with its decks (not a caption it owns further down).
    let hb = zones[z]
        .blocks
        .iter()
        .filter(|&&b| blocks[b].kind != BlockKind::Caption)
        .map(|&b| blocks[b].bbox)
        .reduce(BBox::union)
        .unwrap_or(blocks[h].bbox);
    let lone = lone_text(blocks, zones);
    let beside: Vec<usize> = (0..blocks.len())
        .filter(|&b| lone[b])
        .filter(|&b| {
            let bb = blocks[b].bbox;
            bb.x0 >= hb.x1 - SIDE_HEADLINE_OVERHANG_EMS * body && (bb.y0 - hb.y0).abs() <= SIDE_ALIGN_EMS * body
        })
        .collect();
    let Some(nearest) = beside.iter().copied().min_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0)) else {
        return;
    };
    // Columns next to each other from the nearest one on, without a gap wider than a column
    // gutter between them.
    let mut claimed = vec![nearest];
    let mut right = blocks[nearest].bbox.x1;
    let mut rest: Vec<usize> = beside.into_iter().filter(|&b| b != nearest).collect();
    rest.sort_unstable_by(|&a, &b| blocks[a].bbox.x0.total_cmp(&blocks[b].bbox.x0));
    for b in rest {
        if blocks[b].bbox.x0 - right <= GUTTER_MAX_EMS * body {
            right = right.max(blocks[b].bbox.x1);
            claimed.push(b);
        }
    }
    extend_down(blocks, &lone, &mut claimed, body);
    for &b in &claimed {
        blocks[b].rule = Rule::HeadlineOwnsZone;
    }
    for b in text {
        set_deck(&mut blocks[b]);
    }
    take(zones, z, claimed);
}

/// A headline that owns no text is the masthead or a section name near the top, else a
/// headline left over.
fn demote_headlines_without_text(blocks: &mut [RawBlock], zones: &mut [Zone], height: f32) {
    for zone in zones.iter_mut().filter(|z| z.headline.is_some()) {
        let owns_text = zone.blocks.iter().any(|&b| matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline));
        if owns_text {
            continue;
        }
        for &b in &zone.blocks {
            let top = blocks[b].bbox.y0 < SECTION_TOP * height;
            blocks[b].kind = if top { BlockKind::Furniture } else { BlockKind::Headline };
            blocks[b].rule = if top { Rule::MastheadOrSection } else { Rule::UnmatchedHeadline };
        }
        zone.headline = None;
    }
}

/// For each block, whether it is alone in a zone without a headline: text nobody owns yet.
fn lone_text(blocks: &[RawBlock], zones: &[Zone]) -> Vec<bool> {
    let mut lone = vec![false; blocks.len()];
    for zone in zones.iter().filter(|z| z.headline.is_none()) {
        if let [b] = zone.blocks[..] {
            lone[b] = matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline);
        }
    }
    lone
}

/// Adds to `claimed` the unowned text (`lone`, from [`lone_text`]) below each claimed block in
/// its column, down to the next story.
fn extend_down(blocks: &[RawBlock], lone: &[bool], claimed: &mut Vec<usize>, body: f32) {
    let mut taken = vec![false; blocks.len()];
    for &b in claimed.iter() {
        taken[b] = true;
    }
    let mut k = 0;
    while k < claimed.len() {
        let cb = blocks[claimed[k]].bbox;
        let below = (0..blocks.len())
            .filter(|&b| !taken[b] && lone[b])
            .filter(|&b| {
                let bb = blocks[b].bbox;
                bb.y0 >= cb.y1 - SLACK_PT && bb.y0 - cb.y1 <= COLUMN_RUN_GAP_EMS * body && same_column(bb, cb)
            })
            .min_by(|&a, &b| blocks[a].bbox.y0.total_cmp(&blocks[b].bbox.y0));
        if let Some(b) = below {
            taken[b] = true;
            claimed.push(b);
        }
        k += 1;
    }
}

/// Moves the claimed blocks from their headless zones into zone `z`.
fn take(zones: &mut [Zone], z: usize, claimed: Vec<usize>) {
    let claimed_set: std::collections::HashSet<usize> = claimed.iter().copied().collect();
    for zone in zones.iter_mut() {
        if zone.headline.is_none() && zone.blocks.len() == 1 && claimed_set.contains(&zone.blocks[0]) {
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
                matches!(blocks[b].kind, BlockKind::Body | BlockKind::Byline) && blocks[b].bbox.y0 >= hb.y1 - SLACK_PT
            })
            .collect();
        let Some(top) = text.iter().map(|&b| blocks[b].bbox.y0).min_by(f32::total_cmp) else { continue };
        let row: Vec<BBox> = text.iter().map(|&b| blocks[b].bbox).filter(|bb| bb.y0 - top <= body).collect();
        let Some(span) = row.iter().copied().reduce(BBox::union) else { continue };
        let size = text.iter().map(|&b| blocks[b].size).fold(0.0f32, f32::max);
        let level = Level { top, size, body, rules };
        let lone = lone_text(blocks, zones);
        let (left, right) = (level.chain(blocks, &lone, span, true), level.chain(blocks, &lone, span, false));
        let centred = |extra: &[usize]| {
            let union = extra.iter().map(|&b| blocks[b].bbox).fold(span, BBox::union);
            let off = (0.5 * (union.x0 + union.x1) - 0.5 * (hb.x0 + hb.x1)).abs();
            off <= CENTRED_OFFSET * union.width() && hb.width() < union.width()
        };
        let both: Vec<usize> = left.iter().chain(&right).copied().collect();
        let Some(mut claimed) = [both, left, right].into_iter().find(|c| !c.is_empty() && centred(c)) else {
            continue;
        };
        extend_down(blocks, &lone, &mut claimed, body);
        for &b in &claimed {
            blocks[b].rule = Rule::HeadlineOwnsZone;
        }
        take(zones, z, claimed);
    }
}

/// The row of text under a centred headline: its top, its type size, and what parts columns.
struct Level<'a> {
    top: f32,
    size: f32,
    body: f32,
    rules: &'a [BBox],
}

impl Level<'_> {
    /// A vertical rule between two columns.
    fn parted(&self, a: BBox, b: BBox) -> bool {
        let (x0, x1) = (a.x1.min(b.x1), a.x0.max(b.x0));
        self.rules.iter().any(|r| {
            r.width() < r.height()
                && r.x0 >= x0 - SLACK_PT
                && r.x1 <= x1 + SLACK_PT
                && r.y0 < a.y1.min(b.y1)
                && r.y1 > a.y0.max(b.y0)
        })
    }

    /// The unowned columns (`lone`, from [`lone_text`]) level with the row, in a chain
    /// outward from `span` on one side.
    fn chain(&self, blocks: &[RawBlock], lone: &[bool], span: BBox, left: bool) -> Vec<usize> {
        let mut found = Vec::new();
        let mut taken = vec![false; blocks.len()];
        let mut edge = span;
        loop {
            let next = (0..blocks.len()).find(|&b| {
                let bb = blocks[b].bbox;
                let gap = if left { edge.x0 - bb.x1 } else { bb.x0 - edge.x1 };
                !taken[b]
                    && lone[b]
                    && (bb.y0 - self.top).abs() <= self.body
                    && (-ABUT_OVERLAP_EMS * self.body..=GUTTER_MAX_EMS * self.body).contains(&gap)
                    && (blocks[b].size / self.size - 1.0).abs() < SAME_TYPE
                    && !self.parted(edge, bb)
            });
            let Some(b) = next else { break };
            edge = blocks[b].bbox;
            taken[b] = true;
            found.push(b);
        }
        found
    }
}
