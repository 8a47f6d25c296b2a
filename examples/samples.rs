//! For studying the fit: every labelled sample as a tab-separated row (page, question,
//! first line, answer, features...), and the block's first line.
//!
//! `cargo run --release --example samples -- DIR... > samples.tsv`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dirs: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    for e in broadsheet::learn::examples(&dirs)? {
        for (ev, yes) in broadsheet::learn::samples(&e) {
            let values: Vec<String> = ev.values.iter().map(|v| format!("{v:.3}")).collect();
            let text: String = e.page.lines[ev.lines.0].text.chars().take(40).collect();
            println!(
                "{}\t{:?}\t{}\t{}\t{}\t{}",
                e.name,
                ev.question,
                ev.lines.0,
                u8::from(yes),
                values.join("\t"),
                text.replace('\t', " ")
            );
        }
    }
    Ok(())
}
