//! For studying the fit: the corpus scored with the expected answers standing in for one
//! question at a time (the shipped weights answer the others).
//!
//! `cargo run --release --example oracle -- DIR...`

use broadsheet::analyze::evidence::{Evidence, Judge, Question, Verdict};
use broadsheet::learn::Truth;

struct Mixed<'a> {
    truth: &'a Truth,
    oracle: Option<Question>,
}

impl Judge for Mixed<'_> {
    fn judge(&self, e: &Evidence) -> Verdict {
        if Some(e.question) == self.oracle || self.oracle.is_none() {
            self.truth.judge(e)
        } else {
            broadsheet::analyze::shipped_weights().judge(e)
        }
    }

    fn for_print(&self) -> &dyn Judge {
        self
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dirs: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let all = broadsheet::learn::examples(&dirs)?;
    let cases = [
        ("all expected", None, true),
        ("opens", Some(Question::Opens), true),
        ("headline", Some(Question::Headline), true),
        ("matches", Some(Question::Matches), true),
        ("none", None, false),
    ];
    for (label, oracle, use_truth) in cases {
        let (mut seg, mut heads, mut want) = (0.0, 0, 0);
        for e in &all {
            let truth = broadsheet::learn::align(&e.page, &e.expected);
            let doc = if use_truth {
                broadsheet::learn::document(&e.page, &Mixed { truth: &truth, oracle })
            } else {
                broadsheet::learn::document(&e.page, broadsheet::analyze::shipped_weights())
            };
            let got = broadsheet::score::PageFields::of_export(&broadsheet::export::Export::of(&doc, None));
            let s = broadsheet::score::score(&e.expected, &got);
            seg += s.seg_f1;
            heads += s.headline;
            want += s.expected;
        }
        println!("{label:<14} seg_f1 {:.3} headline {heads}/{want}", seg / all.len() as f64);
    }
    Ok(())
}
