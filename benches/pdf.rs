//! PDF pages side by side with poppler's `pdftotext` in one run: import (hayro) + layout +
//! analysis + article assembly, against `pdftotext` extracting the same page's text; and the
//! render of a page at 150 dpi.
//!
//! The pages: the Evening Star scan with its OCR layer (../shared), and a generated Chinese
//! e-paper page (tests/pdf/make_pages.py, when typst is installed).

use broadsheet::document::Document;
use broadsheet::import::PdfFile;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

fn pages() -> Vec<(String, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![("evening-star".to_owned(), root.join("../shared/pages/en-evening-star-1920-11-15.pdf"))];
    let generated = root.join("target/bench-pdf");
    let made = generated.join("zh-pdf-identity.pdf").exists()
        || Command::new("python3")
            .arg(root.join("tests/pdf/make_pages.py"))
            .arg(&generated)
            .status()
            .is_ok_and(|s| s.success());
    if made {
        out.push(("zh-pdf-identity".to_owned(), generated.join("zh-pdf-identity.pdf")));
    }
    out.retain(|(_, p)| p.exists());
    out
}

fn pdftotext(path: &Path) -> Option<Vec<u8>> {
    Command::new("pdftotext").arg(path).arg("-").output().ok().filter(|o| o.status.success()).map(|o| o.stdout)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("pdf");
    group.sample_size(30);
    for (name, path) in pages() {
        let bytes = std::fs::read(&path).expect("the page");
        group.bench_function(format!("broadsheet_import_analyze/{name}"), |b| {
            b.iter(|| {
                let file = PdfFile::open("page.pdf", black_box(bytes.clone())).expect("opens");
                let doc = Document::new(file.page(0).expect("reads"));
                black_box(doc.articles())
            })
        });
        if pdftotext(&path).is_some() {
            group.bench_function(format!("pdftotext/{name}"), |b| b.iter(|| black_box(pdftotext(&path))));
        }
    }
    group.finish();
    let mut group = c.benchmark_group("pdf_render");
    group.sample_size(10);
    for (name, path) in pages() {
        let file = PdfFile::open("page.pdf", std::fs::read(&path).expect("the page")).expect("opens");
        group.bench_function(format!("150dpi/{name}"), |b| {
            b.iter(|| black_box(file.render(0, 150.0 / 72.0, None).expect("renders")))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
