//! curl, in a POSIX shell (with jq to read the minted token).

use super::Language;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const LANGUAGE: Language = Language {
    id: "curl",
    label: "curl",
    fence: "sh",
    file: "call.sh",
    template: include_str!("../../../templates/calls/curl.jinja"),
    indent: 0,
    filters: &[("shell_quoted", shell_quoted)],
    handwritten: None,
    tool: Some("bash"),
    run: |bash, file| {
        let mut c = Command::new(bash);
        c.arg(file);
        c
    },
    check: Some(check),
};

/// `sh -n`: every program parses.
fn check(bash: &Path, files: &[PathBuf]) -> Command {
    let mut c = Command::new(bash);
    c.arg("-c")
        .arg(r#"for f in "$@"; do bash -n "$f" || exit 1; done"#)
        .arg("check")
        .args(files);
    c
}

/// Text in single quotes for a POSIX shell.
fn shell_quoted(text: String) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
