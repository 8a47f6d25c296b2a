//! Why a page could not be imported.

/// Why a page could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has no text at all.
    #[error("the page is empty")]
    Empty,
    /// The bytes look like a binary file, not text.
    #[error("this is not a text file (it looks binary: {0})")]
    Binary(&'static str),
    /// The bytes are not valid in the encoding they were detected as.
    #[error("the text could not be decoded: it is not valid UTF-8 and not valid {0} either")]
    Undecodable(&'static str),
    /// UTF-8 text with a bad byte (or a last character cut short).
    #[error("the text is UTF-8 but has {} at line {line}, column {column} (byte {byte})", if *cut { "a character cut short" } else { "a byte that is not UTF-8" })]
    BadUtf8 {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (characters) on that line.
        column: usize,
        /// Its offset in the file.
        byte: usize,
        /// The file ends inside a character.
        cut: bool,
    },
    /// The PDF is encrypted.
    #[error("this PDF is encrypted; Broadsheet cannot read encrypted files (save an unprotected copy first)")]
    Encrypted,
    /// The PDF's structure could not be read.
    #[error("this PDF is damaged: its structure could not be read")]
    DamagedPdf,
    /// The PDF has no pages.
    #[error("this PDF has no pages")]
    NoPages,
    /// A page number past the end of the file.
    #[error("there is no page {page}: the file has {count} page(s)")]
    NoSuchPage {
        /// The 1-based page asked for.
        page: usize,
        /// Pages in the file.
        count: usize,
    },
    /// The page is an image only: nothing to read without OCR.
    #[error("page {page} has no text layer (it is an image only; run OCR on it first)")]
    NoTextLayer {
        /// The 1-based page.
        page: usize,
    },
    /// A compressed stream inflates past [`super::limits::MAX_STREAM_BYTES`].
    #[error("this PDF has a compressed stream (at byte {offset}) that inflates to more than {} MiB, the most Broadsheet reads", limit >> 20)]
    StreamTooLarge {
        /// Where the stream's data starts.
        offset: usize,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The compressed streams together inflate past [`super::limits::MAX_INFLATED_BYTES`].
    #[error("this PDF's compressed streams inflate to more than {} MiB together, the most Broadsheet reads", limit >> 20)]
    InflatesTooMuch {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The corrupt compressed streams together could inflate past
    /// [`super::limits::MAX_DAMAGED_BYTES`].
    #[error("this PDF has corrupt compressed data (a stream at byte {offset}) that could inflate to more than {} MiB with its other corrupt streams, the most Broadsheet decodes from corrupt data", limit >> 20)]
    DamagedInflatesTooMuch {
        /// Where the stream that went past the limit starts.
        offset: usize,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The page draws more glyphs than [`super::limits::MAX_GLYPHS`].
    #[error("page {page} draws more than {limit} glyphs, the most Broadsheet reads on one page")]
    TooManyGlyphs {
        /// The 1-based page.
        page: usize,
        /// The limit.
        limit: usize,
    },
    /// The text has more lines than [`super::limits::MAX_LINES`].
    #[error("the page has {lines} lines; Broadsheet reads pages of up to {limit} lines")]
    TooManyLines {
        /// Lines in the text.
        lines: usize,
        /// The limit.
        limit: usize,
    },
    /// An XML file that is not well formed, or not what its format requires.
    #[error("this {format} file is damaged at line {line}, column {column}: {message}")]
    Malformed {
        /// The format ("ALTO").
        format: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A file of OCR words with no word in it.
    #[error("this {0} file has no words (its page has no text recognised)")]
    NoWords(&'static str),
    /// A METS file lists no page with an ALTO file.
    #[error("this METS file lists no page with an ALTO file")]
    NoIssuePages,
    /// A file that names other files (METS) was given without the folder it lies in.
    #[error("a {0} file names its pages by path: open it from its folder")]
    NeedsFolder(&'static str),
    /// A METS file names a page file outside its own folder.
    #[error("this METS file names a page file outside its folder ({href}); only files beside it or below are read")]
    OutsideFolder {
        /// The path or URL as written.
        href: String,
    },
    /// A page of an issue could not be read.
    #[error("page {page} of the issue ({}) cannot be read: {why}", file.display())]
    IssuePage {
        /// 1-based page.
        page: usize,
        /// Its ALTO file.
        file: std::path::PathBuf,
        /// Why.
        why: String,
    },
    /// A page's scan could not be read.
    #[error("the scan {} cannot be shown: {why}", file.display())]
    Scan {
        /// The image file.
        file: std::path::PathBuf,
        /// Why.
        why: String,
    },
    /// The file has no image of its pages to show.
    #[error("this file has no image of its pages")]
    NoPageImage,
    /// The page draws text, but none of it upright and of a size (zero size, rotated,
    /// mirrored or vertical transforms).
    #[error(
        "page {page} draws {glyphs} glyphs, but none upright and of a size that Broadsheet can lay out (zero-size, rotated, mirrored or vertical text)"
    )]
    UnplaceableText {
        /// The 1-based page.
        page: usize,
        /// The glyphs drawn.
        glyphs: usize,
    },
    /// The page's glyphs carry no Unicode mapping.
    #[error("the text layer cannot be read: its {glyphs} glyphs have no Unicode mapping")]
    UnreadableText {
        /// How many glyphs were drawn.
        glyphs: usize,
    },
}
