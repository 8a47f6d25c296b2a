//! Applying and undoing one correction on the shared page (a split, then its undo), and
//! the articles re-assembled after it, as the window does after every edit.

use broadsheet::document::Document;
use broadsheet::edit::{Edit, History};
use broadsheet::import::decode_text;
use broadsheet::model::LineId;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

fn document() -> Document {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(root.join("../shared/pages/zh-xining-news.txt"))
        .or_else(|_| std::fs::read(root.join("assets/pages/zh-huanghe-daily.txt")))
        .expect("a page to benchmark");
    Document::new(decode_text("page.txt", &bytes).expect("decodes"))
}

fn bench(c: &mut Criterion) {
    let mut doc = document();
    let mut history = History::new();
    let split = Edit::Split { at: LineId(8) };
    c.bench_function("edit_apply_and_undo", |b| {
        b.iter(|| {
            history.apply(&mut doc, black_box(&split)).expect("applies");
            history.undo(&mut doc).expect("undoes");
        })
    });
    c.bench_function("edit_apply_undo_reassemble", |b| {
        b.iter(|| {
            history.apply(&mut doc, black_box(&split)).expect("applies");
            black_box(doc.articles());
            history.undo(&mut doc).expect("undoes");
            black_box(doc.articles())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
