//! Decode + analysis of the shared page, from memory, and the analysis alone; and of the page repeated 100 times,
//! to show the analysis stays linear in page size; and of a million one-character lines.

use broadsheet::analyze::analyze;
use broadsheet::document::Document;
use broadsheet::import::decode_text;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

fn page_bytes() -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/pages/zh-xining-news.txt");
    let fallback = root.join("assets/pages/zh-huanghe-daily.txt");
    std::fs::read(&shared).or_else(|_| std::fs::read(&fallback)).expect("a page to benchmark")
}

fn bench(c: &mut Criterion) {
    let bytes = page_bytes();
    c.bench_function("analyze", |b| {
        b.iter(|| {
            let page = decode_text("page.txt", black_box(&bytes)).expect("decodes");
            black_box(analyze(&page))
        })
    });
    // The analysis alone, on a page decoded once.
    let decoded = decode_text("page.txt", &bytes).expect("decodes");
    c.bench_function("analyze_decoded", |b| b.iter(|| black_box(analyze(black_box(&decoded)))));
    c.bench_function("analyze_and_assemble", |b| {
        b.iter(|| {
            let page = decode_text("page.txt", black_box(&bytes)).expect("decodes");
            black_box(Document::new(page).articles())
        })
    });
    let mut big = Vec::new();
    for _ in 0..100 {
        big.extend_from_slice(&bytes);
        big.extend_from_slice(b"\n");
    }
    let mut group = c.benchmark_group("linear");
    group.sample_size(20);
    group.bench_function("analyze_100x", |b| {
        b.iter(|| {
            let page = decode_text("page.txt", black_box(&big)).expect("decodes");
            black_box(analyze(&page))
        })
    });
    // The hostile case of issue 11: a million one-character lines (was quadratic).
    let million: Vec<u8> = (0..1_000_000).flat_map(|i| [b'a' + (i % 26) as u8, b'\n']).collect();
    group.sample_size(10);
    group.bench_function("analyze_1m_lines", |b| {
        b.iter(|| {
            let page = decode_text("page.txt", black_box(&million)).expect("decodes");
            black_box(analyze(&page))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
