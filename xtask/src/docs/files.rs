//! Writing the generated files (under `docs/`, and the try-it page in the
//! simulator's crate) and telling which on disk differ (`cargo xtask docs
//! --check`). Paths are from the repository root.

use std::collections::BTreeMap;
use std::path::Path;

/// Whether the files on disk under `root` equal `files`: the lines to print
/// when they do not (changed, missing and extra files, and each first
/// differing line).
pub fn differences(root: &Path, files: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (path, expected) in files {
        match std::fs::read_to_string(root.join(path)) {
            Err(_) => out.push(format!("{path}: missing")),
            Ok(actual) if actual != *expected => {
                let line = actual
                    .lines()
                    .zip(expected.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
                out.push(format!(
                    "{}: out of date from line {} ({} lines on disk, {} generated)",
                    path,
                    line + 1,
                    actual.lines().count(),
                    expected.lines().count()
                ));
            }
            Ok(_) => {}
        }
    }
    for extra in existing(root)
        .into_iter()
        .filter(|p| !files.contains_key(p))
    {
        out.push(format!("{}: not generated from the spec any more", extra));
    }
    out
}

/// Writes `files` under `root`, removing files it no longer generates.
pub fn write(root: &Path, files: &BTreeMap<String, String>) -> std::io::Result<()> {
    for stale in existing(root)
        .into_iter()
        .filter(|p| !files.contains_key(p))
    {
        std::fs::remove_file(root.join(stale))?;
    }
    for (path, text) in files {
        let target = root.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if std::fs::read_to_string(&target).ok().as_deref() != Some(text) {
            std::fs::write(target, text)?;
        }
    }
    Ok(())
}

/// The generated kinds of files now in the generated files' directories.
fn existing(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for sub in super::DIRECTORIES {
        let Ok(entries) = std::fs::read_dir(root.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let generated = [".md", ".html", ".txt"].iter().any(|e| name.ends_with(e));
            if entry.path().is_file() && generated {
                out.push(format!("{sub}/{name}"));
            }
        }
    }
    out.sort();
    out
}
