//! Limits on what a file may ask of Broadsheet, each with the error it produces. A page that
//! exceeds one is refused with a message saying which, never read until memory runs out.

use super::ImportError;
use std::io::Read;

/// The largest file Broadsheet reads as a page: 512 MiB (a whole e-paper issue is a few
/// hundred megabytes at most).
pub const MAX_FILE_BYTES: u64 = 512 << 20;

/// The most a compressed PDF stream may inflate to: 256 MiB (a page's content stream is a few
/// megabytes; a full-page scan stored losslessly a few hundred).
pub const MAX_STREAM_BYTES: u64 = 256 << 20;

/// The most all of a PDF's compressed streams may inflate to together: 1 GiB.
pub const MAX_INFLATED_BYTES: u64 = 1 << 30;

/// The most glyphs a PDF page may draw: 2 million (a dense broadsheet page draws 100 000).
pub const MAX_GLYPHS: usize = 2_000_000;

/// The most lines a text page may have: 4 million.
pub const MAX_LINES: usize = 4_000_000;

/// Checks every Flate-compressed stream of a PDF before the reader decodes any: each must
/// inflate to at most [`MAX_STREAM_BYTES`] (through every Flate layer of its filter chain),
/// and all together, each counted as often as the file refers to it (a page's contents may
/// name one stream many times), to at most [`MAX_INFLATED_BYTES`]. Streams are found by
/// their keywords, so a damaged cross-reference table hides none.
pub fn check_pdf_streams(bytes: &[u8]) -> Result<(), ImportError> {
    check_streams_within(bytes, MAX_STREAM_BYTES, MAX_INFLATED_BYTES)
}

fn check_streams_within(bytes: &[u8], per_stream: u64, all: u64) -> Result<(), ImportError> {
    let mut total = 0u64;
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&bytes[at..], b"stream") {
        let keyword = at + found;
        at = keyword + b"stream".len();
        // "endstream" contains "stream"; the keyword that opens data ends its line.
        if keyword >= 3 && &bytes[keyword - 3..keyword] == b"end" {
            continue;
        }
        let data_start = match bytes.get(at..at + 2) {
            Some([b'\r', b'\n']) => at + 2,
            Some([b'\n' | b'\r', _]) => at + 1,
            _ => continue,
        };
        let dict_start = memchr::memmem::rfind(&bytes[..keyword], b"<<").unwrap_or(0);
        let dict = &bytes[dict_start..keyword];
        let layers = memchr::memmem::find_iter(dict, b"/FlateDecode").count();
        if layers == 0 {
            continue;
        }
        let end = memchr::memmem::find(&bytes[data_start..], b"endstream").map_or(bytes.len(), |e| data_start + e);
        let inflated = inflated_size(&bytes[data_start..end], layers, per_stream + 1);
        if inflated > per_stream {
            return Err(ImportError::StreamTooLarge { offset: data_start, limit: per_stream });
        }
        let uses = object_number(&bytes[..dict_start]).map_or(1, |(n, g)| references(bytes, n, g).max(1));
        total = total.saturating_add(inflated.saturating_mul(uses as u64));
        if total > all {
            return Err(ImportError::InflatesTooMuch { limit: all });
        }
        at = end;
    }
    Ok(())
}

/// The object number and generation of the object whose header (`N G obj`) ends `before`.
fn object_number(before: &[u8]) -> Option<(u32, u32)> {
    let obj = memchr::memmem::rfind(before, b"obj")?;
    let head = std::str::from_utf8(before.get(obj.saturating_sub(24)..obj)?).ok()?;
    let mut numbers = head.split_ascii_whitespace().rev();
    let generation = numbers.next()?.parse().ok()?;
    let number = numbers.next()?.parse().ok()?;
    Some((number, generation))
}

/// How many times the file refers to object `n g` (`n g R`).
fn references(bytes: &[u8], n: u32, g: u32) -> usize {
    let needle = format!("{n} {g} R");
    memchr::memmem::find_iter(bytes, needle.as_bytes()).filter(|&i| i == 0 || !bytes[i - 1].is_ascii_digit()).count()
}

/// How many bytes `data` inflates to through `layers` Flate layers (zlib, or raw deflate for
/// a bad first header), counting at most `cap`; damaged data counts what inflated before the
/// damage. Nothing is kept in memory but the decoders' windows.
fn inflated_size(data: &[u8], layers: usize, cap: u64) -> u64 {
    fn layered<'a>(first: Box<dyn Read + 'a>, layers: usize) -> Box<dyn Read + 'a> {
        (1..layers).fold(first, |inner, _| Box::new(flate2::read::ZlibDecoder::new(inner)))
    }
    let count = |reader: Box<dyn Read + '_>| {
        let mut counted = 0u64;
        let mut buffer = [0u8; 64 * 1024];
        let mut reader = reader.take(cap);
        // A read error is damage: what inflated before it counts.
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            counted += n as u64;
        }
        counted
    };
    let zlib = count(layered(Box::new(flate2::read::ZlibDecoder::new(data)), layers));
    if zlib > 0 { zlib } else { count(layered(Box::new(flate2::read::DeflateDecoder::new(data)), layers)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn pdf_with_stream(inflated: usize) -> Vec<u8> {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1 << 20];
        let mut left = inflated;
        while left > 0 {
            let n = left.min(zeros.len());
            encoder.write_all(&zeros[..n]).unwrap();
            left -= n;
        }
        let data = encoder.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Length 0 /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(&data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        pdf
    }

    const MIB: u64 = 1 << 20;

    #[test]
    fn a_compressed_stream_that_inflates_past_the_limit_is_refused() {
        let bomb = pdf_with_stream(4 << 20);
        assert!(bomb.len() < 64 << 10, "a small file: {}", bomb.len());
        assert!(check_streams_within(&bomb, 8 * MIB, 64 * MIB).is_ok());
        let err = check_streams_within(&bomb, 2 * MIB, 64 * MIB).unwrap_err();
        assert!(matches!(err, ImportError::StreamTooLarge { .. }), "{err}");
        assert!(check_pdf_streams(&bomb).is_ok(), "within the real limits");
    }

    #[test]
    fn a_stream_named_many_times_counts_each_time() {
        let mut pdf = pdf_with_stream(MIB as usize);
        let refs: String = (0..11).map(|_| "1 0 R ").collect();
        pdf.extend_from_slice(format!("2 0 obj\n<< /Contents [{refs}] >>\nendobj\n").as_bytes());
        assert!(check_streams_within(&pdf, 2 * MIB, 16 * MIB).is_ok());
        let err = check_streams_within(&pdf, 2 * MIB, 10 * MIB).unwrap_err();
        assert!(matches!(err, ImportError::InflatesTooMuch { .. }), "{err}");
    }

    #[test]
    fn every_flate_layer_of_a_filter_chain_is_counted() {
        let mut inner = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        inner.write_all(&vec![0u8; 4 << 20]).unwrap();
        let once = inner.finish().unwrap();
        let mut outer = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        outer.write_all(&once).unwrap();
        let twice = outer.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Filter [/FlateDecode /FlateDecode] >>\nstream\n".to_vec();
        pdf.extend_from_slice(&twice);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let err = check_streams_within(&pdf, 2 * MIB, 64 * MIB).unwrap_err();
        assert!(matches!(err, ImportError::StreamTooLarge { .. }), "{err}");
    }
}
