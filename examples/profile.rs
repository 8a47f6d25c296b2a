fn main() {
    let bytes = std::fs::read("../shared/pages/zh-xining-news.txt").unwrap();
    let mut n = 0;
    for _ in 0..2000 {
        let page = broadsheet::import::decode_text("p", &bytes).unwrap();
        n += broadsheet::analyze::analyze(&page).gaps.len();
    }
    println!("{n}");
}
