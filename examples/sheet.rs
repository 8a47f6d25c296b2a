//! Prints the runs of a PDF page's sheet (text, x, baseline, size, advance), for making
//! hand-made test sheets from real files.
//!
//! `cargo run --release --example sheet -- PAGE.pdf [PAGE_NUMBER]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: sheet PAGE.pdf [PAGE_NUMBER]")?;
    let number: usize = args.get(1).map_or(Ok(1), |n| n.parse())?;
    let file = broadsheet::import::PdfFile::open(path, std::fs::read(path)?)?;
    let sheet = file.sheet(number.max(1) - 1)?;
    println!("page {} x {} pt, {} runs", sheet.width, sheet.height, sheet.runs.len());
    for run in &sheet.runs {
        println!("{:?} x {} y {} size {} advance {}", sheet.text_of(run), run.x, run.y, run.size, run.advance);
    }
    Ok(())
}
