//! Limits on what a file may ask of Broadsheet, each with the error it produces. A page that
//! exceeds one is refused with a message saying which, never read until memory runs out.

use super::ImportError;
use std::collections::HashMap;
use std::io::Read;

/// The largest file Broadsheet reads as a page: 512 MiB (a whole e-paper issue is a few
/// hundred megabytes at most).
pub const MAX_FILE_BYTES: u64 = 512 << 20;

/// The most a compressed PDF stream may inflate to: 256 MiB (a page's content stream is a few
/// megabytes; a full-page scan stored losslessly a few hundred).
pub const MAX_STREAM_BYTES: u64 = 256 << 20;

/// The most all of a PDF's compressed streams may inflate to together: 1 GiB.
pub const MAX_INFLATED_BYTES: u64 = 1 << 30;

/// The most a PDF's corrupt compressed streams may inflate to together, each counted as often
/// as the file refers to it and as the most its compressed size can yield: 256 MiB (a corrupt
/// Flate stream of up to 256 KiB read once). The reader decodes corrupt data leniently, past
/// the damage, at about a quarter of a gigabyte a second, so this bounds the time too.
pub const MAX_DAMAGED_BYTES: u64 = 256 << 20;

/// The most glyphs a PDF page may draw: 2 million (a dense broadsheet page draws 100 000).
pub const MAX_GLYPHS: usize = 2_000_000;

/// The most lines a text page may have: 4 million.
pub const MAX_LINES: usize = 4_000_000;

/// Checks every Flate-compressed stream of a PDF before the reader decodes any: each must
/// inflate to at most [`MAX_STREAM_BYTES`] (through every Flate layer of its filter chain),
/// and all together, each counted as often as the file refers to it (a page's contents may
/// name one stream many times), to at most [`MAX_INFLATED_BYTES`]. Streams are found by
/// their keywords, so a damaged cross-reference table hides none, nor does a stream whose data
/// seems to hold another: every `stream` keyword is looked at. A stream's data runs to the
/// first `endstream` or as far as its `/Length` says, whichever is further (the reader takes
/// the length when `endstream` follows it, the keyword otherwise). Corrupt streams count as
/// the most they could yield, together at most [`MAX_DAMAGED_BYTES`].
pub fn check_pdf_streams(bytes: &[u8]) -> Result<(), ImportError> {
    check_streams_within(
        bytes,
        Limits { per_stream: MAX_STREAM_BYTES, all: MAX_INFLATED_BYTES, damaged: MAX_DAMAGED_BYTES },
    )
}

/// The limits [`check_pdf_streams`] applies, in bytes (smaller ones in the tests).
#[derive(Clone, Copy)]
struct Limits {
    per_stream: u64,
    all: u64,
    damaged: u64,
}

fn check_streams_within(bytes: &[u8], limits: Limits) -> Result<(), ImportError> {
    let (mut total, mut damaged_total) = (0u64, 0u64);
    let mut index: Option<ObjectIndex> = None;
    let mut next_endstream: Option<usize> = None;
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
        // A stream's dictionary ends right before its keyword; every search back is bounded,
        // so that a file of nothing but keywords is read in one pass.
        let before = bytes[..keyword].trim_ascii_end();
        if !before.ends_with(b">>") {
            continue;
        }
        let window = keyword.saturating_sub(DICT_WINDOW);
        let Some(dict_start) = memchr::memmem::rfind(&bytes[window..keyword], b"<<").map(|d| window + d) else {
            continue;
        };
        let dict = &bytes[dict_start..keyword];
        let layers = memchr::memmem::find_iter(dict, b"/FlateDecode").count();
        if layers == 0 {
            continue;
        }
        let index = index.get_or_insert_with(|| ObjectIndex::of(bytes));
        // The first `endstream` after the data's start (found again only once passed).
        if next_endstream.is_none_or(|e| e < data_start) {
            next_endstream =
                Some(memchr::memmem::find(&bytes[data_start..], b"endstream").map_or(bytes.len(), |e| data_start + e));
        }
        let keyword_end = next_endstream.unwrap_or(bytes.len());
        let length_end = stream_length(bytes, dict, index).map_or(0, |n| data_start.saturating_add(n).min(bytes.len()));
        let end = keyword_end.max(length_end);
        let (inflated, damaged) = inflated_size(&bytes[data_start..end], layers, limits.per_stream + 1);
        let uses = object_number(&bytes[dict_start.saturating_sub(HEADER_WINDOW)..dict_start])
            .map_or(1, |id| index.references(id).max(1));
        let counted = inflated.saturating_mul(uses as u64);
        if damaged {
            damaged_total = damaged_total.saturating_add(counted);
            if damaged_total > limits.damaged {
                return Err(ImportError::DamagedInflatesTooMuch { offset: data_start, limit: limits.damaged });
            }
            continue;
        }
        if inflated > limits.per_stream {
            return Err(ImportError::StreamTooLarge { offset: data_start, limit: limits.per_stream });
        }
        total = total.saturating_add(counted);
        if total > limits.all {
            return Err(ImportError::InflatesTooMuch { limit: limits.all });
        }
    }
    Ok(())
}

/// How far before a `stream` keyword its dictionary may start.
const DICT_WINDOW: usize = 64 << 10;

/// How far before a stream's dictionary its object's header (`N G obj`) may start.
const HEADER_WINDOW: usize = 256;

/// The object number and generation of the object whose header (`N G obj`) ends `before`.
fn object_number(before: &[u8]) -> Option<(u32, u32)> {
    let obj = memchr::memmem::rfind(before, b"obj")?;
    let head = std::str::from_utf8(before.get(obj.saturating_sub(24)..obj)?).ok()?;
    let mut numbers = head.split_ascii_whitespace().rev();
    let generation = numbers.next()?.parse().ok()?;
    let number = numbers.next()?.parse().ok()?;
    Some((number, generation))
}

/// The file's references (`N G R`) counted, and where each object's header (`N G obj`) ends,
/// found in one pass (a file may hold a stream per page and name each several times).
struct ObjectIndex {
    references: HashMap<(u32, u32), usize>,
    headers: HashMap<(u32, u32), Vec<usize>>,
}

impl ObjectIndex {
    fn of(bytes: &[u8]) -> ObjectIndex {
        let mut index = ObjectIndex { references: HashMap::new(), headers: HashMap::new() };
        for at in memchr::memmem::find_iter(bytes, b" R") {
            if let Some(id) = id_before(bytes, at) {
                *index.references.entry(id).or_default() += 1;
            }
        }
        for at in memchr::memmem::find_iter(bytes, b" obj") {
            if let Some(id) = id_before(bytes, at) {
                index.headers.entry(id).or_default().push(at + b" obj".len());
            }
        }
        index
    }

    /// How many times the file refers to object `id`.
    fn references(&self, id: (u32, u32)) -> usize {
        self.references.get(&id).copied().unwrap_or(0)
    }
}

/// The `N G` that ends at `end` (`N G` then a keyword: `R`, `obj`), one space between them
/// and none before.
fn id_before(bytes: &[u8], end: usize) -> Option<(u32, u32)> {
    let digits_before = |end: usize| bytes[..end].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let number = |from: usize, to: usize| std::str::from_utf8(&bytes[from..to]).ok()?.parse::<u32>().ok();
    let g_len = digits_before(end);
    let g_start = end - g_len;
    if g_len == 0 || g_start == 0 || bytes[g_start - 1] != b' ' {
        return None;
    }
    let n_end = g_start - 1;
    let n_len = digits_before(n_end);
    (n_len > 0).then_some(())?;
    Some((number(n_end - n_len, n_end)?, number(g_start, end)?))
}

/// The `/Length` in a stream's dictionary: a number, or a reference to one (the largest of the
/// objects of that number the file holds, as a damaged file may hold several).
fn stream_length(bytes: &[u8], dict: &[u8], index: &ObjectIndex) -> Option<usize> {
    let at = memchr::memmem::find(dict, b"/Length")? + b"/Length".len();
    let mut words = dict[at..].split(|b| b.is_ascii_whitespace() || b"/<>[]".contains(b)).filter(|w| !w.is_empty());
    let number = |w: &[u8]| std::str::from_utf8(w).ok()?.parse::<usize>().ok();
    let first = words.next()?;
    let (generation, r) = (words.next(), words.next());
    let reference = match (generation, r) {
        (Some(g), Some(b"R")) => Some((number(first)?, number(g)?)),
        _ => None,
    };
    let Some((n, g)) = reference else { return number(first) };
    let id = (u32::try_from(n).ok()?, u32::try_from(g).ok()?);
    index
        .headers
        .get(&id)?
        .iter()
        .filter_map(|&after| {
            let after = &bytes[after..];
            let start = after.iter().position(|b| !b.is_ascii_whitespace())?;
            let digits = after[start..].iter().take_while(|b| b.is_ascii_digit()).count();
            number(&after[start..start + digits])
        })
        .max()
}

/// How many bytes `data` inflates to through `layers` Flate layers as the PDF reader decodes
/// them, counting at most `cap`, and whether it is damaged. Nothing is kept in memory but the
/// decoders' windows.
///
/// The reader takes a layer as zlib, or else as raw deflate; data that a strict decoder reads
/// to its end, or that is only cut short, counts as what inflates. Data a strict decoder finds
/// corrupt is decoded leniently by the reader, carrying on past the damage, and how much that
/// yields is not known without decoding it; so it counts as the most it can yield: deflate
/// writes at most 258 bytes for every two bits it reads (a length and a distance code of at
/// least a bit each), [`DEFLATE_MAX_RATIO`] times its input, in every layer.
fn inflated_size(data: &[u8], layers: usize, cap: u64) -> (u64, bool) {
    fn strict<'a>(first: Box<dyn Read + 'a>, layers: usize) -> Box<dyn Read + 'a> {
        (1..layers).fold(first, |inner, _| Box::new(flate2::read::ZlibDecoder::new(inner)))
    }
    // The bytes read, and whether the data is corrupt (cut short is not).
    let count = |reader: Box<dyn Read + '_>| {
        let mut counted = 0u64;
        let mut buffer = [0u8; 64 * 1024];
        let mut reader = reader.take(cap);
        loop {
            match reader.read(&mut buffer) {
                Ok(0) => return (counted, false),
                Ok(n) => counted += n as u64,
                Err(e) => return (counted, e.kind() != std::io::ErrorKind::UnexpectedEof),
            }
        }
    };
    let (zlib, corrupt) = count(strict(Box::new(flate2::read::ZlibDecoder::new(data)), layers));
    if !corrupt && zlib > 0 {
        return (zlib, false);
    }
    let (deflate, raw_corrupt) = count(strict(Box::new(flate2::read::DeflateDecoder::new(data)), layers));
    if !raw_corrupt && deflate > 0 || !corrupt {
        return (zlib.max(deflate), false);
    }
    let most = (0..layers).fold(data.len() as u64, |n, _| n.saturating_mul(DEFLATE_MAX_RATIO));
    (most.max(zlib).max(deflate), true)
}

/// The most bytes deflate writes for a byte it reads, however damaged the data (see
/// [`inflated_size`]).
const DEFLATE_MAX_RATIO: u64 = 1032;

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

    fn limits(per_stream: u64, all: u64) -> Limits {
        Limits { per_stream, all, damaged: MAX_DAMAGED_BYTES }
    }

    #[test]
    fn a_compressed_stream_that_inflates_past_the_limit_is_refused() {
        let bomb = pdf_with_stream(4 << 20);
        assert!(bomb.len() < 64 << 10, "a small file: {}", bomb.len());
        assert!(check_streams_within(&bomb, limits(8 * MIB, 64 * MIB)).is_ok());
        let err = check_streams_within(&bomb, limits(2 * MIB, 64 * MIB)).unwrap_err();
        assert!(matches!(err, ImportError::StreamTooLarge { .. }), "{err}");
        assert!(check_pdf_streams(&bomb).is_ok(), "within the real limits");
    }

    #[test]
    fn a_stream_named_many_times_counts_each_time() {
        let mut pdf = pdf_with_stream(MIB as usize);
        let refs: String = (0..11).map(|_| "1 0 R ").collect();
        pdf.extend_from_slice(format!("2 0 obj\n<< /Contents [{refs}] >>\nendobj\n").as_bytes());
        assert!(check_streams_within(&pdf, limits(2 * MIB, 16 * MIB)).is_ok());
        let err = check_streams_within(&pdf, limits(2 * MIB, 10 * MIB)).unwrap_err();
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
        let err = check_streams_within(&pdf, limits(2 * MIB, 64 * MIB)).unwrap_err();
        assert!(matches!(err, ImportError::StreamTooLarge { .. }), "{err}");
    }

    /// A PDF whose one stream, `layers` Flate layers over `plain`, is named `uses` times, with
    /// the compressed data's middle byte flipped when `corrupt`.
    fn pdf_with_layers(plain: &[u8], layers: usize, uses: usize, corrupt: bool) -> Vec<u8> {
        let mut data = plain.to_vec();
        for _ in 0..layers {
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(&data).unwrap();
            data = encoder.finish().unwrap();
        }
        if corrupt {
            let middle = data.len() / 2;
            data[middle] ^= 0xff;
        }
        let filters = "/FlateDecode ".repeat(layers);
        let mut pdf = format!("%PDF-1.4\n1 0 obj\n<< /Filter [{filters}] >>\nstream\n").into_bytes();
        pdf.extend_from_slice(&data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let refs = "1 0 R ".repeat(uses);
        pdf.extend_from_slice(format!("2 0 obj\n<< /Contents [{refs}] >>\nendobj\n").as_bytes());
        pdf
    }

    fn stream_data(pdf: &[u8]) -> &[u8] {
        let start = memchr::memmem::find(pdf, b"stream\n").unwrap() + b"stream\n".len();
        &pdf[start..memchr::memmem::find(pdf, b"\nendstream").unwrap()]
    }

    /// Text that compresses about fourfold, as a page's content stream does.
    fn content(len: usize) -> Vec<u8> {
        (0..len as u32)
            .map(|i| {
                b"BT /F1 9 Tf (a line of text) Tj ET 0123456789"[(i.wrapping_mul(2_654_435_761) >> 27) as usize % 44]
            })
            .collect()
    }

    #[test]
    fn corrupt_data_counts_as_the_most_it_could_yield() {
        let whole = pdf_with_layers(&content(64 << 10), 1, 1, false);
        let (size, damaged) = inflated_size(stream_data(&whole), 1, MIB);
        assert!(!damaged && size == 64 << 10, "{size}");
        // A corrupt page content stream read once is decoded (as the reader does, leniently).
        let single = pdf_with_layers(&content(64 << 10), 1, 1, true);
        assert!(check_pdf_streams(&single).is_ok());
        // Named twenty times in two layers, it could yield gigabytes: refused, with where.
        let nested = pdf_with_layers(&content(64 << 10), 2, 20, true);
        let err = check_pdf_streams(&nested).unwrap_err();
        assert!(matches!(err, ImportError::DamagedInflatesTooMuch { .. }), "{err}");
        assert!(err.to_string().contains("corrupt"), "{err}");
        // The same stream, whole, is read.
        assert!(check_pdf_streams(&pdf_with_layers(&content(64 << 10), 2, 20, false)).is_ok());
    }

    #[test]
    fn a_file_of_nothing_but_keywords_is_read_in_one_pass() {
        // Every keyword once searched back to the start of the file: hours, not milliseconds.
        let mut keywords = b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\n".to_vec();
        keywords.extend(b"stream\n".repeat(600_000));
        assert!(check_pdf_streams(&keywords).is_ok());
    }

    #[test]
    fn data_cut_short_counts_as_what_inflates() {
        let mut pdf = pdf_with_layers(&content(256 << 10), 1, 8, false);
        let data_end = memchr::memmem::find(&pdf, b"\nendstream").unwrap();
        pdf.drain(data_end - 200..data_end);
        let (size, damaged) = inflated_size(stream_data(&pdf), 1, MIB);
        assert!(!damaged && size > 0 && size < 256 << 10, "{size}");
        assert!(check_pdf_streams(&pdf).is_ok());
    }
}
