//! The generated client: committed under `src/generated/`, checked here, and
//! regenerated here in our workspace.
//!
//! `src/generated/` holds what `build/generator.rs` makes of
//! `spec/openapi.yaml` (progenitor on an adapted copy), and
//! `src/generated/inputs.digest` a digest of every file it was made from (the
//! spec and `build/*.rs`). A crate that depends on zendesk-support compiles
//! the committed code as it is: no progenitor, no code generation in its
//! build. This script then only proves the inputs unchanged; when one differs
//! (the spec edited, the code not regenerated) the build fails naming the
//! file and the command that regenerates, never compiling a stale client.
//!
//! With the `regenerate` feature, which our workspace turns on (xtask and the
//! crate's own tests depend on the crate with it; nothing published does),
//! this script runs the generator into `OUT_DIR` and the crate compiles that:
//! editing the spec and building regenerates. `cargo xtask generate` writes
//! it to `src/generated/`, and `cargo xtask validate` (CI) fails while the
//! committed copy differs from it.

#[cfg(feature = "regenerate")]
#[path = "build/decode_once.rs"]
mod decode_once;
#[cfg(feature = "regenerate")]
#[path = "build/generator.rs"]
mod generator;
#[cfg(feature = "regenerate")]
#[path = "build/lean_requests.rs"]
mod lean_requests;
#[cfg(feature = "regenerate")]
#[path = "build/lenient_dates.rs"]
mod lenient_dates;
#[cfg(feature = "regenerate")]
#[path = "build/non_exhaustive.rs"]
mod non_exhaustive;
#[cfg(feature = "regenerate")]
#[path = "build/optional_schemars.rs"]
mod optional_schemars;
#[cfg(feature = "regenerate")]
#[path = "build/own_tls.rs"]
mod own_tls;
#[cfg(feature = "regenerate")]
#[path = "build/progenitor_adapter.rs"]
#[allow(dead_code, unused_imports)]
mod progenitor_adapter;
#[cfg(feature = "regenerate")]
#[path = "build/redacted_debug.rs"]
mod redacted_debug;

#[path = "build/inputs_digest.rs"]
#[allow(dead_code)]
mod inputs_digest;

use inputs_digest::{GENERATOR, SPEC};

const GENERATED: &str = "src/generated";
const DIGEST: &str = "src/generated/inputs.digest";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed={GENERATOR}");
    println!("cargo::rerun-if-changed={DIGEST}");
    let digest = inputs_digest::inputs(std::path::Path::new("."))
        .map(|inputs| inputs_digest::digest_file(&inputs));
    if let Err(message) = digest.and_then(|digest| build(&digest)) {
        for line in message.lines() {
            println!("cargo::error={line}");
        }
        std::process::exit(1);
    }
}

/// Without `regenerate`: the committed code, if it was made from these inputs.
#[cfg(not(feature = "regenerate"))]
fn build(digest: &str) -> Result<(), String> {
    let recorded = std::fs::read_to_string(DIGEST).map_err(|e| {
        format!("{DIGEST}: cannot read: {e} (the committed generated client is incomplete)")
    })?;
    let changed = inputs_digest::differences(&recorded, digest);
    if changed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{GENERATED}/ was generated from other inputs than these: {} changed since.\n\
         Regenerate it in the repository with `cargo xtask generate` (or build with \
         `--features regenerate`), and commit {GENERATED}/.",
        changed.join(", ")
    ))
}

/// With `regenerate`: the generator's output, into `OUT_DIR/generated/`; a
/// warning while the committed copy differs.
#[cfg(feature = "regenerate")]
fn build(digest: &str) -> Result<(), String> {
    println!("cargo::rerun-if-changed={GENERATED}");
    let text = std::fs::read_to_string(SPEC).map_err(|e| format!("{SPEC}: cannot read: {e}"))?;
    let mut files = generator::generate(&text)?;
    files.push(("inputs.digest", digest.to_string()));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?)
        .join("generated");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut stale = Vec::new();
    for (name, code) in &files {
        write_if_changed(&out.join(name), code)?;
        let committed = std::fs::read_to_string(format!("{GENERATED}/{name}")).ok();
        if committed.as_deref() != Some(code.as_str()) {
            stale.push(format!("{GENERATED}/{name}"));
        }
    }
    if !stale.is_empty() {
        println!(
            "cargo::warning=not what the spec generates: {} (this build uses the new code); \
             `cargo xtask generate` writes it: commit it",
            stale.join(", ")
        );
    }
    Ok(())
}

/// Writing only on change keeps the crate from recompiling needlessly.
#[cfg(feature = "regenerate")]
fn write_if_changed(path: &std::path::Path, code: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(code) {
        return Ok(());
    }
    std::fs::write(path, code).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}
