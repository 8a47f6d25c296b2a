//! The page's zones: where each article's text is printed, block by block, split where a
//! correction moved part of a block to another article; and the zones an article's outline
//! is drawn from, a column at a time.

use broadsheet::document::Document;
use broadsheet::model::{BBox, BlockKind, LineId};

/// A piece of the page in one article: a block, or the part of a block that a correction
/// gave to another article.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// Its first line.
    pub first: LineId,
    /// Its last line.
    pub last: LineId,
    /// Where it is printed, in page points.
    pub bbox: BBox,
    /// Its article: index into the sidebar's list.
    pub article: Option<usize>,
    /// What the layout found the block to be.
    pub kind: BlockKind,
}

/// The zones of the page as the document stands: each block split where its lines change
/// article (`line_article`: index into the article list of each line's article).
pub fn zones(doc: &Document, line_article: &[Option<usize>]) -> Vec<Zone> {
    let Some(layout) = &doc.page.layout else { return Vec::new() };
    let mut out = Vec::new();
    for block in &layout.blocks {
        let start = out.len();
        for line in block.lines() {
            let article = line_article.get(line.index()).copied().flatten();
            let bbox = doc.page.line(line).and_then(|l| l.bbox_in_page).unwrap_or(block.bbox);
            let continues = out.len() > start && out.last().is_some_and(|z: &Zone| z.article == article);
            match out.last_mut().filter(|_| continues) {
                Some(zone) => {
                    zone.last = line;
                    zone.bbox = zone.bbox.union(bbox);
                }
                None => out.push(Zone { first: line, last: line, bbox, article, kind: block.kind }),
            }
        }
        // A block in one piece is drawn with the block's own box.
        if out.len() == start + 1
            && let Some(zone) = out.last_mut()
        {
            zone.bbox = block.bbox;
        }
    }
    out
}

/// Consecutive zones of one article that continue down one column, as one box each:
/// `(article, box)`. Unassigned zones are left out.
pub fn column_runs(zones: &[Zone], body_size: f32) -> Vec<(usize, BBox)> {
    // Farther apart than a couple of body lines is another piece of the article.
    let gap = body_size.max(4.0) * 2.5;
    let mut runs: Vec<(usize, BBox)> = Vec::new();
    for zone in zones {
        let Some(article) = zone.article else { continue };
        let b = zone.bbox;
        let continues = runs.last().is_some_and(|&(a, run)| {
            // The same column: a headline across three columns is not continued by one of them.
            let overlap = run.x_overlap(b) >= 0.6 * run.width().max(b.width());
            a == article && overlap && b.y0 >= run.y1 - gap && b.y0 - run.y1 <= gap
        });
        match runs.last_mut().filter(|_| continues) {
            Some((_, run)) => *run = run.union(b),
            None => runs.push((article, b)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use broadsheet::model::Page;

    fn bbox(x0: f32, y0: f32, x1: f32, y1: f32) -> BBox {
        BBox { x0, y0, x1, y1 }
    }

    fn zone(article: usize, b: BBox) -> Zone {
        Zone { first: LineId(0), last: LineId(0), bbox: b, article: Some(article), kind: BlockKind::Body }
    }

    #[test]
    fn a_column_continues_down_but_not_under_a_wide_headline() {
        let zones = [
            zone(0, bbox(10.0, 10.0, 310.0, 40.0)),    // headline across three columns
            zone(0, bbox(10.0, 45.0, 105.0, 200.0)),   // first column
            zone(0, bbox(10.0, 205.0, 105.0, 400.0)),  // first column, further down
            zone(0, bbox(110.0, 45.0, 205.0, 400.0)),  // second column
            zone(1, bbox(110.0, 405.0, 205.0, 500.0)), // another article below it
        ];
        let runs = column_runs(&zones, 9.0);
        assert_eq!(
            runs,
            vec![
                (0, bbox(10.0, 10.0, 310.0, 40.0)),
                (0, bbox(10.0, 45.0, 105.0, 400.0)),
                (0, bbox(110.0, 45.0, 205.0, 400.0)),
                (1, bbox(110.0, 405.0, 205.0, 500.0)),
            ]
        );
    }

    #[test]
    fn a_block_split_by_a_correction_gives_a_zone_per_article() {
        // Read from JSON rather than built field by field: the model may gain fields.
        let lines: Vec<serde_json::Value> = (0..4)
            .map(|i| {
                let y = 10.0 + 12.0 * f64::from(i);
                serde_json::json!({
                    "id": i, "text": format!("line {i}"), "font_size_pt": 10.0,
                    "bbox_in_page": {"x0": 10.0, "y0": y, "x1": 100.0, "y1": y + 10.0},
                })
            })
            .collect();
        let page = serde_json::json!({
            "name": "p.pdf", "encoding": "PDF", "lines": lines,
            "layout": {
                "width": 200.0, "height": 200.0, "body_size": 10.0, "page_index": 0, "page_count": 1,
                "blocks": [{
                    "first": 0, "end": 4, "bbox": {"x0": 8.0, "y0": 8.0, "x1": 102.0, "y1": 58.0},
                    "kind": "body", "zone": 0,
                }],
                "figures": [], "rules": [], "doubled": [],
            },
        });
        let page: Page = serde_json::from_value(page).expect("a page with a layout");
        let doc = Document::new(page);
        let whole = zones(&doc, &[Some(0), Some(0), Some(0), Some(0)]);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].bbox, bbox(8.0, 8.0, 102.0, 58.0), "a block in one piece keeps its box");
        let split = zones(&doc, &[Some(0), Some(0), Some(1), None]);
        let pieces: Vec<(u32, u32, Option<usize>)> = split.iter().map(|z| (z.first.0, z.last.0, z.article)).collect();
        assert_eq!(pieces, vec![(0, 1, Some(0)), (2, 2, Some(1)), (3, 3, None)]);
        assert_eq!(split[0].bbox, bbox(10.0, 10.0, 100.0, 32.0), "the lines' boxes");
    }
}
