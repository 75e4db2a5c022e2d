//! `cargo xtask <command>`: maintenance commands of zendesk-support.

use std::process::ExitCode;

use xtask::bench::{Loops, Tables};

const USAGE: &str = "usage: cargo xtask validate | generate [--check] | docs [--check] | calls [--lang L,...] [--tool L=PATH]... [--op ID,...] [--keep DIR] | release-gate --optic PATH | release-gate --semver-checks-needed | fuzz [--seconds N] | bench [--smoke | --main | --auth | --jobs [purge|spam] | --memory] | bench-overhead [--callgrind | --only library|bare [--rounds N]]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let benchmark = matches!(
        args.first().map(String::as_str),
        Some("bench" | "bench-overhead" | "bench-memory-loop")
    );
    if benchmark && cfg!(debug_assertions) {
        return in_release(&args);
    }
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["validate"] => validate(),
        ["generate"] => generate(false),
        ["generate", "--check"] => generate(true),
        ["docs"] => docs(false),
        ["docs", "--check"] => docs(true),
        ["calls", rest @ ..] => match calls_options(rest) {
            Some(options) => calls(&options),
            None => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        },
        ["release-gate", "--optic", optic] => release_gate(optic),
        // `yes` when the gate will run cargo-semver-checks (CI installs it then).
        ["release-gate", "--semver-checks-needed"] => {
            match xtask::release_gate::semver_checks_needed(&xtask::root()) {
                Ok(needed) => {
                    println!("{}", if needed { "yes" } else { "no" });
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("release-gate: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        ["bench"] => bench(Tables::All),
        ["bench", "--smoke"] => bench(Tables::Smoke),
        ["bench", "--main"] => bench(Tables::Main),
        ["bench", "--auth"] => bench(Tables::Auth),
        ["bench", "--jobs"] => bench(Tables::Jobs(None)),
        ["bench", "--jobs", command] => bench(Tables::Jobs(Some(command.to_string()))),
        ["bench", "--memory"] => done(xtask::bench_memory::run(&[10_000, 100_000, 1_000_000])),
        // One loop of `bench --memory`, in a process of its own.
        ["bench-memory-loop", which, base_url, email, token] => done(
            xtask::bench_memory::listing_loop(which, base_url, email, token),
        ),
        // The library's overhead alone (release build): timed, or counted
        // in instructions under callgrind; `--only` runs one loop, to profile.
        ["bench-overhead"] => overhead(Loops::Both, 7),
        ["bench-overhead", "--callgrind"] => done(xtask::bench::overhead_in_instructions()),
        ["bench-overhead", "--only", only, rest @ ..] => {
            let loops = match *only {
                "library" => Some(Loops::Library),
                "bare" => Some(Loops::Bare),
                _ => None,
            };
            let rounds = match rest {
                [] => Some(7),
                ["--rounds", n] => n.parse().ok(),
                _ => None,
            };
            match (loops, rounds) {
                (Some(loops), Some(rounds)) => overhead(loops, rounds),
                _ => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            }
        }
        ["fuzz"] => fuzz(600),
        ["fuzz", "--seconds", n] => match n.parse() {
            Ok(seconds) => fuzz(seconds),
            Err(_) => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn overhead(loops: Loops, rounds: usize) -> ExitCode {
    done(xtask::bench::overhead(2000, rounds, loops))
}

fn done(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Fails when this commit breaks the spec or the Rust API of the last
/// release (`.ci/last-release.yaml`) without a breaking version and a
/// changelog section (see xtask/src/release_gate.rs).
fn release_gate(optic: &str) -> ExitCode {
    match xtask::release_gate::run(&xtask::root(), std::path::Path::new(optic)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in problems.lines() {
                eprintln!("release-gate: {problem}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Generates docs/ (and the simulator's try-it page) from the spec and
/// samples, or with `check` compares.
fn docs(check: bool) -> ExitCode {
    let root = xtask::root();
    let files = match xtask::docs::generate(&root) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("docs: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let differences = xtask::docs::differences(&root, &files);
        if differences.is_empty() {
            println!("docs: {} files up to date", files.len());
            return ExitCode::SUCCESS;
        }
        for d in &differences {
            eprintln!("{d}");
        }
        eprintln!("docs: out of date; run `cargo xtask docs` and commit docs/ and simulator/docs/");
        return ExitCode::FAILURE;
    }
    match xtask::docs::write(&root, &files) {
        Ok(()) => {
            println!(
                "docs: wrote {} files under docs/ and simulator/docs/",
                files.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("docs: cannot write the reference: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `calls`' flags.
fn calls_options(args: &[&str]) -> Option<xtask::docs::calls::run::Options> {
    let mut options = xtask::docs::calls::run::Options::default();
    let list = |v: &str| v.split(',').map(str::to_string).collect::<Vec<_>>();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next()?;
        match *flag {
            "--lang" => options.languages.extend(list(value)),
            "--op" => options.operations.extend(list(value)),
            "--keep" => options.work = Some(value.into()),
            "--tool" => {
                let (lang, path) = value.split_once('=')?;
                options.tools.insert(lang.to_string(), path.into());
            }
            _ => return None,
        }
    }
    Some(options)
}

/// Runs every operation's call in every language against the simulator.
fn calls(options: &xtask::docs::calls::run::Options) -> ExitCode {
    let root = xtask::root();
    let reference = match xtask::docs::reference(&root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("calls: {e}");
            return ExitCode::FAILURE;
        }
    };
    let started = std::time::Instant::now();
    let outcomes = xtask::docs::calls::run::run(&reference.operations, options, |o| {
        let status = o.status.map_or("nothing".to_string(), |s| s.to_string());
        if o.passed() {
            println!(
                "ok      {:<10} {:<32} {} ({:.2} s)",
                o.language,
                o.operation,
                status,
                o.elapsed.as_secs_f64()
            );
        } else {
            println!(
                "FAILED  {:<10} {:<32} printed {status}, the page shows {} ({:.2} s)\n{}",
                o.language,
                o.operation,
                o.expected,
                o.elapsed.as_secs_f64(),
                o.output
            );
        }
    });
    match outcomes {
        Ok(outcomes) => {
            let failed = outcomes.iter().filter(|o| !o.passed()).count();
            println!(
                "calls: {} passed, {failed} failed in {:.1} s (the Rust calls run in tests/doc_calls.rs)",
                outcomes.len() - failed,
                started.elapsed().as_secs_f64()
            );
            if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("calls: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the generated client to src/generated/, or with `check` compares.
fn generate(check: bool) -> ExitCode {
    let root = xtask::root();
    if check {
        let stale = xtask::generate::stale(&root);
        if stale.is_empty() {
            println!(
                "generate: {} is what the spec generates",
                xtask::generate::GENERATED
            );
            return ExitCode::SUCCESS;
        }
        for problem in &stale {
            eprintln!("{problem}");
        }
        eprintln!(
            "generate: out of date; run `cargo xtask generate` and commit {}",
            xtask::generate::GENERATED
        );
        return ExitCode::FAILURE;
    }
    match xtask::generate::write(&root) {
        Ok(changed) => {
            println!(
                "generate: {changed} file(s) written under {}",
                xtask::generate::GENERATED
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate: {e}");
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
    let mut report = report;
    // The committed client is what this spec generates (a dependent compiles it).
    report.errors.extend(
        xtask::generate::stale(std::path::Path::new("."))
            .into_iter()
            .map(|p| format!("{p}: run `cargo xtask generate` and commit it")),
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

/// Runs the coverage-guided fuzzer (cargo-fuzz, libFuzzer, on the stable
/// toolchain without sanitizers) over every response decoder for `seconds`,
/// growing `fuzz/corpus/decoders`, then minimizes the corpus. A crash fails
/// the command and leaves its input under `fuzz/artifacts/`.
fn fuzz(seconds: u64) -> ExitCode {
    use std::process::Command;
    let fuzz_dir = xtask::root().join("fuzz");
    let installed = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        println!("fuzz: installing cargo-fuzz");
        let status = Command::new("cargo")
            .args(["install", "cargo-fuzz", "--locked"])
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("fuzz: cannot install cargo-fuzz");
            return ExitCode::FAILURE;
        }
    }
    let run = |args: &[&str]| {
        Command::new("cargo")
            .current_dir(&fuzz_dir)
            .args(args)
            .status()
            .is_ok_and(|s| s.success())
    };
    let max_time = format!("-max_total_time={seconds}");
    // `-s none`: the sanitizers need a nightly toolchain; coverage does not.
    if !run(&[
        "fuzz",
        "run",
        "decoders",
        "-s",
        "none",
        "--release",
        "--",
        &max_time,
        "-print_final_stats=1",
    ]) {
        eprintln!("fuzz: the fuzzer found a crash (see fuzz/artifacts/decoders/)");
        return ExitCode::FAILURE;
    }
    if !run(&["fuzz", "cmin", "decoders", "-s", "none", "--release"]) {
        eprintln!("fuzz: minimizing the corpus failed");
        return ExitCode::FAILURE;
    }
    println!("fuzz: {seconds} s, no crash; corpus minimized in fuzz/corpus/decoders (commit it)");
    ExitCode::SUCCESS
}

/// Measures the main job and the library (see xtask/src/bench.rs).
fn bench(tables: Tables) -> ExitCode {
    done(xtask::bench::run(tables))
}

/// Timings of a debug build say nothing: a benchmark run from one is run
/// again from an optimized build, with the same arguments.
fn in_release(args: &[String]) -> ExitCode {
    let status = std::process::Command::new(xtask::cargo())
        .current_dir(xtask::root())
        .args(["run", "--release", "-q", "-p", "xtask", "--"])
        .args(args)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}
