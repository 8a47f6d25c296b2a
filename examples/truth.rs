//! Prints each line of a page with what its expected result says (article, heading) and the
//! evidence of every candidate, for studying the fit.
//!
//! `cargo run --release --example truth -- DIR NAME`

use broadsheet::analyze::evidence::Question;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, name) = (std::path::PathBuf::from(&args[0]), &args[1]);
    let all = broadsheet::learn::examples(&[dir])?;
    let example = all.iter().find(|e| &e.name == name).ok_or("no such page")?;
    let truth = broadsheet::learn::align(&example.page, &example.expected);
    let candidates = broadsheet::analyze::candidates(&example.page).ok_or("not plain text")?;
    let weights = broadsheet::analyze::shipped_weights();
    for (i, line) in example.page.lines.iter().enumerate() {
        let article = truth.article[i].map_or("  -".to_owned(), |a| format!("{a:>3}"));
        let head = if truth.head[i] { "H" } else { " " };
        let mut notes = String::new();
        for unit in candidates.units.iter().filter(|u| candidates.nonblank[u.span.start] == i) {
            let lines = &candidates.nonblank[unit.span.clone()];
            let v = weights.judge(&unit.evidence);
            notes += &format!(" [unit {} lines truth {} {}]", lines.len(), truth.is_headline(lines), v.explain());
        }
        for (_, e) in candidates.blocks.iter().filter(|(f, _)| *f == i) {
            let v = weights.judge(e);
            notes += &format!(" [opens truth {:?} {}]", truth.opens(i), v.explain());
        }
        let text: String = line.text.chars().take(50).collect();
        println!("{:>4} {article}{head} {text:<50}{notes}", i + 1);
    }
    let _ = Question::ALL;
    let oracle = broadsheet::learn::document(&example.page, &truth);
    let got = broadsheet::score::PageFields::of_export(&broadsheet::export::Export::of(&oracle, None));
    println!("with the expected answers: {:?}", broadsheet::score::score(&example.expected, &got));
    Ok(())
}
