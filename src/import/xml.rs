//! What the XML formats share: finding the root element by content, attribute values, and
//! where in the file an error is.

use super::ImportError;
use quick_xml::events::BytesStart;

/// The local name (no prefix) of the file's root element, when the bytes start like XML: a
/// BOM, white space, the declaration, comments and a DOCTYPE may come first.
///
/// ```
/// use broadsheet::import::xml::root_element;
/// assert_eq!(root_element(b"<?xml version=\"1.0\"?>\n<!-- c --><alto:alto xmlns:alto=\"x\">"), Some(&b"alto"[..]));
/// assert_eq!(root_element(b"plain text"), None);
/// ```
pub fn root_element(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(64 << 10)];
    let mut at = if head.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    loop {
        while head.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let rest = head.get(at..)?;
        let skip_to = |end: &[u8]| memchr::memmem::find(rest, end).map(|e| at + e + end.len());
        at = if rest.starts_with(b"<?") {
            skip_to(b"?>")?
        } else if rest.starts_with(b"<!--") {
            skip_to(b"-->")?
        } else if rest.starts_with(b"<!") {
            skip_to(b">")?
        } else if rest.starts_with(b"<") {
            let name_end = rest[1..]
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
                .map_or(rest.len(), |e| e + 1);
            let name = &rest[1..name_end];
            let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
            return (!local.is_empty() && local[0].is_ascii_alphabetic()).then_some(local);
        } else {
            return None;
        };
    }
}

/// The value of attribute `key` (local name) of an element, with entities resolved.
pub(crate) fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// A number attribute (ALTO and PAGE write integers or decimals).
pub(crate) fn number(e: &BytesStart, key: &[u8]) -> Option<f32> {
    attr(e, key).and_then(|v| v.trim().parse::<f32>().ok()).filter(|v| v.is_finite())
}

/// The error for a malformed file: the format, the line and column of `offset`, and why.
pub(crate) fn malformed(format: &'static str, bytes: &[u8], offset: u64, why: impl std::fmt::Display) -> ImportError {
    let offset = (offset as usize).min(bytes.len());
    let before = &bytes[..offset];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    ImportError::Malformed { format, line, column, message: why.to_string() }
}
