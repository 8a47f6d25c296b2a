//! METS files, as libraries deliver a newspaper issue: the issue's pages in order (the
//! physical structure map), each with its ALTO file. Each page is read when it is asked for,
//! with the ALTO importer.
//!
//! When the file carries the library's own article structure (a logical structure map whose
//! `ARTICLE` divs point at ALTO blocks, as BnF, Europeana Newspapers and BnL write it), each
//! page carries the library's articles on it ([`crate::model::Layout::library`]), so the user
//! can start from them and see where Broadsheet's detection differs.
//!
//! A METS file names its pages' files by path (`FLocat`); only files inside the METS file's
//! own folder are read, so a METS file from elsewhere cannot make Broadsheet open any file
//! on the machine.

use super::xml::{attr, malformed, root_element};
use super::{ImportError, Source, alto};
use crate::model::{LibraryArticle, Page, Role};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// What the file's name says when the format is meant.
const FORMAT: &str = "METS";

/// METS files.
pub struct MetsImporter;

impl super::Importer for MetsImporter {
    fn name(&self) -> &'static str {
        FORMAT
    }

    fn extensions(&self) -> &'static [&'static str] {
        &["xml", "mets"]
    }

    fn sniff(&self, bytes: &[u8]) -> bool {
        is_mets(bytes)
    }

    fn open(&self, _name: &str, _bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        Err(ImportError::NeedsFolder(FORMAT))
    }

    fn open_at(&self, path: &Path, bytes: Vec<u8>) -> Result<Arc<dyn Source>, ImportError> {
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let issue = read_mets(&super::file_name(path), folder, &bytes)?;
        Ok(Arc::new(issue))
    }
}

/// Whether the bytes are a METS file: XML whose root element is `mets`.
pub fn is_mets(bytes: &[u8]) -> bool {
    root_element(bytes).is_some_and(|root| root.eq_ignore_ascii_case(b"mets"))
}

/// An issue: its pages' ALTO files, in the order the METS file gives.
#[derive(Debug)]
pub struct MetsIssue {
    name: String,
    /// Each page's ALTO file, and its label when the file gives one.
    pages: Vec<IssuePage>,
    /// Each page's size, once read.
    sizes: Vec<OnceLock<Option<(f32, f32)>>>,
    /// The library's articles (logical structure map), over every page.
    articles: Vec<LogicalArticle>,
}

/// An article of the logical structure map: the blocks it points at, with their roles.
#[derive(Debug, Default)]
struct LogicalArticle {
    label: String,
    kind: String,
    /// File id, block id (`BEGIN`), role.
    areas: Vec<(String, String, Role)>,
}

/// The divs of a logical structure map that are articles.
const ARTICLE_TYPES: &[&str] = &["ARTICLE", "ADVERTISEMENT"];

/// The role of an area under these logical divs (innermost last), inside its article.
fn role_under(types: &[String]) -> Role {
    let has = |names: &[&str]| types.iter().any(|t| names.contains(&t.as_str()));
    if has(&["TITLE"]) {
        Role::Headline
    } else if has(&["HEADING", "HEADLINE", "OVERLINE", "SUBHEADLINE", "SUBHEADING", "KICKER"]) {
        Role::Deck
    } else if has(&["AUTHOR", "BYLINE"]) {
        Role::Byline
    } else if has(&["CAPTION"]) {
        Role::Caption
    } else {
        Role::Body
    }
}

#[derive(Debug)]
struct IssuePage {
    alto: PathBuf,
    /// The ids of the page's files (its structure map `fptr`s), by which the logical map
    /// points at it.
    files: Vec<String>,
    label: Option<String>,
    /// Its scan, from the IMAGE file group, when the file is there in a format Broadsheet
    /// reads.
    scan: Option<PathBuf>,
}

impl Source for MetsIssue {
    fn page_count(&self) -> usize {
        self.pages.len()
    }

    fn page(&self, index: usize) -> Result<Page, ImportError> {
        let count = self.pages.len();
        let Some(entry) = self.pages.get(index) else { return Err(ImportError::NoSuchPage { page: index + 1, count }) };
        let unreadable = |why: String| ImportError::IssuePage { page: index + 1, file: entry.alto.clone(), why };
        let bytes = super::read_file(&entry.alto).map_err(|e| unreadable(e.to_string()))?;
        if !alto::is_alto(&bytes) {
            return Err(unreadable("it is not an ALTO file".to_owned()));
        }
        let mut page = alto::read_alto(&self.page_name(index), &bytes).map_err(|e| unreadable(e.to_string()))?;
        if let Some(layout) = page.layout.as_mut() {
            layout.page_index = index;
            layout.page_count = count;
            layout.library = self.library_on(entry, &layout.blocks);
            let _ = self.sizes[index].set(Some((layout.width, layout.height)));
        }
        Ok(page)
    }

    fn page_name(&self, index: usize) -> String {
        // A label that only repeats the number says nothing.
        let label = self.pages.get(index).and_then(|p| p.label.as_deref()).filter(|l| *l != (index + 1).to_string());
        match label {
            Some(label) => format!("{}, page {} ({label})", self.name, index + 1),
            None => format!("{}, page {}", self.name, index + 1),
        }
    }

    fn page_size(&self, index: usize) -> Option<(f32, f32)> {
        // Reading the page records its size (never inside an initialisation of the same cell,
        // which would wait on itself).
        if let Some(size) = self.sizes.get(index)?.get() {
            return *size;
        }
        let size = self.page(index).ok().and_then(|p| p.layout.map(|l| (l.width, l.height)));
        let _ = self.sizes[index].set(size);
        size
    }

    /// Every page has its scan.
    fn has_page_images(&self) -> bool {
        self.pages.iter().all(|p| p.scan.is_some())
    }

    fn render(
        &self,
        index: usize,
        scale: f32,
        _cjk_font: Option<Arc<Vec<u8>>>,
    ) -> Option<Result<super::Raster, ImportError>> {
        let scan = self.pages.get(index)?.scan.as_ref()?;
        Some(super::scan::render_scan(scan, self.page_size(index)?, scale))
    }
}

impl MetsIssue {
    /// The library's articles with parts on `page`, their areas found among `blocks` by id
    /// (areas naming blocks the page does not have are left out).
    fn library_on(&self, page: &IssuePage, blocks: &[crate::model::Block]) -> Vec<LibraryArticle> {
        let mut block_of: HashMap<&str, usize> = HashMap::new();
        for (k, block) in blocks.iter().enumerate() {
            for id in &block.source_ids {
                block_of.entry(id.as_str()).or_insert(k);
            }
        }
        let mut out = Vec::new();
        for article in &self.articles {
            let mut parts: Vec<(usize, Role)> = Vec::new();
            for (file, begin, role) in &article.areas {
                let Some(&k) = page.files.contains(file).then(|| block_of.get(begin.as_str())).flatten() else {
                    continue;
                };
                if !parts.iter().any(|&(b, _)| b == k) {
                    parts.push((k, *role));
                }
            }
            if !parts.is_empty() {
                out.push(LibraryArticle { label: article.label.clone(), kind: article.kind.clone(), parts });
            }
        }
        out
    }
}

/// A `file` of the file section: its group's use and where it is.
#[derive(Default)]
struct FileEntry {
    group: String,
    mimetype: String,
    href: Option<String>,
}

impl FileEntry {
    /// Whether the file is a page's scan (not a thumbnail).
    fn is_image(&self) -> bool {
        let group = self.group.to_ascii_lowercase();
        !group.contains("thumb")
            && (["image", "master", "default", "img", "presentation"].iter().any(|g| group.contains(g))
                || self.mimetype.starts_with("image/"))
    }

    /// Whether the file holds a page's text (an ALTO file).
    fn is_text(&self) -> bool {
        let group = self.group.to_ascii_lowercase();
        // An image is no text, whatever its group says ("OCRMasterFiles": the scans OCR read).
        !self.mimetype.starts_with("image/")
            && (["alto", "fulltext", "text", "ocr"].iter().any(|g| group.contains(g)) || self.mimetype.contains("alto"))
    }
}

/// A page `div` of the physical structure map.
struct PageDiv {
    order: Option<u32>,
    label: Option<String>,
    /// The files its `fptr`s (and their `area`s) point at.
    files: Vec<String>,
}

/// A page as the file lists it: its label, its ALTO file's and its scan's references, and
/// its file ids.
type ListedPage = (Option<String>, String, Option<String>, Vec<String>);

/// What the reading keeps between elements.
#[derive(Default)]
struct Reading {
    files: HashMap<String, FileEntry>,
    /// File ids in the order they are listed.
    file_order: Vec<String>,
    /// The open file groups' uses and ids (outermost first), all of them in one string, and
    /// the open file.
    groups: Vec<String>,
    group: String,
    file: Option<String>,
    pages: Vec<PageDiv>,
    /// Inside the physical structure map; how deep in its `div`s; the open page `div`s
    /// (their depth and index in `pages`).
    physical: bool,
    div_depth: usize,
    page_divs: Vec<(usize, usize)>,
    /// Inside a logical structure map; its open divs' types (upper case) and, for an
    /// article div, the article's index.
    logical: bool,
    logical_divs: Vec<(String, Option<usize>)>,
    articles: Vec<LogicalArticle>,
}

impl Reading {
    fn start(&mut self, e: &BytesStart, empty: bool) {
        match e.local_name().as_ref() {
            // A group inside a group (BnF: "TextGroup" around "ALTOFiles" USE="content"):
            // what each says of its files counts.
            b"fileGrp" if !empty => {
                let names = [attr(e, b"USE"), attr(e, b"ID")].into_iter().flatten();
                self.groups.push(names.collect::<Vec<_>>().join(" "));
                self.group = self.groups.join(" ");
            }
            b"file" => {
                let Some(id) = attr(e, b"ID") else { return };
                let mimetype = attr(e, b"MIMETYPE").unwrap_or_default();
                self.files.insert(id.clone(), FileEntry { group: self.group.clone(), mimetype, href: None });
                self.file_order.push(id.clone());
                self.file = (!empty).then_some(id);
            }
            b"FLocat" => {
                if let Some(entry) = self.file.as_ref().and_then(|id| self.files.get_mut(id)) {
                    entry.href = entry.href.take().or_else(|| attr(e, b"href"));
                }
            }
            b"structMap" if !empty => {
                self.physical = attr(e, b"TYPE").is_some_and(|t| t.eq_ignore_ascii_case("physical"));
                self.logical = attr(e, b"TYPE").is_some_and(|t| t.eq_ignore_ascii_case("logical"));
            }
            b"div" if self.logical && !empty => {
                let kind = attr(e, b"TYPE").unwrap_or_default().to_ascii_uppercase();
                let article = ARTICLE_TYPES.contains(&kind.as_str()).then(|| {
                    let label = attr(e, b"LABEL").or_else(|| attr(e, b"ID")).unwrap_or_default();
                    self.articles.push(LogicalArticle { label, kind: kind.clone(), areas: Vec::new() });
                    self.articles.len() - 1
                });
                self.logical_divs.push((kind, article));
            }
            b"area" if self.logical => self.logical_area(e),
            b"div" if self.physical => {
                // "page", or BnF's "TITLE_PAGE", "CONTENT_PAGE".
                let is_page = attr(e, b"TYPE").is_some_and(|t| t.to_ascii_lowercase().ends_with("page"));
                if is_page {
                    let order = attr(e, b"ORDER").and_then(|o| o.trim().parse().ok());
                    let label = attr(e, b"ORDERLABEL").or_else(|| attr(e, b"LABEL"));
                    self.pages.push(PageDiv { order, label, files: Vec::new() });
                }
                if !empty {
                    self.div_depth += 1;
                    if is_page {
                        self.page_divs.push((self.div_depth, self.pages.len() - 1));
                    }
                }
            }
            b"fptr" | b"area" if self.physical => {
                if let (Some(&(_, page)), Some(id)) = (self.page_divs.last(), attr(e, b"FILEID")) {
                    self.pages[page].files.push(id);
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"fileGrp" => {
                self.groups.pop();
                self.group = self.groups.join(" ");
            }
            b"file" => self.file = None,
            b"structMap" => {
                self.physical = false;
                self.logical = false;
                self.logical_divs.clear();
            }
            b"div" if self.logical => {
                self.logical_divs.pop();
            }
            b"div" if self.physical => {
                if self.page_divs.last().is_some_and(|&(depth, _)| depth == self.div_depth) {
                    self.page_divs.pop();
                }
                self.div_depth = self.div_depth.saturating_sub(1);
            }
            _ => {}
        }
    }

    /// An `area` of the logical map: a block of the innermost open article.
    fn logical_area(&mut self, e: &BytesStart) {
        let (Some(file), Some(begin)) = (attr(e, b"FILEID"), attr(e, b"BEGIN")) else { return };
        let Some(at) = self.logical_divs.iter().rposition(|(_, a)| a.is_some()) else { return };
        let Some(article) = self.logical_divs[at].1 else { return };
        let types: Vec<String> = self.logical_divs[at + 1..].iter().map(|(t, _)| t.clone()).collect();
        self.articles[article].areas.push((file, begin, role_under(&types)));
    }

    /// The pages in their ORDER (the file's order where none is given), each with its label,
    /// where its ALTO file is and where its scan is, and its file ids; without a physical
    /// map, the text files as listed.
    fn pages(&mut self) -> Vec<ListedPage> {
        let mut numbered: Vec<(usize, PageDiv)> = std::mem::take(&mut self.pages).into_iter().enumerate().collect();
        numbered.sort_by_key(|(i, page)| (page.order.unwrap_or(u32::MAX), *i));
        let files = &self.files;
        let href = |id: &String| files.get(id).and_then(|f| f.href.clone());
        let mut ordered: Vec<ListedPage> = numbered
            .into_iter()
            .filter_map(|(_, page)| {
                let text = page.files.iter().find(|id| files.get(*id).is_some_and(FileEntry::is_text))?;
                let image = page.files.iter().find(|id| files.get(*id).is_some_and(FileEntry::is_image));
                Some((page.label, href(text)?, image.and_then(href), page.files.clone()))
            })
            .collect();
        if ordered.is_empty() {
            ordered = self
                .file_order
                .iter()
                .filter(|id| files[*id].is_text())
                .filter_map(|id| Some((None, href(id)?, None, vec![id.clone()])))
                .collect();
        }
        ordered
    }
}

/// Reads a METS file: its files, and its physical structure map's pages in order.
fn read_mets(name: &str, folder: &Path, bytes: &[u8]) -> Result<MetsIssue, ImportError> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut r = Reading::default();
    loop {
        match reader.read_event().map_err(|e| malformed(FORMAT, bytes, reader.error_position(), e))? {
            Event::Start(e) => r.start(&e, false),
            Event::Empty(e) => r.start(&e, true),
            Event::End(e) => r.end(e.local_name().as_ref()),
            Event::Eof => break,
            _ => {}
        }
    }
    let mut pages = Vec::new();
    for (label, href, image, files) in r.pages() {
        let alto = inside(folder, &href).ok_or(ImportError::OutsideFolder { href })?;
        let scan = match image {
            Some(href) => Some(inside(folder, &href).ok_or(ImportError::OutsideFolder { href })?),
            None => None,
        };
        let scan = scan.filter(|s| super::scan::is_scan(s) && s.is_file());
        pages.push(IssuePage { alto, files, label, scan });
    }
    if pages.is_empty() {
        return Err(ImportError::NoIssuePages);
    }
    let sizes = pages.iter().map(|_| OnceLock::new()).collect();
    Ok(MetsIssue { name: name.to_owned(), pages, sizes, articles: r.articles })
}

/// The file `href` names, relative to `folder` (a `file:` URL or a path), when it lies inside
/// that folder; `None` for a remote file, an absolute path, or one that climbs out.
fn inside(folder: &Path, href: &str) -> Option<PathBuf> {
    let path = href.strip_prefix("file://").or_else(|| href.strip_prefix("file:")).unwrap_or(href);
    let path = path.strip_prefix("./").unwrap_or(path).replace("%20", " ");
    if path.contains("://") || Path::new(&path).is_absolute() || path.starts_with('\\') {
        return None;
    }
    let mut depth = 0usize;
    for part in Path::new(&path).components() {
        match part {
            std::path::Component::Normal(_) => depth += 1,
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => depth = depth.checked_sub(1)?,
            _ => return None,
        }
    }
    let joined = folder.join(&path);
    // A link inside the folder may still lead out of it.
    match (joined.canonicalize(), folder.canonicalize()) {
        (Ok(file), Ok(folder)) if !file.starts_with(&folder) => None,
        _ => Some(joined),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alto_page(word: &str) -> String {
        format!(
            r#"<alto><Layout><Page WIDTH="1000" HEIGHT="1400"><PrintSpace><TextBlock><TextLine HPOS="100" VPOS="100" WIDTH="400" HEIGHT="40">
<String CONTENT="{word}" HPOS="100" VPOS="100" WIDTH="200" HEIGHT="40"/><SP/><String CONTENT="news." HPOS="320" VPOS="100" WIDTH="150" HEIGHT="40"/>
</TextLine></TextBlock></PrintSpace></Page></Layout></alto>"#
        )
    }

    const METS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
  <mets:fileSec>
    <mets:fileGrp USE="IMAGE">
      <mets:file ID="IMG1" MIMETYPE="image/jpeg"><mets:FLocat LOCTYPE="URL" xlink:href="file://./img/1.jpg"/></mets:file>
    </mets:fileGrp>
    <mets:fileGrp ID="ALTOGRP">
      <mets:file ID="ALTO2"><mets:FLocat LOCTYPE="URL" xlink:href="alto/2.xml"/></mets:file>
      <mets:file ID="ALTO1"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/1.xml"/></mets:file>
    </mets:fileGrp>
  </mets:fileSec>
  <mets:structMap TYPE="LOGICAL"><mets:div TYPE="ARTICLE"><mets:fptr FILEID="ALTO2"/></mets:div></mets:structMap>
  <mets:structMap TYPE="PHYSICAL"><mets:div TYPE="physSequence">
    <mets:div TYPE="page" ORDER="2" ORDERLABEL="ii"><mets:fptr FILEID="IMG1"/><mets:fptr FILEID="ALTO2"/></mets:div>
    <mets:div TYPE="page" ORDER="1"><mets:fptr FILEID="IMG1"/><mets:fptr FILEID="ALTO1"/></mets:div>
  </mets:div></mets:structMap>
</mets:mets>"#;

    fn issue_folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("broadsheet-mets-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("alto")).unwrap();
        std::fs::write(dir.join("alto/1.xml"), alto_page("First")).unwrap();
        std::fs::write(dir.join("alto/2.xml"), alto_page("Second")).unwrap();
        std::fs::write(dir.join("issue.mets.xml"), METS).unwrap();
        dir
    }

    #[test]
    fn an_issue_opens_with_its_pages_in_order() {
        let dir = issue_folder("order");
        let path = dir.join("issue.mets.xml");
        let bytes = std::fs::read(&path).unwrap();
        assert!(is_mets(&bytes) && !alto::is_alto(&bytes));
        let source = crate::import::open_at(&path, bytes).expect("opens");
        assert_eq!(source.page_count(), 2);
        let first = source.page(0).expect("page 1");
        assert_eq!(first.lines[0].text, "First news.");
        assert_eq!(first.layout.as_ref().map(|l| (l.page_index, l.page_count)), Some((0, 2)));
        assert_eq!(source.page(1).expect("page 2").lines[0].text, "Second news.");
        assert_eq!(source.page_name(1), "issue.mets.xml, page 2 (ii)");
        assert!(source.page_size(1).is_some());
        assert!(matches!(source.page(2), Err(ImportError::NoSuchPage { page: 3, count: 2 })));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_issue_with_its_scans_shows_them() {
        let dir = issue_folder("scans");
        let path = dir.join("issue.mets.xml");
        let source = crate::import::open_at(&path, std::fs::read(&path).unwrap()).expect("opens");
        assert!(!source.has_page_images(), "no scan there yet");
        std::fs::create_dir_all(dir.join("img")).unwrap();
        image::RgbImage::from_pixel(100, 140, image::Rgb([250, 240, 220])).save(dir.join("img/1.jpg")).unwrap();
        let source = crate::import::open_at(&path, std::fs::read(&path).unwrap()).expect("opens");
        assert!(source.has_page_images());
        let (width, height) = source.page_size(0).expect("a size");
        let raster = source.render(0, 0.5, None).expect("a scan").expect("renders");
        assert_eq!((raster.width, raster.height), ((width * 0.5).round() as u32, (height * 0.5).round() as u32));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_missing_page_file_says_which() {
        let dir = issue_folder("missing");
        std::fs::remove_file(dir.join("alto/2.xml")).unwrap();
        let path = dir.join("issue.mets.xml");
        let source = crate::import::open_at(&path, std::fs::read(&path).unwrap()).expect("opens");
        let message = source.page(1).expect_err("no file").to_string();
        assert!(message.contains("page 2") && message.contains("2.xml"), "{message}");
        assert!(source.page(0).is_ok(), "the other pages still open");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn only_files_inside_the_folder_are_read() {
        let folder = Path::new("/some/issue");
        assert_eq!(inside(folder, "alto/1.xml"), Some(folder.join("alto/1.xml")));
        assert_eq!(inside(folder, "file://./alto/1.xml"), Some(folder.join("alto/1.xml")));
        assert_eq!(inside(folder, "a/../alto/1.xml"), Some(folder.join("a/../alto/1.xml")));
        for outside in ["../other/1.xml", "/etc/passwd", "file:///etc/passwd", "https://example.org/1.xml", "a/../../x"]
        {
            assert_eq!(inside(folder, outside), None, "{outside}");
        }
        let evil = METS.replace("alto/2.xml", "../../../../etc/passwd");
        let err = read_mets("m", folder, evil.as_bytes()).expect_err("refused");
        assert!(err.to_string().contains("../../../../etc/passwd"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_that_leads_out_of_the_folder_is_refused() {
        let dir = issue_folder("link");
        std::fs::remove_file(dir.join("alto/2.xml")).unwrap();
        let outside = std::env::temp_dir().join(format!("broadsheet-mets-outside-{}.xml", std::process::id()));
        std::fs::write(&outside, alto_page("Elsewhere")).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("alto/2.xml")).unwrap();
        let path = dir.join("issue.mets.xml");
        let err = crate::import::open_at(&path, std::fs::read(&path).unwrap()).expect_err("refused");
        assert!(matches!(err, ImportError::OutsideFolder { .. }), "{err}");
        let _ = std::fs::remove_dir_all(dir);
        let _ = std::fs::remove_file(outside);
    }

    #[test]
    fn a_damaged_file_says_where() {
        let cut = METS.replace("</mets:fileGrp>\n  </mets:fileSec>", "</mets:fileSec>");
        let err = read_mets("m", Path::new("."), cut.as_bytes()).expect_err("damaged");
        assert!(err.to_string().starts_with("this METS file is damaged at line "), "{err}");
    }
}
