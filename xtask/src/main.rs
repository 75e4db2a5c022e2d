//! `cargo xtask <command>`: maintenance commands of zendesk-support.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask validate | docs [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["validate"] => validate(),
        ["docs"] => docs(false),
        ["docs", "--check"] => docs(true),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Generates docs/ from the spec and samples, or with `check` compares.
fn docs(check: bool) -> ExitCode {
    let root = xtask::root();
    let files = match xtask::read_spec(&root).and_then(|spec| {
        let samples = xtask::samples::load(&root.join("spec/samples"));
        let calls = std::fs::read_to_string(root.join("tests/doc_calls.rs"))
            .map_err(|e| format!("tests/doc_calls.rs: {e}"))?;
        xtask::docs::render(&spec, &samples, &calls)
    }) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("docs: {e}");
            return ExitCode::FAILURE;
        }
    };
    let docs = root.join("docs");
    if check {
        let differences = xtask::docs::differences(&docs, &files);
        if differences.is_empty() {
            println!("docs: {} files up to date", files.len());
            return ExitCode::SUCCESS;
        }
        for d in &differences {
            eprintln!("{d}");
        }
        eprintln!("docs: out of date; run `cargo xtask docs` and commit docs/");
        return ExitCode::FAILURE;
    }
    match xtask::docs::write(&docs, &files) {
        Ok(()) => {
            println!("docs: wrote {} files under docs/", files.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("docs: cannot write docs/: {e}");
            ExitCode::FAILURE
        }
    }
}

fn validate() -> ExitCode {
    // Paths in messages are relative to the repository root.
    if let Err(e) = std::env::set_current_dir(xtask::root()) {
        eprintln!("validate: cannot enter the repository root: {e}");
        return ExitCode::FAILURE;
    }
    let report = xtask::validate::run(
        std::path::Path::new("spec/openapi.yaml"),
        std::path::Path::new("spec/samples"),
        Some(&xtask::generated_decoder),
    );
    for note in &report.notes {
        println!("note: {note}");
    }
    println!("\n{}\n", report.table());
    if report.errors.is_empty() {
        println!("validate: ok");
        ExitCode::SUCCESS
    } else {
        for error in &report.errors {
            eprintln!("error: {error}");
        }
        eprintln!("validate: {} error(s)", report.errors.len());
        ExitCode::FAILURE
    }
}
