//! CPU time of one frame of the window on the shared page, through a headless egui
//! context: layout and tessellation, everything but the GPU.

#[allow(dead_code, unused_imports)]
#[path = "../src/app/mod.rs"]
mod app;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    let page = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/pages/zh-xining-news.txt");
    let page = page.exists().then_some(page);
    let ctx = egui::Context::default();
    let mut state: Option<app::BroadsheetApp> = None;
    let mut frame = |ctx: &egui::Context| {
        let output = ctx.run_ui(input(), |ui| {
            state.get_or_insert_with(|| app::BroadsheetApp::for_page(ui.ctx(), page.clone())).window_ui(ui);
        });
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    // Settle: fonts load, glyphs are rasterised, layout caches fill.
    for _ in 0..5 {
        frame(&ctx);
    }
    c.bench_function("frame_shared_page", |b| b.iter(|| black_box(frame(&ctx))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
