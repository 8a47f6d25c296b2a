//! The RON project file: a page's corrected segmentation, saved beside the user's files.
//!
//! The file names the source page (relative to the project) with the SHA-256 of its bytes,
//! and lists the articles as line ranges with roles, the paragraph breaks the user set and
//! the headlines they typed. Loading re-analyses the page and turns the saved segmentation
//! back into overrides of the detection, so it comes back exactly as saved. Saving is atomic.

mod atomic;

pub use atomic::{write_atomic, write_atomic_with, write_export};

use crate::document::{Document, Overrides, Placement};
use crate::import::{self, Source};
use crate::model::{ArticleId, LineId, Role};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// The schema this version writes and reads.
pub const SCHEMA: u32 = 1;

/// The extension of project files.
pub const EXTENSION: &str = "broadsheet.ron";

/// The project file as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectFile {
    /// Schema version ([`SCHEMA`]).
    pub schema: u32,
    /// The Broadsheet version that wrote it.
    pub app_version: String,
    /// The page the project corrects.
    pub source: SourceRef,
    /// Articles in reading order.
    pub articles: Vec<ArticleRecord>,
    /// Lines in no article.
    pub unassigned: Vec<LineRange>,
    /// Paragraph decisions the user set.
    pub breaks: Vec<BreakRecord>,
}

/// The source page: where it is and what it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// Path relative to the project file's folder, with `/` separators.
    pub path: String,
    /// SHA-256 of the page's bytes, hex.
    pub sha256: String,
    /// For a PDF, the 1-based page the corrections are about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_page: Option<usize>,
}

/// One article: its id, the headline typed by the user if any, its lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The article's id.
    pub id: u32,
    /// Headline text typed by the user.
    pub headline: Option<String>,
    /// Its lines, as ranges with one role each.
    pub lines: Vec<LineRange>,
}

/// Source lines `first..=last` (1-based; blank lines inside carry no role) with one role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineRange {
    /// First line number.
    pub first: u32,
    /// Last line number.
    pub last: u32,
    /// The role of every non-blank line in the range.
    pub role: Role,
}

/// A paragraph decision set by the user below line `after`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakRecord {
    /// The line above the boundary (1-based).
    pub after: u32,
    /// `true`: a paragraph break; `false`: joined.
    pub paragraph: bool,
}

/// Why a project could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// The project file itself cannot be read.
    #[error("the file cannot be read")]
    Unreadable {
        /// The cause.
        source: std::io::Error,
    },
    /// Reading or writing another file failed.
    #[error("{}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a valid project (ron's message says where).
    #[error("{} is not a valid project file: {message}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// ron's message, with line and column.
        message: String,
    },
    /// A schema this version does not know.
    #[error("{} has schema {found}; this Broadsheet reads schema {SCHEMA}", path.display())]
    Schema {
        /// The file.
        path: PathBuf,
        /// The schema found.
        found: u32,
    },
    /// The source page is not where the project says.
    #[error("the source page {} is missing or cannot be read (the project {} refers to it as \"{relative}\")", page.display(), project.display())]
    SourceMissing {
        /// Where it was looked for.
        page: PathBuf,
        /// The project.
        project: PathBuf,
        /// As written in the project.
        relative: String,
        /// Why it cannot be read.
        source: std::io::Error,
    },
    /// The project names a page it may not: an absolute path, or one leading out of the
    /// folder that holds the project's folder.
    #[error("the project {} names its page as \"{relative}\", {why}; a project names a page in its own folder, below it, or beside it (one folder up at most)", project.display())]
    PageOutside {
        /// The project.
        project: PathBuf,
        /// As written in the project.
        relative: String,
        /// What is wrong with it.
        why: &'static str,
    },
    /// The source page's bytes changed since the project was saved.
    #[error(
        "the source page {} has changed since the project was saved (its SHA-256 was {expected}); the corrections refer to line numbers and would no longer fit",
        page.display()
    )]
    SourceChanged {
        /// The page.
        page: PathBuf,
        /// SHA-256 in the project.
        expected: String,
    },
    /// The source page cannot be imported.
    #[error("the source page {} cannot be opened", page.display())]
    Import {
        /// The page.
        page: PathBuf,
        /// The cause.
        source: crate::import::ImportError,
    },
    /// A line number in the project is not on the page.
    #[error("{} names line {line}, but the page has {lines} lines", path.display())]
    LineOutOfRange {
        /// The project.
        path: PathBuf,
        /// The line.
        line: u32,
        /// Lines on the page.
        lines: usize,
    },
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `target` relative to the folder `base`, with `/` separators (absolute when they share no root).
pub fn relative_path(target: &Path, base: &Path) -> String {
    let target = target.canonicalize().unwrap_or_else(|_| target.to_owned());
    let base = base.canonicalize().unwrap_or_else(|_| base.to_owned());
    let (t, b): (Vec<Component>, Vec<Component>) = (target.components().collect(), base.components().collect());
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return target.to_string_lossy().replace('\\', "/");
    }
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_owned(), b.len() - common).collect();
    parts.extend(t[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

/// The project's record of `doc`, whose page is the file `page_path`, to be saved at `project_path`.
pub fn record(doc: &Document, page_bytes: &[u8], page_path: &Path, project_path: &Path) -> ProjectFile {
    let folder = project_path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let articles = doc
        .article_ids()
        .into_iter()
        .map(|id| ArticleRecord {
            id: id.0,
            headline: doc.overrides.headlines.get(&id).cloned(),
            lines: ranges(doc, Some(id)),
        })
        .collect();
    ProjectFile {
        schema: SCHEMA,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        source: SourceRef {
            path: relative_path(page_path, folder),
            sha256: sha256_hex(page_bytes),
            pdf_page: doc.page.layout.as_ref().map(|l| l.page_index + 1),
        },
        articles,
        unassigned: ranges(doc, None),
        breaks: doc.overrides.breaks.iter().map(|(l, &p)| BreakRecord { after: l.number(), paragraph: p }).collect(),
    }
}

/// Ranges of the non-blank lines in `article` (or in none), split where the role changes or
/// a line of another article stands between.
fn ranges(doc: &Document, article: Option<ArticleId>) -> Vec<LineRange> {
    let mut out: Vec<LineRange> = Vec::new();
    let mut open = false;
    for i in 0..doc.page.lines.len() as u32 {
        let p = doc.placement(LineId(i));
        if p.role == Role::Blank {
            continue;
        }
        if p.article != article {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(range) if open && range.role == p.role => range.last = i + 1,
            _ => out.push(LineRange { first: i + 1, last: i + 1, role: p.role }),
        }
        open = true;
    }
    out
}

/// Serialises a record as RON (deterministic).
pub fn to_ron(project: &ProjectFile) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(false).indentor("  ".to_owned());
    let mut text = ron::ser::to_string_pretty(project, config).unwrap_or_default();
    text.push('\n');
    text
}

/// Saves `doc` (page `page_path`) as a project at `project_path`, atomically.
pub fn save(doc: &Document, page_path: &Path, project_path: &Path) -> Result<(), ProjectError> {
    let bytes =
        import::read_file(page_path).map_err(|source| ProjectError::Io { path: page_path.to_owned(), source })?;
    let record = record(doc, &bytes, page_path, project_path);
    // A project saved where it could not be opened again would lose the corrections.
    if let Err(why) = check_page_path(&record.source.path) {
        let why = if why == ABSOLUTE { "which is on another drive" } else { why };
        return Err(ProjectError::PageOutside { project: project_path.to_owned(), relative: record.source.path, why });
    }
    let text = to_ron(&record);
    write_atomic(project_path, text.as_bytes())
        .map_err(|source| ProjectError::Io { path: project_path.to_owned(), source })
}

/// A loaded project: the document with its corrections, and where its page is.
pub struct Loaded {
    /// The document, corrections applied.
    pub doc: Document,
    /// The source page's path.
    pub page_path: PathBuf,
    /// The source page's file, opened.
    pub source: Arc<dyn Source>,
}

/// Opens a project file: checks its page, re-analyses it, restores the corrections.
pub fn load(project_path: &Path) -> Result<Loaded, ProjectError> {
    let project = read(project_path)?;
    let page_path = resolve_page(project_path, &project.source.path)?;
    let bytes = import::read_file(&page_path).map_err(|source| ProjectError::SourceMissing {
        page: page_path.clone(),
        project: project_path.to_owned(),
        relative: project.source.path.clone(),
        source,
    })?;
    // Only the expected hash is told: the file found may be anything.
    if sha256_hex(&bytes) != project.source.sha256 {
        return Err(ProjectError::SourceChanged { page: page_path, expected: project.source.sha256 });
    }
    let index = project.source.pdf_page.unwrap_or(1).saturating_sub(1);
    let imported = import::open_at(&page_path, bytes).and_then(|source| Ok((source.page(index)?, source)));
    let (page, source) = imported.map_err(|source| ProjectError::Import { page: page_path.clone(), source })?;
    let mut doc = Document::new(page);
    doc.overrides = overrides(&doc, &project, project_path)?;
    Ok(Loaded { doc, page_path, source })
}

/// The largest project file Broadsheet reads: 64 MiB (a page's corrections take kilobytes).
pub const MAX_PROJECT_BYTES: u64 = 64 << 20;

/// Reads and checks a project file: UTF-8 (a byte-order mark is skipped), valid RON of this
/// schema, line ranges in order and apart, a page number from 1.
pub fn read(project_path: &Path) -> Result<ProjectFile, ProjectError> {
    let bytes = import::read_file_within(project_path, MAX_PROJECT_BYTES)
        .map_err(|source| ProjectError::Unreadable { source })?;
    parse(&bytes, project_path)
}

/// Checks a project file's bytes as [`read`] does, touching no file; `project_path` names the
/// file in errors.
pub fn parse(bytes: &[u8], project_path: &Path) -> Result<ProjectFile, ProjectError> {
    let corrupt = |message: String| ProjectError::Corrupt { path: project_path.to_owned(), message };
    let text = parse_text(bytes).map_err(corrupt)?;
    let project: ProjectFile = ron::from_str(text).map_err(|e| corrupt(e.to_string()))?;
    if project.schema != SCHEMA {
        return Err(ProjectError::Schema { path: project_path.to_owned(), found: project.schema });
    }
    validate(&project).map_err(corrupt)?;
    Ok(project)
}

/// The text of a project file: UTF-8 without its byte-order mark, or where it is not UTF-8.
fn parse_text(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = memchr::memchr_iter(b'\n', before).count() + 1;
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        format!("{line}:{column}: the file is not UTF-8 here (byte {})", e.valid_up_to())
    })
}

/// The checks RON's types cannot make: ranges run forward and no line is placed twice; PDF
/// pages count from 1.
fn validate(project: &ProjectFile) -> Result<(), String> {
    if project.source.pdf_page == Some(0) {
        return Err("pdf_page is 0; pages count from 1".to_owned());
    }
    let ranges = project.articles.iter().flat_map(|a| a.lines.iter()).chain(&project.unassigned);
    let mut spans: Vec<(u32, u32)> = Vec::new();
    for range in ranges {
        if range.first == 0 || range.last < range.first {
            return Err(format!("the line range {}..={} runs backwards or from 0", range.first, range.last));
        }
        spans.push((range.first, range.last));
    }
    spans.sort_unstable();
    if let Some(w) = spans.windows(2).find(|w| w[1].0 <= w[0].1) {
        return Err(format!("the line ranges {}..={} and {}..={} overlap", w[0].0, w[0].1, w[1].0, w[1].1));
    }
    Ok(())
}

/// The reason a page path is refused.
const ABSOLUTE: &str = "an absolute path";

/// A project's page path may go up one folder at most, then down: `p.pdf`, `pages/p.pdf`,
/// `../pages/p.pdf`.
fn check_page_path(relative: &str) -> Result<(), &'static str> {
    let path = Path::new(relative);
    if path.has_root() || path.is_absolute() || matches!(path.components().next(), Some(Component::Prefix(_))) {
        return Err(ABSOLUTE);
    }
    let parts: Vec<Component> = path.components().filter(|c| *c != Component::CurDir).collect();
    let up = parts.iter().take_while(|c| **c == Component::ParentDir).count();
    let later_up = parts[up..].contains(&Component::ParentDir);
    if up > 1 || later_up || parts.len() == up {
        return Err("which leads out of the folders around the project");
    }
    Ok(())
}

/// Where a project's page is, checked: by an allowed path ([`check_page_path`]), and not
/// through a link out of the folder that holds the project's folder.
fn resolve_page(project_path: &Path, relative: &str) -> Result<PathBuf, ProjectError> {
    let outside =
        |why| ProjectError::PageOutside { project: project_path.to_owned(), relative: relative.to_owned(), why };
    check_page_path(relative).map_err(outside)?;
    let folder = project_path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let page_path = folder.join(relative);
    if let (Ok(page), Ok(folder)) = (page_path.canonicalize(), folder.canonicalize()) {
        let around = folder.parent().unwrap_or(&folder);
        if !page.starts_with(around) {
            return Err(outside("which a link leads out of the folders around the project"));
        }
    }
    Ok(page_path)
}

/// The overrides that turn the detection of `doc` into the saved segmentation `project`
/// (whose file `path` names in errors). [`load`] is [`read`], this, and the page's checks.
pub fn overrides(doc: &Document, project: &ProjectFile, path: &Path) -> Result<Overrides, ProjectError> {
    let n = doc.page.lines.len();
    let mut saved: Vec<Option<Placement>> = vec![None; n];
    let mut place = |range: &LineRange, article: Option<ArticleId>| -> Result<(), ProjectError> {
        for number in range.first..=range.last {
            let i = number.checked_sub(1).filter(|&i| (i as usize) < n);
            let i = i.ok_or(ProjectError::LineOutOfRange { path: path.to_owned(), line: number, lines: n })?;
            if doc.detected(LineId(i)).role != Role::Blank {
                saved[i as usize] = Some(Placement { article, role: range.role });
            }
        }
        Ok(())
    };
    for article in &project.articles {
        for range in &article.lines {
            place(range, Some(ArticleId(article.id)))?;
        }
    }
    for range in &project.unassigned {
        place(range, None)?;
    }
    let mut out = Overrides::default();
    for (i, placement) in saved.into_iter().enumerate() {
        let line = LineId(i as u32);
        let detected = doc.detected(line);
        let placement = placement.unwrap_or(if detected.role == Role::Blank {
            detected
        } else {
            Placement { article: None, ..detected }
        });
        if placement != detected {
            out.lines.insert(line, placement);
        }
    }
    for b in &project.breaks {
        let line = b.after.checked_sub(1).filter(|&i| (i as usize) < n);
        let line = line.ok_or(ProjectError::LineOutOfRange { path: path.to_owned(), line: b.after, lines: n })?;
        out.breaks.insert(LineId(line), b.paragraph);
    }
    for article in &project.articles {
        if let Some(text) = &article.headline {
            out.headlines.insert(ArticleId(article.id), text.clone());
        }
    }
    let order: Vec<ArticleId> = project.articles.iter().map(|a| ArticleId(a.id)).collect();
    let mut probe = doc.clone();
    probe.overrides = out.clone();
    if probe.article_ids() != order {
        out.order = Some(order);
    }
    Ok(out)
}

/// Whether `path` names a project file rather than a page.
pub fn is_project(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".ron")
}
