//! Property tests: the analysis never loses or invents a visible character.

mod common;

use broadsheet::document::Document;
use broadsheet::model::Page;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Visible characters, counted; hyphens apart (de-hyphenation removes some on purpose).
fn census(text: &str) -> BTreeMap<char, usize> {
    let mut out = BTreeMap::new();
    for c in text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{AD}' | '‐')) {
        *out.entry(c).or_insert(0) += 1;
    }
    out
}

/// Everything the export carries: kickers, headlines, decks, bylines not already in the
/// text, paragraphs and unassigned text.
fn exported_text(doc: &Document) -> String {
    let mut out = String::new();
    for a in doc.articles() {
        out.extend(a.kicker);
        out.extend(a.headline);
        out.extend(a.deck);
        let inline = a.byline.as_deref().is_some_and(|b| a.paragraphs.first().is_some_and(|p| p.text.starts_with(b)));
        if !inline {
            out.extend(a.byline);
        }
        for p in a.paragraphs {
            out.push_str(&p.text);
        }
    }
    for l in &doc.unassigned() {
        out.push_str(&l.text);
    }
    out
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[本报讯记者新华社电会议强调，。、“”（）0-9 ]{1,24}",
        "[A-Za-z ,.\\-—\"]{1,60}",
        "(By [A-Z][a-z]{2,8} [A-Z][a-z]{2,8})",
        "([A-Z]{3,9} —)[a-z ]{0,20}",
        "[0-9]{1,3}[月日]?",
        "[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+",
        "[市委会议召开]{2,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_character_is_lost_or_invented(lines in prop::collection::vec(line(), 1..40), double in 0usize..40) {
        let mut lines = lines;
        // Sometimes a fake-bold line: the same text twice.
        if let Some(l) = lines.get_mut(double) {
            *l = format!("{l}{l}");
        }
        let text = lines.join("\n");
        let doc = Document::new(Page::from_text("p", "UTF-8", &text));
        prop_assert_eq!(census(&exported_text(&doc)), census(&text));
        let hyphens = |s: &str| s.chars().filter(|c| matches!(c, '-' | '\u{AD}' | '‐')).count();
        prop_assert!(hyphens(&exported_text(&doc)) <= hyphens(&text));
    }
}

#[test]
fn real_pages_lose_nothing() {
    for (page, _) in common::scored_pages() {
        let doc = common::open(&page);
        let source: String = doc.page.lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        assert_eq!(census(&exported_text(&doc)), census(&source), "{}", page.display());
    }
}
