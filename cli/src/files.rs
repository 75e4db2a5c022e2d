//! Files that hold personal data (plans name senders and subjects, erasure
//! plans a person's name and address, journals ticket ids): readable by
//! their owner alone (0600), written whole or not at all.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Opens `path` for appending, creating it readable by its owner alone.
pub fn open_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).read(true).write(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    restrict(path)?;
    Ok(file)
}

/// Makes an existing file readable by its owner alone (one made by an
/// earlier version may be 0644).
pub fn restrict(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes `bytes` to `path` atomically (a private temporary file renamed
/// into place).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let temporary = with_suffix(path, ".partial");
    let written = (|| {
        let _ = std::fs::remove_file(&temporary);
        let mut file = open_private(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    written.map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `path` with `suffix` added to its name (`plan.json` → `plan.json.old`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Moves a file aside to `<path>.old` (replacing an older one), keeping it
/// private; nothing to do when there is no file.
pub fn move_aside(path: &Path) -> Result<Option<PathBuf>, String> {
    if !path.exists() {
        return Ok(None);
    }
    let old = with_suffix(path, ".old");
    std::fs::rename(path, &old)
        .and_then(|()| restrict(&old))
        .map_err(|e| format!("cannot move {} aside: {e}", path.display()))?;
    Ok(Some(old))
}

/// Creates `dir` (and its parents) and makes it its owner's alone (0700):
/// what is inside may be secret.
pub fn create_private_dir(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir)
        .and_then(|()| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            }
            Ok(())
        })
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

/// Whether two paths name the same file (the second may not exist yet).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn private_files_are_the_owners_alone() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        write_private(&plan, b"{}").unwrap();
        assert_eq!(mode(&plan), 0o600);
        assert_eq!(std::fs::read(&plan).unwrap(), b"{}");
        let old = move_aside(&plan).unwrap().unwrap();
        assert_eq!(mode(&old), 0o600);
        assert!(!plan.exists());
        let journal = dir.path().join("journal");
        std::fs::write(&journal, "x").unwrap();
        drop(open_private(&journal).unwrap());
        assert_eq!(mode(&journal), 0o600);
        let secrets = dir.path().join("a/b");
        create_private_dir(&secrets).unwrap();
        assert_eq!(mode(&secrets), 0o700);
    }
}
