//! What the CLI's tests share: the built tool, with no connection setting
//! from the environment running the tests; a simulator that outlives the
//! tool's runs, as an account does; readers of what the tool wrote.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;
use zendesk_simulator::Config;

pub const RULES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/rules.toml");
/// The binary under test: this build's, or the one `ZENDESK_MODERATE_BIN`
/// names (an older build, to show that a test fails on it).
pub fn bin() -> std::path::PathBuf {
    std::env::var_os("ZENDESK_MODERATE_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_zendesk-moderate").into())
}

/// Every variable that names a connection.
pub const CONNECTION_VARS: [&str; 9] = [
    "ZENDESK_SUBDOMAIN",
    "ZENDESK_BASE_URL",
    "ZENDESK_EMAIL",
    "ZENDESK_API_TOKEN",
    "ZENDESK_OAUTH_TOKEN",
    "ZENDESK_CLIENT_ID",
    "ZENDESK_CLIENT_SECRET",
    "ZENDESK_OAUTH_SCOPES",
    "ZENDESK_PROFILE",
];

/// Config and data directories of the tests' own (never the developer's
/// profiles or keyring), one per test binary.
pub fn home() -> &'static Path {
    static HOME: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    HOME.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

/// Gives `cmd` no connection setting from the environment running the
/// test, and the tests' own profiles and secrets (kept in files).
pub fn isolate<C: Isolate>(cmd: &mut C) {
    for var in CONNECTION_VARS {
        cmd.without(var);
    }
    cmd.with("XDG_CONFIG_HOME", home().join("config"));
    cmd.with("XDG_DATA_HOME", home().join("data"));
    cmd.with("ZENDESK_MODERATE_SECRETS", "file".into());
    // What a run leaves in its working directory (a plan, a journal) goes
    // to the tests' own, never the source tree.
    let work = home().join("work");
    std::fs::create_dir_all(&work).unwrap();
    cmd.work_in(&work);
}

/// What [`isolate`] needs of a command.
pub trait Isolate {
    fn without(&mut self, var: &str);
    fn with(&mut self, var: &str, value: std::path::PathBuf);
    fn work_in(&mut self, dir: &Path);
}

impl Isolate for Command {
    fn without(&mut self, var: &str) {
        self.env_remove(var);
    }
    fn with(&mut self, var: &str, value: std::path::PathBuf) {
        self.env(var, value);
    }
    fn work_in(&mut self, dir: &Path) {
        self.current_dir(dir);
    }
}

impl Isolate for std::process::Command {
    fn without(&mut self, var: &str) {
        self.env_remove(var);
    }
    fn with(&mut self, var: &str, value: std::path::PathBuf) {
        self.env(var, value);
    }
    fn work_in(&mut self, dir: &Path) {
        self.current_dir(dir);
    }
}

/// The tool with no connection setting from the environment running the
/// test.
pub fn tool() -> Command {
    let mut cmd = Command::new(bin());
    isolate(&mut cmd);
    cmd.timeout(Duration::from_secs(120));
    cmd
}

/// A simulator outliving the tool's runs, as an account does.
pub struct Account {
    /// Serves the simulator; kept alive as long as it.
    _runtime: tokio::runtime::Runtime,
    pub sim: zendesk_simulator::Running,
}

impl Account {
    pub fn start(config: Config) -> Account {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let sim = runtime.block_on(zendesk_simulator::start(config)).unwrap();
        Account {
            _runtime: runtime,
            sim,
        }
    }

    /// The tool against this account on OAuth client credentials, as cron
    /// runs it: the variables alone, no config.
    pub fn tool(&self) -> Command {
        let mut cmd = tool();
        let (id, secret) = self.sim.oauth_client().unwrap();
        cmd.env("ZENDESK_BASE_URL", self.sim.base_url())
            .env("ZENDESK_CLIENT_ID", id)
            .env("ZENDESK_CLIENT_SECRET", secret);
        cmd
    }

    /// The tool against this account with its API token (until Zendesk
    /// switches them off).
    pub fn api_token_tool(&self) -> Command {
        let mut cmd = tool();
        cmd.env("ZENDESK_BASE_URL", self.sim.base_url())
            .env("ZENDESK_EMAIL", self.sim.email())
            .env("ZENDESK_API_TOKEN", self.sim.token());
        cmd
    }

    /// The tool against this account, to spawn and stop mid-run (assert_cmd
    /// only runs to the end); its output goes nowhere unless redirected.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(bin());
        isolate(&mut cmd);
        let (id, secret) = self.sim.oauth_client().unwrap();
        cmd.env("ZENDESK_BASE_URL", self.sim.base_url())
            .env("ZENDESK_CLIENT_ID", id)
            .env("ZENDESK_CLIENT_SECRET", secret)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    }

    /// `apply --yes` of `plan` to its end: its JSON summary, after checking
    /// that it succeeded.
    pub fn apply(&self, plan: &Path) -> Value {
        let output = self
            .tool()
            .args(["--format", "json", "apply", "--yes"])
            .arg(plan)
            .output()
            .unwrap();
        let summary = last_json(&output);
        assert!(output.status.success(), "{summary}");
        assert_eq!(summary["accounted"], true, "{summary}");
        summary
    }

    pub fn suspended_ids(&self) -> BTreeSet<i64> {
        self.sim.snapshot().suspended.iter().map(|t| t.id).collect()
    }
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn last_json(output: &std::process::Output) -> Value {
    let text = stdout(output);
    let line = text.lines().last().expect("some output");
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"))
}

pub fn read_plan(path: &Path) -> Vec<(i64, String, String)> {
    let plan: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    plan["tickets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["id"].as_i64().unwrap(),
                t["action"].as_str().unwrap().to_string(),
                t["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The account after a plan was carried out: recovered and deleted tickets
/// are gone from the queue (recovered ones are tickets now), the rest stay.
pub fn assert_state_matches(account: &Account, plan: &[(i64, String, String)]) {
    let suspended = account.suspended_ids();
    for (id, action, _) in plan {
        match action.as_str() {
            "leave" => assert!(suspended.contains(id), "{id} was to be left alone"),
            _ => assert!(!suspended.contains(id), "{id} was to be {action}d"),
        }
    }
}

/// An account of `suspended` tickets (no rate limit to speak of, `latency`
/// per response) and a plan of the example rules made for it.
pub struct Planned {
    pub account: Account,
    /// Holds the plan and its journal; removed with them.
    pub dir: tempfile::TempDir,
    pub plan: std::path::PathBuf,
    pub journal: std::path::PathBuf,
}

pub fn planned(suspended: usize, seed: u64, latency: Duration) -> Planned {
    let account = Account::start(Config {
        suspended,
        seed,
        latency,
        rate_limit: 100_000,
        ..Config::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let made = account
        .tool()
        .args(["plan", "--rules", RULES, "-o"])
        .arg(&plan)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    Planned {
        account,
        journal: dir.path().join("plan.json.journal"),
        dir,
        plan,
    }
}

impl Planned {
    /// `apply --yes` of the plan, spawned (to be stopped mid-run).
    pub fn spawn_apply(&self, concurrency: usize) -> std::process::Command {
        let mut cmd = self.account.process();
        cmd.args(["apply", "--yes", "--concurrency", &concurrency.to_string()])
            .arg(&self.plan);
        cmd
    }
}
