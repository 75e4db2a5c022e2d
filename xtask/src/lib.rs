//! Maintenance commands of zendesk-support, as a library so that the test
//! suite can run them on the real spec and on small fixture specs. Nothing
//! depends on this crate: what the tool, the simulator and xtask share (the
//! spec read as data, the check of a response) is `zendesk-spec-check`.

pub mod bench;
pub mod bench_auth;
pub mod bench_jobs;
pub mod bench_memory;
pub mod docs;
pub mod generate;
pub mod model_api;
pub mod release_gate;
pub mod upstream;
pub mod validate;

// What progenitor cannot take: shared with build.rs (documented inside).
#[path = "../../build/progenitor_adapter.rs"]
pub mod progenitor_adapter;

// What the committed generated client was made from: shared with build.rs.
#[path = "../../build/inputs_digest.rs"]
pub mod inputs_digest;

pub use zendesk_spec_check::{json_schema, samples};

use std::path::{Path, PathBuf};

/// The repository root of the checkout `cargo xtask` was run in, found at
/// run time (a binary built in a shared target dir may have been compiled
/// from another checkout): the package directory cargo names when it runs
/// xtask (`CARGO_MANIFEST_DIR`, set by `cargo run` and `cargo test`), else
/// the working directory or the nearest parent holding the repository.
/// Falls back to the working directory, where a missing file is then named.
pub fn root() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    find_root(manifest_dir.as_deref(), &cwd).unwrap_or(cwd)
}

/// The repository root from the package directory cargo ran xtask for
/// (`xtask/`, or the root itself) and the working directory: the first
/// directory among them and their parents that holds the repository.
pub fn find_root(manifest_dir: Option<&Path>, cwd: &Path) -> Option<PathBuf> {
    let is_root = |dir: &Path| {
        dir.join("xtask/Cargo.toml").is_file() && dir.join("spec/openapi.yaml").is_file()
    };
    manifest_dir
        .into_iter()
        .chain([cwd])
        .flat_map(Path::ancestors)
        .find(|dir| is_root(dir))
        .map(Path::to_path_buf)
}

/// The cargo that runs this command (`CARGO`, set by cargo at run time),
/// else the one on the `PATH`.
pub fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Decodes with the generated types of the real spec.
pub fn generated_decoder(
    name: &str,
    value: &serde_json::Value,
) -> Option<Result<serde_json::Value, String>> {
    zendesk_support::schemas::roundtrip(name, value).map(|r| r.map_err(|e| e.to_string()))
}

pub use zendesk_spec_check::read_spec_text;

/// Reads `spec/openapi.yaml` under `root`.
pub fn read_spec(root: &Path) -> Result<serde_json::Value, String> {
    zendesk_spec_check::read_spec_file(&root.join("spec/openapi.yaml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The root is found from where cargo runs xtask, not from where it was
    /// compiled: from the package directory, from the root, or from any
    /// folder below it; nowhere outside a checkout.
    #[test]
    fn the_root_is_found_at_run_time() {
        let checkout = tempfile::tempdir().unwrap();
        let root = checkout.path();
        for dir in ["xtask", "spec", "cli/src"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        std::fs::write(root.join("xtask/Cargo.toml"), "").unwrap();
        std::fs::write(root.join("spec/openapi.yaml"), "").unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let found = |manifest: Option<&Path>, cwd: &Path| find_root(manifest, cwd);
        assert_eq!(
            found(Some(&root.join("xtask")), elsewhere.path()).as_deref(),
            Some(root)
        );
        assert_eq!(found(None, &root.join("cli/src")).as_deref(), Some(root));
        assert_eq!(found(None, root).as_deref(), Some(root));
        // Another checkout's package directory is not this one's: it wins
        // only when cargo names it.
        assert_eq!(found(None, elsewhere.path()), None);
    }
}
