//! Prints a PDF page's blocks as the layout sees them: kind, zone, size, box, first line.
//!
//! `cargo run --release --example blocks -- PAGE.pdf [PAGE_NUMBER] [--lines]`
//!
//! With `--lines`, every line of each block follows it, with its box.

use broadsheet::import::PdfFile;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let all: Vec<String> = std::env::args().skip(1).collect();
    let show_lines = all.iter().any(|a| a == "--lines");
    let mut args = all.into_iter().filter(|a| a != "--lines");
    let path = args.next().ok_or("usage: blocks PAGE.pdf [PAGE_NUMBER]")?;
    let number: usize = args.next().map_or(Ok(1), |n| n.parse())?;
    let file = PdfFile::open(&path, std::fs::read(&path)?)?;
    let page = file.page(number.max(1) - 1)?;
    let layout = page.layout.as_ref().ok_or("no layout")?;
    println!("page {} x {} pt, body size {:.2} pt", layout.width, layout.height, layout.body_size);
    if show_lines {
        for r in &layout.rules {
            println!("rule x {:>6.1}..{:<6.1} y {:>6.1}..{:<6.1}", r.x0, r.x1, r.y0, r.y1);
        }
        for f in &layout.figures {
            println!("figure x {:>6.1}..{:<6.1} y {:>6.1}..{:<6.1}", f.x0, f.x1, f.y0, f.y1);
        }
    }
    for b in &layout.blocks {
        let first = &page.lines[b.first.index()];
        println!(
            "{:>4}-{:<4} {:<9} zone {:<4} {:>5.1}pt  x {:>6.1}..{:<6.1} y {:>6.1}..{:<6.1} {:<22} {}",
            b.first.number(),
            b.end.0,
            format!("{:?}", b.kind),
            b.zone.map_or("-".to_owned(), |z| z.to_string()),
            first.font_size_pt.unwrap_or(0.0),
            b.bbox.x0,
            b.bbox.x1,
            b.bbox.y0,
            b.bbox.y1,
            b.rule.name(),
            first.text.chars().take(40).collect::<String>()
        );
        if show_lines {
            for line in &page.lines[b.first.index()..b.end.index()] {
                let Some(bbox) = line.bbox_in_page else { continue };
                println!(
                    "             {:>4} x {:>6.1}..{:<6.1} y {:>6.1}..{:<6.1} {}",
                    line.id.number(),
                    bbox.x0,
                    bbox.x1,
                    bbox.y0,
                    bbox.y1,
                    line.text
                );
            }
        }
    }
    Ok(())
}
