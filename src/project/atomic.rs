//! Safe writes: a temporary file with a random name, created exclusively beside the target,
//! synced, then renamed over it. A crash at any point leaves either the old file or the new
//! one, never half of one; a planted file or link at the temporary name is never followed.
//! Only regular files are written: a folder, device, pipe or symbolic link at the target is
//! refused, and so is a read-only file. An existing file keeps its permissions.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// Writes an export to `path` atomically, refusing when `path` is one of the files the
/// command reads (`protected`: the page, and the project that names it).
pub fn write_export(path: &Path, bytes: &[u8], protected: &[&Path]) -> std::io::Result<()> {
    if let Some(source) = protected.iter().find(|p| same_file(path, p)) {
        return Err(std::io::Error::other(format!("refusing to write over the source page {}", source.display())));
    }
    write_atomic(path, bytes)
}

/// Whether `a` and `b` name the same file (through links and `..`), or would once `a` is
/// written.
fn same_file(a: &Path, b: &Path) -> bool {
    let (Some(a), Some(b)) = (resolved(a), resolved(b)) else { return false };
    if a == b {
        return true;
    }
    // Two names of one file (a hard link).
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(ma), Ok(mb)) = (std::fs::metadata(&a), std::fs::metadata(&b)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
}

/// The canonical path of `path`, or of its folder joined with its name when it does not exist yet.
fn resolved(path: &Path) -> Option<PathBuf> {
    path.canonicalize().ok().or_else(|| {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        Some(dir.canonicalize().ok()?.join(path.file_name()?))
    })
}

/// Refuses a target that is not a regular file, or is read-only.
fn check_target(path: &Path) -> std::io::Result<()> {
    let refuse = |why: &str| Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, why.to_owned()));
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => refuse("it is a symbolic link; name the file it points to"),
        Ok(m) if m.is_dir() => refuse("it is a folder"),
        Ok(m) if !m.is_file() => {
            refuse("it is not a regular file (a device, pipe or socket); Broadsheet writes only regular files")
        }
        Ok(m) if m.permissions().readonly() => refuse("it is read-only"),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Like [`write_atomic`], with the writing step given (tests use it to fail midway).
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    check_target(path)?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if path.file_name().is_none() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".broadsheet-").suffix(".tmp");
    // A new file gets the usual permissions (the umask applies), not the temporary file's 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    write(tmp.as_file_mut(), bytes)?;
    if let Ok(existing) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(existing.permissions())?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("broadsheet-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_failure_midway_leaves_the_old_file() {
        let dir = dir("midway");
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

    #[cfg(unix)]
    #[test]
    fn only_regular_writable_files_are_written_and_they_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = dir("targets");
        // A symbolic link and a folder are refused; what they name is untouched.
        let real = dir.join("real.txt");
        std::fs::write(&real, "kept").unwrap();
        let link = dir.join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(write_atomic(&link, b"new").unwrap_err().to_string().contains("symbolic link"));
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"kept");
        assert!(write_atomic(&dir, b"new").is_err());
        // A read-only file is refused.
        let locked = dir.join("locked.txt");
        std::fs::write(&locked, "old").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(write_atomic(&locked, b"new").unwrap_err().to_string().contains("read-only"));
        // An existing 0600 file stays 0600.
        let private = dir.join("private.json");
        std::fs::write(&private, "old").unwrap();
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&private, b"new").unwrap();
        assert_eq!(std::fs::metadata(&private).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&private).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_never_replaced() {
        let err = write_atomic(Path::new("/dev/null"), b"x").unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    }

    #[test]
    fn an_export_never_lands_on_a_file_the_command_reads() {
        let dir = dir("protected");
        let page = dir.join("page.txt");
        std::fs::write(&page, "text").unwrap();
        let through_dots = dir.join(".").join("page.txt");
        let err = write_export(&through_dots, b"x", &[Path::new("elsewhere"), &page]).unwrap_err();
        assert!(err.to_string().contains("refusing to write over"), "{err}");
        assert_eq!(std::fs::read(&page).unwrap(), b"text");
        write_export(&dir.join("out.json"), b"{}", &[&page]).unwrap();
    }
}
