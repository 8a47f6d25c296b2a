//! What the worker thread does: open the file through the library, analyse the page,
//! assemble its articles, and put any failure into the words the banner shows.

use super::super::demo;
use super::super::open_document::{OpenDocument, Shown};
use super::{Loaded, Request};
use broadsheet::document::Document;
use broadsheet::import::{ImportError, Source};
use broadsheet::model::Page;
use broadsheet::open::{self, OpenError};
use std::path::Path;
use std::sync::Arc;

/// Reads and analyses what `request` names: the default loader.
pub fn load(request: &Request) -> Loaded {
    match request {
        Request::Path { path, index } => load_path(path, *index),
        Request::Page { path, source, index } => load_page(path, source, *index),
        Request::Demo(i) => {
            let name = demo::PAGES.get(*i).map_or(demo::PAGES[0].name, |p| p.name);
            let open = OpenDocument::new(demo::document(*i), Shown::Demo(name), None);
            Loaded::Page { open: Box::new(open), image: None, remember: None, warning: None }
        }
    }
}

/// A page file (page `index`, 0-based, of a file with several) or a project, as the
/// library opens any path. A page without readable text still shows its image.
fn load_path(path: &Path, index: usize) -> Loaded {
    match open::open(path, index) {
        Ok(opened) => {
            // A file with page images shows them; an OCR file without one (ALTO, hOCR, PAGE)
            // knows where its words stand, and the page view draws them.
            let drawable = opened.source.has_page_images() || opened.source.page_size(opened.page_index).is_some();
            let image = drawable.then(|| (opened.source.clone(), opened.page_index));
            let mut open = OpenDocument::new(opened.doc, Shown::File(opened.page_path), None);
            open.project_path = opened.project_path;
            Loaded::Page { open: Box::new(open), image, remember: Some(path.to_owned()), warning: None }
        }
        Err(OpenError::Import { error, file: Some(source), .. }) if without_text(&error) => {
            page_without_text(path, source, index, &error)
        }
        Err(e) => Loaded::Failed(sentence(&e)),
    }
}

/// Page `index` (0-based) of `source`, the file open at `path` (the page picker).
fn load_page(path: &Path, source: &Arc<dyn Source>, index: usize) -> Loaded {
    match source.page(index) {
        Ok(page) => {
            let open = OpenDocument::new(Document::new(page), Shown::File(path.to_owned()), None);
            Loaded::Page {
                open: Box::new(open),
                image: Some((source.clone(), index)),
                remember: Some(path.to_owned()),
                warning: None,
            }
        }
        Err(e) if without_text(&e) => page_without_text(path, source.clone(), index, &e),
        Err(e) => Loaded::Failed(format!("Cannot open {}: {e}", path.display())),
    }
}

/// Page `index` of `source`, which has no text to read: its image, and why.
fn page_without_text(path: &Path, source: Arc<dyn Source>, index: usize, error: &ImportError) -> Loaded {
    let page = Page::from_text(&source.page_name(index), "PDF", "");
    let open = OpenDocument::new(Document::new(page), Shown::File(path.to_owned()), None);
    Loaded::Page {
        open: Box::new(open),
        image: Some((source, index)),
        remember: Some(path.to_owned()),
        warning: Some(format!("{}, page {}: {error}", path.display(), index + 1)),
    }
}

/// A page that opened but has no text to read (a scan without OCR): its image still shows.
fn without_text(error: &ImportError) -> bool {
    matches!(
        error,
        ImportError::NoTextLayer { .. } | ImportError::UnreadableText { .. } | ImportError::UnplaceableText { .. }
    )
}

/// An error and its causes as one sentence for the banner: "Cannot open p.txt: the page is empty".
fn sentence(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        text.push_str(": ");
        text.push_str(&e.to_string());
        cause = e.source();
    }
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
