//! Runs the analysis in a loop, for profiling: `profile PAGE [REPEAT] [ITERATIONS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "../shared/pages/zh-xining-news.txt".into());
    let repeat: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let iterations: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let one = std::fs::read(&path).unwrap_or_default();
    let mut bytes = Vec::new();
    for _ in 0..repeat {
        bytes.extend_from_slice(&one);
        bytes.push(b'\n');
    }
    let mut n = 0;
    for _ in 0..iterations {
        if let Ok(page) = broadsheet::import::decode_text("p", &bytes) {
            n += broadsheet::analyze::analyze(&page).gaps.len();
        }
    }
    println!("{n}");
}
