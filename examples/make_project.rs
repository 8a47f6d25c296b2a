//! Writes a project for a page after a scripted split and merge: `make_project PAGE OUT`.
use broadsheet::edit::{Edit, History};
use broadsheet::model::LineId;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(page), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: make_project PAGE OUT.broadsheet.ron");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&page).unwrap_or_default();
    let Ok(page_text) = broadsheet::import::decode_text(&page, &bytes) else {
        eprintln!("cannot import {page}");
        std::process::exit(1);
    };
    let mut doc = broadsheet::document::Document::new(page_text);
    let mut history = History::new();
    let _ = history.apply(&mut doc, &Edit::Split { at: LineId(8) });
    let ids = doc.article_ids();
    if ids.len() > 5 {
        let _ = history.apply(&mut doc, &Edit::Merge { first: ids[4], second: ids[5] });
    }
    if let Err(e) = broadsheet::project::save(&doc, std::path::Path::new(&page), std::path::Path::new(&out)) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
