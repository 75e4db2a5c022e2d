//! TypeScript, with the `fetch` of Node.js 18 and later (an ES module:
//! `npx tsx call.mts`).

use super::Language;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const LANGUAGE: Language = Language {
    id: "typescript",
    label: "TypeScript",
    fence: "ts",
    file: "call.mts",
    template: include_str!("../../../templates/calls/typescript.jinja"),
    indent: 0,
    filters: &[],
    handwritten: None,
    tool: Some("tsx"),
    run: |tsx, file| {
        let mut c = Command::new(tsx);
        c.arg(file);
        c
    },
    check: Some(check),
};

/// The programs type-check (strict), with the TypeScript compiler and the
/// Node.js types installed beside `tsx`.
fn check(tsx: &Path, files: &[PathBuf]) -> Command {
    let bin = tsx.parent().unwrap_or(Path::new("."));
    let types = bin.join("../@types");
    let mut c = Command::new(bin.join("tsc"));
    c.args([
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        "nodenext",
        "--types",
        "node",
        "--typeRoots",
    ])
    .arg(types)
    .args(files);
    c
}
