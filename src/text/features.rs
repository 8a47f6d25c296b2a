//! Per-line features: everything the rules ask of one line on its own.

use super::script::{Measure, ends_sentence, is_clause_punct};
use super::thresholds::*;
use crate::model::Rule;
use regex::Regex;
use std::sync::LazyLock;

/// Datelines and agency credits that open a Chinese article (simplified and traditional);
/// the match is the credit.
static CJK_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[□■●◆▲★　 ]*(?:",
        r"本[报報][讯訊]|本[报報][讯訊]?[记記]者|本刊[讯訊]|",
        r"(?:本[报報]|新[华華]社|中新社|中新[网網]|人民[网網]|央[视視][网網]|新[华華][网網]|光明[网網]|法制[网網]",
        r"|中[国國]日[报報][网網]|中[国國]新[闻聞][网網]|[据據]新[华華]社|中央社)[^，。；（(\s]{0,16}?[电電]|",
        r"(?:央[视視][网網]|新[华華][网網]|人民[网網]|中新[网網])消息|",
        // 【記者林怡君／台北報導】
        r"【[^】]{0,20}(?:[记記]者|[报報][导導]|[电電]|[讯訊])[^】]{0,20}】|",
        // （中央社記者陳建宏台中15日電）
        r"[（(](?:中央社|中新社|新[华華]社)[^）)]{0,30}?[电電][）)]",
        r")(?:[ 　]*[（(][^）)\n]{1,40}[）)])?"
    ))
    .expect("static regex")
});

/// Western datelines: "WASHINGTON —", "PORTLAND, Ore. (AP) —", "LONDON, Nov. 14.—".
static LATIN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}",
        r"(?:, (?:\p{Lu}[\p{L}.]*\.?)(?: \d{1,2}\.?)?)?",
        r"(?: ?\((?:AP|UPI|Reuters|AFP|Bloomberg|CNN|Special)\))?",
        r" ?\.?(?:—|–|--)"
    ))
    .expect("static regex")
});

/// A line that is nothing but a byline.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[□■●◆▲★　 ]*(?:本[报報][记記]者|本[报報]通[讯訊]员|本報通訊員|特约记者|特約記者|[记記]者|通[讯訊][员員]|文/[图圖]|文／[图圖]|文/|文／)",
        r"[ 　]*[\p{Han}·]{2,4}(?:[ 　、]+(?:(?:通[讯訊][员員]|[记記]者)[ 　]*)?[\p{Han}·]{2,4}){0,4}[ 　]*$",
        // Unbounded repeats compile to a far smaller automaton than {0,6} and {2,30} of
        // Unicode classes; `is_byline` bounds the line's length instead.
        r"|(?:By|BY) \p{Lu}[\p{L}.'’-]*(?:(?:,? | and | AND )\p{Lu}[\p{L}.'’-]*)*(?:(?:,| \|| —| -) [\p{L} .]{2,})?$)"
    ))
    .expect("static regex")
});

/// Page furniture: running heads, page numbers, dates, jump lines, editor credits, photo
/// credits. It belongs to no article.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:",
        // 责任编辑：王某 / 美术编辑：李某  校对：张某
        r"(?:[责責]任[编編][辑輯]|[责責][编編]|美[编編]|美[术術][编編][辑輯]|[视視][觉覺][编編][辑輯]|校[对對]|版式[设設][计計]|版式|版面[设設][计計]",
        r"|[组組]版|本版[编編][辑輯]|值班[编編][辑輯]|[图圖]片[编編][辑輯]|制[图圖]|[审審][读讀]|[编編][辑輯])[ 　]*[：:].{0,40}",
        // 2025年3月14日 星期五 / 桐城日报 2025年3月14日
        r"|(?:\p{Han}{2,8}(?:报|報|刊|网|網)[ 　]+)?\d{4}年\d{1,2}月\d{1,2}日(?:[ 　]*(?:星期|周|週)[一二三四五六日天])?",
        r"(?:[ 　]+\p{Han}{2,8}(?:报|報|刊|网|網))?",
        // 第3版 要闻 / A3版 / A4 地方新聞
        r"|第[ 　]*[A-Z]?\d{1,3}[ 　]*版(?:[ 　]+\p{Han}{1,8})?|[A-Z]\d{1,2}[ 　]*版(?:[ 　]+\p{Han}{1,8})?|[A-Z]\d{1,2}[ 　]+\p{Han}{2,8}",
        // 图：市府提供 / （记者 王某 摄） / 本报记者 王某 摄
        r"|[（(]?(?:[图圖]|摄影|攝影)[：:／/][^，。]{1,24}[）)]?|[（(](?:本[报報])?[记記]者[^，。）)]{1,12}[摄攝][）)]",
        r"|(?:本[报報])?(?:[记記]者|通[讯訊]员)[^，。（）()]{1,12}[摄攝]",
        // Page A3 / Continued on Page A6 / See BRIDGE, Page A6
        r"|(?:Page|PAGE|Pg\.)[ ]+[A-Z]?\d{1,3}",
        r"|(?:Continued|CONTINUED|Cont'd)[ ]+(?:on|from|On|From|ON|FROM)[ ]+(?:Page|PAGE|page)[ ]+[A-Z]?\d{1,3}\.?",
        r"|(?:See|SEE)[ ]+[A-Z][A-Z ]{1,30},[ ]+(?:Page|PAGE|page)[ ]+[A-Z]?\d{1,3}\.?",
        // Photo by Dana Whitlock / Sentinel staff
        r"|(?:Photo|PHOTO|Photograph|Photos)[ ]+(?:by|BY|courtesy of|Courtesy of)[ ]+\p{Lu}.{0,60}",
        // Thursday, May 8, 2025
        r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ ]+\p{Lu}\p{Ll}+\.?[ ]+\d{1,2},[ ]+\d{4}",
        // THE LAKESIDE SENTINEL | Thursday, May 8, 2025 | Page A3 / A3 | THE SENTINEL
        r"|.{0,40}[ ]\|[ ].{0,60}(?:\d{4}|Page[ ]+[A-Z]?\d{1,3}|[A-Z]\d{1,2})|[A-Z]?\d{1,3}[ ]\|[ ].{2,60}",
        r")[ 　]*$"
    ))
    .expect("static regex")
});

/// A photo credit closing a caption: "(Photo: Lee Park/Metro Tribune)", "(AP Photo/Jane Doe)".
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（](?:AP |Reuters |AFP |Staff |File )?(?:Photo|Photos|PHOTO|Photograph|Image|Graphic)s?\b[^)）]{0,60}[)）]\s*$")
        .expect("static regex")
});

/// A CJK photo credit on its own line: "圖：市府提供", "（記者王大同攝）".
static CJK_PHOTO_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]?(?:[图圖]|摄影|攝影)[：:／/]|[摄攝][）)]?\s*$").expect("static regex"));

/// How a headline candidate is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadlineShape {
    /// Not a headline.
    No,
    /// CJK without sentence punctuation, or Latin in Title Case / ALL CAPS.
    Strong,
    /// Latin in sentence case: a headline only when it is short for its column.
    SentenceCase,
    /// Latin in Title Case or capitals ending in a full stop, as older papers set their
    /// headings ("ITALIEN.", "Nouvelles diverses."): a headline only on other evidence.
    Stopped,
}

/// What the rules know of one line on its own.
#[derive(Clone, Debug)]
pub struct LineFeatures {
    /// No visible characters.
    pub blank: bool,
    /// Starts with two spaces, a tab or an ideographic space.
    pub indent: bool,
    /// Mostly CJK.
    pub cjk: bool,
    /// Display width in cells (CJK-aware).
    pub width: usize,
    /// Ends a sentence.
    pub ends_sentence: bool,
    /// First and last visible characters.
    pub first: char,
    /// Last visible character.
    pub last: char,
    /// A few half-width characters split off their line (digits).
    pub fragment: bool,
    /// An article-opening dateline: the length in bytes of the credit on this line (0 for
    /// Western datelines, and for credits continued on the next lines).
    pub dateline: Option<usize>,
    /// The line opens like a CJK dateline (新华社…, 本报…) even if the rest of the credit
    /// went to the next lines (digits split off by extraction).
    pub dateline_prefix: bool,
    /// The whole line is a byline.
    pub byline: bool,
    /// Page furniture (running head, page number, jump line, editor or photo credit).
    pub furniture: bool,
    /// The line ends in a photo credit: the end of a caption.
    pub photo_credit: bool,
    /// An attribution under a quotation: "— Ald. Rosa Vega".
    pub attribution: bool,
    /// Headline candidate shape.
    pub headline: HeadlineShape,
    /// Fake-bold repair: the rule and the (kept, removed) texts.
    pub fake_bold: Option<(Rule, String, String)>,
    /// What the file says of a hyphen ending the line ([`crate::model::Line::soft_hyphen`]);
    /// `None` from text alone.
    pub soft_hyphen: Option<bool>,
}

/// Longer words that Title Case may leave in lowercase.
const TITLE_LOWERCASE: &[&str] =
    &["with", "from", "over", "into", "onto", "upon", "than", "that", "after", "about", "amid"];

/// The function words a wrapped Latin headline line may end with.
pub const FUNCTION_WORDS: &[&str] =
    &["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];

impl LineFeatures {
    /// Computes the features of one line's text.
    pub fn of(raw: &str) -> LineFeatures {
        let text = raw.trim();
        let fake_bold = fake_bold(text);
        let kept = fake_bold.as_ref().map(|(_, kept, _)| kept.clone());
        let text = kept.as_deref().unwrap_or(text);
        let measure = Measure::of(text);
        let cjk = measure.cjk();
        let first = text.chars().next().unwrap_or(' ');
        let last = text.chars().next_back().unwrap_or(' ');
        let indent = raw.starts_with("  ") || raw.starts_with('\t') || raw.starts_with('　');
        let furniture = measure.chars <= FURNITURE_MAX_CHARS
            && ((maybe_furniture(text, measure.chars) && FURNITURE.is_match(text))
                || is_dated_head(text, measure.chars));
        let fragment = !furniture && is_fragment(text, measure.chars);
        // The text after any bullet; credits and bylines are recognised by how it starts.
        let head = text.trim_start_matches(|c: char| BULLETS.contains(&c));
        let head_first = head.chars().next();
        let dateline = if fragment { None } else { dateline_len(text, head_first) };
        let byline = !fragment && is_byline(text, head_first, measure.chars, cjk);
        let dateline_prefix = !fragment
            && matches!(head_first, Some('本' | '新' | '中' | '人' | '央' | '光' | '据' | '據' | '（' | '【'))
            && DATELINE_PREFIXES.iter().any(|p| head.starts_with(p));
        let mut features = LineFeatures {
            blank: text.is_empty(),
            indent,
            cjk,
            width: if cjk { measure.width_cjk } else { measure.width },
            ends_sentence: ends_sentence(text),
            first,
            last,
            fragment,
            dateline,
            dateline_prefix,
            byline,
            furniture,
            photo_credit: (text.ends_with([')', '）']) && PHOTO_CREDIT.is_match(text))
                || (furniture && CJK_PHOTO_CREDIT.is_match(text)),
            attribution: is_attribution(text, measure.chars),
            headline: HeadlineShape::No,
            fake_bold: None,
            soft_hyphen: None,
        };
        features.headline = headline_shape(text, measure.chars, &features);
        features.fake_bold = fake_bold;
        features
    }
}

/// Words that open a Western furniture line.
const FURNITURE_WORDS: &[&str] = &[
    "Page",
    "PAGE",
    "Pg.",
    "Continued",
    "CONTINUED",
    "Cont'd",
    "See",
    "SEE",
    "Photo",
    "PHOTO",
    "Photograph",
    "Photos",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A cheap test that spares the furniture regex on almost every line.
fn maybe_furniture(text: &str, chars: usize) -> bool {
    let mut iter = text.chars();
    match iter.next() {
        Some(
            '责' | '責' | '美' | '视' | '視' | '校' | '版' | '组' | '組' | '值' | '图' | '圖' | '审' | '審' | '编'
            | '編' | '第' | '（' | '(' | '制' | '摄' | '攝',
        ) => true,
        // 本版编辑, 本报记者 某某 摄 (本报讯 lines are credits, not furniture).
        Some('本') => text.starts_with("本版") || (chars <= CJK_CREDIT_MAX_CHARS && text.ends_with(['摄', '攝'])),
        Some('记' | '記' | '通') => chars <= CJK_CREDIT_MAX_CHARS && text.ends_with(['摄', '攝']),
        Some(c) if c.is_ascii_uppercase() || c.is_ascii_digit() => {
            let first_word = text.split([' ', ',']).next().unwrap_or("");
            iter.next().is_some_and(|d| d.is_ascii_digit())
                || FURNITURE_WORDS.contains(&first_word)
                || text.contains(" | ")
        }
        // A running head with the date: short, no clause punctuation.
        Some(_) => {
            chars <= CJK_BYLINE_MAX_CHARS
                && text.bytes().any(|b| b.is_ascii_digit())
                && text.contains('年')
                && text.contains('日')
                && !text.contains(['，', '。'])
        }
        None => false,
    }
}

/// Weekdays and months in the languages of the papers Broadsheet reads (English, French,
/// German, Dutch, Italian, Spanish), lowercase.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// See [`WEEKDAYS`].
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "dicembre",
    "enero",
    "febrero",
    "abril",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A running head with the date: a short line naming a weekday, a month and a day
/// ("Mercredi 8 Février 1882", "LE GAULOIS. — MERCREDI 8 FÉVRIER 1882", "Donderdag 1 December").
fn is_dated_head(text: &str, chars: usize) -> bool {
    if chars > BYLINE_MAX_CHARS {
        return false;
    }
    // A digit and a Latin letter, in one pass over the bytes (most lines have no date).
    let (mut digit, mut letter) = (false, false);
    for b in text.bytes() {
        digit |= b.is_ascii_digit();
        letter |= b.is_ascii_alphabetic();
    }
    if !(digit && letter) {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| WEEKDAYS.contains(w)) && words.iter().any(|w| MONTHS.contains(w))
}

/// How CJK datelines and agency credits begin.
const DATELINE_PREFIXES: &[&str] = &[
    "本报讯",
    "本报",
    "本報",
    "新华社",
    "新華社",
    "中新社",
    "中新网",
    "中新網",
    "人民网",
    "人民網",
    "央视网",
    "新华网",
    "光明网",
    "据新华社",
    "據新華社",
    "中央社",
    "（中央社",
    "【记者",
    "【記者",
];

/// The dateline credit opening `text` (a reflowed paragraph), if any: its length in bytes.
pub fn cjk_credit_len(text: &str) -> Option<usize> {
    CJK_DATELINE.find(text).map(|m| m.end())
}

/// Bullets that may stand before a credit.
const BULLETS: &[char] = &['□', '■', '●', '◆', '▲', '★', '　', ' '];

fn dateline_len(text: &str, head_first: Option<char>) -> Option<usize> {
    // Cheap first-character tests spare the regexes on almost every line.
    if matches!(head_first?, '本' | '新' | '中' | '人' | '央' | '光' | '法' | '据' | '據' | '【' | '（' | '(')
        && let Some(m) = CJK_DATELINE.find(text)
    {
        return Some(m.end());
    }
    let mut chars = text.chars();
    let two_capitals = chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_uppercase);
    (two_capitals && LATIN_DATELINE.is_match(text)).then_some(0)
}

/// "— Ald. Rosa Vega": a dash, then a capitalised name or title, and little else.
fn is_attribution(text: &str, chars: usize) -> bool {
    let Some(rest) = text.strip_prefix(['—', '―']).or_else(|| text.strip_prefix("--")) else { return false };
    let rest = rest.trim_start();
    chars <= ATTRIBUTION_MAX_CHARS && rest.chars().next().is_some_and(char::is_uppercase) && !ends_sentence(rest)
}

/// Whether the whole line is a byline (a cheap test first, then the regex).
fn is_byline(text: &str, head_first: Option<char>, chars: usize, cjk: bool) -> bool {
    let latin = text.starts_with("By ") || text.starts_with("BY ");
    let chinese =
        cjk && chars <= CJK_BYLINE_MAX_CHARS && matches!(head_first, Some('本' | '特' | '记' | '記' | '通' | '文'));
    (latin || chinese) && chars <= BYLINE_MAX_CHARS && BYLINE.is_match(text)
}

/// "5月", "1", "12日是": at most five characters, a digit among them, no punctuation.
fn is_fragment(text: &str, count: usize) -> bool {
    (1..=FRAGMENT_MAX_CHARS).contains(&count)
        && text.chars().any(|c| c.is_ascii_digit())
        && !text.chars().any(|c| is_clause_punct(c) || matches!(c, ',' | ';' | ':'))
        && !ends_sentence(text)
}

fn headline_shape(text: &str, chars: usize, f: &LineFeatures) -> HeadlineShape {
    if f.blank
        || f.fragment
        || f.dateline.is_some()
        || f.dateline_prefix
        || f.byline
        || f.furniture
        || f.photo_credit
        || f.attribution
    {
        return HeadlineShape::No;
    }
    if f.cjk {
        let clean = !text.chars().any(is_clause_punct) && !matches!(f.last, '：' | ':' | ',' | ';');
        return if clean && CJK_HEADLINE_CHARS.contains(&chars) { HeadlineShape::Strong } else { HeadlineShape::No };
    }
    if let Some(stem) = text.strip_suffix('.').filter(|s| !s.ends_with('.')) {
        let shape = latin_headline_shape(stem.trim_end(), chars.saturating_sub(1), f);
        return if shape == HeadlineShape::Strong { HeadlineShape::Stopped } else { HeadlineShape::No };
    }
    latin_headline_shape(text, chars, f)
}

fn latin_headline_shape(text: &str, chars: usize, f: &LineFeatures) -> HeadlineShape {
    let last = text.chars().next_back().unwrap_or(' ');
    if chars > HEADLINE_MAX_CHARS || matches!(last, '.' | ',' | ';' | ':' | '-' | '—' | '–') {
        return HeadlineShape::No;
    }
    let first_letter = text.chars().find(|c| c.is_alphanumeric());
    if !first_letter.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return HeadlineShape::No;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > HEADLINE_MAX_WORDS {
        return HeadlineShape::No;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    // A row of figures (a table, prices, a calendar) is no headline, whatever its first word.
    if text.chars().filter(char::is_ascii_digit).count() > letters.len() {
        return HeadlineShape::No;
    }
    let all_caps = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    let long_words: Vec<&&str> = words
        .iter()
        .filter(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= TITLE_WORD_MIN_LETTERS
                && !TITLE_LOWERCASE.contains(&w.to_lowercase().as_str())
        })
        .collect();
    let capitalised =
        long_words.iter().filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)).count();
    if all_caps || (!long_words.is_empty() && capitalised * 4 >= long_words.len() * TITLE_CASE_QUARTERS) {
        HeadlineShape::Strong
    } else if words.len() <= HEADLINE_MAX_WORDS && !f.ends_sentence {
        HeadlineShape::SentenceCase
    } else {
        HeadlineShape::No
    }
}

/// A line printed twice by fake-bold extraction: "ABCABC", "ABC ABC" or "AABBCC".
fn fake_bold(text: &str) -> Option<(Rule, String, String)> {
    // The same text twice, possibly with one space between; at least four characters each.
    let n = text.len();
    let (a, b) = if n.is_multiple_of(2) {
        (text.get(..n / 2)?, text.get(n / 2..)?)
    } else {
        let (a, rest) = (text.get(..n / 2)?, text.get(n / 2..)?);
        (a, rest.strip_prefix(' ')?)
    };
    if a == b && a.chars().nth(3).is_some() && a.chars().any(char::is_alphanumeric) {
        return Some((Rule::FakeBoldRepeat, a.to_owned(), b.to_owned()));
    }
    // Every glyph doubled: at least four pairs, all of them real characters.
    let mut chars = text.chars();
    let mut kept = String::new();
    while let Some(c) = chars.next() {
        if chars.next() != Some(c) || c.is_whitespace() {
            return None;
        }
        kept.push(c);
    }
    (kept.chars().nth(3).is_some()).then(|| (Rule::FakeBoldDoubledGlyphs, kept.clone(), kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_datelines_give_the_credit() {
        let f = LineFeatures::of(" 本报讯（记者 得舟 摄影报道）9 月 6 日，");
        assert_eq!(f.dateline, Some("本报讯（记者 得舟 摄影报道）".len()));
        let f = LineFeatures::of("新华社兰州3月12日电（记者 王某）近日，");
        assert_eq!(f.dateline, Some("新华社兰州3月12日电（记者 王某）".len()));
        assert_eq!(LineFeatures::of("本报北京5月1日电 记者今天获悉").dateline, Some("本报北京5月1日电".len()));
        assert_eq!(LineFeatures::of("会议强调，本报讯这样的").dateline, None);
    }

    #[test]
    fn traditional_chinese_credits() {
        for (line, credit) in [
            ("【記者林怡君／台北報導】台北市政府今天宣布，", "【記者林怡君／台北報導】"),
            ("（中央社記者陳建宏台中15日電）台中市", "（中央社記者陳建宏台中15日電）"),
            ("本報訊（記者 黃志明）港灣區", "本報訊（記者 黃志明）"),
            ("新華社北京3月12日電（記者 王某）", "新華社北京3月12日電（記者 王某）"),
        ] {
            assert_eq!(LineFeatures::of(line).dateline, Some(credit.len()), "{line}");
        }
        assert!(LineFeatures::of("本報記者 林一帆 通訊員 鄭曉雯").byline);
        assert_eq!(LineFeatures::of("【公告】本週停水").dateline, None);
        for line in
            ["責任編輯：吳佩珊", "港灣日報 2025年4月15日 星期二", "A4 地方新聞", "圖：市府提供", "（記者王大同攝）"]
        {
            assert!(LineFeatures::of(line).furniture, "{line}");
        }
    }

    #[test]
    fn latin_datelines_stay_in_the_text() {
        for line in [
            "WASHINGTON — The Senate",
            "PORTLAND, Ore. (AP) — A fire",
            "LONDON, Nov. 14.—The king",
            "NEW YORK (AP) — Stocks",
        ] {
            assert_eq!(LineFeatures::of(line).dateline, Some(0), "{line}");
        }
        assert_eq!(LineFeatures::of("The WASHINGTON office").dateline, None);
        assert_eq!(LineFeatures::of("I — said he").dateline, None);
    }

    #[test]
    fn bylines() {
        for line in [
            "By JANE DOE",
            "By Jane Doe and John Smith",
            "本报记者 张三 李四",
            "记者 小蕊",
            "By Mary O'Neil, Staff Writer",
            "By SAM PATEL | Tribune staff",
            "本报记者 林一帆 通讯员 郑晓雯",
        ] {
            assert!(LineFeatures::of(line).byline, "{line}");
        }
        for line in ["By the end of the year, the", "记者从会上获悉，今年以来"] {
            assert!(!LineFeatures::of(line).byline, "{line}");
        }
    }

    #[test]
    fn page_furniture() {
        for line in [
            "责任编辑：王海燕",
            "美术编辑：李明  校对：张丽",
            "2025年3月14日 星期五",
            "桐城日报 2025年3月14日",
            "第3版 要闻",
            "A3版",
            "Page A3",
            "Continued on Page A6",
            "Continued from Page A1",
            "See BRIDGE, Page A6",
            "Photo by Dana Whitlock / Sentinel staff",
            "THE LAKESIDE SENTINEL | Thursday, May 8, 2025 | Page A3",
            "A3 | THE LAKESIDE SENTINEL",
            "Thursday, May 8, 2025",
            "Mercredi 8 Février 1882",
            "LE GAULOIS. — MERCREDI 8 FÉVRIER 1882",
            "Donderdag 1 December 1876",
            "本报记者 范晓东 摄",
            "记者王立新摄",
        ] {
            assert!(LineFeatures::of(line).furniture, "{line}");
        }
        for line in [
            "于2025年3月14日在市会议中心举行",
            "编辑部的同志们说，",
            "本报记者范晓东报道",
            "The page was turned. See you on Page 3 of the report",
            "Photo opportunities abound at the lake, she said.",
        ] {
            assert!(!LineFeatures::of(line).furniture, "{line}");
        }
    }

    #[test]
    fn fragments_are_short_digit_lines() {
        for line in ["5月", "1", "5日是", "12日电", "30"] {
            assert!(LineFeatures::of(line).fragment, "{line}");
        }
        for line in ["2023年。", "于", "牌。", "会议要求，全市"] {
            assert!(!LineFeatures::of(line).fragment, "{line}");
        }
    }

    #[test]
    fn headline_shapes() {
        assert_eq!(LineFeatures::of("站稳人民立场 厚植为民情怀").headline, HeadlineShape::Strong);
        assert_eq!(LineFeatures::of("会议强调，工会系统要紧跟省市委").headline, HeadlineShape::No);
        assert_eq!(LineFeatures::of("Council Approves East Bridge Budget").headline, HeadlineShape::Strong);
        assert_eq!(LineFeatures::of("FIRE DESTROYS MILL").headline, HeadlineShape::Strong);
        assert_eq!(LineFeatures::of("Council approves bridge budget").headline, HeadlineShape::SentenceCase);
        assert_eq!(LineFeatures::of("the council voted to approve the").headline, HeadlineShape::No);
        assert_eq!(LineFeatures::of("The mayor said.").headline, HeadlineShape::No);
        assert_eq!(LineFeatures::of("ITALIEN.").headline, HeadlineShape::Stopped);
        assert_eq!(LineFeatures::of("Nouvelles Diverses.").headline, HeadlineShape::Stopped);
        assert_eq!(LineFeatures::of("Etc...").headline, HeadlineShape::No);
        assert_eq!(LineFeatures::of("Januari 35275 30587 32268").headline, HeadlineShape::No);
        assert_eq!(LineFeatures::of("Paris, 12 Rue de la Paix").headline, HeadlineShape::Strong);
    }

    #[test]
    fn fake_bold_copies_are_collapsed() {
        let f = LineFeatures::of("西宁市教育系统师德宣讲团成立西宁市教育系统师德宣讲团成立");
        let (rule, kept, removed) = f.fake_bold.unwrap();
        assert_eq!(
            (rule, kept.as_str(), removed.as_str()),
            (Rule::FakeBoldRepeat, "西宁市教育系统师德宣讲团成立", "西宁市教育系统师德宣讲团成立")
        );
        let f = LineFeatures::of("MILL FIRE MILL FIRE");
        assert_eq!(f.fake_bold.unwrap().1, "MILL FIRE");
        let f = LineFeatures::of("师师德德宣宣讲讲团团");
        assert_eq!(f.fake_bold.unwrap().0, Rule::FakeBoldDoubledGlyphs);
        assert!(LineFeatures::of("谢谢大家").fake_bold.is_none());
        assert!(LineFeatures::of("常常").fake_bold.is_none());
    }
}
