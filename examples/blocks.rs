//! Prints a PDF page's blocks as the layout sees them: kind, zone, size, box, first line.
//!
//! `cargo run --release --example blocks -- PAGE.pdf [PAGE_NUMBER]`

use broadsheet::import::PdfFile;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: blocks PAGE.pdf [PAGE_NUMBER]")?;
    let number: usize = args.next().map_or(Ok(1), |n| n.parse())?;
    let file = PdfFile::open(&path, std::fs::read(&path)?)?;
    let page = file.page(number.max(1) - 1)?;
    let layout = page.layout.as_ref().ok_or("no layout")?;
    println!("page {} x {} pt, body size {:.2} pt", layout.width, layout.height, layout.body_size);
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
    }
    Ok(())
}
