//! Analysis: from a page's lines to labelled lines, recorded decisions and articles.
//!
//! The phases, each a module: [`features`] of single lines, column widths, [`segment`]
//! into headline units and article bodies, [`headline`] matching, and [`reflow`]
//! decisions at every line boundary. Every decision carries the [`Rule`] that made it.

pub mod evidence;
mod geometry;
pub mod headline;
mod plain;
pub mod reflow;
pub mod segment;
mod thresholds;

use crate::model::{Analysis, Article, Decision, Gap, Joiner, Leftover, LineId, LineLabel, Page, Role, Rule};
use crate::text::features::LineFeatures;
pub use evidence::Weights;
use reflow::{Column, LazyWords};
use std::sync::LazyLock;
use thresholds::*;

/// Analyses a page: articles, roles, and a decision at every line boundary.
///
/// ```
/// let page = broadsheet::model::Page::from_text("p", "UTF-8", "本报讯（记者 甲）今天，\n天气很好。");
/// let analysis = broadsheet::analyze::analyze(&page);
/// assert_eq!(analysis.articles.len(), 1);
/// assert_eq!(analysis.gaps[0].rule, broadsheet::model::Rule::CjkSegmentBreak);
/// ```
pub fn analyze(page: &Page) -> Analysis {
    analyze_with(page, shipped_weights())
}

/// The evidence weights Broadsheet ships (`src/analyze/weights.ron`, fitted on real pages by
/// `broadsheet fit`).
pub fn shipped_weights() -> &'static Weights {
    static WEIGHTS: LazyLock<Weights> =
        LazyLock::new(|| ron::from_str(include_str!("weights.ron")).unwrap_or_default());
    &WEIGHTS
}

/// Analyses a page, weighing the evidence with `weights` where it decides.
pub fn analyze_with(page: &Page, weights: &dyn evidence::Judge) -> Analysis {
    let feats = line_features(page);
    match &page.layout {
        Some(layout) if !layout.stated_order => geometry::analyze(page, layout, feats),
        _ => plain::analyze(page, feats, weights),
    }
}

/// Whether the page's articles are found from its text (plain text, or an OCR file in its
/// stated order) rather than from a PDF's geometry.
fn read_as_text(page: &Page) -> bool {
    page.layout.as_ref().is_none_or(|l| l.stated_order)
}

/// The places where evidence decides on a plain-text page, with their evidence (none on a
/// page with a layout): what a model is fitted on.
pub fn candidates(page: &Page) -> Option<segment::Candidates> {
    read_as_text(page).then(|| plain::candidates(page, &line_features(page)))
}

/// Every headline unit of a plain-text page with every article it may head, on the
/// segmentation `judge` makes (none on a page with a layout): what the matching is fitted on.
pub fn pairs(page: &Page, judge: &dyn evidence::Judge) -> Vec<headline::Pair> {
    if !read_as_text(page) {
        return Vec::new();
    }
    plain::pairs(page, &line_features(page), judge)
}

fn line_features(page: &Page) -> Vec<LineFeatures> {
    let mut feats: Vec<LineFeatures> =
        page.lines.iter().map(|l| LineFeatures { soft_hyphen: l.soft_hyphen, ..LineFeatures::of(&l.text) }).collect();
    // A number alone at the page's top or foot is its page number, not digits split off a line.
    let edges = [feats.iter().position(|f| !f.blank), feats.iter().rposition(|f| !f.blank)];
    for i in edges.into_iter().flatten() {
        let text = page.lines[i].text.trim().trim_matches(|c: char| matches!(c, '-' | '—' | '–' | ' '));
        if (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
            feats[i].furniture = true;
            feats[i].fragment = false;
        }
    }
    // A credit whose digits were split onto the next lines ("新华社上海10月" / "8" / "日电…")
    // still opens an article.
    for i in 0..feats.len().saturating_sub(1) {
        if feats[i].dateline.is_none() && feats[i].dateline_prefix && feats[i + 1].fragment {
            feats[i].dateline = Some(0);
        }
    }
    feats
}

/// The last steps of either analysis: a non-blank line that ended up nowhere is reported,
/// never dropped; then a decision at every line boundary.
fn finish(
    page: &Page,
    labels: Vec<LineLabel>,
    mut leftovers: Vec<Leftover>,
    (texts, feats, column): (&[&str], &[LineFeatures], &[usize]),
    articles: Vec<Article>,
) -> Analysis {
    let mut reported = vec![false; labels.len()];
    for l in leftovers.iter().filter(|l| !l.rule.reports_a_copy()) {
        reported[l.line.index()] = true;
    }
    for (i, label) in labels.iter().enumerate() {
        if label.role != Role::Blank && label.article.is_none() && !reported[i] {
            leftovers.push(Leftover { line: LineId(i as u32), text: texts[i].to_owned(), rule: Rule::NoArticle });
        }
    }
    leftovers.sort_by_key(|l| l.line);
    let words = LazyWords::new(&page.lines);
    let indenting = indenting_articles(feats, &labels, articles.len());
    let gaps = decide_gaps(&labels, texts, feats, (column, &indenting), &articles, &words);
    Analysis { labels, gaps, articles, leftovers }
}

/// Articles that mark paragraphs by indenting (seen twice after a sentence end, no blank),
/// indexed by article id.
fn indenting_articles(feats: &[LineFeatures], labels: &[LineLabel], articles: usize) -> Vec<bool> {
    let mut indents = vec![0usize; articles + 1];
    for i in 1..feats.len() {
        let after_sentence = !feats[i - 1].blank && feats[i - 1].ends_sentence;
        if feats[i].indent
            && !feats[i].blank
            && after_sentence
            && let Some(slot) = labels[i].article.and_then(|id| indents.get_mut(id.0 as usize))
        {
            *slot += 1;
        }
    }
    indents.iter().map(|&n| n >= INDENTS_SEEN).collect()
}

/// A decision for every pair of consecutive non-blank lines.
fn decide_gaps(
    labels: &[LineLabel],
    texts: &[&str],
    feats: &[LineFeatures],
    (column, indenting): (&[usize], &[bool]),
    articles: &[Article],
    words: &LazyWords,
) -> Vec<Gap> {
    let nonblank: Vec<usize> = (0..labels.len()).filter(|&i| !feats[i].blank).collect();
    let mut gaps = Vec::with_capacity(nonblank.len());
    for pair in nonblank.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (la, lb) = (&labels[a], &labels[b]);
        let (decision, rule) = if la.article != lb.article {
            (Decision::ArticleBoundary, boundary_rule(b, lb, articles, feats[b].furniture))
        } else if la.role == Role::Body && lb.role == Role::Body {
            let runs_on = feats.get(b + 1).is_some_and(|n| !n.blank && !n.fragment);
            let below_starts_short = runs_on && !feats[b].fragment && feats[b].width + LOST_INDENT_CELLS <= column[b];
            let page_indents = la.article.is_some_and(|id| indenting.get(id.0 as usize).copied().unwrap_or(false));
            let column = Column { width: column[a], below_starts_short, page_indents };
            reflow::decide((texts[a], &feats[a]), (texts[b], &feats[b]), b - a - 1, column, words)
        } else if la.role == Role::Headline && lb.role == Role::Headline && feats[a].cjk {
            (Decision::Join(Joiner::Space), Rule::HeadlineParts)
        } else if la.role == Role::Headline && lb.role == Role::Headline {
            let (joiner, rule) = reflow::joiner(texts[a], texts[b], &feats[a], &feats[b], words);
            (Decision::Join(joiner), rule)
        } else if la.role == Role::Headline && lb.role == Role::Deck {
            // Printed with the headline, or a unit of its own that followed it above the story.
            let rule = if b == a + 1 { Rule::DeckWithHeadline } else { Rule::DeckFollowsHeadline };
            (Decision::Separate, rule)
        } else if la.role == lb.role && la.role == Role::Deck {
            (Decision::Join(Joiner::Space), Rule::DeckWithHeadline)
        } else {
            (Decision::Separate, Rule::RoleChange)
        };
        gaps.push(Gap { above: LineId(a as u32), below: LineId(b as u32), decision, rule });
    }
    gaps
}

/// Why the line below an article boundary belongs where it does.
fn boundary_rule(below: usize, label: &LineLabel, articles: &[Article], furniture: bool) -> Rule {
    if furniture {
        return Rule::PageFurniture;
    }
    let Some(id) = label.article else {
        return if label.role == Role::Headline { Rule::UnmatchedHeadline } else { Rule::ArticleChange };
    };
    let Some(article) = articles.get(id.0 as usize - 1) else { return Rule::ArticleChange };
    if article.start.index() == below {
        article.start_rule
    } else if matches!(label.role, Role::Headline | Role::Deck) {
        article.headline_choice.map_or(Rule::ArticleChange, |c| c.rule)
    } else {
        Rule::ArticleChange
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ArticleId;

    fn run(text: &str) -> Analysis {
        analyze(&Page::from_text("t", "UTF-8", text))
    }

    fn starts(a: &Analysis) -> Vec<Rule> {
        a.articles.iter().map(|a| a.start_rule).collect()
    }

    #[test]
    fn datelines_start_articles() {
        let a = run("本报讯（记者 甲）今天，天气很好。\n\n本报讯（记者 乙）昨天，下雨了。");
        assert_eq!(starts(&a), [Rule::Dateline, Rule::Dateline]);
        let doc = crate::document::Document::new(Page::from_text("t", "UTF-8", "本报讯（记者 甲）今天，天气很好。"));
        assert_eq!(doc.articles()[0].byline.as_deref(), Some("本报讯（记者 甲）"));
    }

    #[test]
    fn headline_above_and_byline_start_articles() {
        let text = "Council Approves Bridge\n\nThe council voted on Monday.\n\nFire Destroys Old Mill\nBy JANE DOE\n\nFlames rose over the river on Sunday night.";
        let a = run(text);
        assert_eq!(starts(&a), [Rule::HeadlineAbove, Rule::BylineLine]);
        assert_eq!(a.labels[0].role, Role::Headline);
        assert_eq!(a.labels[5].role, Role::Byline);
        assert_eq!(a.labels[4].article, Some(ArticleId(2)));
    }

    #[test]
    fn a_long_sentence_case_headline_above_a_dateline() {
        let text = "the board will decide next year whether to apply for another state grant.\n\nCalifornia expands rebates for home battery systems\n\n    SACRAMENTO, Calif. (AP) — California regulators on Thursday expanded a\nrebate program for home battery systems, hoping to ease the strain.";
        let a = run(text);
        assert_eq!(starts(&a), [Rule::PageStart, Rule::Dateline]);
        assert_eq!(a.labels[2].role, Role::Headline);
        assert_eq!(a.labels[2].article, Some(ArticleId(2)));
    }

    #[test]
    fn a_credit_split_by_digit_fragments_still_starts_an_article() {
        let text = "本报讯（记者 甲）今天天气很好。\n\n上海新增一批社区服务设施\n\n新华社上海10月\n8\n日电（记者 陈思远）记者8日获悉，上海新建设施58处。";
        let a = run(text);
        assert_eq!(starts(&a), [Rule::Dateline, Rule::Dateline]);
        assert_eq!(a.labels[4].role, Role::Body);
        let doc = crate::document::Document::new(Page::from_text("t", "UTF-8", text));
        assert_eq!(doc.articles()[1].byline.as_deref(), Some("新华社上海10月8日电（记者 陈思远）"));
    }

    #[test]
    fn page_furniture_stays_out_and_the_sentence_joins_across_it() {
        let text = "2025年3月14日 星期五\n\n本报讯（记者 甲）市里开通了三条公交线路，途经高铁站等客\n桐城日报 2025年3月14日\n流集中站点。\n\n责任编辑：王静";
        let doc = crate::document::Document::new(Page::from_text("t", "UTF-8", text));
        let articles = doc.articles();
        assert_eq!(articles.len(), 1);
        assert_eq!(
            articles[0].paragraphs[0].text,
            "本报讯（记者 甲）市里开通了三条公交线路，途经高铁站等客流集中站点。"
        );
        let furniture: Vec<_> =
            doc.unassigned().into_iter().filter(|l| l.rule == Rule::PageFurniture).map(|l| l.text).collect();
        assert_eq!(furniture, ["2025年3月14日 星期五", "桐城日报 2025年3月14日", "责任编辑：王静"]);
    }

    #[test]
    fn captions_and_pull_quotes_stay_out_of_the_text() {
        let text = "By JANE DOE\n\nThe mayor said night workers keep this city running every day.\n\n“Night workers keep this city running.”\n— Mayor Ann Hill\n\nThe council will vote in May.\n\nCommuters wait for a bus. (Photo: Lee Park/Metro Tribune)";
        let doc = crate::document::Document::new(Page::from_text("t", "UTF-8", text));
        let a = &doc.articles()[0];
        assert_eq!(a.paragraphs.len(), 2, "{:?}", a.paragraphs);
        let rules: Vec<Rule> = doc.unassigned().iter().map(|l| l.rule).collect();
        assert_eq!(rules, [Rule::PullQuote, Rule::PullQuote, Rule::PhotoCaption]);
        let zh = "本报讯（记者 甲）今天，市里整修了骑楼。\n\n▲整平后的骑楼，\n行人通行更顺畅。\n图：市府提供";
        let doc = crate::document::Document::new(Page::from_text("t", "UTF-8", zh));
        assert_eq!(doc.articles()[0].paragraphs.len(), 1);
        assert_eq!(doc.unassigned().len(), 3);
    }

    #[test]
    fn text_before_any_signal_starts_at_page_start() {
        let a = run("continued from page one, the mayor said.\n\nWASHINGTON — The Senate met.");
        assert_eq!(starts(&a), [Rule::PageStart, Rule::Dateline]);
    }

    #[test]
    fn a_full_line_before_a_column_break_is_not_a_headline() {
        // The middle line has no punctuation but fills its column, after a mid-sentence line.
        let text = "会议强调，工会系统要紧跟省市委部署，按照\n市委主要领导的要求，始终围绕中心服务大\n局，在站稳人民立场中扛牢责任、真抓实干\n\n坚持以习近平新时代中国特色社会主义思想\n\n为指导，全面贯彻落实党的二十大精神。";
        let a = run(text);
        assert!(a.labels.iter().all(|l| l.role != Role::Headline), "{:?}", a.labels);
        assert_eq!(a.articles.len(), 1);
    }

    #[test]
    fn leftover_headlines_go_to_articles_without_one_in_page_order() {
        // Neither headline shares a word with either story, and both stand after them.
        let text = "本报讯（记者 甲）今天天气很好。\n\n本报讯（记者 乙）昨天下雨了。\n\n秋收忙\n\n山河壮美";
        let a = run(text);
        let choices: Vec<_> = a.articles.iter().map(|a| a.headline_choice.map(|c| c.rule)).collect();
        assert!(choices.iter().all(|c| c.is_some()), "{choices:?}");
        assert!(choices.contains(&Some(Rule::RemainingInPageOrder)));
    }

    #[test]
    fn an_unmatched_headline_is_kept_as_unassigned() {
        let text = "本报讯（记者 甲）今天天气很好。\n\n秋收忙\n\n山河壮美";
        let a = run(text);
        assert!(a.leftovers.iter().any(|l| l.rule == Rule::UnmatchedHeadline));
    }

    #[test]
    fn decks_kickers_and_two_part_headlines() {
        let roles = |text: &str| {
            let a = run(text);
            a.labels
                .iter()
                .filter(|l| matches!(l.role, Role::Headline | Role::Deck))
                .map(|l| l.role)
                .collect::<Vec<_>>()
        };
        let body = "\n\n本报讯（记者 甲）今天，市委常委会召开会议，王卫东主持。";
        assert_eq!(roles(&format!("市委常委会召开会议\n王卫东主持{body}")), [Role::Headline, Role::Deck]);
        assert_eq!(roles(&format!("坚持生态优先\n市委常委会召开扩大会议研究部署{body}")), [Role::Deck, Role::Headline]);
        assert_eq!(roles(&format!("市委常委会召开会议\n——研究部署下半年工作{body}")), [Role::Headline, Role::Deck]);
        assert_eq!(roles(&format!("市委常委会召开会议\n研究部署下半年工作{body}")), [Role::Headline, Role::Headline]);
    }

    #[test]
    fn every_boundary_has_a_decision() {
        let a = run("甲乙丙。\n\n\n丁戊己\n庚辛。");
        assert_eq!(a.gaps.len(), 2);
        assert_eq!(a.gaps[0].above, LineId(0));
        assert_eq!(a.gaps[0].below, LineId(3));
    }
}
