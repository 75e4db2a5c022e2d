//! Maintenance commands of zendesk-support, as a library so that the test
//! suite can run them on the real spec and on small fixture specs.

pub mod bench;
pub mod bench_auth;
pub mod bench_jobs;
pub mod bench_memory;
pub mod docs;
pub mod json_schema;
pub mod release_gate;
pub mod samples;
pub mod upstream;
pub mod validate;

// What progenitor cannot take: shared with build.rs (documented inside).
#[path = "../../build/progenitor_adapter.rs"]
pub mod progenitor_adapter;

use std::path::PathBuf;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// Decodes with the generated types of the real spec.
pub fn generated_decoder(
    name: &str,
    value: &serde_json::Value,
) -> Option<Result<serde_json::Value, String>> {
    zendesk_support::schemas::roundtrip(name, value).map(|r| r.map_err(|e| e.to_string()))
}

/// Parses the spec's YAML into JSON values, as every command reads it.
pub fn read_spec_text(text: &str) -> Result<serde_json::Value, String> {
    yaml_serde::from_str(text).map_err(|e| e.to_string())
}

/// Reads `spec/openapi.yaml` under `root`.
pub fn read_spec(root: &std::path::Path) -> Result<serde_json::Value, String> {
    let path = root.join("spec/openapi.yaml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    read_spec_text(&text).map_err(|e| format!("{}: {e}", path.display()))
}
