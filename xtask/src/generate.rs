//! `cargo xtask generate [--check]`: the generated client committed under
//! `src/generated/`, written from (or compared with) what build.rs generated
//! from the spec in this build of xtask (zendesk-support's `regenerate`
//! feature; see build.rs).

use std::path::Path;

/// Where the generated client is committed, under the repository root.
pub const GENERATED: &str = "src/generated";

/// The files of `src/generated/` that differ from what the spec generates,
/// one line each (missing, different, or not generated at all).
pub fn stale(root: &Path) -> Vec<String> {
    let dir = root.join(GENERATED);
    let mut problems = Vec::new();
    for (name, generated) in zendesk_support::regenerated::FILES {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(committed) if committed == *generated => {}
            Ok(_) => problems.push(format!(
                "{GENERATED}/{name} differs from what the spec generates"
            )),
            Err(e) => problems.push(format!("{GENERATED}/{name}: {e}")),
        }
    }
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !zendesk_support::regenerated::FILES
            .iter()
            .any(|(n, _)| *n == name)
        {
            problems.push(format!("{GENERATED}/{name} is not generated: remove it"));
        }
    }
    problems
}

/// Writes the generated files to `src/generated/`; how many changed.
pub fn write(root: &Path) -> Result<usize, String> {
    let dir = root.join(GENERATED);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut changed = 0;
    for (name, generated) in zendesk_support::regenerated::FILES {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(*generated) {
            std::fs::write(&path, generated).map_err(|e| format!("{}: {e}", path.display()))?;
            changed += 1;
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    /// What a dependent compiles is what the spec generates today.
    #[test]
    fn the_committed_client_is_what_the_spec_generates() {
        let stale = super::stale(&crate::root());
        assert!(
            stale.is_empty(),
            "{stale:#?}\nrun `cargo xtask generate` and commit src/generated/"
        );
    }
}
