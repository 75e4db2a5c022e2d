//! Go, with `net/http` and the standard library only.

use super::Language;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const LANGUAGE: Language = Language {
    id: "go",
    label: "Go",
    fence: "go",
    file: "main.go",
    template: include_str!("../../../templates/calls/go.jinja"),
    indent: 0,
    filters: &[("go_raw_string", go_raw_string)],
    handwritten: None,
    tool: Some("go"),
    run: |go, file| {
        let mut c = Command::new(go);
        c.arg("run").arg(file);
        c
    },
    check: Some(check),
};

/// Every program is as `gofmt` writes it (`gofmt -l` lists none).
fn check(go: &Path, files: &[PathBuf]) -> Command {
    let gofmt = go.parent().map(|d| d.join("gofmt")).filter(|p| p.exists());
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(r#"out="$("$0" -l "$@")" || exit 1; [ -z "$out" ] || { echo "not gofmt-clean: $out"; exit 1; }"#)
        .arg(gofmt.unwrap_or_else(|| PathBuf::from("gofmt")))
        .args(files);
    c
}

/// Text as a Go raw string literal (JSON bodies have no backquote).
fn go_raw_string(text: String) -> String {
    if text.contains('`') {
        format!("{text:?}")
    } else {
        format!("`{text}`")
    }
}
