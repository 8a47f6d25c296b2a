//! PDF import: the real digitised page in ../shared (OCR layer) against its ALTO file, and
//! the generated test pages (tests/pdf/make_pages.py) against their expected results.

use broadsheet::import::{ImportError, PdfFile};
use broadsheet::model::{BBox, Page};
use regex::Regex;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/pages")
}

/// An ALTO TextBlock: its id and the boxes of its lines, in page points.
struct AltoBlock {
    lines: Vec<BBox>,
}

/// Reads the TextBlocks of an ALTO file (in its reading order), lines scaled to points.
fn alto_blocks(xml: &str, scale: f32) -> Vec<AltoBlock> {
    let tag = Regex::new(r#"<(TextBlock|TextLine)\b([^>]*)>"#).unwrap();
    let attr = |attrs: &str, name: &str| -> f32 {
        let re = Regex::new(&format!(r#"\b{name}="([0-9.]+)""#)).unwrap();
        re.captures(attrs).and_then(|c| c[1].parse().ok()).unwrap_or(0.0)
    };
    let mut blocks: Vec<AltoBlock> = Vec::new();
    for c in tag.captures_iter(xml) {
        let attrs = &c[2];
        if &c[1] == "TextBlock" {
            blocks.push(AltoBlock { lines: Vec::new() });
            continue;
        }
        let (x, y, w, h) = (attr(attrs, "HPOS"), attr(attrs, "VPOS"), attr(attrs, "WIDTH"), attr(attrs, "HEIGHT"));
        if let Some(b) = blocks.last_mut() {
            b.lines.push(BBox { x0: x * scale, y0: y * scale, x1: (x + w) * scale, y1: (y + h) * scale });
        }
    }
    blocks
}

/// For each of our non-blank lines in page order, the ALTO (block, line) whose line box
/// holds its centre.
fn alto_sequence(page: &Page, blocks: &[AltoBlock]) -> Vec<(usize, usize)> {
    let mut seq = Vec::new();
    for line in &page.lines {
        let Some(b) = line.bbox_in_page else { continue };
        let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
        let found = blocks
            .iter()
            .enumerate()
            .find_map(|(k, blk)| blk.lines.iter().position(|l| l.contains(cx, cy)).map(|i| (k, i)));
        if let Some(found) = found {
            seq.push(found);
        }
    }
    seq
}

/// How our order reads against ALTO's: the runs of consecutive lines within one ALTO block
/// (a column here), the share of lines in runs of 3 lines or more, and the share of steps
/// inside a run that go down ALTO's own line order. Interleaved columns give runs of one
/// line; reading a column bottom-up or out of order gives backward steps.
struct OrderFigures {
    runs: usize,
    in_long_runs: f32,
    forward_in_runs: f32,
}

fn order_figures(seq: &[(usize, usize)]) -> OrderFigures {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut last = usize::MAX;
    for &(block, line) in seq {
        if block != last {
            runs.push(Vec::new());
            last = block;
        }
        runs.last_mut().unwrap().push(line);
    }
    let long: usize = runs.iter().filter(|r| r.len() >= 3).map(Vec::len).sum();
    let steps: usize = runs.iter().map(|r| r.len().saturating_sub(1)).sum();
    let forward: usize = runs.iter().map(|r| r.windows(2).filter(|w| w[1] >= w[0]).count()).sum();
    OrderFigures {
        runs: runs.len(),
        in_long_runs: long as f32 / seq.len().max(1) as f32,
        forward_in_runs: forward as f32 / steps.max(1) as f32,
    }
}

#[test]
fn the_evening_star_ocr_page_imports_and_reads_column_by_column() {
    let pdf = shared().join("en-evening-star-1920-11-15.pdf");
    let alto = shared().join("en-evening-star-1920-11-15.alto.xml");
    let file = PdfFile::open("evening-star.pdf", std::fs::read(&pdf).unwrap()).unwrap();
    let page = file.page(0).unwrap();
    let nonblank = page.lines.iter().filter(|l| !l.text.trim().is_empty()).count();
    assert!(nonblank > 1000, "only {nonblank} lines read from the OCR layer");
    let (w, _) = file.page_size(0).unwrap();
    let xml = std::fs::read_to_string(&alto).unwrap();
    let page_width: f32 = Regex::new(r#"<Page [^>]*WIDTH="([0-9]+)""#).unwrap().captures(&xml).unwrap()[1].parse().unwrap();
    let blocks = alto_blocks(&xml, w / page_width);
    let seq = alto_sequence(&page, &blocks);
    let f = order_figures(&seq);
    if std::env::var_os("BROADSHEET_DEBUG_ORDER").is_some() {
        let texts: Vec<&str> = page.lines.iter().filter(|l| l.bbox_in_page.is_some()).map(|l| l.text.as_str()).collect();
        for (k, w) in seq.windows(2).enumerate() {
            if w[0].0 == w[1].0 && w[1].1 < w[0].1 {
                eprintln!("back {:?} -> {:?}: {:?} -> {:?}", w[0], w[1], texts.get(k), texts.get(k + 1));
            }
        }
    }
    eprintln!(
        "evening star: {} of our {nonblank} lines fall in ALTO lines of {} blocks; {} runs; {:.1}% of lines in runs of 3+; {:.1}% of steps in a run follow ALTO's line order",
        seq.len(),
        blocks.len(),
        f.runs,
        100.0 * f.in_long_runs,
        100.0 * f.forward_in_runs
    );
    assert!(seq.len() * 10 >= nonblank * 8, "most lines fall in an ALTO line: {} of {nonblank}", seq.len());
    assert!(f.in_long_runs >= 0.9, "columns interleaved: {:.1}% of lines in runs of 3+", 100.0 * f.in_long_runs);
    assert!(f.forward_in_runs >= 0.95, "columns read out of order: {:.1}% forward", 100.0 * f.forward_in_runs);
}

#[test]
fn bad_pdfs_give_clear_errors() {
    let err = PdfFile::open("x.pdf", b"%PDF-1.4\n%%EOF".to_vec()).unwrap_err();
    assert!(matches!(err, ImportError::DamagedPdf), "{err}");
    let file = PdfFile::open("x.pdf", std::fs::read(shared().join("en-evening-star-1920-11-15.pdf")).unwrap()).unwrap();
    let err = file.page(3).unwrap_err();
    assert_eq!(err.to_string(), "there is no page 4: the file has 1 page(s)");
}
