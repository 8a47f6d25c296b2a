//! Character classes the rules need: East Asian width, sentence and clause punctuation.
//!
//! Everything here looks at single characters or short strings, never at glyphs.

use unicode_width::UnicodeWidthChar;

/// East Asian Width F, W or H: the characters CSS Text 3 joins without a space.
///
/// ```
/// use broadsheet::text::script::is_wide;
/// assert!(is_wide('中') && is_wide('，') && is_wide('ｶ'));
/// assert!(!is_wide('a') && !is_wide('1') && !is_wide('“'));
/// ```
pub fn is_wide(c: char) -> bool {
    match c {
        '\0'..='\u{10FF}' => false,
        // The common case first: ideographs, CJK punctuation, full-width forms.
        '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303E}' | '\u{FF01}'..='\u{FF60}' => true,
        // unicode-width gives 2 for F and W; the halfwidth forms (H) it counts as 1.
        _ => c.width() == Some(2) || matches!(c, '\u{20A9}' | '\u{FF61}'..='\u{FFDC}' | '\u{FFE8}'..='\u{FFEE}'),
    }
}

/// Hangul keeps its word spaces, so CSS never removes a segment break next to it.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' | '\u{FFA0}'..='\u{FFDC}')
}

/// Punctuation of ambiguous width that CJK fonts set full-width (quotes, ellipsis, dashes).
pub fn is_ambiguous_punct(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '―' | '·' | '※' | '‖' | '○' | '●' | '□' | '■' | '△' | '◆')
}

/// A Han ideograph (the unified blocks and their extensions).
pub fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// `char::is_alphanumeric` with the common cases (ASCII, Han ideographs, CJK punctuation)
/// answered without the Unicode tables: the same answer, several times faster on CJK text.
///
/// ```
/// use broadsheet::text::script::is_alnum;
/// assert!(is_alnum('a') && is_alnum('中') && is_alnum('é') && is_alnum('٣'));
/// assert!(!is_alnum('，') && !is_alnum(' ') && !is_alnum('—') && !is_alnum('“'));
/// ```
#[inline]
pub fn is_alnum(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{4E00}'..='\u{9FFF}' => true,
        // General Punctuation (quotes, dashes, ellipsis) and CJK punctuation.
        '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{FF01}'..='\u{FF0F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '.' | '!' | '?' | '…' | '．' | '｡' | '‼' | '⁇')
}

/// Closing quotes and brackets that may follow the sentence end ("…了。”").
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '）' | ')' | '」' | '』' | '】' | '》' | '〉' | ']' | '»' | '›')
}

/// Punctuation inside a sentence: headlines do not carry it, running text does.
pub fn is_clause_punct(c: char) -> bool {
    matches!(c, '，' | '、' | '；' | '。' | '！' | '？' | '﹐' | '﹑' | '︰')
}

/// Abbreviations that end in a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "prof", "rev", "hon", "vs",
    "no", "mt", "ft", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "messrs", "mme", "mlle", "jr", "sr",
];

/// Whether `text` (already trimmed) ends a sentence: a sentence end, optionally followed
/// by closing quotes or brackets, and not an abbreviation or a lone initial.
///
/// ```
/// use broadsheet::text::script::ends_sentence;
/// assert!(ends_sentence("擦亮品牌。") && ends_sentence("“就是这样。”") && ends_sentence("he said."));
/// assert!(!ends_sentence("经贸考察、") && !ends_sentence("said Mr.") && !ends_sentence("John J."));
/// ```
pub fn ends_sentence(text: &str) -> bool {
    let body = text.trim_end_matches(is_closer);
    let Some(last) = body.chars().next_back() else { return false };
    if !is_sentence_end(last) {
        return false;
    }
    if last == '.' {
        let word = body[..body.len() - 1].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if is_initial || ABBREVIATIONS.contains(&word.to_lowercase().as_str()) {
            return false;
        }
    }
    true
}

/// Display width in terminal cells; ambiguous characters count 2 in CJK text.
pub fn cell_width(text: &str, cjk: bool) -> usize {
    let measure = Measure::of(text);
    if cjk { measure.width_cjk } else { measure.width }
}

/// Whether the text is mostly CJK (more wide characters than Latin letters and digits).
pub fn is_cjk_text(text: &str) -> bool {
    Measure::of(text).cjk()
}

/// Widths and script counts of a text, in one pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    /// Cells, ambiguous characters counted narrow.
    pub width: usize,
    /// Cells, ambiguous punctuation counted wide (as CJK fonts set it).
    pub width_cjk: usize,
    /// East Asian wide characters.
    pub wide: usize,
    /// Latin (non-wide) letters and digits.
    pub latin: usize,
    /// Characters.
    pub chars: usize,
}

impl Measure {
    /// Measures `text`.
    pub fn of(text: &str) -> Measure {
        let mut m = Measure::default();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Fast paths on the UTF-8 bytes: ASCII, CJK ideographs (U+4E00..U+9FFF are
            // E4 B8.. to E9 ..) and CJK punctuation (U+3000..U+303F are E3 80 ..).
            let b = bytes[at];
            if b < 0x80 {
                m.chars += 1;
                if b >= b' ' && b != 0x7F {
                    m.latin += usize::from(b.is_ascii_alphanumeric());
                    m.width += 1;
                    m.width_cjk += 1;
                }
                at += 1;
                continue;
            }
            let second = bytes.get(at + 1).copied().unwrap_or(0);
            if (0xE5..=0xE9).contains(&b)
                || (b == 0xE4 && second >= 0xB8)
                || (b == 0xE3 && second == 0x80 && bytes.get(at + 2).is_some_and(|&t| t <= 0xBE))
            {
                m.chars += 1;
                m.wide += 1;
                m.width += 2;
                m.width_cjk += 2;
                at += 3;
                continue;
            }
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
            at += c.len_utf8();
            m.chars += 1;
            let (narrow, cjk) = match c {
                ' '..='~' => {
                    m.latin += usize::from(c.is_ascii_alphanumeric());
                    (1, 1)
                }
                '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303E}' | '\u{FF01}'..='\u{FF60}' => {
                    m.wide += 1;
                    (2, 2)
                }
                _ => {
                    if is_wide(c) {
                        m.wide += 1;
                    } else if c.is_alphanumeric() {
                        m.latin += 1;
                    }
                    let w = c.width().unwrap_or(0);
                    (w, if is_ambiguous_punct(c) { 2 } else { w })
                }
            };
            m.width += narrow;
            m.width_cjk += cjk;
        }
        m
    }

    /// The same, one character at a time (the reference the fast paths are tested against).
    #[cfg(test)]
    fn of_chars(text: &str) -> Measure {
        let mut m = Measure::default();
        for c in text.chars() {
            m.chars += 1;
            let (narrow, cjk) = match c.width() {
                _ if is_wide(c) => {
                    m.wide += 1;
                    let w = c.width().unwrap_or(0);
                    (w, w)
                }
                Some(w) => {
                    m.latin += usize::from(c.is_alphanumeric());
                    (w, if is_ambiguous_punct(c) { 2 } else { w })
                }
                None => (0, 0),
            };
            m.width += narrow;
            m.width_cjk += cjk;
        }
        m
    }

    /// More wide characters than Latin letters and digits.
    pub fn cjk(&self) -> bool {
        self.wide > 0 && self.wide * 2 >= self.latin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_alphanumeric_test_agrees_with_unicode_everywhere() {
        let differ: Vec<char> =
            (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_alnum(c) != c.is_alphanumeric()).collect();
        assert!(differ.is_empty(), "{differ:?}");
    }

    #[test]
    fn widths_are_east_asian_aware() {
        assert_eq!(cell_width("9 月 6 日，", true), 11);
        assert_eq!(cell_width("“教师”", true), 8);
        assert_eq!(cell_width("“x”", false), 3);
    }

    #[test]
    fn fast_measure_agrees_with_the_reference() {
        for text in [
            "本报讯（记者 得舟 摄影报道）9 月 6 日，",
            "“教师，良心的事业”",
            "The council, 5-2.",
            "ｶﾀｶﾅ 한글 〇〡㐀 𠀀",
            "\t tab",
        ] {
            assert_eq!(Measure::of(text), Measure::of_chars(text), "{text}");
        }
    }

    #[test]
    fn cjk_text_detection() {
        assert!(is_cjk_text("由以前每年租房提取额度 9180 元调整"));
        assert!(!is_cjk_text("The council voted 5-2 on Tuesday."));
    }

    #[test]
    fn sentence_ends_with_closers_and_abbreviations() {
        assert!(
            ends_sentence("were there!\"") && ends_sentence("行动？）") && ends_sentence("Washington, D.C. is big.")
        );
        assert!(!ends_sentence("by Gen.") && !ends_sentence("") && !ends_sentence("“两张皮”问题的重"));
    }
}
