//! `zendesk-moderate` on the paths an operator really takes: a crash and
//! then a new plan, cron with a secret that did not load, a typo in a rule,
//! a pipe closed early, Ctrl-C; and its guard-rails, exit codes, files and
//! the account check (`doctor`). Each test drives the built binary against a
//! simulator, as a user would.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};
use zendesk_simulator::Config;

/// Waits until `path` holds a line with `needle`, or fails after a minute.
fn wait_for_line(path: &Path, needle: &str) {
    let started = Instant::now();
    while !std::fs::read_to_string(path)
        .unwrap_or_default()
        .contains(needle)
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no {needle} in {}",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A journal of one plan never acts for a later plan that says otherwise:
/// a killed apply, a new plan (leave everything) in the same file, an
/// apply of it: nothing more changes, and the old journal is kept aside.
#[test]
fn a_killed_apply_then_a_new_plan_acts_only_as_the_new_plan_says() {
    let p = planned(300, 3, Duration::from_millis(700));
    let (account, dir, plan, journal) = (&p.account, &p.dir, &p.plan, &p.journal);
    let mut child = p.spawn_apply(3).spawn().unwrap();
    wait_for_line(journal, "\"sent\"");
    std::thread::sleep(Duration::from_millis(100));
    child.kill().unwrap();
    child.wait().unwrap();
    // What the killed run's calls did, they have done by now.
    std::thread::sleep(Duration::from_millis(1500));
    let after_kill = account.suspended_ids();

    let leave_all = write(dir.path(), "leave.toml", "default = \"leave\"\n");
    let replanned = account
        .tool()
        .args(["plan", "--rules"])
        .arg(&leave_all)
        .arg("-o")
        .arg(plan)
        .output()
        .unwrap();
    assert!(replanned.status.success(), "{}", stderr(&replanned));
    let summary = account.apply(plan);
    assert_eq!(summary["skipped"], summary["planned"], "{summary}");
    assert_eq!(
        account.suspended_ids(),
        after_kill,
        "nothing acted on for the earlier plan"
    );
    let old = dir.path().join("plan.json.journal.old");
    assert!(old.exists(), "the earlier journal is kept aside");
    assert!(!std::fs::read_to_string(journal)
        .unwrap()
        .contains("\"sent\""));
    for file in [plan, journal, &old] {
        assert_private(file);
    }
}

/// Files that hold personal data are their owner's alone.
fn assert_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
    }
}

/// `purge` holds the guard-rails of every acting command, and its dry run
/// counts exactly what `--apply` purges.
#[test]
fn purge_asks_counts_exactly_and_refuses_what_it_may_not_do() {
    let account = Account::start(Config {
        deleted: 80,
        ..Config::default()
    });
    let before = account.sim.snapshot().deleted.len();
    // No terminal, no --yes: nothing done, exit 3, before listing.
    let asked = account.tool().args(["purge", "--apply"]).output().unwrap();
    assert_eq!(asked.status.code(), Some(3), "{}", stderr(&asked));
    // --max-actions: nothing done, exit 2.
    let too_many = account
        .tool()
        .args(["purge", "--apply", "--yes", "--max-actions", "1"])
        .output()
        .unwrap();
    assert_eq!(too_many.status.code(), Some(2), "{}", stderr(&too_many));
    assert_eq!(
        account.sim.snapshot().deleted.len(),
        before,
        "nothing purged"
    );

    let cutoff = chrono::Utc::now() - chrono::Duration::days(30);
    let eligible = account
        .sim
        .snapshot()
        .deleted
        .iter()
        .filter(|d| d.deleted_at.is_none_or(|at| at <= cutoff))
        .count();
    assert!(
        eligible > 0 && eligible < before,
        "some too young: {eligible} of {before}"
    );
    let dry = account
        .tool()
        .args(["--format", "json", "purge", "--older-than", "30days"])
        .output()
        .unwrap();
    let dry = last_json(&dry);
    assert_eq!(dry["pending"].as_u64(), Some(eligible as u64), "{dry}");
    assert_eq!(
        dry["too_young"].as_u64(),
        Some((before - eligible) as u64),
        "{dry}"
    );
    assert_eq!(dry["applied"], false);
    let done = account
        .tool()
        .args([
            "--format",
            "json",
            "purge",
            "--older-than",
            "30days",
            "--apply",
            "--yes",
        ])
        .output()
        .unwrap();
    let summary = last_json(&done);
    assert!(done.status.success(), "{summary}");
    assert_eq!(summary["done"], dry["pending"], "{summary}");
    assert_eq!(summary["accounted"], true);
    assert_eq!(account.sim.snapshot().deleted.len(), before - eligible);
}

/// In a fresh directory: `plan --rules rules.toml` names `init` and the
/// example; `init` writes a commented starter that plans as the shipped
/// example does, and never overwrites a file.
#[test]
fn init_writes_a_starter_rules_file_and_a_missing_one_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = tool()
        .current_dir(dir.path())
        .args(["plan", "--rules", "rules.toml"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let said = stderr(&missing);
    assert!(said.contains("no rules file rules.toml"), "{said}");
    assert!(
        said.contains("`zendesk-moderate init rules.toml`"),
        "{said}"
    );
    assert!(said.contains("cli/examples/rules.toml"), "{said}");

    let init = tool().current_dir(dir.path()).arg("init").output().unwrap();
    assert!(init.status.success(), "{}", stderr(&init));
    assert!(
        stdout(&init).starts_with("wrote rules.toml"),
        "{}",
        stdout(&init)
    );
    let written = std::fs::read_to_string(dir.path().join("rules.toml")).unwrap();
    assert!(
        written.lines().take(5).all(|l| l.starts_with('#')),
        "{written}"
    );
    assert!(
        !written.contains("#:schema"),
        "no path of the repository: {written}"
    );

    let plan = |rules: &Path, out: &str| {
        let made = tool()
            .current_dir(dir.path())
            .args(["--simulator-tickets", "300", "plan", "--rules"])
            .arg(rules)
            .args(["-o", out])
            .output()
            .unwrap();
        assert!(made.status.success(), "{}", stderr(&made));
        read_plan(&dir.path().join(out))
    };
    assert_eq!(
        plan(&dir.path().join("rules.toml"), "starter.json"),
        plan(Path::new(RULES), "example.json"),
        "the starter decides as the shipped example"
    );

    std::fs::write(dir.path().join("mine.toml"), "default = \"leave\"\n").unwrap();
    let again = tool()
        .current_dir(dir.path())
        .args(["init", "mine.toml"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("mine.toml exists: nothing written"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.toml")).unwrap(),
        "default = \"leave\"\n"
    );
}

/// A misspelled cause name is an error naming it and the known names, not
/// a rule that silently never matches.
#[test]
fn a_misspelled_cause_name_is_refused_with_the_names_zendesk_has() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.toml",
        "default = \"delete\"\n[[rule]]\nname = \"keep\"\naction = \"leave\"\nwhen = { cause_name = [\"not_on_whitlist\"] }\n",
    );
    let out = tool()
        .args(["plan", "--rules"])
        .arg(&rules)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for part in [
        "not_on_whitlist",
        "line 5",
        "not_on_whitelist",
        "blocklisted",
    ] {
        assert!(err.contains(part), "{part}: {err}");
    }
    assert!(stdout(&out).is_empty(), "refused before connecting");
    // In `list` too.
    let listed = tool()
        .args(["--simulator-tickets", "5", "list", "--cause-name", "spamm"])
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(2));
    // An id Zendesk's table does not name is allowed.
    let ids = tool()
        .args(["--simulator-tickets", "5", "list", "--cause-id", "22"])
        .output()
        .unwrap();
    assert!(ids.status.success());
}

/// A secret that did not load (cron) is an error naming it; never the
/// embedded simulator.
#[test]
fn an_empty_secret_is_an_error_not_the_simulator() {
    let out = tool()
        .env("ZENDESK_SUBDOMAIN", "acme")
        .env("ZENDESK_EMAIL", "ops@acme.example")
        .env("ZENDESK_API_TOKEN", "")
        .args(["run", "--rules", RULES, "--apply", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ZENDESK_API_TOKEN"),
        "{}",
        stderr(&out)
    );
    assert!(!stdout(&out).contains("simulator"), "{}", stdout(&out));
    // Only when none is present: the simulator, named in human and JSON output.
    let dir = tempfile::tempdir().unwrap();
    let sim = tool()
        .current_dir(dir.path())
        .args([
            "--format",
            "json",
            "--simulator-tickets",
            "20",
            "run",
            "--rules",
            RULES,
        ])
        .output()
        .unwrap();
    assert!(sim.status.success());
    assert_eq!(last_json(&sim)["target"], "embedded simulator");
    assert!(stderr(&sim).contains("embedded simulator"));
}

/// One table of exit codes, every command held to it.
#[test]
fn exit_codes_follow_the_table() {
    let account = Account::start(Config {
        suspended: 20,
        ..Config::default()
    });
    // Refused credentials (a wrong client secret, a wrong API token), an
    // unreachable host: 2, nothing done.
    let wrong = account
        .tool()
        .env("ZENDESK_CLIENT_SECRET", "wrong")
        .args(["run", "--rules", RULES, "--apply", "--yes"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));
    assert!(
        stderr(&wrong).contains("invalid_client"),
        "{}",
        stderr(&wrong)
    );
    let wrong = account
        .api_token_tool()
        .env("ZENDESK_API_TOKEN", "wrong")
        .args(["run", "--rules", RULES, "--apply", "--yes"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));
    let unreachable = tool()
        .env("ZENDESK_BASE_URL", "http://127.0.0.1:9")
        .env("ZENDESK_EMAIL", "a@b.example")
        .env("ZENDESK_API_TOKEN", "t")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(
        unreachable.status.code(),
        Some(2),
        "{}",
        stderr(&unreachable)
    );
    // Nobody to confirm: 3.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let run = account
        .tool()
        .args(["run", "--rules", RULES, "--apply", "--plan-file"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(3), "{}", stderr(&run));
    // Usage: csv where it is not offered, a watch that would spin, an
    // address that is not one.
    for args in [
        vec!["--format", "csv", "run", "--rules", RULES],
        vec!["run", "--rules", RULES, "--watch", "0s"],
        vec!["erase", "--email", "not an email"],
    ] {
        let out = tool().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

/// `list | head -1`: the reader goes away; the tool ends quietly.
#[test]
fn a_closed_pipe_ends_the_listing_quietly() {
    let mut child = std::process::Command::new(bin())
        .env_remove("ZENDESK_SUBDOMAIN")
        .env_remove("ZENDESK_BASE_URL")
        .env_remove("ZENDESK_EMAIL")
        .env_remove("ZENDESK_API_TOKEN")
        .env_remove("ZENDESK_OAUTH_TOKEN")
        .args(["--format", "json", "--simulator-tickets", "3000", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .as_mut()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(0), "{err}");
}

/// `run --apply` interrupted leaves its plan (what was read), and `apply`
/// of that plan finishes it; `plan` then `apply` works on the embedded
/// simulator as the README walks through it.
#[test]
fn an_interrupted_run_leaves_a_plan_that_apply_finishes() {
    let account = Account::start(Config {
        suspended: 1500,
        seed: 9,
        latency: Duration::from_millis(30),
        rate_limit: 100_000,
        ..Config::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let journal = dir.path().join("plan.json.journal");
    let mut child = account
        .process()
        .args(["run", "--rules", RULES, "--apply", "--yes", "--plan-file"])
        .arg(&plan)
        .spawn()
        .unwrap();
    wait_for_line(&journal, "\"outcome\"");
    child.kill().unwrap();
    child.wait().unwrap();
    let partial: Value = serde_json::from_slice(&std::fs::read(&plan).unwrap()).unwrap();
    assert_eq!(partial["complete"], false, "killed while reading");
    assert_private(&plan);
    let summary = account.apply(&plan);
    assert_eq!(summary["failed"], 0, "{summary}");
    assert_state_matches(&account, &read_plan(&plan));

    // The README's walkthrough on the embedded simulator.
    let readme = dir.path().join("readme.json");
    let made = tool()
        .args(["--simulator-tickets", "200", "plan", "--rules", RULES, "-o"])
        .arg(&readme)
        .output()
        .unwrap();
    assert!(made.status.success());
    let applied = tool()
        .args(["--simulator-tickets", "200", "apply", "--yes"])
        .arg(&readme)
        .output()
        .unwrap();
    assert!(
        applied.status.success(),
        "{}{}",
        stdout(&applied),
        stderr(&applied)
    );
    assert!(stdout(&applied).ends_with("every ticket accounted for: yes\n"));
}

/// After an interruption with hundreds of unknown outcomes, they are
/// settled by reading the queue (a page tells of 100), not one look each.
#[test]
fn many_unknown_outcomes_are_settled_by_reading_the_queue() {
    let p = planned(1200, 4, Duration::from_millis(400));
    let (account, plan, journal) = (&p.account, &p.plan, &p.journal);
    let mut child = p.spawn_apply(8).spawn().unwrap();
    // Eight calls sent, no answer yet: 800 ids unknown.
    let started = Instant::now();
    while std::fs::read_to_string(journal)
        .unwrap_or_default()
        .matches("\"sent\"")
        .count()
        < 8
    {
        assert!(started.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    let before = account.sim.snapshot().counters.requests;
    let summary = account.apply(plan);
    assert_eq!(summary["unknown"], 0, "{summary}");
    let requests = account.sim.snapshot().counters.requests - before;
    assert!(
        requests < 100,
        "{requests} requests to resume (800 unknown: one look each would be 800)"
    );
    assert_state_matches(account, &read_plan(plan));
}

/// Polish an admin notices: the plan's table names every rule in order
/// (zeros too) with a total; the plan is not written over its rules; no
/// colour with NO_COLOR.
#[test]
fn the_plan_table_the_rules_file_and_colours_are_as_an_admin_expects() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.toml",
        "[[rule]]\nname = \"never-matches\"\naction = \"delete\"\nwhen = { cause_id = [99] }\n[[rule]]\nname = \"spam\"\naction = \"delete\"\nwhen = { cause_name = [\"spam\"] }\n",
    );
    let out = tool()
        .current_dir(dir.path())
        .args(["--simulator-tickets", "50", "plan", "--rules"])
        .arg(&rules)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    let never = text.find("never-matches").expect(&text);
    let spam = text.find("spam ").expect(&text);
    let default = text.find("default").expect(&text);
    assert!(never < spam && spam < default, "file order: {text}");
    assert!(
        text.lines()
            .any(|l| l.contains("never-matches") && l.trim_end().ends_with(" 0")),
        "{text}"
    );
    assert!(text.contains("total"), "{text}");

    let before = std::fs::read(&rules).unwrap();
    let same = tool()
        .args(["plan", "--rules"])
        .arg(&rules)
        .arg("-o")
        .arg(&rules)
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&rules).unwrap(),
        before,
        "the rules are unchanged"
    );

    // With colours forced, the summary has them; NO_COLOR takes them away.
    let coloured = |no_colour: bool| {
        let mut cmd = tool();
        cmd.current_dir(dir.path())
            .env("CLICOLOR_FORCE", "1")
            .args([
                "--simulator-tickets",
                "20",
                "run",
                "--rules",
                RULES,
                "--apply",
            ]);
        if no_colour {
            cmd.env("NO_COLOR", "1");
        }
        stdout(&cmd.output().unwrap()).contains('\u{1b}')
    };
    assert!(coloured(false), "forced colours show");
    assert!(!coloured(true), "NO_COLOR wins");
}

/// Ctrl-C: the calls in flight finish into the journal, the tool says how
/// to continue and exits 130; the same command continues.
#[test]
fn ctrl_c_finishes_the_calls_in_flight_and_says_how_to_continue() {
    let p = planned(1500, 8, Duration::from_millis(60));
    let (account, plan, journal) = (&p.account, &p.plan, &p.journal);
    let child = p
        .spawn_apply(2)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_line(journal, "\"outcome\"");
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        said.contains("interrupted: run `zendesk-moderate apply"),
        "{said}"
    );
    // Every call sent has its answer in the journal.
    let text = std::fs::read_to_string(journal).unwrap();
    let mut sent = BTreeSet::new();
    let mut answered = BTreeSet::new();
    for line in text.lines() {
        let entry: Value = serde_json::from_str(line).unwrap();
        match entry["event"].as_str() {
            Some("sent") => sent.extend(
                entry["ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i.as_i64().unwrap()),
            ),
            Some("outcome") => {
                answered.insert(entry["id"].as_i64().unwrap());
            }
            _ => {}
        }
    }
    assert_eq!(sent, answered, "no call left without its answer");
    account.apply(plan);
    assert_state_matches(account, &read_plan(plan));
}

/// Interrupts `child` with Ctrl-C once `journal` has an answer; what it
/// printed, and its exit code.
fn ctrl_c_after_an_answer(child: std::process::Child, journal: &Path) -> (String, Option<i32>) {
    wait_for_line(journal, "\"outcome\"");
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let out = child.wait_with_output().unwrap();
    (
        format!("{}{}", stdout(&out), stderr(&out)),
        out.status.code(),
    )
}

/// The command between the backticks of the resume hint, as words.
fn hinted_command(said: &str) -> Vec<String> {
    let hint = said
        .lines()
        .find(|l| l.starts_with("interrupted: run `"))
        .unwrap_or_else(|| panic!("no resume hint: {said}"));
    let command = hint.split('`').nth(1).unwrap();
    command.split(' ').map(str::to_string).collect()
}

/// An apply started with the connection as flags (an API token among
/// them), interrupted: the hint gives the flags again, the token's value
/// replaced, and that command (with the token put back) finishes the plan
/// on the same account, not on the embedded simulator.
#[test]
fn the_resume_hint_names_the_connection_flags_but_never_the_secret() {
    let p = planned(1500, 8, Duration::from_millis(60));
    let (account, plan, journal) = (&p.account, &p.plan, &p.journal);
    let token = account.sim.token().to_string();
    let mut cmd = std::process::Command::new(common::bin());
    isolate(&mut cmd);
    let child = cmd
        .args(["--base-url", account.sim.base_url()])
        .args(["--agent-email", &account.sim.email()])
        .args(["--api-token", &token])
        .args(["apply", "--yes", "--concurrency", "2"])
        .arg(plan)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (said, code) = ctrl_c_after_an_answer(child, journal);
    assert_eq!(code, Some(130), "{said}");
    assert!(
        !said.contains(&token),
        "the API token is never printed: {said}"
    );
    let words = hinted_command(&said);
    let expected = format!(
        "zendesk-moderate --base-url {} --agent-email {} --api-token API_TOKEN apply --yes --concurrency 2 {}",
        account.sim.base_url(),
        account.sim.email(),
        plan.display()
    );
    assert_eq!(words.join(" "), expected, "{said}");
    assert!(said.contains("in place of API_TOKEN"), "{said}");

    // The hint, as the operator runs it: the same account.
    let args: Vec<String> = words[1..]
        .iter()
        .map(|w| {
            if w == "API_TOKEN" {
                token.clone()
            } else {
                w.clone()
            }
        })
        .collect();
    let finished = tool().args(&args).output().unwrap();
    let text = stdout(&finished);
    assert!(finished.status.success(), "{text}{}", stderr(&finished));
    assert!(
        text.starts_with(&format!("account: {}", account.sim.base_url())),
        "{text}"
    );
    assert!(
        text.ends_with("every ticket accounted for: yes\n"),
        "{text}"
    );
    assert_state_matches(account, &read_plan(plan));
}

/// A profile named by ZENDESK_PROFILE is named in the hint (`--profile`);
/// connection variables are named, to be set again, never printed.
#[test]
fn the_resume_hint_names_the_profile_or_the_variables() {
    let p = planned(1500, 6, Duration::from_millis(60));
    let (account, plan, journal) = (&p.account, &p.plan, &p.journal);
    let login = tool()
        .args([
            "auth",
            "login",
            "--profile",
            "hinted",
            "--client-credentials",
        ])
        .args(["--base-url", account.sim.base_url()])
        .args(["--client-id", "simulator-client"])
        .write_stdin("simulator-secret\n")
        .output()
        .unwrap();
    assert!(login.status.success(), "{}", stderr(&login));
    let mut cmd = std::process::Command::new(common::bin());
    isolate(&mut cmd);
    let child = cmd
        .env("ZENDESK_PROFILE", "hinted")
        .args(["apply", "--yes", "--concurrency", "2"])
        .arg(plan)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (said, code) = ctrl_c_after_an_answer(child, journal);
    assert_eq!(code, Some(130), "{said}");
    assert_eq!(
        hinted_command(&said)[..3].join(" "),
        "zendesk-moderate --profile hinted",
        "{said}"
    );

    // On variables alone (cron): the same command, with the variables.
    let child = account
        .process()
        .args(["apply", "--yes", "--concurrency", "2"])
        .arg(plan)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for an answer this run adds: the journal has the first run's.
    let answered = std::fs::read_to_string(journal)
        .unwrap()
        .matches("\"outcome\"")
        .count();
    let started = Instant::now();
    while std::fs::read_to_string(journal)
        .unwrap()
        .matches("\"outcome\"")
        .count()
        <= answered
    {
        assert!(started.elapsed() < Duration::from_secs(60), "no answer");
        std::thread::sleep(Duration::from_millis(5));
    }
    let (said, code) = ctrl_c_after_an_answer(child, journal);
    assert_eq!(code, Some(130), "{said}");
    let (_, secret) = account.sim.oauth_client().unwrap();
    assert!(!said.contains(&secret), "{said}");
    assert!(
        said.contains(&format!(
            "interrupted: run `zendesk-moderate apply --yes --concurrency 2 {}` with ZENDESK_BASE_URL, ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET set as now to continue",
            plan.display()
        )),
        "{said}"
    );
}

/// `doctor`: healthy against the simulator, exit 2 with a wrong token, and
/// `--record` writes a redacted body per listing, in example.* only, that
/// `cargo xtask validate` accepts with its provenance.
#[test]
fn doctor_checks_an_account_and_records_redacted_samples() {
    let account = Account::start(Config {
        suspended: 30,
        deleted: 5,
        people: 5,
        ..Config::default()
    });
    let healthy = account.tool().args(["doctor"]).output().unwrap();
    assert!(
        healthy.status.success(),
        "{}{}",
        stdout(&healthy),
        stderr(&healthy)
    );
    assert!(
        stdout(&healthy).contains("healthy: yes"),
        "{}",
        stdout(&healthy)
    );
    let wrong = account
        .tool()
        .env("ZENDESK_CLIENT_SECRET", "wrong")
        .args(["doctor"])
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));

    let dir = tempfile::tempdir().unwrap();
    let recorded = account
        .tool()
        .args(["doctor", "--record"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(recorded.status.success(), "{}", stderr(&recorded));
    for listing in [
        "list_suspended_tickets",
        "list_deleted_tickets",
        "list_job_statuses",
        "list_deleted_users",
    ] {
        let files: Vec<_> = std::fs::read_dir(dir.path().join("real").join(listing))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1, "{listing}");
    }
    let mut all = String::new();
    for entry in walk(dir.path()) {
        all.push_str(&std::fs::read_to_string(entry).unwrap());
    }
    let domains: BTreeSet<String> = all
        .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_')))
        .filter_map(|word| {
            word.split_once('@')
                .map(|(_, d)| d.trim_end_matches('.').to_string())
        })
        .filter(|d| !d.is_empty())
        .collect();
    assert!(!domains.is_empty(), "addresses are recorded, redacted");
    for d in &domains {
        assert!(
            d.starts_with("example.") || d.ends_with(".example"),
            "{d} in {all}"
        );
    }
    let spec = zendesk_spec_check::read_spec_text(zendesk_support::OPENAPI_SPEC).unwrap();
    let decoder = |name: &str, value: &serde_json::Value| {
        zendesk_support::schemas::roundtrip(name, value).map(|r| r.map_err(|e| e.to_string()))
    };
    let problems = zendesk_spec_check::check_samples(&spec, dir.path(), Some(&decoder));
    assert!(problems.is_empty(), "{problems:#?}");
}

/// `doctor --record` writes what may be published: an account whose records
/// hold personal data everywhere a record can, behind a debugging proxy that
/// echoes each request's `Authorization` into the body, is recorded with
/// none of it and without the credential, in files and folders of the
/// owner's alone (also those an earlier run left open), and the samples
/// still pass `cargo xtask validate`.
#[test]
fn doctor_records_no_personal_data_and_no_credential() {
    let account = Account::start(Config {
        suspended: 3,
        deleted: 2,
        people: 2,
        ..Config::default()
    });
    let base = account.sim.base_url().to_string();
    let ticket: zendesk_support::types::SuspendedTicket = serde_json::from_value(serde_json::json!({
        "id": 1,
        "url": format!("{base}/api/v2/suspended_tickets/1.json"),
        "author": { "id": null, "name": "Ada Lovelace", "email": ADA },
        "subject": "Lovelace: my passport scan",
        "content": "Please call Ada Lovelace on +44 20 7946 0958; Mr Babbage has the notes.",
        "recipient": "support@analytical-engines.co.uk",
        "message_id": "<CAF7.ada.lovelace@mail.analytical-engines.co.uk>",
        "cause": "Detected as spam",
        "cause_id": 0,
        "created_at": "2026-11-20T10:00:00Z",
        "updated_at": "2026-11-20T10:00:00Z",
        "error_messages": [{
            "description": "Mail from ada.lovelace@analytical-engines.co.uk refused by 198.51.100.23",
            ADA: { "ip": "203.0.113.77" },
        }],
        "attachments": [{
            "id": 9876543,
            "url": format!("{base}/api/v2/attachments/9876543.json"),
            "file_name": "passport-scan-lovelace.pdf",
            "content_url": format!("{base}/attachments/token/Xq7TokenAbC9dEf/?name=passport-scan-lovelace.pdf"),
            "content_type": "application/pdf",
            "size": 1234,
            "inline": false,
            "thumbnails": [{
                "id": 9876544,
                "url": format!("{base}/api/v2/attachments/9876544.json"),
                "file_name": "passport-scan-lovelace_thumb.png",
                "content_url": format!("{base}/attachments/token/Yz8TokenGhI7jKl/?name=passport-scan-lovelace_thumb.png"),
                "content_type": "image/png",
                "size": 120,
            }],
        }],
        "via": {
            "channel": "email",
            "source": {
                "from": { "address": ADA, "name": "Ada Lovelace" },
                "to": { "address": "support@analytical-engines.co.uk", "name": "Analytical Engines" },
                "rel": null,
            },
        },
    }))
    .unwrap();
    account.sim.add_suspended(vec![ticket]);
    let (ada, _) = account.sim.add_person("Ada Lovelace", ADA, 1);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime
        .block_on(account.sim.client().users().delete(ada))
        .unwrap();
    let proxy = EchoingProxy::start(&runtime, &base);

    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record");
    let run = || {
        let (id, secret) = account.sim.oauth_client().unwrap();
        let out = tool()
            .env("ZENDESK_BASE_URL", &proxy.base_url)
            .env("ZENDESK_CLIENT_ID", id)
            .env("ZENDESK_CLIENT_SECRET", secret)
            .args(["doctor", "--record"])
            .arg(&record)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    };
    run();
    let check = || {
        let (_, secret) = account.sim.oauth_client().unwrap();
        let mut needles: BTreeSet<String> = PERSONAL.iter().map(|s| s.to_string()).collect();
        needles.insert(secret);
        let echoed = proxy.authorizations();
        assert!(!echoed.is_empty(), "the proxy saw the requests");
        for header in echoed {
            needles.insert(header.split_once(' ').unwrap().1.to_string());
            needles.insert(header);
        }
        let files = walk(&record);
        assert!(files.len() >= 6, "{files:?}");
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap().to_lowercase();
            let found: Vec<&String> = needles
                .iter()
                .filter(|n| text.contains(&n.to_lowercase()))
                .collect();
            assert!(found.is_empty(), "{found:?} in {}:\n{text}", file.display());
        }
        for file in &files {
            assert_private(file);
        }
        for folder in folders(&record) {
            assert_folder_private(&folder);
        }
        let spec = zendesk_spec_check::read_spec_text(zendesk_support::OPENAPI_SPEC).unwrap();
        let decoder = |name: &str, value: &serde_json::Value| {
            zendesk_support::schemas::roundtrip(name, value).map(|r| r.map_err(|e| e.to_string()))
        };
        let problems = zendesk_spec_check::check_samples(&spec, &record, Some(&decoder));
        assert!(problems.is_empty(), "{problems:#?}");
    };
    check();
    let recorded =
        std::fs::read_to_string(walk(&record.join("real/list_suspended_tickets"))[0].clone())
            .unwrap();
    assert!(recorded.contains("@example.com"), "{recorded}");
    for kept in [
        "\"id\": 9876543",
        "\"cause_id\": 0",
        "\"channel\": \"email\"",
        "\"content_type\": \"application/pdf\"",
        "\"created_at\": \"2026-11-20T10:00:00Z\"",
        "/api/v2/attachments/9876543.json",
        "\"custom_fields\"",
    ] {
        assert!(
            recorded.contains(kept),
            "{kept} is not personal: {recorded}"
        );
    }
    // The token the proxy put where a word is kept.
    assert!(
        recorded.contains("\"cause_name\": \"** redacted **\""),
        "{recorded}"
    );

    // Folders and files an earlier version left readable are made private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let open = |path: &Path, mode: u32| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
        };
        open(&record.join("real"), 0o755);
        open(&record.join("real/list_deleted_users"), 0o755);
        open(&record.join("index.yaml"), 0o644);
        run();
        check();
    }
}

const ADA: &str = "ada.lovelace@analytical-engines.co.uk";

/// What the account's records hold and no recording may.
const PERSONAL: [&str; 16] = [
    "Lovelace",
    "analytical-engines",
    "Babbage",
    "7946",
    "P1234567",
    "90417723",
    "203.0.113.77",
    "198.51.100.23",
    "Xq7TokenAbC9dEf",
    "Yz8TokenGhI7jKl",
    "eyJhbGciOiJkaXIi",
    "AbCdPhotoToken",
    "passport",
    "portrait",
    "call after six",
    "127.0.0.1",
];

fn folders(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(folders(&path));
        }
    }
    out
}

fn assert_folder_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{} is {mode:o}", path.display());
    }
}

/// A debugging proxy in front of an account, as some teams run one: each
/// JSON answer of the API it passes on echoes the request's `Authorization`
/// header, and its records carry what live records do beside what the
/// simulator models (custom and user fields, an IP address and mail headers,
/// attachments' `mapped_content_url`, a deleted user's photo).
struct EchoingProxy {
    base_url: String,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl EchoingProxy {
    fn start(runtime: &tokio::runtime::Runtime, upstream: &str) -> EchoingProxy {
        use axum::extract::{Request, State};
        use axum::response::Response;

        #[derive(Clone)]
        struct Shared {
            upstream: String,
            http: reqwest::Client,
            seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
        }

        async fn forward(State(shared): State<Shared>, request: Request) -> Response {
            let (parts, body) = request.into_parts();
            let body = axum::body::to_bytes(body, 1 << 24).await.unwrap();
            let path = parts.uri.path_and_query().unwrap().as_str().to_string();
            let mut headers = parts.headers.clone();
            for drop in ["host", "accept-encoding", "content-length"] {
                headers.remove(drop);
            }
            let authorization = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let answer = shared
                .http
                .request(parts.method.clone(), format!("{}{path}", shared.upstream))
                .headers(headers)
                .body(body)
                .send()
                .await
                .unwrap();
            let status = answer.status();
            let mut headers = answer.headers().clone();
            for drop in ["content-length", "content-encoding", "transfer-encoding"] {
                headers.remove(drop);
            }
            let mut bytes = answer.bytes().await.unwrap().to_vec();
            let json = headers
                .get("content-type")
                .is_some_and(|c| c.to_str().unwrap_or("").starts_with("application/json"));
            if let (true, true, Some(authorization)) =
                (json, path.starts_with("/api/v2/"), &authorization)
            {
                shared.seen.lock().unwrap().push(authorization.clone());
                if let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) {
                    live_extras(&mut value, authorization);
                    bytes = serde_json::to_vec(&value).unwrap();
                }
            }
            let mut response = Response::new(axum::body::Body::from(bytes));
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            response
        }

        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let shared = Shared {
            upstream: upstream.to_string(),
            http: zendesk_support::http_client().unwrap().build().unwrap(),
            seen: seen.clone(),
        };
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let router = axum::Router::new().fallback(forward).with_state(shared);
        runtime.spawn(async move { axum::serve(listener, router).await });
        EchoingProxy { base_url, seen }
    }

    /// Every `Authorization` value the tool sent to the API.
    fn authorizations(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

/// The echo, and what live records carry beside the simulator's.
fn live_extras(body: &mut Value, authorization: &str) {
    let token = authorization
        .split_once(' ')
        .map_or(authorization, |(_, t)| t);
    let Some(top) = body.as_object_mut() else {
        return;
    };
    top.insert(
        "debug".into(),
        serde_json::json!({ "request": { "headers": { "Authorization": authorization } } }),
    );
    for (key, records) in top.iter_mut() {
        let records: Vec<&mut Value> = match records {
            Value::Array(items) => items.iter_mut().collect(),
            record @ Value::Object(_) if key != "debug" && key != "meta" && key != "links" => {
                vec![record]
            }
            _ => continue,
        };
        for record in records {
            let Some(record) = record.as_object_mut() else {
                continue;
            };
            record.insert(
                "custom_fields".into(),
                serde_json::json!([
                    { "id": 360001, "value": "Passport P1234567" },
                    { "id": 360002, "value": 90417723 },
                    { "id": 360003, "value": ["lovelace_vip"] },
                ]),
            );
            record.insert(
                "user_fields".into(),
                serde_json::json!({
                    "passport_number": "P1234567",
                    ADA: { "note": "call after six" },
                }),
            );
            record.insert("ip_address".into(), "203.0.113.77".into());
            record.insert(
                "headers".into(),
                serde_json::json!({
                    "X-Originating-IP": "[198.51.100.23]",
                    "Received": "from mail.analytical-engines.co.uk (198.51.100.23)",
                }),
            );
            match key.as_str() {
                "suspended_tickets" => {
                    // Where the allow-list keeps a word: the credential must
                    // go all the same.
                    record.insert("cause_name".into(), token.into());
                    if let Some(Value::Array(files)) = record.get_mut("attachments") {
                        for file in files.iter_mut().filter_map(Value::as_object_mut) {
                            file.insert(
                                "mapped_content_url".into(),
                                "https://p3.zdusercontent.com/attachment/9876543/Xq7TokenAbC9dEf?token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4In0".into(),
                            );
                        }
                    }
                }
                "deleted_users" => {
                    record.insert(
                        "photo".into(),
                        serde_json::json!({
                            "id": 777,
                            "file_name": "lovelace-portrait.jpg",
                            "content_url": "https://acme.zendesk.com/system/photos/777/lovelace-portrait.jpg",
                            "mapped_content_url": "https://p3.zdusercontent.com/photos/AbCdPhotoToken/lovelace-portrait.jpg",
                        }),
                    );
                }
                "job_statuses" => {
                    record.insert("job_type".into(), token.into());
                }
                _ => {}
            }
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Shell completions and the manual page.
#[test]
fn completions_and_the_manual_page_are_printed() {
    let bash = tool().args(["completions", "bash"]).output().unwrap();
    assert!(bash.status.success());
    assert!(stdout(&bash).contains("zendesk-moderate"));
    let man = tool().arg("man").output().unwrap();
    assert!(man.status.success());
    assert!(stdout(&man).starts_with(".ie"), "{}", &stdout(&man)[..40]);
    assert!(stdout(&man).contains("doctor"));
    // Each command's help has examples and the exit table, not the
    // connection flags.
    let help = tool().args(["schema", "--help"]).output().unwrap();
    let text = stdout(&help);
    assert!(
        text.contains("Examples:") && text.contains("Exit status:"),
        "{text}"
    );
    assert!(!text.contains("--simulator-tickets"), "{text}");
}
