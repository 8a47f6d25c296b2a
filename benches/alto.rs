//! ALTO pages side by side with `xmllint --noout` in one run: import (quick-xml) + layout +
//! analysis + article assembly, against libxml2 merely parsing the same file.
//!
//! The pages: the Evening Star's ALTO file (../shared/pages) and the largest page of the real
//! corpus (../shared/corpus).

use broadsheet::document::Document;
use broadsheet::import::alto::read_alto;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

fn pages() -> Vec<(String, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![("evening-star".to_owned(), root.join("../shared/pages/en-evening-star-1920-11-15.alto.xml"))];
    let corpus = root.join("../shared/corpus");
    let largest = std::fs::read_dir(&corpus)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".alto.xml"))
        .max_by_key(|p| p.metadata().map(|m| m.len()).unwrap_or(0));
    out.extend(largest.map(|p| ("corpus-largest".to_owned(), p)));
    out.retain(|(_, p)| p.exists());
    out
}

fn xmllint(path: &Path) -> bool {
    Command::new("xmllint").arg("--noout").arg(path).status().is_ok_and(|s| s.success())
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("alto");
    group.sample_size(30);
    for (name, path) in pages() {
        let bytes = std::fs::read(&path).expect("the page");
        group.bench_function(format!("broadsheet_import_analyze/{name}"), |b| {
            b.iter(|| {
                let page = read_alto("page.alto.xml", black_box(&bytes)).expect("reads");
                black_box(Document::new(page).articles())
            })
        });
        if xmllint(&path) {
            group.bench_function(format!("xmllint_noout/{name}"), |b| b.iter(|| black_box(xmllint(&path))));
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
