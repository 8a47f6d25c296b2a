//! Opening whatever path the user names: a page file in any format an importer reads, or a
//! project (`NAME.broadsheet.ron`) with the page it corrects. The command line, the app
//! and the tests all open files through [`open`].

use crate::document::Document;
use crate::import::{self, ImportError, Source};
use crate::project::{self, ProjectError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An opened page: its document (corrections applied when a project was opened), the
/// file it comes from and where.
#[derive(Debug)]
pub struct Opened {
    /// The page, analysed, with the project's corrections when a project was opened.
    pub doc: Document,
    /// The page file, opened: its other pages and its page images.
    pub source: Arc<dyn Source>,
    /// Where the page file is.
    pub page_path: PathBuf,
    /// Which page of the file (0-based).
    pub page_index: usize,
    /// The project opened, when it was one.
    pub project_path: Option<PathBuf>,
}

/// Why a path could not be opened. The cause follows in the error's source chain.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file was read but its page could not be imported.
    #[error("cannot open {}", path.display())]
    Import {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        error: ImportError,
        /// The file, when it opened and only the page failed (a scan without text still
        /// has its image).
        file: Option<Arc<dyn Source>>,
    },
    /// The project could not be opened.
    #[error("cannot open the project {}", path.display())]
    Project {
        /// The project.
        path: PathBuf,
        /// The cause.
        source: ProjectError,
    },
}

/// Opens a page file (its page `page_index`, 0-based, when it has several) or a project
/// (the page it was saved on, with its corrections).
///
/// ```
/// let dir = std::env::temp_dir().join(format!("broadsheet-open-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("p.txt");
/// std::fs::write(&path, "本报讯（记者 甲）今天，\n天气很好。").unwrap();
/// let opened = broadsheet::open::open(&path, 0).unwrap();
/// assert_eq!(opened.doc.articles().len(), 1);
/// assert!(opened.project_path.is_none());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn open(path: &Path, page_index: usize) -> Result<Opened, OpenError> {
    if project::is_project(path) {
        let loaded = project::load(path).map_err(|source| OpenError::Project { path: path.to_owned(), source })?;
        let page_index = loaded.doc.page.layout.as_ref().map_or(0, |l| l.page_index);
        return Ok(Opened {
            doc: loaded.doc,
            source: loaded.source,
            page_path: loaded.page_path,
            page_index,
            project_path: Some(path.to_owned()),
        });
    }
    let bytes = import::read_file(path).map_err(|source| OpenError::Read { path: path.to_owned(), source })?;
    let source =
        import::open_at(path, bytes).map_err(|error| OpenError::Import { path: path.to_owned(), error, file: None })?;
    let page = source.page(page_index).map_err(|error| OpenError::Import {
        path: path.to_owned(),
        error,
        file: Some(source.clone()),
    })?;
    Ok(Opened { doc: Document::new(page), source, page_path: path.to_owned(), page_index, project_path: None })
}
