//! What the tool says is what happened: under job faults (a job that never
//! ends, Ctrl-C while waiting, a kill and a re-run), a listing that fails,
//! a body that is not its encoding, a journal that cannot be written, a
//! proxy on a company machine. Each test drives the built binary as an
//! operator would, and checks the summary against the account.

mod common;

use common::*;
use serde_json::Value;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use zendesk_simulator::{Config, Fault};

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// How many lines of `path` hold `needle`.
fn lines_with(path: &Path, needle: &str) -> usize {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(needle))
        .count()
}

/// Waits until `path` has `n` lines with `needle`, or fails after a minute.
fn wait_for_lines(path: &Path, needle: &str, n: usize) {
    let started = Instant::now();
    while lines_with(path, needle) < n {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "not {n} lines with {needle} in {}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The child's output, killing it if it has not ended within `limit`.
fn output_within(child: std::process::Child, limit: Duration) -> Output {
    let id = child.id();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(limit);
        let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
    });
    let out = child.wait_with_output().unwrap();
    drop(watchdog);
    out
}

/// Every `unknowns` entry of a summary names its job.
fn assert_unknowns_name_their_jobs(summary: &Value, expected: usize) {
    assert_eq!(
        summary["unknown"].as_u64(),
        Some(expected as u64),
        "{summary}"
    );
    let unknowns = summary["unknowns"].as_array().expect("the unknowns listed");
    assert_eq!(unknowns.len(), expected, "{summary}");
    assert!(
        unknowns.iter().all(|u| u["job"].is_string()),
        "each with its job: {summary}"
    );
}

/// A purge whose jobs outlast `--job-timeout` ends at the deadline: its
/// tickets unknown, each with its job, exit 1; the next run waits for those
/// jobs again (nothing is sent twice) and reports them done.
#[test]
fn a_purge_past_its_job_timeout_leaves_unknowns_with_jobs_that_the_next_run_settles() {
    let account = Account::start(Config {
        deleted: 150,
        job_duration: Duration::from_secs(6),
        ..Config::default()
    });
    let total = account.sim.snapshot().deleted.len();
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("purge.journal");
    let purge = |timeout: &str| {
        account
            .tool()
            .args([
                "--format",
                "json",
                "purge",
                "--apply",
                "--yes",
                "--job-timeout",
                timeout,
            ])
            .arg("--journal")
            .arg(&journal)
            .output()
            .unwrap()
    };
    let started = Instant::now();
    let cut_short = purge("2s");
    let took = started.elapsed();
    let summary = last_json(&cut_short);
    assert_eq!(cut_short.status.code(), Some(1), "{summary}");
    assert!(
        took < Duration::from_secs(5),
        "ended at the deadline: {took:?}"
    );
    assert_eq!(summary["done"], 0, "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");
    assert_unknowns_name_their_jobs(&summary, total);
    assert_eq!(summary["accounted"], true, "{summary}");

    let submitted = lines_with(&journal, "\"sent\"");
    let finished = purge("1m");
    let summary = last_json(&finished);
    assert!(
        finished.status.success(),
        "{summary}\n{}",
        stderr(&finished)
    );
    assert_eq!(summary["done"].as_u64(), Some(total as u64), "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");
    assert_eq!(summary["unknown"], 0, "{summary}");
    assert_eq!(summary["accounted"], true, "{summary}");
    assert_eq!(
        lines_with(&journal, "\"sent\""),
        submitted,
        "the jobs were waited for again, not sent again"
    );
    assert!(account.sim.snapshot().deleted.is_empty());
}

/// The first Ctrl-C while jobs run stops waiting: the summary is printed
/// (the jobs' tickets unknown, each with its job) and the exit is 130, at
/// once, not when the jobs end.
#[test]
fn the_first_ctrl_c_stops_waiting_prints_the_summary_and_exits_130() {
    let account = Account::start(Config {
        deleted: 150,
        job_duration: Duration::from_secs(3600),
        ..Config::default()
    });
    let total = account.sim.snapshot().deleted.len();
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("purge.journal");
    let child = account
        .process()
        .args(["--format", "json", "purge", "--apply", "--yes", "--journal"])
        .arg(&journal)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_lines(&journal, "\"accepted\"", total.div_ceil(100));
    let signalled = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let started = Instant::now();
    let out = output_within(child, Duration::from_secs(30));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let summary = last_json(&out);
    assert_unknowns_name_their_jobs(&summary, total);
    // The command to continue with, which reaches the same account.
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        said.contains("interrupted: run `zendesk-moderate --format json purge --apply --journal")
            && said.contains("to purge what is left"),
        "says how to continue: {said}"
    );
}

/// A listing that fails (every answer a 502) is never "every ticket
/// accounted for": nothing is known of the tickets past the failure.
#[test]
fn a_listing_that_fails_is_never_accounted_for() {
    let account = Account::start(Config {
        fault_rate: 1.0,
        faults: vec![Fault::BadGateway],
        ..Config::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let run = |format: &str| {
        account
            .api_token_tool()
            .args([
                "--format", format, "run", "--rules", RULES, "--apply", "--yes",
            ])
            .arg("--plan-file")
            .arg(&plan)
            .output()
            .unwrap()
    };
    let human = run("human");
    let text = stdout(&human);
    assert_eq!(human.status.code(), Some(1), "{text}{}", stderr(&human));
    assert!(text.contains("the listing ended early"), "{text}");
    assert_eq!(
        text.lines().last(),
        Some("every ticket accounted for: NO"),
        "{text}"
    );
    let json = run("json");
    let summary = last_json(&json);
    assert_eq!(json.status.code(), Some(1), "{summary}");
    assert_eq!(summary["accounted"], false, "{summary}");
    assert!(summary["listing_ended_early"].is_string(), "{summary}");
}

/// A server that answers every request with `response`, as raw bytes.
fn scripted(response: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let response = response.clone();
            std::thread::spawn(move || {
                let mut seen = Vec::new();
                let mut buf = [0u8; 4096];
                while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = stream.write_all(&response);
            });
        }
    });
    url
}

/// `list` of a body declared gzip that is not gzip prints no result ("0
/// suspended tickets" was a lie: nothing was read), and its error names
/// the encoding.
#[test]
fn a_listing_whose_body_is_not_its_encoding_prints_no_result_and_names_it() {
    let body = br#"{"suspended_tickets":[],"meta":{"has_more":false}}"#;
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    let url = scripted(response);
    let out = tool()
        .env("ZENDESK_BASE_URL", &url)
        .env("ZENDESK_EMAIL", "agent@example.com")
        .env("ZENDESK_API_TOKEN", "not-a-real-token")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        !stdout(&out).contains("suspended tickets"),
        "no result: {}",
        stdout(&out)
    );
    assert!(stderr(&out).contains("gzip"), "{}", stderr(&out));
}

/// Runs `cmd`, kills it (-9) once its journal holds an accepted job, and
/// gives the jobs it left running the time to end without it.
fn kill_once_a_job_is_accepted(mut cmd: Command, journal: &Path) {
    let mut killed = cmd.spawn().unwrap();
    wait_for_lines(journal, "\"accepted\"", 1);
    killed.kill().unwrap();
    killed.wait().unwrap();
    std::thread::sleep(Duration::from_secs(3));
}

/// A purge and a spam run killed (-9) while their jobs run, then run again:
/// the second run reports the tickets the first had done as done (looked
/// up, or by their jobs), not "not soft-deleted" or "not found" failures.
#[test]
fn a_killed_purge_or_spam_run_again_reports_the_done_tickets_done() {
    let account = Account::start(Config {
        deleted: 250,
        job_duration: Duration::from_secs(2),
        ..Config::default()
    });
    let dir = tempfile::tempdir().unwrap();

    // Killed, then the same command again with `--format json`: all done.
    let killed_then_again = |command: &[&str], journal: &Path, ids: &[String]| {
        let mut first = account.process();
        first.args(command).arg("--journal").arg(journal).args(ids);
        kill_once_a_job_is_accepted(first, journal);
        let again = account
            .tool()
            .args(["--format", "json"])
            .args(command)
            .arg("--journal")
            .arg(journal)
            .args(ids)
            .output()
            .unwrap();
        let summary = last_json(&again);
        assert!(again.status.success(), "{summary}");
        assert_eq!(summary["failed"], 0, "{summary}");
        assert_eq!(summary["unknown"], 0, "{summary}");
        summary
    };

    let total = account.sim.snapshot().deleted.len();
    let purge = ["purge", "--apply", "--yes"];
    let summary = killed_then_again(&purge, &dir.path().join("purge.journal"), &[]);
    assert_eq!(summary["done"].as_u64(), Some(total as u64), "{summary}");
    assert!(account.sim.snapshot().deleted.is_empty());

    let mut tickets = Vec::new();
    for n in 0..15 {
        let (_, ids) =
            account
                .sim
                .add_person(&format!("Spammer {n}"), &format!("s{n}@spam.example"), 10);
        tickets.extend(ids);
    }
    let ids: Vec<String> = tickets.iter().map(i64::to_string).collect();
    let spam = ["spam", "--apply", "--yes"];
    let summary = killed_then_again(&spam, &dir.path().join("spam.journal"), &ids);
    assert_eq!(summary["done"], 150, "{summary}");
}

/// A journal that cannot be written once calls have gone out (the disk
/// full, here a file size limit) is exit 1, "not all done", naming the
/// journal: never exit 2, "nothing done".
#[test]
fn a_journal_that_cannot_be_written_after_sending_is_not_nothing_done() {
    let account = Account::start(Config {
        deleted: 250,
        ..Config::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("purge.journal");
    let tool = account.process();
    let mut limited = Command::new("bash");
    // Writes past 3 KiB fail (EFBIG) instead of killing the process.
    limited
        .args(["-c", "trap '' XFSZ; ulimit -f 3; exec \"$@\"", "bash"])
        .arg(tool.get_program())
        .args(["purge", "--apply", "--yes", "--journal"])
        .arg(&journal)
        .current_dir(dir.path());
    for (name, value) in tool.get_envs() {
        match value {
            Some(v) => limited.env(name, v),
            None => limited.env_remove(name),
        };
    }
    let total = account.sim.snapshot().deleted.len();
    let out = limited.output().unwrap();
    assert!(lines_with(&journal, "\"sent\"") >= 1, "{}", stderr(&out));
    // The job the tool submitted before its journal failed does its work.
    let started = Instant::now();
    while account.sim.snapshot().deleted.len() == total {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "a call went out before the journal failed: {}",
            stderr(&out)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("purge.journal"), "{}", stderr(&out));
}

/// With a company proxy in the environment, the embedded simulator (and
/// any loopback account) is still reached directly.
#[test]
fn the_embedded_simulator_is_reached_past_the_proxy_settings() {
    // Nothing listens there: a request through it would fail.
    let proxy = "http://127.0.0.1:9";
    let out = tool()
        .env("HTTP_PROXY", proxy)
        .env("HTTPS_PROXY", proxy)
        .env("ALL_PROXY", proxy)
        .env("http_proxy", proxy)
        .env("https_proxy", proxy)
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .arg("list")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("suspended tickets"),
        "{}",
        stdout(&out)
    );
}
