//! Helpers shared by the integration tests.

#![allow(dead_code)]

use broadsheet::document::Document;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The team's shared folder (pages, scorer), beside the repository.
pub fn shared() -> PathBuf {
    std::env::var_os("BROADSHEET_SHARED").map(PathBuf::from).unwrap_or_else(|| root().join("../shared"))
}

/// Every page with an expected result: the shared ones, the demo pages, the held-out ones.
pub fn scored_pages() -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for dir in [shared().join("pages"), root().join("assets/pages"), root().join("tests/pages")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        names.sort();
        for expected in names {
            let name = expected.to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".expected.json") {
                let page = PathBuf::from(format!("{stem}.txt"));
                if page.exists() {
                    out.push((page, expected));
                }
            }
        }
    }
    out
}

/// Imports and analyses a page file.
pub fn open(path: &Path) -> Document {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let page = broadsheet::import::decode_text(&name, &bytes)
        .unwrap_or_else(|e| panic!("cannot import {}: {e}", path.display()));
    Document::new(page)
}
