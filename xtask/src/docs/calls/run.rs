//! `cargo xtask calls`: every operation's call, in every language the
//! reference shows, run as a whole program (exactly what the page's copy
//! button and the Markdown pages give) against a fresh simulator holding the
//! records the examples name; each must answer the status its page shows.
//! The Rust calls run in `tests/doc_calls.rs` instead (`cargo test`).

use super::{Language, LANGUAGES};
use crate::docs::operation::Operation;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The access token the simulators of the runs accept, given to the
/// programs of the runs that check the set-up's other branch
/// (`ZENDESK_OAUTH_TOKEN` instead of the OAuth client's credentials).
pub const TOKEN: &str = "calls-access-token";

/// How a program is given its credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// `ZENDESK_CLIENT_ID` and `ZENDESK_CLIENT_SECRET`: the program mints
    /// its token (every operation).
    ClientCredentials,
    /// `ZENDESK_OAUTH_TOKEN` (each language's first operation).
    AccessToken,
}

/// How long one program may take (a Go program is compiled first).
const TIMEOUT: Duration = Duration::from_secs(120);

/// What to run.
#[derive(Debug, Default)]
pub struct Options {
    /// Languages by id; empty: every language with a tool.
    pub languages: Vec<String>,
    /// The tool of a language (`python=/venv/bin/python`); else its
    /// default name on `PATH`.
    pub tools: BTreeMap<String, PathBuf>,
    /// Only these operations; empty: all.
    pub operations: Vec<String>,
    /// Where to write the programs; else a temporary directory.
    pub work: Option<PathBuf>,
}

/// One program's run.
#[derive(Debug)]
pub struct Outcome {
    pub language: &'static str,
    pub operation: String,
    pub auth: Auth,
    pub expected: u16,
    /// The status it printed first, if any.
    pub status: Option<u16>,
    pub elapsed: Duration,
    /// What it printed (stdout, then stderr) when it failed.
    pub output: String,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.status == Some(self.expected)
    }
}

/// The first status code a program printed: its first line's first
/// three-digit word (`200 OK`, or curl's `HTTP/1.1 200 OK`).
pub fn printed_status(stdout: &str) -> Option<u16> {
    stdout
        .lines()
        .next()?
        .split_whitespace()
        .find(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()
}

fn selected(options: &Options) -> Result<Vec<&'static Language>, String> {
    let runnable: Vec<&'static Language> = LANGUAGES
        .iter()
        .copied()
        .filter(|l| l.tool.is_some())
        .collect();
    if options.languages.is_empty() {
        return Ok(runnable);
    }
    options
        .languages
        .iter()
        .map(|id| {
            runnable
                .iter()
                .copied()
                .find(|l| l.id == id)
                .ok_or_else(|| {
                    let ids: Vec<&str> = runnable.iter().map(|l| l.id).collect();
                    format!(
                        "no language `{id}` to run (one of {}; Rust's run in tests/doc_calls.rs)",
                        ids.join(", ")
                    )
                })
        })
        .collect()
}

/// Runs the calls; `report` is told of each as it ends.
pub fn run(
    operations: &[Operation],
    options: &Options,
    mut report: impl FnMut(&Outcome),
) -> Result<Vec<Outcome>, String> {
    let languages = selected(options)?;
    let ops: Vec<&Operation> = operations
        .iter()
        .filter(|o| options.operations.is_empty() || options.operations.contains(&o.id))
        .collect();
    if ops.is_empty() {
        return Err("no operation to run".into());
    }
    let temp;
    let work = match &options.work {
        Some(w) => w.clone(),
        None => {
            temp = tempdir()?;
            temp.0.clone()
        }
    };
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let mut outcomes = Vec::new();
    for lang in languages {
        let tool = options
            .tools
            .get(lang.id)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(lang.tool.unwrap_or_default()));
        // Every program first, so that the language's check sees them all.
        let mut files = Vec::new();
        for op in &ops {
            let sample = op
                .samples
                .iter()
                .find(|s| s.lang == lang.id)
                .ok_or_else(|| format!("{}: no {} sample", op.id, lang.id))?;
            let dir = work.join(lang.id).join(&op.id);
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let file = dir.join(lang.file);
            std::fs::write(&file, &sample.program)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            files.push(file);
        }
        if let Some(check) = lang.check {
            let mut command = check(&tool, &files);
            let out = command
                .output()
                .map_err(|e| format!("{}: the check cannot start ({:?}): {e}", lang.id, command))?;
            if !out.status.success() {
                return Err(format!(
                    "{}: the programs do not pass the language's check:\n{}{}",
                    lang.id,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
        for (n, (op, file)) in ops.iter().zip(&files).enumerate() {
            let mut ways = vec![Auth::ClientCredentials];
            if n == 0 {
                ways.push(Auth::AccessToken);
            }
            for auth in ways {
                let outcome = runtime.block_on(run_one(lang, &tool, op, file, auth))?;
                report(&outcome);
                outcomes.push(outcome);
            }
        }
    }
    Ok(outcomes)
}

/// One program against a simulator of its own (each call changes the
/// account: a deletion must not take the next call's record).
async fn run_one(
    lang: &'static Language,
    tool: &Path,
    op: &Operation,
    file: &Path,
    auth: Auth,
) -> Result<Outcome, String> {
    let sim = zendesk_simulator::start(zendesk_simulator::Config {
        oauth_token: Some(TOKEN.to_string()),
        ..zendesk_simulator::Config::default()
    })
    .await
    .map_err(|e| format!("the simulator cannot start: {e}"))?;
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let mut command = (lang.run)(tool, file);
    command.current_dir(&dir);
    for (name, _) in std::env::vars() {
        if name.starts_with("ZENDESK_") {
            command.env_remove(name);
        }
    }
    command.env("ZENDESK_BASE_URL", sim.base_url());
    match auth {
        Auth::ClientCredentials => {
            let (id, secret) = sim
                .oauth_client()
                .ok_or("the simulator has no confidential OAuth client")?;
            command
                .env("ZENDESK_CLIENT_ID", id)
                .env("ZENDESK_CLIENT_SECRET", secret);
        }
        Auth::AccessToken => {
            command.env("ZENDESK_OAUTH_TOKEN", TOKEN);
        }
    }
    command
        // Go builds with the toolchain it has and fetches nothing.
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off");
    let started = Instant::now();
    let result = tokio::task::spawn_blocking(move || wait(command, dir))
        .await
        .map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    sim.stop().await;
    let (stdout, stderr) = result.map_err(|e| format!("{} {}: {e}", lang.id, op.id))?;
    let status = printed_status(&stdout);
    let passed = status == Some(op.call.status);
    Ok(Outcome {
        language: lang.id,
        operation: op.id.clone(),
        auth,
        expected: op.call.status,
        status,
        elapsed,
        output: if passed {
            String::new()
        } else {
            format!("{stdout}{stderr}")
        },
    })
}

/// Runs `command` to its end (or the timeout), its output in files of `dir`.
fn wait(mut command: Command, dir: PathBuf) -> Result<(String, String), String> {
    let (out_path, err_path) = (dir.join("stdout.txt"), dir.join("stderr.txt"));
    let file = |p: &Path| std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()));
    command
        .stdin(Stdio::null())
        .stdout(file(&out_path)?)
        .stderr(file(&err_path)?);
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(_) => break,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer within {} s", TIMEOUT.as_secs()));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    Ok((read(&out_path), read(&err_path)))
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempdir() -> Result<TempDir, String> {
    let dir = std::env::temp_dir().join(format!(
        "zendesk-calls-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(TempDir(dir))
}
