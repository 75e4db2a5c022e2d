//! The bulk jobs at a real account's pace: `zendesk-moderate purge` and
//! `spam` of many tickets, at 700 requests a minute, 150 ms latency, jobs
//! that take seconds, under Zendesk's limit of 30 jobs queued or running.
//!
//! Purge runs against the standalone simulator (`zendesk-simulator`,
//! release build: `--deleted`, `--job-limit`, `--job-ms`), spam against one
//! started here (its live tickets' ids are needed on the command line); both
//! are read the same way, by `GET /simulator/stats`.
//!
//! The lower bound of a run is the largest of what must take time:
//! - requests ÷ rate limit (the requests the run sent);
//! - the jobs: ⌈jobs ÷ 30⌉ × job time (a job cannot be split);
//! - the listing (purge): pages × latency, a chain of pages each needing the
//!   previous cursor; and the deleted tickets' own limit, 10 pages a minute
//!   (5 beyond page 100), the first 10 at once; the last page's job runs
//!   after it: + one job time.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One row of the jobs table.
pub struct JobRow {
    pub command: &'static str,
    pub tickets: usize,
    pub rate_limit: u32,
    pub latency_ms: u64,
    pub job_ms: u64,
}

/// The rows: the full table, or CI's short form.
pub fn rows(smoke: bool) -> Vec<JobRow> {
    let row = |command, tickets, job_ms| JobRow {
        command,
        tickets,
        rate_limit: 700,
        latency_ms: if smoke { 20 } else { 150 },
        job_ms,
    };
    if smoke {
        vec![row("purge", 800, 300), row("spam", 800, 300)]
    } else {
        vec![
            row("spam", 10_000, 1500),
            row("spam", 10_000, 5000),
            row("purge", 5_000, 1500),
            row("purge", 10_000, 1500),
            row("purge", 10_000, 5000),
        ]
    }
}

/// What the simulator counted (`GET /simulator/stats`).
pub(crate) struct Stats {
    pub(crate) requests: u64,
    pub(crate) refused: u64,
    pub(crate) jobs: u64,
    pub(crate) peak_jobs: u64,
    pub(crate) tokens_minted: u64,
    pub(crate) unauthorized: u64,
}

/// Runs the rows; fails when a ticket is not accounted for or more than 30
/// jobs were in flight at once.
pub fn run(tool: &Path, simulator: &Path, rows: &[JobRow]) -> Result<(), String> {
    println!("## Bulk jobs: `purge` and `spam` under the 30-job limit\n");
    println!("| command | tickets | rate limit /min | latency | job time | wall | requests | 429s | jobs | most jobs at once | lower bound | ratio | done | failed | unknown |");
    println!("|--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    let mut problems = Vec::new();
    let mut worst: f64 = 0.0;
    for row in rows {
        let (wall, summary, stats) = match row.command {
            "purge" => purge(tool, simulator, row)?,
            _ => spam(tool, row)?,
        };
        let n = |k: &str| summary[k].as_u64().unwrap_or(0);
        let done = n("done");
        let bound = bound(row, &stats);
        let ratio = wall.as_secs_f64() / bound;
        worst = worst.max(ratio);
        println!(
            "| {} | {} | {} | {} ms | {:.1} s | {:.2} s | {} | {} | {} | {} | {:.2} s | {:.2}× | {} | {} | {} |",
            row.command,
            row.tickets,
            row.rate_limit,
            row.latency_ms,
            row.job_ms as f64 / 1000.0,
            wall.as_secs_f64(),
            stats.requests,
            stats.refused,
            stats.jobs,
            stats.peak_jobs,
            bound,
            ratio,
            done,
            n("failed"),
            n("unknown"),
        );
        if summary["accounted"] != true
            || n("failed") + n("unknown") > 0
            || done < row.tickets as u64
        {
            problems.push(format!(
                "{} of {}: not every ticket done: {summary}",
                row.command, row.tickets
            ));
        }
        if stats.peak_jobs > 30 {
            problems.push(format!(
                "{} of {}: {} jobs at once",
                row.command, row.tickets, stats.peak_jobs
            ));
        }
    }
    println!("\nworst ratio to the lower bound: {worst:.2}×\n");
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The lower bound of a row's wall time (see the module's notes).
fn bound(row: &JobRow, stats: &Stats) -> f64 {
    let job = row.job_ms as f64 / 1000.0;
    let requests = stats.requests as f64 / f64::from(row.rate_limit) * 60.0;
    let jobs = (row.tickets.div_ceil(100).div_ceil(30)) as f64 * job;
    let mut bound = requests.max(jobs);
    if row.command == "purge" {
        // The simulator holds 4 sample tickets beside the generated ones.
        let pages = (row.tickets + 4).div_ceil(100);
        let chain = pages as f64 * row.latency_ms as f64 / 1000.0;
        // Page n waits for its minute: 10 a minute, 5 beyond page 100.
        let ordinary = ((pages - 1) / 10) as f64 * 60.0;
        let deep = (pages.saturating_sub(100).saturating_sub(1) / 5) as f64 * 60.0;
        bound = bound.max(chain).max(ordinary.max(deep) + job);
    }
    bound
}

/// `purge --apply --yes` against the standalone simulator.
fn purge(tool: &Path, simulator: &Path, row: &JobRow) -> Result<(Duration, Value, Stats), String> {
    let mut sim = Standalone::start(
        simulator,
        &[
            "--deleted",
            &row.tickets.to_string(),
            "--suspended",
            "0",
            "--people",
            "0",
            "--rate-limit",
            &row.rate_limit.to_string(),
            "--latency-ms",
            &row.latency_ms.to_string(),
            "--job-ms",
            &row.job_ms.to_string(),
            "--job-limit",
            "30",
        ],
    )?;
    let started = Instant::now();
    let output = tool_against(tool, &sim.base_url)
        .args(["--format", "json", "purge", "--apply", "--yes"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tool.display()))?;
    let wall = started.elapsed();
    let summary = last_json(&output)?;
    let stats = stats(&sim.base_url)?;
    sim.stop();
    Ok((wall, summary, stats))
}

/// `spam --apply --yes <ids>` against a simulator started here.
fn spam(tool: &Path, row: &JobRow) -> Result<(Duration, Value, Stats), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let sim = runtime
        .block_on(zendesk_simulator::start(zendesk_simulator::Config {
            people: row.tickets / 3 + 100,
            rate_limit: row.rate_limit,
            latency: Duration::from_millis(row.latency_ms),
            job_duration: Duration::from_millis(row.job_ms),
            job_limit: 30,
            ..zendesk_simulator::Config::default()
        }))
        .map_err(|e| e.to_string())?;
    let ids: Vec<String> = sim
        .snapshot()
        .tickets
        .iter()
        .map(|t| t.id)
        .take(row.tickets)
        .map(|id| id.to_string())
        .collect();
    if ids.len() < row.tickets {
        return Err(format!(
            "the simulator has {} live tickets, not {}",
            ids.len(),
            row.tickets
        ));
    }
    let started = Instant::now();
    let output = tool_against(tool, sim.base_url())
        .args(["--format", "json", "spam", "--apply", "--yes"])
        .args(&ids)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tool.display()))?;
    let wall = started.elapsed();
    let summary = last_json(&output)?;
    let stats = stats(sim.base_url())?;
    runtime.block_on(sim.stop());
    Ok((wall, summary, stats))
}

/// The tool, connected to `base_url` with the simulator's default OAuth
/// client (client credentials, as cron runs it).
pub(crate) fn tool_against(tool: &Path, base_url: &str) -> Command {
    let mut cmd = Command::new(tool);
    for var in [
        "ZENDESK_SUBDOMAIN",
        "ZENDESK_OAUTH_TOKEN",
        "ZENDESK_EMAIL",
        "ZENDESK_API_TOKEN",
        "ZENDESK_OAUTH_SCOPES",
        "ZENDESK_PROFILE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("ZENDESK_BASE_URL", base_url)
        .env("ZENDESK_CLIENT_ID", "simulator-client")
        .env("ZENDESK_CLIENT_SECRET", "simulator-secret");
    cmd
}

pub(crate) fn last_json(output: &std::process::Output) -> Result<Value, String> {
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok())
        .ok_or_else(|| {
            format!(
                "no summary: {stdout}\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        })
}

/// `GET /simulator/stats`.
pub(crate) fn stats(base_url: &str) -> Result<Stats, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let value: Value = runtime.block_on(async {
        // The library's TLS (reqwest's own defaults find no crypto provider
        // in a build with zendesk-support: see `zendesk_support::http_client`).
        zendesk_support::http_client()
            .map_err(|e| e.to_string())?
            .build()
            .map_err(|e| e.to_string())?
            .get(format!("{base_url}/simulator/stats"))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())
    })?;
    let n = |k: &str| value[k].as_u64().unwrap_or(0);
    Ok(Stats {
        requests: n("requests"),
        refused: n("rate_limited") + n("endpoint_limited") + n("jobs_refused"),
        jobs: n("jobs_queued"),
        peak_jobs: n("peak_jobs"),
        tokens_minted: n("tokens_minted"),
        unauthorized: n("unauthorized"),
    })
}

/// The standalone simulator, as a child process.
pub(crate) struct Standalone {
    child: Child,
    pub(crate) base_url: String,
}

impl Standalone {
    pub(crate) fn start(binary: &Path, args: &[&str]) -> Result<Standalone, String> {
        let mut child = Command::new(binary)
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let first = lines
            .next()
            .and_then(Result::ok)
            .ok_or("the simulator said nothing")?;
        let base_url = first
            .rsplit(' ')
            .next()
            .filter(|u| u.starts_with("http://"))
            .ok_or_else(|| format!("the simulator said {first:?}"))?
            .to_string();
        // Keep reading what it prints, so that it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Ok(Standalone { child, base_url })
    }

    pub(crate) fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        self.stop();
    }
}
