//! What OAuth that renews itself costs: the main job (`run --apply` of the
//! shipped rules) and a purge, each run three ways against the same
//! standalone simulator shape, side by side: with the API token (the
//! baseline), on client credentials with tokens of 30 minutes, and on
//! client credentials with tokens that expire every 3 seconds. The table
//! gives wall time, requests, tokens minted and `401`s, and each run's wall
//! time as a ratio to the API token's.

use crate::bench_jobs::{last_json, stats, tool_against, Standalone};
use std::path::Path;
use std::time::{Duration, Instant};

/// How a run signs in.
struct Way {
    name: &'static str,
    api_token: bool,
    token_ttl: u64,
}

const WAYS: [Way; 3] = [
    Way {
        name: "API token (baseline)",
        api_token: true,
        token_ttl: 1800,
    },
    Way {
        name: "client credentials",
        api_token: false,
        token_ttl: 1800,
    },
    Way {
        name: "client credentials",
        api_token: false,
        token_ttl: 3,
    },
];

/// One job to run each way.
struct Job {
    command: &'static str,
    simulator: Vec<String>,
    args: Vec<String>,
    /// Whether it writes a plan (each run its own, so none resumes another).
    plans: bool,
}

fn jobs(root: &Path, smoke: bool) -> Vec<Job> {
    let rules = root.join("cli/examples/rules.toml").display().to_string();
    let (suspended, deleted) = if smoke {
        ("1000", "300")
    } else {
        ("10000", "2000")
    };
    let shape = |extra: &[&str]| -> Vec<String> {
        [
            "--rate-limit",
            "700",
            "--latency-ms",
            "150",
            "--job-ms",
            "1500",
        ]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect()
    };
    vec![
        Job {
            command: "run --apply (main job)",
            simulator: shape(&["--suspended", suspended, "--deleted", "0", "--people", "0"]),
            args: ["run", "--rules", &rules, "--apply", "--yes"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            plans: true,
        },
        Job {
            command: "purge --apply",
            simulator: shape(&["--suspended", "0", "--deleted", deleted, "--people", "0"]),
            args: ["purge", "--apply", "--yes"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            plans: false,
        },
    ]
}

/// Prints the table; fails when a run did not account for every ticket or
/// a `401` reached the tool.
pub fn run(tool: &Path, simulator: &Path, root: &Path, smoke: bool) -> Result<(), String> {
    println!("## Authentication: the same jobs on an API token and on OAuth tokens that expire\n");
    println!("| job | credentials | token lifetime | wall | ratio to API token | requests | tokens minted | 401s | accounted |");
    println!("|--|--|--:|--:|--:|--:|--:|--:|--|");
    let mut problems = Vec::new();
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    for job in jobs(root, smoke) {
        let mut baseline = None;
        for (n, way) in WAYS.iter().enumerate() {
            let mut args: Vec<String> = job.simulator.clone();
            args.extend(["--token-ttl".to_string(), way.token_ttl.to_string()]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut sim = Standalone::start(simulator, &args)?;
            let mut cmd = tool_against(tool, &sim.base_url);
            if way.api_token {
                cmd.env_remove("ZENDESK_CLIENT_ID")
                    .env_remove("ZENDESK_CLIENT_SECRET")
                    .env("ZENDESK_EMAIL", "agent@example.com")
                    .env("ZENDESK_API_TOKEN", "simulator-token");
            }
            cmd.current_dir(dir.path())
                .args(["--format", "json"])
                .args(&job.args);
            if job.plans {
                cmd.arg("--plan-file")
                    .arg(dir.path().join(format!("plan-{n}.json")));
            }
            let started = Instant::now();
            let output = cmd
                .output()
                .map_err(|e| format!("cannot run {}: {e}", tool.display()))?;
            let wall = started.elapsed();
            let summary = last_json(&output)?;
            let counted = stats(&sim.base_url)?;
            sim.stop();
            let accounted = summary["accounted"] == true;
            let base: Duration = *baseline.get_or_insert(wall);
            let lifetime = if way.api_token {
                "–".to_string()
            } else {
                humantime_secs(way.token_ttl)
            };
            println!(
                "| {} | {} | {lifetime} | {:.2} s | {:.3}× | {} | {} | {} | {} |",
                job.command,
                way.name,
                wall.as_secs_f64(),
                wall.as_secs_f64() / base.as_secs_f64(),
                counted.requests,
                counted.tokens_minted,
                counted.unauthorized,
                if accounted { "yes" } else { "NO" }
            );
            if !accounted || !output.status.success() {
                problems.push(format!(
                    "{} on {}: not accounted for: {summary}",
                    job.command, way.name
                ));
            }
            if counted.unauthorized > 0 {
                problems.push(format!(
                    "{} on {}: {} requests met an expired token",
                    job.command, way.name, counted.unauthorized
                ));
            }
        }
    }
    println!();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn humantime_secs(seconds: u64) -> String {
    if seconds >= 60 {
        format!("{} min", seconds / 60)
    } else {
        format!("{seconds} s")
    }
}
