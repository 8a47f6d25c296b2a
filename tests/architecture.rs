//! The library's phases depend only on the phases below them (ARCHITECTURE.md), and no
//! library module knows about the GUI. Checked on the source text: every `crate::PHASE`
//! path outside `#[cfg(test)]` code must name a phase at or below the file's own.

use std::path::{Path, PathBuf};

/// The phases, bottom to top. A file of phase `k` may name phases `0..=k`.
const PHASES: &[&str] = &[
    "model", "text", "layout", "import", "analyze", "document", "edit", "project", "export", "open", "score", "learn",
];

/// Crates only the app (src/app, src/main.rs) may use.
const GUI_CRATES: &[&str] = &["egui", "eframe", "rfd"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The file's text without its `#[cfg(test)]` module (tests may build on any phase).
fn library_text(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests").map_or(text, |i| &text[..i])
}

/// The phase names a text's code (not its comments) refers to with `crate::NAME`.
fn named_phases(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
    for line in code {
        named_in_line(line, &mut found);
    }
    found
}

fn named_in_line(line: &str, found: &mut Vec<&'static str>) {
    for (i, _) in line.match_indices("crate::") {
        let rest = &line[i + "crate::".len()..];
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if let Some(phase) = PHASES.iter().find(|p| **p == name)
            && !found.contains(phase)
        {
            found.push(*phase);
        }
    }
}

#[test]
fn no_phase_reaches_up_and_no_library_module_knows_the_gui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let top = relative.components().next().and_then(|c| c.as_os_str().to_str()).unwrap_or("");
        let top = top.trim_end_matches(".rs");
        if top == "app" || top == "main" || top == "lib" {
            continue;
        }
        let Some(level) = PHASES.iter().position(|p| *p == top) else {
            violations.push(format!("{}: not in a phase (add it to ARCHITECTURE.md and PHASES)", relative.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable");
        let text = library_text(&text);
        for phase in named_phases(text) {
            let at = PHASES.iter().position(|p| *p == phase).unwrap_or(0);
            if at > level {
                violations.push(format!("{}: phase {top} reaches up to {phase}", relative.display()));
            }
        }
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        for gui in GUI_CRATES {
            if code.contains(&format!("{gui}::")) {
                violations.push(format!("{}: uses {gui}, which only the app may", relative.display()));
            }
        }
        checked += 1;
    }
    assert!(checked >= 30, "the walk found the library's files ({checked})");
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
