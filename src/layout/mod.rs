//! From positioned text to a page: lines, blocks, what each block is, which headline owns
//! it, and the reading order. Pure geometry: an importer fills a [`Sheet`] of runs (the PDF
//! reader a run per glyph, an OCR format a run per word), and tests can build one by hand.
//!
//! The steps, in order:
//! 1. runs drawn twice at a small offset (fake bold) keep one copy;
//! 2. runs on one baseline, close together and of like size, make a line; gaps make spaces;
//! 3. lines of like size and weight stacked at a steady pitch make a block;
//! 4. a block is a headline by its size (or weight) against the page's body size, furniture
//!    by its place in the margin or its text, a caption by a picture just above it;
//! 5. a headline owns the blocks below it within its width, until the next headline or a
//!    printed rule; a smaller headline right under it is its deck;
//! 6. zones are read in page order, and inside a zone column by column.

mod blocks;
mod lines;
mod order;
mod thresholds;
mod zones;

use crate::model::{Block, Font, Layout, Line, LineId, Page, Rule, Sheet};
use blocks::{RawBlock, build_blocks, classify, stated_blocks};
use lines::{
    RawLine, body_size, build_lines, drop_doubled, drop_hidden_copies, mend_word_gaps, split_gutters, word_line,
};
use order::reading_order;
use zones::own;

/// Lays a sheet out into a page: lines in reading order, a blank line between blocks.
pub fn lay_out(name: &str, sheet: &Sheet) -> Page {
    let (lines, mut blocks, twins, hidden_copies) = match &sheet.stated {
        Some(stated) => {
            let (lines, blocks) = stated_lines_and_blocks(sheet, stated);
            (lines, blocks, Vec::new(), 0)
        }
        None => {
            let (mut kept, twins) = drop_doubled(sheet);
            let hidden_copies = drop_hidden_copies(&sheet.runs, &mut kept);
            let mut lines = build_lines(sheet, &kept);
            split_gutters(sheet, &mut lines);
            mend_word_gaps(sheet, &mut lines);
            let blocks = build_blocks(&mut lines, &sheet.rules);
            (lines, blocks, twins, hidden_copies)
        }
    };
    let body_size = body_size(&lines);
    classify(&mut blocks, &lines, sheet, body_size);
    let zones = own(&mut blocks, &sheet.rules, body_size, sheet.height);
    // A file that states its blocks states their order too (the library's reading).
    let (order, continued) = match sheet.stated {
        Some(_) => ((0..blocks.len()).collect(), Vec::new()),
        None => reading_order(&blocks, &zones, &lines),
    };
    for b in continued {
        blocks[b].rule = Rule::ColumnContinues;
    }
    let mut emitted = Emitted::new(sheet, lines.len() + order.len());
    emitted.blocks_in_order(&lines, &blocks, &order);
    let doubled = emitted.doubled(&twins);
    Page {
        name: name.to_owned(),
        encoding: "PDF".to_owned(),
        lines: emitted.lines,
        layout: Some(Box::new(Layout {
            width: sheet.width,
            height: sheet.height,
            body_size,
            page_index: sheet.page_index,
            page_count: sheet.page_count,
            blocks: emitted.blocks,
            figures: sheet.figures.clone(),
            rules: sheet.rules.clone(),
            doubled,
            hidden_copies,
            stated_order: sheet.stated.is_some(),
            library: Vec::new(),
        })),
    }
}

/// The lines and blocks a file states, as the layout's own: each line's words joined by a
/// space, each block its stated lines.
fn stated_lines_and_blocks(sheet: &Sheet, stated: &crate::model::Stated) -> (Vec<RawLine>, Vec<RawBlock>) {
    let runs = sheet.runs.len() as u32;
    let ids: Vec<u32> = (0..runs).collect();
    let mut lines = Vec::with_capacity(stated.lines.len());
    let mut line_of = Vec::with_capacity(stated.lines.len());
    for (i, range) in stated.lines.iter().enumerate() {
        let (start, end) = (range.start.min(runs), range.end.min(runs));
        line_of.push((start < end).then_some(lines.len()));
        if start < end {
            let mut line = word_line(sheet, &ids[start as usize..end as usize]);
            line.stated_size = stated.sizes.get(i).copied().filter(|s| *s > 0.0);
            line.confidence = stated.confidences.get(i).copied().filter(|c| *c >= 0.0);
            if stated.marks_hyphens && line.text.ends_with(['-', '\u{AD}', '‐', '¬']) {
                line.soft_hyphen = Some(stated.soft_hyphens.binary_search(&(i as u32)).is_ok());
            }
            lines.push(line);
        }
    }
    let groups: Vec<Vec<usize>> = stated
        .blocks
        .iter()
        .map(|b| {
            line_of
                .get(b.start as usize..(b.end as usize).min(line_of.len()))
                .unwrap_or(&[])
                .iter()
                .flatten()
                .copied()
                .collect()
        })
        .collect();
    let ids = stated.block_ids.iter().cloned().chain(std::iter::repeat_with(Vec::new));
    let groups: Vec<(Vec<usize>, Vec<String>)> = groups.into_iter().zip(ids).collect();
    let blocks = stated_blocks(&mut lines, groups);
    (lines, blocks)
}

/// The page's lines and blocks as they are written out in reading order.
struct Emitted<'a> {
    sheet: &'a Sheet,
    lines: Vec<Line>,
    blocks: Vec<Block>,
    /// The line each run ended up in (`u32::MAX`: none).
    line_of_run: Vec<u32>,
}

impl<'a> Emitted<'a> {
    fn new(sheet: &'a Sheet, lines: usize) -> Emitted<'a> {
        Emitted {
            sheet,
            lines: Vec::with_capacity(lines),
            blocks: Vec::new(),
            line_of_run: vec![u32::MAX; sheet.runs.len()],
        }
    }

    fn push(&mut self, text: String, l: Option<&RawLine>) -> LineId {
        let id = LineId(self.lines.len() as u32);
        let font = l
            .and_then(|l| self.sheet.fonts.get(l.font as usize))
            .map(|f| Font { name: f.name.clone(), weight: f.weight });
        self.lines.push(Line {
            id,
            text,
            bbox_in_page: l.map(|l| l.bbox),
            font_size_pt: l.map(|l| l.size),
            font,
            soft_hyphen: l.and_then(|l| l.soft_hyphen),
            stated_size: l.and_then(|l| l.stated_size),
            confidence: l.and_then(|l| l.confidence),
        });
        id
    }

    /// The blocks in reading order, top to bottom inside each, a blank line between them;
    /// zones renumbered in reading order.
    fn blocks_in_order(&mut self, lines: &[RawLine], blocks: &[RawBlock], order: &[usize]) {
        self.blocks.reserve(order.len());
        let mut zone_ids: Vec<Option<usize>> = vec![None; blocks.len()];
        let mut next_zone = 0;
        for (k, &b) in order.iter().enumerate() {
            if k > 0 {
                self.push(String::new(), None);
            }
            let block = &blocks[b];
            let zone = block.zone.map(|z| {
                *zone_ids[z].get_or_insert_with(|| {
                    next_zone += 1;
                    next_zone - 1
                })
            });
            let mut sorted = block.lines.clone();
            sorted.sort_unstable_by(|&a, &b| lines[a].baseline.total_cmp(&lines[b].baseline));
            let first = LineId(self.lines.len() as u32);
            for &i in &sorted {
                let id = self.push(lines[i].text.clone(), Some(&lines[i]));
                for &g in &lines[i].runs {
                    self.line_of_run[g as usize] = id.0;
                }
            }
            let end = LineId(self.lines.len() as u32);
            let source_ids = block.source_ids.clone();
            self.blocks.push(Block {
                first,
                end,
                bbox: block.bbox,
                kind: block.kind,
                zone,
                rule: block.rule,
                source_ids,
            });
        }
    }

    /// The text removed as fake bold, by the line its kept twin ended up in.
    fn doubled(&self, twins: &[(u32, u32)]) -> Vec<(LineId, String)> {
        let mut doubled: Vec<(LineId, String)> = Vec::new();
        let mut twins = twins.to_vec();
        twins.sort_unstable_by_key(|&(drop, _)| drop);
        for (drop, keep) in twins {
            let line = self.line_of_run[keep as usize];
            let Some(run) = self.sheet.runs.get(drop as usize).filter(|_| line != u32::MAX) else { continue };
            let text = self.sheet.text_of(run);
            match doubled.iter_mut().find(|(l, _)| l.0 == line) {
                Some((_, s)) => s.push_str(text),
                None => doubled.push((LineId(line), text.to_owned())),
            }
        }
        doubled.sort_by_key(|(l, _)| *l);
        doubled
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BBox, BlockKind, Ink, SheetFont};
    use crate::text::script::is_wide;

    /// Sets `text` from (x, y) at `size`, one em per wide character, half an em otherwise.
    fn set(sheet: &mut Sheet, text: &str, x: f32, y: f32, size: f32, font: u16) {
        let mut x = x;
        for ch in text.chars() {
            let advance = if is_wide(ch) { size } else { 0.5 * size };
            sheet.push_char(ch, Ink { x, y, size, advance, font, invisible: false, stroked: false });
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

    #[test]
    fn a_short_last_line_is_not_joined_across_the_gutter_to_the_next_column() {
        let mut s = sheet();
        // The right column's last two lines stand beside the left column's full lines, whose
        // text covers the middle of the gap after the short line, but not the gutter.
        for row in 0..7 {
            let y = 200.0 + 14.0 * row as f32;
            let left = if row == 3 { "左栏的最后一行。" } else { "左栏文字左栏文字左栏" };
            set(&mut s, left, 50.0, y, 10.0, 0);
            if (3..5).contains(&row) {
                set(&mut s, "右栏文字右栏文字右栏", 158.0, y, 10.0, 0);
            }
        }
        let page = lay_out("t", &s);
        let t = texts(&page);
        assert!(t.contains(&"左栏的最后一行。"), "{t:?}");
        assert_eq!(t.iter().filter(|l| l.starts_with('右')).count(), 2, "{t:?}");
        assert!(t.iter().all(|l| !(l.contains('左') && l.contains('右'))), "{t:?}");
    }

    #[test]
    fn a_wide_justified_word_space_is_mended_when_the_lines_around_cover_it() {
        let mut s = sheet();
        let lines =
            ["abcdefghijklm nopqrst", "abcdefghijklmnopq rstu", "abc defghijklmnopqrstu", "abcdefghijk lmnopqrstu"];
        for (row, text) in lines.iter().enumerate() {
            set(&mut s, text, 50.0, 200.0 + 12.0 * row as f32, 10.0, 0);
        }
        set(&mut s, "abcdefgh", 50.0, 248.0, 10.0, 0);
        set(&mut s, "ijklmnopq", 105.0, 248.0, 10.0, 0);
        for (row, text) in lines.iter().enumerate() {
            set(&mut s, text, 50.0, 260.0 + 12.0 * row as f32, 10.0, 0);
        }
        let page = lay_out("t", &s);
        assert!(texts(&page).contains(&"abcdefgh ijklmnopq"), "{:?}", texts(&page));
    }

    #[test]
    fn text_heading_a_column_continues_the_story_filling_the_foot_of_the_column_to_its_left() {
        let mut s = sheet();
        set(&mut s, "秋粮丰收", 50.0, 80.0, 24.0, 1);
        for row in 0..8 {
            let y = 120.0 + 14.0 * row as f32;
            set(&mut s, "左栏文字左栏文字。", 50.0, y, 10.0, 0);
            // The second column starts level with the headline, a new paragraph.
            set(&mut s, "右栏文字右栏文字。", 170.0, y - 40.0, 10.0, 0);
        }
        // And a second block further down the same column, a new paragraph after a gap.
        for row in 0..2 {
            set(&mut s, "右栏文字右栏文字。", 170.0, 204.0 + 14.0 * row as f32, 10.0, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let body: Vec<&Block> = layout.blocks.iter().filter(|b| b.kind == BlockKind::Body).collect();
        assert_eq!(body.len(), 3, "{:?}", layout.blocks);
        assert_eq!(body[1].rule, Rule::ColumnContinues);
        assert_eq!(body[2].rule, Rule::ColumnContinues);
        assert!(body[0].bbox.x0 < body[1].bbox.x0, "the left column is read first");
        let analysis = crate::analyze::analyze(&page);
        assert_eq!(analysis.articles.len(), 1, "{:?}", analysis.articles);
    }

    #[test]
    fn text_heading_a_column_is_its_own_story_when_the_story_to_its_left_stops_short_of_the_foot() {
        let mut s = sheet();
        set(&mut s, "秋粮丰收", 50.0, 80.0, 24.0, 1);
        set(&mut s, "左栏文字左栏文字。", 50.0, 120.0, 10.0, 0);
        set(&mut s, "左栏文字左栏文字。", 50.0, 134.0, 10.0, 0);
        for row in 0..16 {
            set(&mut s, "右栏文字右栏文字。", 170.0, 80.0 + 14.0 * row as f32, 10.0, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert!(layout.blocks.iter().all(|b| b.rule != Rule::ColumnContinues), "{:?}", layout.blocks);
        assert_eq!(crate::analyze::analyze(&page).articles.len(), 2);
    }

    #[test]
    fn a_small_line_in_capitals_right_under_a_headline_is_its_deck() {
        let mut s = sheet();
        set(&mut s, "FROST EXPECTED TONIGHT", 50.0, 80.0, 20.0, 1);
        set(&mut s, "FARMERS WARNED TO PROTECT CROPS", 60.0, 96.0, 8.5, 0);
        for row in 0..4 {
            set(&mut s, "The first killing frost of the season", 50.0, 112.0 + 12.0 * row as f32, 10.0, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let kinds: Vec<BlockKind> = layout.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Headline, BlockKind::Deck, BlockKind::Body]);
    }

    #[test]
    fn a_kicker_over_a_headline_and_a_deck_a_little_larger_than_the_body_join_the_headline() {
        let mut s = sheet();
        set(&mut s, "推进城市更新", 60.0, 66.0, 12.0, 0);
        set(&mut s, "老旧小区改造", 50.0, 92.0, 24.0, 1);
        set(&mut s, "今年计划改造八十六个小区", 50.0, 110.0, 12.0, 0);
        for row in 0..4 {
            set(&mut s, "正文文字正文文字正文。", 50.0, 126.0 + 14.0 * row as f32, 10.5, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let kinds: Vec<(BlockKind, Option<usize>)> = layout.blocks.iter().map(|b| (b.kind, b.zone)).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Deck, Some(0)),
                (BlockKind::Headline, Some(0)),
                (BlockKind::Deck, Some(0)),
                (BlockKind::Body, Some(0)),
            ]
        );
    }

    #[test]
    fn a_short_bar_under_a_headline_is_decoration_not_a_story_rule() {
        let mut s = sheet();
        set(&mut s, "湿地候鸟", 50.0, 80.0, 24.0, 1);
        s.rules.push(BBox { x0: 50.0, y0: 90.0, x1: 80.0, y1: 90.5 });
        for row in 0..4 {
            set(&mut s, "正文文字正文文字正文。", 50.0, 110.0 + 14.0 * row as f32, 10.5, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert!(layout.blocks.iter().all(|b| b.zone == Some(0)), "{:?}", layout.blocks);
        // A rule across the text parts it from the headline.
        s.rules[0].x1 = 160.0;
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert_ne!(layout.blocks[0].zone, layout.blocks[1].zone, "{:?}", layout.blocks);
    }

    #[test]
    fn a_side_headline_with_its_deck_below_owns_the_columns_to_its_right() {
        let mut s = sheet();
        set(&mut s, "南河", 50.0, 100.0, 25.0, 1);
        set(&mut s, "湿地", 50.0, 130.0, 25.0, 1);
        set(&mut s, "已监测到水鸟", 50.0, 150.0, 11.0, 0);
        for row in 0..6 {
            let y = 86.0 + 14.0 * row as f32;
            set(&mut s, "右栏文字右栏文字", 120.0, y, 10.5, 0);
            set(&mut s, "右栏文字右栏文字", 220.0, y, 10.5, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert!(layout.blocks.iter().all(|b| b.zone == Some(0)), "{:?}", layout.blocks);
        assert_eq!(layout.blocks.iter().filter(|b| b.kind == BlockKind::Deck).count(), 1);
    }

    #[test]
    fn a_headline_centred_over_a_wider_story_owns_the_level_columns_on_both_sides() {
        let mut s = sheet();
        set(&mut s, "热线受理诉求", 153.0, 80.0, 24.0, 1);
        for col in 0..4 {
            for row in 0..6 {
                set(&mut s, "栏内文字栏内文字", 50.0 + 90.0 * col as f32, 110.0 + 14.0 * row as f32, 10.0, 0);
            }
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert!(layout.blocks.iter().all(|b| b.zone == Some(0)), "{:?}", layout.blocks);
        // A printed rule between columns parts them: the outer columns are other stories.
        s.rules.push(BBox { x0: 135.0, y0: 100.0, x1: 135.5, y1: 200.0 });
        s.rules.push(BBox { x0: 315.0, y0: 100.0, x1: 315.5, y1: 200.0 });
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        assert_eq!(layout.blocks.iter().filter(|b| b.zone == Some(0)).count(), 3, "{:?}", layout.blocks);
    }

    #[test]
    fn a_short_label_over_a_column_of_like_headlines_heads_a_section() {
        let mut s = sheet();
        set(&mut s, "简讯", 100.0, 80.0, 14.0, 1);
        let mut y = 100.0;
        for title in ["城际公交开通", "安全教育周活动", "慰问一线职工"] {
            set(&mut s, title, 50.0, y, 11.5, 1);
            for _ in 0..3 {
                y += 13.0;
                set(&mut s, "本报讯正文文字正文。", 50.0, y, 9.5, 0);
            }
            y += 24.0;
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let kinds: Vec<(BlockKind, Rule)> = layout.blocks.iter().map(|b| (b.kind, b.rule)).collect();
        assert_eq!(kinds.iter().filter(|(k, _)| *k == BlockKind::Headline).count(), 3, "{kinds:?}");
        assert!(kinds.contains(&(BlockKind::Furniture, Rule::MastheadOrSection)), "{kinds:?}");
        assert_eq!(crate::analyze::analyze(&page).articles.len(), 3);
    }

    #[test]
    fn a_headline_sized_kicker_over_a_larger_headline_is_its_deck() {
        let mut s = sheet();
        set(&mut s, "春耕时节", 60.0, 70.0, 16.0, 1);
        set(&mut s, "全市春耕备耕有序展开", 50.0, 100.0, 28.0, 1);
        for row in 0..4 {
            set(&mut s, "正文文字正文文字正文。", 50.0, 124.0 + 14.0 * row as f32, 10.5, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let kinds: Vec<(BlockKind, Option<usize>)> = layout.blocks.iter().map(|b| (b.kind, b.zone)).collect();
        assert_eq!(kinds, [(BlockKind::Deck, Some(0)), (BlockKind::Headline, Some(0)), (BlockKind::Body, Some(0))]);
        let analysis = crate::analyze::analyze(&page);
        assert_eq!(analysis.articles.len(), 1);
    }

    #[test]
    fn a_pull_quote_in_a_column_is_kept_out_and_its_frame_parts_no_stories() {
        let mut s = sheet();
        set(&mut s, "County Passes Budget", 50.0, 230.0, 30.0, 1);
        for row in 0..12 {
            set(&mut s, "the county budget was passed", 50.0, 260.0 + 12.0 * row as f32, 9.5, 0);
        }
        s.rules.push(BBox { x0: 200.0, y0: 250.0, x1: 330.0, y1: 250.5 });
        set(&mut s, "“We were not going", 200.0, 270.0, 15.5, 0);
        set(&mut s, "to cut the buses.”", 200.0, 288.0, 15.5, 0);
        set(&mut s, "— Dana Whitfield", 200.0, 302.0, 7.5, 0);
        s.rules.push(BBox { x0: 200.0, y0: 308.0, x1: 330.0, y1: 308.5 });
        for row in 0..8 {
            set(&mut s, "and the second column runs on", 200.0, 322.0 + 12.0 * row as f32, 9.5, 0);
        }
        let page = lay_out("t", &s);
        let layout = page.layout.as_ref().unwrap();
        let quotes: Vec<&Block> = layout.blocks.iter().filter(|b| b.rule == Rule::PullQuote).collect();
        assert_eq!(quotes.len(), 2, "{:?}", layout.blocks);
        assert!(quotes.iter().all(|b| b.kind == BlockKind::Caption));
        assert!(layout.blocks.iter().all(|b| b.zone == Some(0)), "{:?}", layout.blocks);
    }

    /// hang-two-glyphs.pdf (shared/robustness): two glyphs 0.5 pt apart across and 1.8 pt
    /// down, each read as the other's continuation, once made the reading order loop forever.
    #[test]
    fn two_glyphs_that_each_continue_the_other_are_read_once() {
        let mut s = sheet();
        let ink =
            |x: f32, y: f32, advance: f32| Ink { x, y, size: 4.0, advance, font: 0, invisible: false, stroked: false };
        s.push_char('q', ink(438.9, 516.4, 2.224));
        s.push_char('r', ink(439.4, 514.63, 1.332));
        let page = lay_out("t", &s);
        let text: String = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(text.chars().filter(|c| !c.is_whitespace()).count(), 2, "{text:?}");
    }

    #[test]
    fn a_capital_latin_letter_is_inked_to_its_advance_and_no_gutter_is_cut_after_it() {
        let mut s = sheet();
        for (row, word) in ["Rail Trail", "Extension", "Wins Grant"].iter().enumerate() {
            let y = 100.0 + 16.0 * row as f32;
            let mut x = 50.0;
            for ch in word.chars() {
                let advance = if ch == 'W' { 13.8 } else { 7.0 };
                if ch != ' ' {
                    s.push_char(ch, Ink { x, y, size: 14.5, advance, font: 1, invisible: false, stroked: false });
                }
                x += advance;
            }
        }
        let page = lay_out("t", &s);
        assert!(texts(&page).contains(&"Wins Grant"), "{:?}", texts(&page));
    }

    #[test]
    fn an_invisible_layer_over_the_same_visible_text_is_left_out() {
        let mut s = sheet();
        set(&mut s, "MILLS TO REOPEN", 50.0, 100.0, 10.0, 0);
        let visible = s.runs.len();
        // The OCR layer: the same words, stretched a little, drawn invisibly on top.
        let mut x = 50.5;
        for ch in "MILLS TO REOPEN".chars() {
            s.push_char(ch, Ink { x, y: 100.2, size: 10.0, advance: 5.2, font: 0, invisible: true, stroked: false });
            x += 5.2;
        }
        let page = lay_out("t", &s);
        assert_eq!(texts(&page), ["MILLS TO REOPEN"]);
        let layout = page.layout.unwrap();
        assert_eq!(layout.hidden_copies, visible - 2, "every letter but the two spaces");
        assert!(layout.doubled.is_empty(), "not fake bold: {:?}", layout.doubled);
    }
}
