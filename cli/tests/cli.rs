//! `zendesk-moderate` end to end, as an admin runs it: against the embedded
//! simulator, and against a simulator running in this test (an "account"
//! that outlives the tool, so that a run can be killed and resumed and the
//! account's state compared with the summary).

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};
use zendesk_simulator::Config;

mod common;

use common::*;

/// The README's first command: `run --rules cli/examples/rules.toml
/// --apply` on the embedded simulator, acting without a question.
#[test]
fn the_main_job_on_the_embedded_simulator_accounts_for_every_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let output = tool()
        .args(["run", "--rules", RULES, "--apply", "--plan-file"])
        .arg(&plan)
        .output()
        .unwrap();
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("no ZENDESK_* settings: running against the embedded simulator"),
        "{text}"
    );
    for rule in ["customers", "spam", "own-address-loops", "default"] {
        assert!(text.contains(rule), "{rule} in the counts: {text}");
    }
    assert_eq!(
        text.lines().last(),
        Some("every ticket accounted for: yes"),
        "{text}"
    );
    let planned = read_plan(&plan);
    assert_eq!(planned.len(), 3004, "every suspended ticket is in the plan");
    let ids: BTreeSet<i64> = planned.iter().map(|p| p.0).collect();
    assert_eq!(ids.len(), planned.len(), "once each");
}

#[test]
fn json_output_is_one_object_a_line_ending_with_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let output = tool()
        .args(["--format", "json", "run", "--rules", RULES, "--apply"])
        .arg("--plan-file")
        .arg(dir.path().join("plan.json"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout(&output);
    for line in text.lines() {
        serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    }
    let summary = last_json(&output);
    let n = |k: &str| summary[k].as_u64().unwrap();
    assert_eq!(summary["accounted"], true, "{summary}");
    assert_eq!(n("done") + n("failed") + n("unknown") + n("skipped"), 3004);
    assert_eq!(n("failed") + n("unknown"), 0, "{summary}");

    let listed = tool()
        .args(["--format", "json", "list", "--cause-id", "0,3"])
        .output()
        .unwrap();
    assert!(listed.status.success());
    let lines: Vec<Value> = stdout(&listed)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        lines.len() > 100,
        "{} spam and automated replies",
        lines.len()
    );
    for t in &lines {
        assert!(t["id"].is_i64());
        assert!([0, 3].contains(&t["cause_id"].as_i64().unwrap()), "{t}");
    }
}

/// One rule everywhere: without --apply nothing changes, on the embedded
/// simulator too (a dry run, as on an account); with it, it acts without a
/// question (nothing real is at stake, and no terminal is needed).
#[test]
fn nothing_changes_without_apply_on_the_embedded_simulator_either() {
    let dir = tempfile::tempdir().unwrap();
    let dry = tool()
        .args(["--format", "json", "run", "--rules", RULES, "--plan-file"])
        .arg(dir.path().join("plan.json"))
        .output()
        .unwrap();
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let summary = last_json(&dry);
    assert_eq!(summary["applied"], false, "{summary}");
    assert_eq!(summary["done"], 0, "{summary}");
    assert_eq!(summary["pending"], 933 + 1667, "{summary}");
    // What the simulator served: an OAuth token and the listing's 31
    // pages, nothing else.
    assert!(
        String::from_utf8_lossy(&dry.stderr).contains("simulator: 32 requests,"),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );

    let purge = tool().args(["--format", "json", "purge"]).output().unwrap();
    assert!(purge.status.success());
    let summary = last_json(&purge);
    assert_eq!(summary["applied"], false, "{summary}");
    assert_eq!(
        (summary["done"].as_u64(), summary["pending"].as_u64()),
        (Some(0), Some(122))
    );
    assert!(
        String::from_utf8_lossy(&purge.stderr).contains("at most 0 jobs at once"),
        "{}",
        String::from_utf8_lossy(&purge.stderr)
    );
    let human = tool()
        .args(["purge", "--older-than", "30days"])
        .output()
        .unwrap();
    assert!(
        stdout(&human).contains("dry run: nothing was changed"),
        "{}",
        stdout(&human)
    );
    assert!(stdout(&human).contains("add --apply to purge them"));

    // --apply acts, with no terminal and no --yes.
    let purged = tool()
        .args(["--format", "json", "purge", "--apply"])
        .output()
        .unwrap();
    let summary = last_json(&purged);
    assert!(purged.status.success(), "{summary}");
    assert_eq!(
        (summary["applied"].as_bool(), summary["done"].as_u64()),
        (Some(true), Some(122))
    );
}

/// The embedded simulator's first line and --help say how many tickets it
/// serves (the documentation samples' beside the generated ones); counts
/// of one read in the singular; the simulator's own records carry
/// addresses a person can read.
#[test]
fn counts_are_said_as_they_are_and_read_in_the_singular() {
    let help = tool().args(["--help"]).output().unwrap();
    assert!(
        stdout(&help).contains("also holds the 4 of Zendesk's documentation samples"),
        "{}",
        stdout(&help)
    );
    assert!(stdout(&help).contains("also holds the 2 of the documentation samples"));
    let listed = tool()
        .args([
            "--simulator-tickets",
            "0",
            "--simulator-deleted",
            "0",
            "list",
        ])
        .output()
        .unwrap();
    let text = stdout(&listed);
    assert!(listed.status.success(), "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("(4 suspended tickets, 2 soft-deleted tickets)"),
        "{text}"
    );
    assert!(!text.contains("[email protected]"), "{text}");
    assert!(text.contains("mr.roboto@example.org"), "{text}");
    let n = tool()
        .args([
            "--simulator-tickets",
            "1",
            "--simulator-deleted",
            "0",
            "--format",
            "json",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&n).lines().count(), 5, "{}", stdout(&n));

    // One live ticket (the documentation sample's) marked as spam.
    let spam = tool()
        .args([
            "--simulator-tickets",
            "0",
            "spam",
            "24000000000042",
            "--apply",
        ])
        .output()
        .unwrap();
    let (out, err) = (
        stdout(&spam),
        String::from_utf8_lossy(&spam.stderr).into_owned(),
    );
    assert!(spam.status.success(), "{out}{err}");
    assert!(out.contains("plan: mark 1 ticket as spam"), "{out}");
    assert!(out.contains("  marked as spam:           1"), "{out}");
    assert!(
        err.contains("at most 1 job at once, 1 OAuth token minted"),
        "{err}"
    );
}

#[test]
fn csv_output_has_a_header_and_a_row_per_ticket() {
    let output = tool()
        .args(["--format", "csv", "--simulator-tickets", "50", "list"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("id"));
    assert_eq!(reader.records().count(), 54);
}

#[test]
fn a_rules_file_with_errors_names_the_line_and_column_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "[[rule]]\nname = \"a\"\naction = \"explode\"\n",
            "line 3, column 10",
        ),
        (
            "[[rule]]\nname = \"a\"\naction = \"delete\"\nwhen = { cause_idd = [0] }\n",
            "line 4, column 10",
        ),
        (
            "[[rule]]\nname = \"a\"\naction = \"delete\"\nwhen = { subject = \"([\" }\n",
            "not a regular expression",
        ),
    ];
    for (text, expected) in cases {
        let rules = dir.path().join("rules.toml");
        std::fs::write(&rules, text).unwrap();
        let output = tool()
            .args(["plan", "--rules"])
            .arg(&rules)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{err}");
        assert!(err.contains(expected), "{expected}: {err}");
        assert!(
            stdout(&output).is_empty(),
            "refused before connecting: {}",
            stdout(&output)
        );
    }
}

#[test]
fn plan_then_apply_against_an_account_matches_its_state() {
    let account = Account::start(Config {
        suspended: 600,
        seed: 11,
        ..Config::default()
    });
    let before = account.suspended_ids();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    // Against an account, `run` without --apply is a dry run.
    let dry = account
        .tool()
        .args(["run", "--rules", RULES, "--plan-file"])
        .arg(&plan)
        .output()
        .unwrap();
    assert!(dry.status.success());
    assert!(stdout(&dry).contains("dry run: nothing was changed"));
    assert_eq!(account.suspended_ids(), before, "nothing changed");

    // Without a terminal and without --yes, `apply` refuses: not confirmed.
    let refused = account.tool().arg("apply").arg(&plan).output().unwrap();
    assert_eq!(refused.status.code(), Some(3));
    assert_eq!(account.suspended_ids(), before, "nothing changed");
    // A plan larger than --max-actions is refused.
    let too_big = account
        .tool()
        .args(["apply", "--yes", "--max-actions", "10"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(too_big.status.code(), Some(2));
    assert_eq!(account.suspended_ids(), before, "nothing changed");

    let summary = account.apply(&plan);
    let planned = read_plan(&plan);
    let acted = planned.iter().filter(|p| p.1 != "leave").count() as u64;
    assert_eq!(summary["done"].as_u64(), Some(acted), "{summary}");
    assert_state_matches(&account, &planned);

    // Applying again acts on nothing: every id is settled in the journal.
    let requests = account.sim.snapshot().counters.requests;
    assert_eq!(account.apply(&plan)["done"].as_u64(), Some(acted));
    assert_eq!(
        account.sim.snapshot().counters.requests,
        requests,
        "not one request"
    );
}

#[test]
fn a_killed_apply_resumes_without_acting_twice_or_losing_an_id() {
    let p = planned(2500, 5, Duration::from_millis(40));
    let (account, plan, journal) = (&p.account, &p.plan, &p.journal);
    let mut child = p.spawn_apply(2).spawn().unwrap();
    // Kill it once some, not all, answers are in the journal.
    let started = Instant::now();
    loop {
        let outcomes = std::fs::read_to_string(journal)
            .unwrap_or_default()
            .matches("\"outcome\"")
            .count();
        if outcomes >= 150 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let planned = read_plan(plan);
    let acted: Vec<i64> = planned
        .iter()
        .filter(|p| p.1 != "leave")
        .map(|p| p.0)
        .collect();
    let still = account.suspended_ids();
    let interrupted = acted.iter().filter(|id| still.contains(id)).count();
    assert!(interrupted > 0, "the kill came before the end");

    let summary = account.apply(plan);
    assert_eq!(
        summary["done"].as_u64(),
        Some(acted.len() as u64),
        "{summary}"
    );
    assert_eq!(summary["failed"].as_u64(), Some(0), "none acted on twice");
    assert_state_matches(account, &planned);

    // The journal: every id has one final word; an id was sent twice only
    // when its first call had no recorded answer.
    let mut sends: HashMap<i64, usize> = HashMap::new();
    let mut answered: BTreeSet<i64> = BTreeSet::new();
    for line in std::fs::read_to_string(journal).unwrap().lines() {
        let Ok(entry) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        match entry["event"].as_str() {
            Some("sent") => {
                for id in entry["ids"].as_array().unwrap() {
                    let id = id.as_i64().unwrap();
                    assert!(
                        !answered.contains(&id),
                        "{id} sent again after its answer was recorded"
                    );
                    *sends.entry(id).or_default() += 1;
                }
            }
            Some("outcome") => {
                answered.insert(entry["id"].as_i64().unwrap());
            }
            _ => {}
        }
    }
    let acted_set: BTreeSet<i64> = acted.iter().copied().collect();
    assert_eq!(answered, acted_set, "every id of the plan has its answer");
}

/// `run` against a faulty account (every fault kind; the answers of calls
/// that change something lost after the work was done): the summary
/// accounts for every ticket, and matches the account's final state ticket
/// for ticket. Seeds 1-8 at a 5% fault rate, 1-2 at 20%.
#[test]
fn under_faults_the_summary_matches_the_account_ticket_for_ticket() {
    let runs: Vec<(u64, f64)> = (1..=8)
        .map(|seed| (seed, 0.05))
        .chain((1..=2).map(|seed| (seed, 0.2)))
        .collect();
    let wrong: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|(seed, rate)| scope.spawn(move || (seed, rate, faulty_run(seed, rate))))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .filter(|(_, _, problems)| !problems.is_empty())
            .map(|(seed, rate, p)| format!("seed {seed} at {rate}: {}", p.join("; ")))
            .collect()
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// One `run --apply` at `rate`; what did not hold.
fn faulty_run(seed: u64, rate: f64) -> Vec<String> {
    let account = Account::start(Config {
        suspended: 400,
        seed,
        fault_rate: rate,
        stall: Duration::from_millis(300),
        ..Config::default()
    });
    let before = account.sim.snapshot();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let output = account
        .tool()
        .args([
            "--format",
            "json",
            "run",
            "--apply",
            "--yes",
            "--rules",
            RULES,
            "--plan-file",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    let Ok(summary) = serde_json::from_str::<Value>(stdout(&output).lines().last().unwrap_or(""))
    else {
        return vec![format!(
            "no summary: {} {}",
            stdout(&output),
            String::from_utf8_lossy(&output.stderr)
        )];
    };
    let mut problems = Vec::new();
    if summary["accounted"] != true {
        problems.push(format!("not every ticket accounted for: {summary}"));
    }
    let planned = read_plan(&plan);
    if planned.len() != before.suspended.len() {
        problems.push(format!(
            "planned {} of {}",
            planned.len(),
            before.suspended.len()
        ));
    }
    let listed = |key: &str| -> BTreeSet<i64> {
        summary[key]
            .as_array()
            .map(|a| a.iter().filter_map(|f| f["id"].as_i64()).collect())
            .unwrap_or_default()
    };
    let (failed, unknown) = (listed("failures"), listed("unknowns"));
    let remaining = account.suspended_ids();
    let mut recovered = 0;
    for (id, action, _) in &planned {
        let gone = !remaining.contains(id);
        match action.as_str() {
            "leave" if gone => problems.push(format!("{id} was to be left alone, but is gone")),
            "leave" => {}
            _ if failed.contains(id) && gone => {
                problems.push(format!("{id} reported failed, but is gone"))
            }
            _ if failed.contains(id) || unknown.contains(id) => {}
            _ if !gone => problems.push(format!("{id} reported {action}d, but still suspended")),
            "recover" => recovered += 1,
            _ => {}
        }
    }
    let made = account.sim.snapshot().tickets.len() - before.tickets.len();
    if made != recovered {
        problems.push(format!(
            "{made} tickets made by recovering, {recovered} reported recovered"
        ));
    }
    if output.status.success() != (failed.is_empty() && unknown.is_empty()) {
        problems.push(format!("exit {:?} for {summary}", output.status.code()));
    }
    problems
}

/// `run --watch`: each round plans the queue as it is then, acts on it and
/// accounts for it, so tickets that arrive between rounds are taken care of.
#[test]
fn watch_runs_again_and_takes_the_tickets_that_arrived_meanwhile() {
    use std::io::{BufRead, BufReader};

    let account = Account::start(Config {
        suspended: 250,
        seed: 5,
        ..Config::default()
    });
    // Copies of 40 tickets; the simulator gives them fresh ids.
    let arriving: Vec<_> = account.sim.snapshot().suspended[..40].to_vec();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    // Spawned, not run to its end: `--watch` runs until it is stopped (also
    // when this test fails).
    struct Stopped(std::process::Child);
    impl Drop for Stopped {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = account
        .process()
        .args([
            "--format", "json", "run", "--rules", RULES, "--apply", "--yes",
        ])
        .args(["--watch", "5s", "--plan-file"])
        .arg(&plan)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map(Stopped)
        .unwrap();
    // Lines are read on a thread, so that a round that never comes fails
    // the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let next_summary = || loop {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("a round's summary within a minute");
        let value: Value = serde_json::from_str(&line).unwrap();
        if value.get("accounted").is_some() {
            return value;
        }
    };
    let first = next_summary();
    let first_plan = read_plan(&plan);
    assert_eq!(first["accounted"], true, "{first}");
    assert_state_matches(&account, &first_plan);
    let left = first_plan.iter().filter(|p| p.1 == "leave").count();

    let new_ids = account.sim.add_suspended(arriving);
    let second = next_summary();
    drop(child);
    let second_plan = read_plan(&plan);
    assert_eq!(second["accounted"], true, "{second}");
    // The second round planned what was left plus what arrived, no more.
    assert_eq!(second_plan.len(), left + new_ids.len());
    let planned: BTreeSet<i64> = second_plan.iter().map(|p| p.0).collect();
    assert!(new_ids.iter().all(|id| planned.contains(id)));
    let acted = second_plan.iter().filter(|p| p.1 != "leave").count() as u64;
    assert!(acted > 0, "some of the arrivals are acted on");
    assert_eq!(second["done"].as_u64(), Some(acted), "{second}");
    assert_state_matches(&account, &second_plan);
}

#[test]
fn purge_waits_for_the_jobs_and_accounts_for_every_ticket() {
    let account = Account::start(Config {
        deleted: 250,
        ..Config::default()
    });
    let dry = account.tool().args(["purge"]).output().unwrap();
    assert!(dry.status.success());
    assert!(stdout(&dry).contains("would purge:"), "{}", stdout(&dry));
    let deleted = account.sim.snapshot().deleted.len();
    assert!(deleted >= 250);

    let output = account
        .tool()
        .args(["--format", "json", "purge", "--apply", "--yes"])
        .output()
        .unwrap();
    let summary = last_json(&output);
    assert!(output.status.success(), "{summary}");
    assert_eq!(summary["done"].as_u64(), Some(deleted as u64), "{summary}");
    assert_eq!(
        summary["done_by_action"]["purge"].as_u64(),
        Some(deleted as u64)
    );
    assert_eq!(summary["accounted"], true);
    assert!(account.sim.snapshot().deleted.is_empty());
}

#[test]
fn the_committed_schemas_are_the_tools_own() {
    for which in ["rules", "plan"] {
        let output = tool().args(["schema", which]).output().unwrap();
        assert!(output.status.success());
        let committed = std::fs::read_to_string(format!(
            "{}/schemas/{which}.schema.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert_eq!(
            stdout(&output),
            committed,
            "cli/schemas/{which}.schema.json is stale: zendesk-moderate schema {which} > cli/schemas/{which}.schema.json"
        );
    }
}

#[test]
fn help_reads_like_a_man_page_with_examples() {
    let output = tool().arg("--help").output().unwrap();
    let text = stdout(&output);
    for part in [
        "Examples:",
        "Exit status:",
        "ZENDESK_SUBDOMAIN",
        "--simulator-tickets",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
}

/// Nothing of the person is left in the account.
fn assert_erased(account: &Account, user: i64, tickets: &[i64], email: &str) {
    let s = account.sim.snapshot();
    let gone =
        |id: &i64| !s.tickets.iter().any(|t| t.id == *id) && !s.deleted.iter().any(|d| d.id == *id);
    assert!(tickets.iter().all(gone), "every ticket of theirs is gone");
    assert!(!s.users.iter().any(|u| u.id == user), "the user is gone");
    assert!(
        !format!("{s:?}").contains(email),
        "their address is nowhere"
    );
}

#[test]
fn erase_shows_a_plan_and_changes_nothing_without_apply() {
    let account = Account::start(Config::default());
    let (user, tickets) = account
        .sim
        .add_person("Dry Run", "dry.run@customer.example", 7);
    let before = account.sim.snapshot();
    let dir = tempfile::tempdir().unwrap();
    let out = account
        .tool()
        .current_dir(dir.path())
        .args(["erase", "--email", "DRY.RUN@customer.example"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains(&format!(
            "user {user}: Dry Run <dry.run@customer.example>, end-user, active"
        )),
        "{text}"
    );
    assert!(text.contains("tickets to delete permanently: 7"), "{text}");
    assert!(text.contains("nothing done: add --apply"), "{text}");
    let after = account.sim.snapshot();
    assert_eq!(after.tickets.len(), before.tickets.len());
    assert_eq!(after.users.len(), before.users.len());
    assert!(tickets
        .iter()
        .all(|id| after.tickets.iter().any(|t| t.id == *id)));
    assert!(
        !dir.path().join("zendesk-erase-plan.json").exists(),
        "a dry run keeps no personal data"
    );

    // Agents are refused unless asked for.
    let agent = account
        .tool()
        .current_dir(dir.path())
        .args(["erase", "--user-id", "1000001", "--apply", "--yes"])
        .output()
        .unwrap();
    assert_eq!(agent.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&agent.stderr).contains("--allow-staff"));
}

#[test]
fn a_killed_erasure_of_250_tickets_finishes_on_the_next_run() {
    let account = Account::start(Config {
        latency: Duration::from_millis(15),
        job_duration: Duration::from_millis(100),
        ..Config::default()
    });
    let email = "erase.me@customer.example";
    let (user, tickets) = account.sim.add_person("Erase Me", email, 250);
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("erase.json");
    let mut child = account
        .process()
        .args(["erase", "--email", email, "--apply", "--yes", "--plan-file"])
        .arg(&plan)
        .spawn()
        .unwrap();
    // Kill it once it has started deleting: some tickets are no longer live.
    let started = Instant::now();
    loop {
        let live = account
            .sim
            .snapshot()
            .tickets
            .iter()
            .filter(|t| t.requester_id == Some(user))
            .count();
        if live < 250 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(plan.exists(), "the plan is kept until the person is erased");
    let s = account.sim.snapshot();
    assert!(
        s.users.iter().any(|u| u.id == user),
        "the kill came before the end"
    );

    let rerun = account
        .tool()
        .args([
            "--format",
            "json",
            "erase",
            "--email",
            email,
            "--apply",
            "--yes",
            "--plan-file",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    let counts = last_json(&rerun);
    assert!(
        rerun.status.success(),
        "{counts} {}",
        String::from_utf8_lossy(&rerun.stderr)
    );
    assert_eq!(counts["planned"], 250, "{counts}");
    assert_eq!(counts["done"], 250, "{counts}");
    assert_eq!(counts["user_erased"]["outcome"], "done", "{counts}");
    assert_eq!(counts["complete"], true, "{counts}");
    assert_erased(&account, user, &tickets, email);
    assert!(
        !plan.exists(),
        "the plan, which names the person, is removed"
    );

    // Once more: nobody is left to erase.
    let again = account
        .tool()
        .args(["erase", "--email", email, "--apply", "--yes", "--plan-file"])
        .arg(&plan)
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(
        stdout(&again).contains("nobody found"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn spam_marks_250_tickets_and_suspends_their_requesters() {
    let account = Account::start(Config::default());
    let mut tickets = Vec::new();
    let mut requesters = Vec::new();
    for n in 0..25 {
        let (user, ids) =
            account
                .sim
                .add_person(&format!("Spammer {n}"), &format!("s{n}@spam.example"), 10);
        requesters.push(user);
        tickets.extend(ids);
    }
    let ids: Vec<String> = tickets.iter().map(i64::to_string).collect();
    let before = account.sim.snapshot().deleted.len();
    let dry = account.tool().arg("spam").args(&ids).output().unwrap();
    assert!(dry.status.success());
    assert!(stdout(&dry).contains("plan: mark 250 tickets as spam"));
    assert_eq!(
        account.sim.snapshot().deleted.len(),
        before,
        "nothing changed"
    );

    let out = account
        .tool()
        .args(["--format", "json", "spam", "--apply", "--yes"])
        .args(&ids)
        .output()
        .unwrap();
    let counts = last_json(&out);
    assert!(out.status.success(), "{counts}");
    assert_eq!(counts["done"], 250);
    assert_eq!(counts["accounted"], true);
    assert_eq!(counts["planned"], 250, "{counts}");
    assert_eq!(
        stdout(&out).lines().count(),
        1,
        "one summary, as every acting command"
    );
    let s = account.sim.snapshot();
    for user in requesters {
        let u = s.users.iter().find(|u| u.id == user).unwrap();
        assert_eq!(u.suspended, Some(true));
    }
}
