//! Plain-text pages: encoding detection and line splitting.
//!
//! UTF-8 (with or without BOM) and UTF-16 with BOM are read directly. Other bytes are
//! handed to `chardetng`, which tells GB18030/GBK, Big5, Shift_JIS and the legacy
//! single-byte encodings apart; `encoding_rs` decodes them. Bytes that do not decode
//! cleanly in the detected encoding are an error, never silently replaced.

use super::ImportError;
use crate::model::Page;
use encoding_rs::{Encoding, GB18030, GBK, UTF_8};
use std::borrow::Cow;

/// Plain text in any encoding Broadsheet detects: one page.
pub struct TextImporter;

impl super::Importer for TextImporter {
    fn name(&self) -> &'static str {
        "Text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "text"]
    }

    fn sniff(&self, _bytes: &[u8]) -> bool {
        true
    }

    fn open(&self, name: &str, bytes: Vec<u8>) -> Result<std::sync::Arc<dyn super::Source>, ImportError> {
        Ok(std::sync::Arc::new(TextPage(decode_text(name, &bytes)?)))
    }
}

/// A text file: its one page.
#[derive(Debug)]
struct TextPage(Page);

impl super::Source for TextPage {
    /// The page, whatever the index: a text file is one page.
    fn page(&self, _index: usize) -> Result<Page, ImportError> {
        Ok(self.0.clone())
    }

    fn page_name(&self, _index: usize) -> String {
        self.0.name.clone()
    }
}

/// Decodes a text page's bytes into a [`Page`] named `name`.
///
/// ```
/// let page = broadsheet::import::decode_text("p.txt", "标题\r\n正文".as_bytes()).unwrap();
/// assert_eq!(page.encoding, "UTF-8");
/// assert_eq!(page.lines[1].text, "正文");
/// ```
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<Page, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    let (text, encoding) = decode(bytes)?;
    if let Some(why) = binary_reason(&text, encoding != UTF_8) {
        return Err(ImportError::Binary(why));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let lines = memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).count() + 1;
    if lines > super::limits::MAX_LINES {
        return Err(ImportError::TooManyLines { lines, limit: super::limits::MAX_LINES });
    }
    // Columns side by side on each line (text laid out as printed) are read one after the
    // other; the page says so where its encoding is named.
    if let Some(unwoven) = super::columns::unweave(&text) {
        return Ok(Page::from_text(name, &format!("{}, {UNWOVEN}", encoding.name()), &unwoven));
    }
    Ok(Page::from_text(name, encoding.name(), &text))
}

/// What a page whose side-by-side columns were read one after the other says of itself.
pub const UNWOVEN: &str = "columns side by side read one after the other";

fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static Encoding), ImportError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| (text, encoding))
            .ok_or(ImportError::Undecodable(encoding.name()));
    }
    // encoding_rs validates UTF-8 faster than the standard library, and borrows.
    if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok((text, UTF_8));
    }
    if let Some(error) = damaged_utf8(bytes) {
        return Err(error);
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary("it contains NUL bytes"));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let mut encoding = detector.guess(None, true);
    if encoding == GBK {
        // GB18030 is a superset of GBK: characters outside GBK still decode.
        encoding = GB18030;
    }
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| (text, encoding))
        .ok_or(ImportError::Undecodable(encoding.name()))
}

/// Text that is UTF-8 but for a few bad bytes (a damaged download, a cut last character):
/// where the first one is. Text in a legacy encoding has bad "UTF-8" all through it instead.
fn damaged_utf8(bytes: &[u8]) -> Option<ImportError> {
    let error = std::str::from_utf8(bytes).err()?;
    let good = error.valid_up_to();
    let multibyte_before = bytes[..good].iter().any(|&b| b >= 0xC0);
    let lossy = String::from_utf8_lossy(bytes);
    let bad_sequences =
        lossy.matches('\u{FFFD}').count() - String::from_utf8_lossy(&bytes[..good]).matches('\u{FFFD}').count();
    let cut_at_end = error.error_len().is_none();
    if !(cut_at_end || (multibyte_before && bad_sequences <= MAX_BAD_UTF8_SEQUENCES)) {
        return None;
    }
    let before = &bytes[..good];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    Some(ImportError::BadUtf8 { line, column, byte: good, cut: cut_at_end })
}

/// A UTF-8 text with at most this many bad sequences is damaged UTF-8, not another encoding.
const MAX_BAD_UTF8_SEQUENCES: usize = 3;

/// Decoded text whose characters above ASCII are this share of it or more...
const HIGH_SHARE: f64 = 0.3;
/// ...and of which fewer than this share are letters, is binary data read in a single-byte
/// encoding (every byte decodes in one), not text: text's non-ASCII characters are letters.
const HIGH_LETTER_SHARE: f64 = 0.7;

/// How much of the text the control-character test reads, as `file` and git do.
const SNIFF_BYTES: usize = 8192;

/// Text with NULs is a binary file. Text whose encoding had to be guessed must also not be
/// full of control characters near its start: binary bytes decode as some legacy encoding.
fn binary_reason(text: &str, guessed: bool) -> Option<&'static str> {
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Some("it contains NUL characters");
    }
    if !guessed {
        return None;
    }
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let controls = head.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if controls * 20 > head.chars().count() {
        return Some("it is full of control characters");
    }
    let (mut chars, mut high, mut letters) = (0usize, 0usize, 0usize);
    for c in head.chars() {
        chars += 1;
        if !c.is_ascii() {
            high += 1;
            letters += usize::from(c.is_alphabetic());
        }
    }
    let noise = high as f64 >= HIGH_SHARE * chars as f64 && (letters as f64) < HIGH_LETTER_SHARE * high as f64;
    noise.then_some("most of it is bytes above 127 that spell no letters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode_text("p", "本报讯\n".as_bytes()).unwrap();
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice("本报讯\n".as_bytes());
        let bom = decode_text("p", &with_bom).unwrap();
        assert_eq!(plain.lines, bom.lines);
        assert_eq!(bom.lines[0].text, "本报讯");
    }

    #[test]
    fn utf16_with_bom() {
        for (bom, big_endian) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
            let mut bytes = bom.to_vec();
            for unit in "新华社电\r\nok".encode_utf16() {
                let pair = if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() };
                bytes.extend_from_slice(&pair);
            }
            let page = decode_text("p", &bytes).unwrap();
            assert_eq!(page.lines[0].text, "新华社电");
            assert_eq!(page.lines[1].text, "ok");
        }
    }

    #[test]
    fn gbk_and_big5_are_detected() {
        let text = "本报讯（记者 张弘靓）近日，省工业和信息化厅公布了第六批专精特新中小企业名单。\n";
        let (gbk, _, _) = GBK.encode(text);
        let page = decode_text("p", &gbk).unwrap();
        assert_eq!(page.encoding, "gb18030");
        assert_eq!(page.lines[0].text, text.trim_end());

        let traditional = "本報訊（記者 張弘靚）近日，省工業和資訊化廳公布了第六批專精特新中小企業名單。\n";
        let (big5, _, _) = encoding_rs::BIG5.encode(traditional);
        let page = decode_text("p", &big5).unwrap();
        assert_eq!(page.encoding, "Big5");
        assert_eq!(page.lines[0].text, traditional.trim_end());
    }

    #[test]
    fn line_endings_are_split() {
        let page = decode_text("p", b"a\r\nb\rc\n\nd").unwrap();
        let texts: Vec<_> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", "c", "", "d"]);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(decode_text("p", b""), Err(ImportError::Empty)));
        assert!(matches!(decode_text("p", b" \n\n "), Err(ImportError::Empty)));
        assert!(matches!(decode_text("p", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(ImportError::Binary(_))));
        assert!(matches!(decode_text("p", &[0xFF, 0xFE, 0x00, 0xD8]), Err(ImportError::Undecodable(_))));
    }
}
