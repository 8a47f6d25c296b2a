//! Hostile input: every file that once froze or exhausted Broadsheet ends with a clean result
//! or a clean error under a memory limit; special files are refused; no command writes over a
//! file it reads, through a link, onto a device, or outside its target.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary with `args` under a 2 GiB address-space limit; a run that has not ended
/// after `patience` is killed and reported as a hang.
fn run_limited(args: &[&str], patience: Duration) -> Output {
    let quoted: Vec<String> = args.iter().map(|a| format!("'{}'", a.replace('\'', "'\\''"))).collect();
    let script = format!("ulimit -v 2097152; exec '{}' {}", env!("CARGO_BIN_EXE_broadsheet"), quoted.join(" "));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("waits").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > patience {
            let _ = child.kill();
            panic!("{args:?} did not end within {patience:?}: a hang");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A clean error: exit 1, one line on stderr, no panic.
fn assert_clean_error(out: &Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    stderr
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-robust-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_hostile_file_ends_cleanly_under_a_memory_limit() {
    // The shared hostile files, and what the fuzz targets found (fuzz/regressions).
    let dirs =
        [common::shared().join("robustness"), PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions")];
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with("fuzz/regressions/slow-nested-flate.pdf")), "{files:?}");
    for file in files {
        let out = run_limited(&["export", file.to_str().unwrap()], Duration::from_secs(60));
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => assert!(out.stdout.starts_with(b"{"), "{}: {stderr}", file.display()),
            _ => {
                let message = assert_clean_error(&out, &file.display().to_string());
                if file.ends_with("slow-nested-flate.pdf") {
                    assert!(message.contains("corrupt"), "refused before decoding: {message}");
                }
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn only_regular_files_are_read() {
    let dir = temp_dir("special");
    let fifo = dir.join("pipe.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    for (page, says) in [
        (dir.to_str().unwrap(), "folder"),
        (fifo.to_str().unwrap(), "not a regular file"),
        ("/dev/zero", "not a regular file"),
    ] {
        let out = run_limited(&["export", page], Duration::from_secs(30));
        let stderr = assert_clean_error(&out, page);
        assert!(stderr.contains(says), "{page}: {stderr}");
    }
}

/// A project saved beside its page, for the tests below.
fn project_beside_page(dir: &Path) -> (PathBuf, PathBuf) {
    let page = dir.join("page.txt");
    std::fs::write(&page, "本报讯（记者 甲）今天，天气很好。\n").unwrap();
    let project = dir.join("page.broadsheet.ron");
    let doc = common::open(&page);
    broadsheet::project::save(&doc, &page, &project).unwrap();
    (page, project)
}

#[test]
fn no_export_lands_on_a_file_the_command_reads() {
    let dir = temp_dir("overwrite");
    let (page, project) = project_beside_page(&dir);
    let (page_bytes, project_bytes) = (std::fs::read(&page).unwrap(), std::fs::read(&project).unwrap());
    for target in [&page, &project] {
        let out = run_limited(
            &["export", project.to_str().unwrap(), "-o", target.to_str().unwrap()],
            Duration::from_secs(30),
        );
        let stderr = assert_clean_error(&out, &target.display().to_string());
        assert!(stderr.contains("refusing to write over"), "{stderr}");
    }
    assert_eq!(std::fs::read(&page).unwrap(), page_bytes, "the page is untouched");
    assert_eq!(std::fs::read(&project).unwrap(), project_bytes, "the project is untouched");
    // A good target: written, and nothing else appears in the folder.
    let out_path = dir.join("out.md");
    let out =
        run_limited(&["export", project.to_str().unwrap(), "-o", out_path.to_str().unwrap()], Duration::from_secs(30));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["out.md", "page.broadsheet.ron", "page.txt"]);
}

#[cfg(unix)]
#[test]
fn an_export_never_replaces_a_link_or_a_device() {
    let dir = temp_dir("targets");
    let (page, _) = project_beside_page(&dir);
    let real = dir.join("real.json");
    std::fs::write(&real, "kept").unwrap();
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    for target in [link.to_str().unwrap(), "/dev/null"] {
        let out = run_limited(&["export", page.to_str().unwrap(), "-o", target], Duration::from_secs(30));
        assert_clean_error(&out, target);
    }
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read(&real).unwrap(), b"kept");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

#[test]
fn a_project_names_only_a_page_around_it_and_never_tells_another_files_hash() {
    let dir = temp_dir("page-path");
    let (_, project) = project_beside_page(&dir);
    let text = std::fs::read_to_string(&project).unwrap();
    for (path, says) in [
        ("../../../../../../etc/passwd", "leads out of the folders around the project"),
        ("/etc/passwd", "an absolute path"),
    ] {
        let hostile = dir.join("hostile.broadsheet.ron");
        std::fs::write(&hostile, text.replace("\"page.txt\"", &format!("\"{path}\""))).unwrap();
        let out = run_limited(&["export", hostile.to_str().unwrap()], Duration::from_secs(30));
        let stderr = assert_clean_error(&out, path);
        assert!(stderr.contains(says), "{path}: {stderr}");
    }
    // A changed page: only the hash the project expects is told, never the new file's.
    let page = dir.join("page.txt");
    std::fs::write(&page, "另一篇。\n").unwrap();
    let out = run_limited(&["export", project.to_str().unwrap()], Duration::from_secs(30));
    let stderr = assert_clean_error(&out, "changed page");
    let found = broadsheet::project::sha256_hex("另一篇。\n".as_bytes());
    assert!(stderr.contains("has changed") && !stderr.contains(&found), "{stderr}");
}

#[test]
fn damaged_projects_are_refused_with_where() {
    let dir = temp_dir("damaged");
    let (_, project) = project_beside_page(&dir);
    let text = std::fs::read_to_string(&project).unwrap();
    // A byte-order mark is fine.
    let bom = dir.join("bom.broadsheet.ron");
    std::fs::write(&bom, format!("\u{FEFF}{text}")).unwrap();
    assert!(broadsheet::project::load(&bom).is_ok());
    // Not UTF-8: line and column.
    let bad = dir.join("bad.broadsheet.ron");
    let mut bytes = text.clone().into_bytes();
    bytes.insert(text.find("schema").unwrap(), 0xFF);
    std::fs::write(&bad, bytes).unwrap();
    let err = format!("{:#}", anyhow::Error::from(broadsheet::project::load(&bad).err().unwrap()));
    assert!(err.contains("not UTF-8") && err.contains("2:"), "{err}");
    // A page numbered 0 and a range that runs backwards.
    let zero = dir.join("zero.broadsheet.ron");
    std::fs::write(&zero, text.replacen("    sha256:", "    pdf_page: Some(0),\n    sha256:", 1)).unwrap();
    assert!(broadsheet::project::load(&zero).err().unwrap().to_string().contains("pdf_page"));
    let backwards = dir.join("backwards.broadsheet.ron");
    std::fs::write(&backwards, text.replacen("first: 1,", "first: 9,", 1)).unwrap();
    let err = broadsheet::project::load(&backwards).err().unwrap().to_string();
    assert!(err.contains("runs backwards"), "{err}");
}

#[test]
fn text_with_a_bad_byte_says_where() {
    let dir = temp_dir("utf8");
    let page = dir.join("bad.txt");
    std::fs::write(&page, b"Le journal\n\xc3\xa9t\xc3\xa9 tr\xff bien\n").unwrap();
    let out = run_limited(&["export", page.to_str().unwrap()], Duration::from_secs(30));
    let stderr = assert_clean_error(&out, "bad byte");
    assert!(stderr.contains("line 2, column 7"), "{stderr}");
    // Each message says its cause once.
    let out = run_limited(&["export", page.to_str().unwrap(), "--page", "7"], Duration::from_secs(30));
    let stderr = assert_clean_error(&out, "said once");
    assert_eq!(stderr.matches("not UTF-8").count(), 1, "{stderr}");
}

/// Found by fuzzing (`fuzz/`, target `project`): a project may number an article with any
/// u32, and a new article's id was the largest one plus 1, which overflowed at `u32::MAX`
/// (a panic, or in a release build id 0 for every later new article, merging them).
#[test]
fn an_article_numbered_u32_max_still_splits_into_new_articles() {
    use broadsheet::edit::{Edit, History};
    use broadsheet::model::LineId;
    let dir = temp_dir("max-id");
    let page = dir.join("page.txt");
    std::fs::write(&page, "本报讯（记者 甲）今天，天气很好。\n第二行。\n第三行。\n第四行。\n").unwrap();
    let project = dir.join("page.broadsheet.ron");
    let doc = common::open(&page);
    assert_eq!(doc.article_ids().len(), 1, "{:?}", doc.article_ids());
    broadsheet::project::save(&doc, &page, &project).unwrap();
    let text = std::fs::read_to_string(&project).unwrap();
    let id = doc.article_ids()[0].0;
    std::fs::write(&project, text.replacen(&format!("id: {id},"), &format!("id: {},", u32::MAX), 1)).unwrap();
    let mut doc = broadsheet::project::load(&project).unwrap().doc;
    assert_eq!(doc.article_ids().iter().map(|a| a.0).collect::<Vec<_>>(), [u32::MAX]);
    let mut history = History::new();
    history.apply(&mut doc, &Edit::Split { at: LineId(1) }).unwrap();
    history.apply(&mut doc, &Edit::Split { at: LineId(2) }).unwrap();
    let ids = doc.article_ids();
    assert_eq!(ids.len(), 3, "{ids:?}");
    let lines: Vec<Vec<LineId>> = ids.iter().map(|&id| doc.lines_of(id)).collect();
    assert_eq!(lines, [vec![LineId(0)], vec![LineId(1)], vec![LineId(2), LineId(3)]], "{ids:?}");
}

/// A PDF page of `glyphs` single letters at pseudo-random places and sizes on a large page:
/// thousands of one-glyph blocks, many of them headline-sized.
fn scattered_glyphs_pdf(glyphs: usize) -> Vec<u8> {
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let (width, height) = (5000, 6500);
    let mut content = String::from("BT\n");
    for _ in 0..glyphs {
        let size = [6, 8, 9, 10, 12, 18, 24][next(7) as usize];
        let (x, y) = (20 + next(width - 42), 20 + next(height - 42));
        let text = ["a", "b", ".", "Q", "x y"][next(5) as usize];
        content += &format!("/F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj\n");
    }
    content += "ET\n";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf += &format!("{} 0 obj\n{object}\nendobj\n", i + 1);
    }
    let xref = pdf.len();
    pdf += &format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        pdf += &format!("{offset:010} 00000 n \n");
    }
    pdf += &format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1);
    pdf.into_bytes()
}

/// Found by fuzzing (`fuzz/`, target `pdf`: its slowest seed, `hang-random-200-glyphs.pdf`,
/// grown): a 200 KB page of scattered glyphs took tens of seconds to lay out and export, as
/// the layout paired every block with every headline and every other block and, inside that,
/// scanned every zone (which blocks are unowned) or every block (which text stands above),
/// and the JSON export scanned the whole page once per article.
#[test]
fn a_page_of_scattered_glyphs_lays_out_in_seconds() {
    let dir = temp_dir("scattered");
    let pdf = dir.join("scattered.pdf");
    std::fs::write(&pdf, scattered_glyphs_pdf(5000)).unwrap();
    // To a file: the JSON outgrows a pipe's buffer, which `run_limited` reads at the end.
    let json = dir.join("scattered.json");
    let out = run_limited(&["export", pdf.to_str().unwrap(), "-o", json.to_str().unwrap()], Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&json).unwrap().starts_with(b"{"));
}
