//! Atomic writes: a temporary file beside the target, synced, then renamed over it. A crash
//! at any point leaves either the old file or the new one, never half of one.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// Writes an export to `path` atomically, refusing when `path` is the source page itself.
pub fn write_export(path: &Path, bytes: &[u8], source: Option<&Path>) -> std::io::Result<()> {
    if let Some(source) = source
        && let (Ok(a), Ok(b)) = (path.canonicalize(), source.canonicalize())
        && a == b
    {
        return Err(std::io::Error::other(format!("refusing to write over the source page {}", source.display())));
    }
    write_atomic(path, bytes)
}

/// Like [`write_atomic`], with the writing step given (tests use it to fail midway).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| std::io::Error::other("not a file name"))?;
    let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        write(&mut file, bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_midway_leaves_the_old_file() {
        let dir = std::env::temp_dir().join(format!("broadsheet-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.broadsheet.ron");
        write_atomic(&path, b"old project").unwrap();
        let failed = write_atomic_with(&path, b"new project, longer", |file, bytes| {
            file.write_all(&bytes[..5])?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"old project");
        let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().filter(|e| e.path() != path).collect();
        assert!(leftovers.is_empty(), "no temporary file stays behind: {leftovers:?}");
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }
}
