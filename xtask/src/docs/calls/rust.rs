//! Rust, with this crate. The calls are written by hand in
//! `tests/doc_calls.rs` (they use the handwritten layer, which knows more
//! than one request: streams, batches, jobs), which compiles them and runs
//! each against the simulator.

use super::Language;
use std::process::Command;

pub const LANGUAGE: Language = Language {
    id: "rust",
    label: "Rust",
    fence: "rust",
    file: "main.rs",
    template: include_str!("../../../templates/calls/rust.jinja"),
    indent: 4,
    filters: &[],
    handwritten: Some(|op| op.rust.clone()),
    tool: None,
    run: |tool, _| Command::new(tool),
    check: None,
};

/// The Rust call shown for an operation: the body of its function in
/// `tests/doc_calls.rs`.
pub fn doc_call(calls: &str, operation: &str) -> Result<String, String> {
    let marker = format!("// doc: {operation}");
    let mut lines = calls.lines().skip_while(|l| l.trim() != marker).skip(1);
    let header = lines.next().ok_or_else(|| {
        format!(
            "tests/doc_calls.rs has no `{marker}` function: add the call the reference should show"
        )
    })?;
    if !header.trim_end().ends_with('{') {
        return Err(format!(
            "tests/doc_calls.rs: `{marker}` must be followed by a function"
        ));
    }
    let body: Vec<&str> = lines
        .take_while(|l| *l != "}")
        .filter(|l| l.trim() != "Ok(())")
        .collect();
    Ok(body
        .iter()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n"))
}
