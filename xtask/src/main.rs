//! `cargo xtask <command>`: maintenance commands of zendesk-support.

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask validate";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["validate"] => validate(),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
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
