//! The command line, as a user runs it.

mod common;

use std::process::{Command, Output};

fn broadsheet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_broadsheet")).args(args).output().expect("the binary runs")
}

fn demo_page() -> String {
    common::root().join("assets/pages/zh-huanghe-daily.txt").to_string_lossy().into_owned()
}

#[test]
fn export_json_to_stdout_is_deterministic() {
    let page = demo_page();
    let a = broadsheet(&["export", &page, "--format", "json"]);
    let b = broadsheet(&["export", &page]);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, b.stdout);
    let json: serde_json::Value = serde_json::from_slice(&a.stdout).expect("JSON");
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(4));
    assert!(json["articles"][0]["lines"][0].is_array());
}

#[test]
fn markdown_and_text_exports() {
    let page = demo_page();
    let md = broadsheet(&["export", &page, "--format", "md"]);
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("\n## 河阳数字乡村试点再扩容\n"), "{md}");
    let txt = broadsheet(&["export", &page, "-f", "txt"]);
    assert!(String::from_utf8(txt.stdout).unwrap().contains("* * *"));
}

#[test]
fn export_to_a_file_and_never_over_the_source() {
    let dir = std::env::temp_dir().join(format!("broadsheet-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join("page.txt");
    std::fs::copy(demo_page(), &source).unwrap();
    let before = std::fs::read(&source).unwrap();

    let out = dir.join("page.json");
    let run = broadsheet(&["export", source.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(run.status.success());
    assert!(std::fs::read_to_string(&out).unwrap().contains("\"articles\""));

    let run = broadsheet(&["export", source.to_str().unwrap(), "-o", source.to_str().unwrap()]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("refusing to write over the source page"));
    assert_eq!(std::fs::read(&source).unwrap(), before);
}

#[test]
fn bad_input_gives_one_clear_line_and_a_failure_code() {
    let dir = std::env::temp_dir().join(format!("broadsheet-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.txt", b"", "the page is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", "not a text file"),
        ("broken.txt", &[0xFF, 0xFE, 0x00, 0xD8], "could not be decoded"),
    ];
    for (name, bytes, message) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let run = broadsheet(&["export", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    let run = broadsheet(&["export", dir.join("missing.txt").to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("cannot read"));
}

#[test]
fn explain_marks_every_line_boundary() {
    let run = broadsheet(&["explain", &demo_page()]);
    assert!(run.status.success());
    let out = String::from_utf8(run.stdout).unwrap();
    let gaps = out.lines().filter(|l| l.trim_start().starts_with('├')).count();
    let doc = common::open(std::path::Path::new(&demo_page()));
    assert_eq!(gaps, doc.analysis.gaps.len());
    for rule in ["digit-fragment", "column-break-mid-sentence", "blank-after-sentence", "cjk-segment-break"] {
        assert!(out.contains(&format!("[{rule}]")), "no {rule} in explain output");
    }
    assert!(out.contains("# A1: starts by rule dateline; headline: "));
}

/// A one-page PDF whose page draws only a grey square: no text layer.
fn image_only_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>".to_owned(),
        {
            let content = "0.5 g 20 20 160 160 re f";
            format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len())
        },
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

#[test]
fn pdf_pages_that_cannot_be_read_give_a_clear_message() {
    let dir = std::env::temp_dir().join(format!("broadsheet-cli-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, image_only_pdf()).unwrap();
    let out = broadsheet(&["export", scan.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("page 1 has no text layer"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = broadsheet(&["export", scan.to_str().unwrap(), "--page", "2"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no page 2: the file has 1 page(s)"));
    let out = broadsheet(&["export", scan.to_str().unwrap(), "--page", "0"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses page 0");

    let damaged = dir.join("damaged.pdf");
    let mut bytes = image_only_pdf();
    bytes.truncate(40);
    std::fs::write(&damaged, bytes).unwrap();
    let out = broadsheet(&["export", damaged.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_pdf_page_exports_with_its_articles() {
    let pdf = common::shared().join("pages/en-evening-star-1920-11-15.pdf");
    let out = broadsheet(&["export", pdf.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["encoding"], "PDF");
    assert!(json["articles"].as_array().is_some_and(|a| a.len() >= 10), "{}", json["articles"]);
}

/// `--library` exports the library's articles of a METS issue's page; a page without them
/// gets a clear error.
#[test]
fn export_the_library_articles_of_a_mets_page() {
    let dir = std::env::temp_dir().join(format!("broadsheet-cli-library-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let block = |id: &str, y: u32, h: u32, text: &str| {
        format!(
            r#"<TextBlock ID="{id}"><TextLine HPOS="100" VPOS="{y}" WIDTH="900" HEIGHT="{h}"><String CONTENT="{text}" HPOS="100" VPOS="{y}" WIDTH="900" HEIGHT="{h}"/></TextLine></TextBlock>"#
        )
    };
    let alto = format!(
        r#"<alto><Layout><Page WIDTH="1200" HEIGHT="1600"><PrintSpace>{}{}{}</PrintSpace></Page></Layout></alto>"#,
        block("B1", 100, 80, "MARKET NEWS"),
        block("B2", 300, 30, "Prices rose today on the exchange."),
        block("B3", 500, 30, "Subscriptions are taken at the office.")
    );
    std::fs::write(dir.join("p1.xml"), alto).unwrap();
    std::fs::write(
        dir.join("issue.mets.xml"),
        r#"<mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
<fileSec><fileGrp USE="ALTO"><file ID="F1"><FLocat xlink:href="p1.xml"/></file></fileGrp></fileSec>
<structMap TYPE="LOGICAL"><div TYPE="ARTICLE" LABEL="Markets">
<div TYPE="HEADING"><div TYPE="TITLE"><fptr><area FILEID="F1" BEGIN="B1" BETYPE="IDREF"/></fptr></div></div>
<div TYPE="BODY"><fptr><area FILEID="F1" BEGIN="B2" BETYPE="IDREF"/></fptr></div></div></structMap>
<structMap TYPE="PHYSICAL"><div TYPE="page" ORDER="1"><fptr FILEID="F1"/></div></structMap></mets>"#,
    )
    .unwrap();
    let mets = dir.join("issue.mets.xml").to_string_lossy().into_owned();
    let out = broadsheet(&["export", &mets, "--library"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(1), "{json}");
    assert_eq!(json["articles"][0]["headline"], "MARKET NEWS", "{json}");
    let unassigned = json["unassigned"].to_string();
    assert!(unassigned.contains("Subscriptions are taken"), "in no library article: {unassigned}");

    let explain = broadsheet(&["explain", &mets]);
    let explain = String::from_utf8_lossy(&explain.stdout);
    assert!(explain.contains("# the library's segmentation: 1 articles;"), "{explain}");

    let plain = dir.join("p1.xml").to_string_lossy().into_owned();
    let out = broadsheet(&["export", &plain, "--library"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no library segmentation"));
    let _ = std::fs::remove_dir_all(dir);
}
