//! Smoke test in a real window: `broadsheet --screenshot` under Xvfb writes a PNG.
//!
//! Needs Xvfb (`.ci/run` installs it). Without it and without a display the test says so and
//! passes on a developer's machine, but fails in CI (CI=true), where it must run.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

struct Xvfb(Child);

impl Drop for Xvfb {
    /// SIGTERM first, so the server removes its socket and lock file; SIGKILL only if that fails.
    fn drop(&mut self) {
        let asked = Command::new("kill").arg("-TERM").arg(self.0.id().to_string()).status();
        if !asked.is_ok_and(|status| status.success()) {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

/// A display to draw on: a fresh Xvfb, or the one we already have.
///
/// `-displayfd 1` lets the server pick a free display number and print it once it accepts
/// connections, so neither a busy number nor a stale socket left by a killed server can fool us.
fn display() -> Option<(String, Option<Xvfb>)> {
    let spawned = Command::new("Xvfb")
        .args(["-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            let mut number = String::new();
            let stdout = child.stdout.take().expect("stdout is piped");
            let _ = BufReader::new(stdout).read_line(&mut number);
            let server = Xvfb(child);
            let number = number.trim();
            assert!(
                !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
                "Xvfb did not start: it printed {number:?}"
            );
            Some((format!(":{number}"), Some(server)))
        }
        Err(_) => std::env::var("DISPLAY").ok().map(|d| (d, None)),
    }
}

#[test]
fn screenshot_of_the_shared_page_is_a_png() {
    let Some((display, _server)) = display() else {
        assert!(std::env::var_os("CI").is_none(), "CI must run the window smoke test: install xvfb");
        eprintln!("no Xvfb and no display: window smoke test not run");
        return;
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("BROADSHEET_SHARED").map(PathBuf::from).unwrap_or_else(|| root.join("../shared"));
    let page = shared.join("pages/zh-xining-news.txt");
    let out = std::env::temp_dir().join(format!("broadsheet-smoke-{}.png", std::process::id()));
    let run = Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .arg("--screenshot")
        .arg(&out)
        .arg(&page)
        .env("DISPLAY", &display)
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs");
    assert!(run.status.success(), "screenshot failed: {}", String::from_utf8_lossy(&run.stderr));
    let bytes = std::fs::read(&out).expect("the PNG was written");
    assert!(bytes.len() > 10_000, "a real screenshot, not an empty image: {} bytes", bytes.len());
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let _ = std::fs::remove_file(out);
}
