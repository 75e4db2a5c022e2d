//! Accounts an ops team can live with, driven as an admin would: `auth
//! login` in the browser (the redirect followed as a browser follows it)
//! and with client credentials on standard input, profiles that keep no
//! secret in `config.toml`, `auth status`, cron on variables alone, API
//! tokens' countdown, and long runs whose tokens expire every few seconds.

mod common;

use common::{last_json, stdout, tool, Account, RULES};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use zendesk_simulator::Config;

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The tests' profiles and secrets, each test its own.
struct Home(tempfile::TempDir);

impl Home {
    fn new() -> Home {
        Home(tempfile::tempdir().unwrap())
    }

    fn apply(&self, cmd: &mut assert_cmd::Command) {
        cmd.env("XDG_CONFIG_HOME", self.0.path().join("config"))
            .env("XDG_DATA_HOME", self.0.path().join("data"));
    }

    fn tool(&self) -> assert_cmd::Command {
        let mut cmd = tool();
        self.apply(&mut cmd);
        cmd
    }

    fn config(&self) -> String {
        std::fs::read_to_string(self.0.path().join("config/zendesk-moderate/config.toml")).unwrap()
    }

    fn secrets(&self, profile: &str) -> std::path::PathBuf {
        self.0
            .path()
            .join(format!("data/zendesk-moderate/credentials/{profile}.json"))
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `auth login` in the browser, the browser played by a client that
/// follows the authorization page's redirect to the loopback listener.
fn browser_login(account: &Account, home: &Home, profile: &str) -> std::process::Output {
    let mut child = Command::new(common::bin());
    common::isolate(&mut child);
    let mut child = child
        .env("XDG_CONFIG_HOME", home.0.path().join("config"))
        .env("XDG_DATA_HOME", home.0.path().join("data"))
        .args(["auth", "login", "--profile", profile, "--base-url"])
        .arg(account.sim.base_url())
        .args([
            "--client-id",
            "simulator-client",
            "--no-browser",
            "--port",
            "0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut said = String::new();
    let url = loop {
        let line = lines.next().expect("the login prints its URL").unwrap();
        said.push_str(&line);
        said.push('\n');
        if let Some(url) = line
            .trim()
            .strip_prefix("http")
            .filter(|l| l.contains("/oauth/authorizations/new"))
        {
            break format!("http{url}");
        }
    };
    assert!(
        said.contains("redirect URLs must include http://127.0.0.1:"),
        "{said}"
    );
    // The browser: Zendesk's page approves and redirects to the listener.
    // (A client with the crate's TLS: this build has no process-wide
    // crypto provider, as a dependent's need not.)
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let browser = zendesk_support::http_client()
        .unwrap()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = runtime.block_on(browser.get(&url).send()).unwrap();
    assert_eq!(page.status(), 302);
    let back = page.headers()["location"].to_str().unwrap().to_string();
    let landed = runtime
        .block_on(async { browser.get(&back).send().await?.text().await })
        .unwrap();
    assert!(landed.contains("Logged in"));
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let mut output = child.wait_with_output().unwrap();
    output.stderr = format!("{said}{}", rest.join("\n")).into_bytes();
    output
}

#[test]
fn a_browser_login_keeps_its_tokens_private_and_config_secret_free() {
    let account = Account::start(Config::default());
    let home = Home::new();
    let login = browser_login(&account, &home, "prod");
    assert!(
        login.status.success(),
        "{}{}",
        stdout(&login),
        stderr(&login)
    );
    let said = stdout(&login);
    assert!(said.contains("logged in to http://127.0.0.1:"), "{said}");
    assert!(said.contains("profile prod"), "{said}");
    // No secret in config.toml; the tokens in a file only its owner reads.
    let config = home.config();
    assert!(
        config.contains("[profiles.prod]") && config.contains("authorization-code"),
        "{config}"
    );
    let secrets = std::fs::read_to_string(home.secrets("prod")).unwrap();
    let stored: Value = serde_json::from_str(&secrets).unwrap();
    for key in ["refresh_token", "access_token"] {
        let secret = stored[key].as_str().unwrap();
        assert!(!config.contains(secret), "{key} in config.toml");
        assert!(
            !said.contains(secret) && !stderr(&login).contains(secret),
            "{key} printed"
        );
    }
    #[cfg(unix)]
    {
        assert_eq!(mode(&home.secrets("prod")), 0o600);
        assert_eq!(mode(home.secrets("prod").parent().unwrap()), 0o700);
    }
    // The profile works, and says who it acts as and until when.
    let status = home
        .tool()
        .args(["--format", "json", "auth", "status", "--profile", "prod"])
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", stderr(&status));
    let report = last_json(&status);
    let p = &report["profiles"][0];
    assert_eq!(p["ok"], true, "{report}");
    assert_eq!(p["method"], "authorization-code");
    assert_eq!(p["identity"]["scopes"], "read write");
    assert_eq!(p["identity"]["user"]["role"], "agent");
    assert!(
        p["identity"]["expires"].is_string() && p["refresh_expires"].is_string(),
        "{report}"
    );
    // Logged out: the profile and its secrets are gone.
    let out = home
        .tool()
        .args(["auth", "logout", "--profile", "prod"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!home.secrets("prod").exists());
    assert!(!home.config().contains("prod"));
}

#[test]
fn client_credentials_login_reads_the_secret_from_stdin_and_stores_nothing_when_wrong() {
    let account = Account::start(Config::default());
    let home = Home::new();
    let login = |secret: &str| {
        home.tool()
            .args([
                "auth",
                "login",
                "--profile",
                "cron",
                "--client-credentials",
                "--base-url",
            ])
            .arg(account.sim.base_url())
            .args(["--client-id", "simulator-client"])
            .write_stdin(format!("{secret}\n"))
            .output()
            .unwrap()
    };
    let wrong = login("not-the-secret");
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));
    assert!(
        stderr(&wrong).contains("invalid_client") && stderr(&wrong).contains("nothing stored"),
        "{}",
        stderr(&wrong)
    );
    assert!(!stderr(&wrong).contains("not-the-secret"));
    assert!(!home.secrets("cron").exists());

    let right = login("simulator-secret");
    assert!(right.status.success(), "{}", stderr(&right));
    assert!(!home.config().contains("simulator-secret"));
    assert!(std::fs::read_to_string(home.secrets("cron"))
        .unwrap()
        .contains("simulator-secret"));
    // The profile runs a command; a profile and a variable at once is refused.
    let list = home
        .tool()
        .args(["--profile", "cron", "list"])
        .output()
        .unwrap();
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(
        stdout(&list).starts_with("account: http://127.0.0.1:"),
        "{}",
        stdout(&list)
    );
    assert!(stdout(&list).contains("(profile cron)"));
    let both = home
        .tool()
        .env("ZENDESK_SUBDOMAIN", "acme")
        .args(["--profile", "cron", "list"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("use one or the other"),
        "{}",
        stderr(&both)
    );
    let unknown = home
        .tool()
        .args(["--profile", "nope", "list"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("profiles: cron"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn a_config_file_holding_a_secret_is_refused() {
    let home = Home::new();
    let dir = home.0.path().join("config/zendesk-moderate");
    std::fs::create_dir_all(&dir).unwrap();
    let mut file = std::fs::File::create(dir.join("config.toml")).unwrap();
    writeln!(
        file,
        "[profiles.prod]\nsubdomain = \"acme\"\nmethod = \"client-credentials\"\nclient_id = \"c\"\nclient_secret = \"hunter2\"\nsecrets = \"file\""
    )
    .unwrap();
    let out = home
        .tool()
        .args(["--profile", "prod", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("holds no secrets"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("hunter2"));
}

#[test]
fn cron_on_variables_alone_and_api_tokens_counted_down_on_stderr_only() {
    let account = Account::start(Config {
        suspended: 5,
        ..Config::default()
    });
    // Client credentials from the environment: no config, no warning.
    let cron = account
        .tool()
        .args(["--format", "json", "list"])
        .output()
        .unwrap();
    assert!(cron.status.success(), "{}", stderr(&cron));
    assert!(!stderr(&cron).contains("API token"), "{}", stderr(&cron));
    // An API token still works, with one line on stderr naming the date;
    // stdout stays JSON.
    let legacy = account
        .api_token_tool()
        .args(["--format", "json", "list"])
        .output()
        .unwrap();
    assert!(legacy.status.success(), "{}", stderr(&legacy));
    assert!(
        stderr(&legacy).contains("2027-04-30") && stderr(&legacy).contains("auth login"),
        "{}",
        stderr(&legacy)
    );
    for line in stdout(&legacy).lines() {
        let json: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(!json.to_string().contains("2027-04-30"));
    }
}

#[test]
fn an_api_token_zendesk_switched_off_names_auth_login() {
    let account = Account::start(Config {
        api_tokens: false,
        ..Config::default()
    });
    let out = account.api_token_tool().args(["list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("switched it off") && said.contains("auth login"),
        "{said}"
    );
    // The same account on OAuth works.
    assert!(account
        .tool()
        .args(["list"])
        .output()
        .unwrap()
        .status
        .success());
}

#[test]
fn doctor_reports_the_token_and_which_commands_its_scopes_cover() {
    let account = Account::start(Config::default());
    let healthy = account.tool().args(["doctor"]).output().unwrap();
    assert!(healthy.status.success(), "{}", stdout(&healthy));
    let said = stdout(&healthy);
    assert!(said.contains("OAuth client credentials"), "{said}");
    assert!(said.contains("scopes read write"), "{said}");
    assert!(said.contains("cover every command"), "{said}");
    let read_only = account
        .tool()
        .env("ZENDESK_OAUTH_SCOPES", "read")
        .args(["doctor"])
        .output()
        .unwrap();
    assert_eq!(read_only.status.code(), Some(1), "{}", stdout(&read_only));
    assert!(
        stdout(&read_only).contains("do not cover apply (needs write)"),
        "{}",
        stdout(&read_only)
    );
}

/// The embedded simulator's statistics line: (tokens minted, 401s).
fn tokens_and_401s(output: &std::process::Output) -> (u64, u64) {
    let said = stderr(output);
    let line = said
        .lines()
        .find(|l| l.starts_with("simulator: "))
        .unwrap_or_else(|| panic!("no statistics: {said}"));
    let number = |suffix: &str| -> u64 {
        let before = line.split(suffix).next().unwrap();
        before.rsplit(' ').next().unwrap().parse().unwrap()
    };
    // "1 OAuth token minted", "3 OAuth tokens minted".
    (number(" OAuth token"), number(" answered 401"))
}

#[test]
fn long_runs_renew_their_tokens_and_account_for_every_ticket() {
    let dir = tempfile::tempdir().unwrap();
    // Tokens of 2 s, a run of several: the main job, a purge waiting for
    // its jobs, an erasure.
    let shape = [
        "--simulator-token-ttl",
        "2",
        "--simulator-latency-ms",
        "150",
        "--simulator-job-ms",
        "1500",
    ];
    let started = std::time::Instant::now();
    let run = tool()
        .current_dir(dir.path())
        .args(shape)
        .args([
            "--simulator-tickets",
            "3000",
            "run",
            "--rules",
            RULES,
            "--apply",
            "--yes",
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stdout(&run).contains("every ticket accounted for: yes"),
        "{}",
        stdout(&run)
    );
    let (minted, refused) = tokens_and_401s(&run);
    assert_eq!(refused, 0, "no request met an expired token");
    let lifetimes = took.as_secs_f64() / 1.8;
    assert!(
        (minted as f64) <= lifetimes + 2.0 && minted >= 2,
        "{minted} tokens in {took:?}: about one a lifetime"
    );

    let purge = tool()
        .current_dir(dir.path())
        .args(shape)
        .args(["--format", "json", "purge", "--apply", "--yes"])
        .output()
        .unwrap();
    assert!(purge.status.success(), "{}", stderr(&purge));
    let summary = last_json(&purge);
    assert_eq!(summary["accounted"], true, "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");
    assert_eq!(tokens_and_401s(&purge).1, 0);

    let erase = tool()
        .current_dir(dir.path())
        .args(shape)
        .args([
            "erase",
            "--email",
            "jane.doe@customer.example",
            "--apply",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(erase.status.success(), "{}", stderr(&erase));
    assert!(
        stdout(&erase).contains("person erased: yes"),
        "{}",
        stdout(&erase)
    );
    assert_eq!(tokens_and_401s(&erase).1, 0);
}

#[test]
fn a_watch_of_several_cycles_renews_its_token_between_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(common::bin());
    common::isolate(&mut child);
    let mut child = child
        .current_dir(dir.path())
        .args([
            "--simulator-token-ttl",
            "2",
            "--simulator-tickets",
            "200",
            "run",
            "--rules",
            RULES,
            "--apply",
            "--yes",
            "--watch",
            "5s",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Three cycles: tokens of 2 s run out between each.
    let reader = BufReader::new(child.stdout.take().unwrap());
    let mut cycles = 0;
    let mut said = String::new();
    for line in reader.lines().map_while(Result::ok) {
        said.push_str(&line);
        said.push('\n');
        if line.contains("every ticket accounted for: yes") {
            cycles += 1;
            if cycles == 3 {
                break;
            }
        }
        assert!(!line.contains("accounted for: NO"), "{said}");
    }
    interrupt(child.id());
    let output = child.wait_with_output().unwrap();
    assert_eq!(cycles, 3, "{said}{}", stderr(&output));
    assert_eq!(tokens_and_401s(&output).1, 0, "{}", stderr(&output));
}

/// Ctrl-C for a child process.
fn interrupt(pid: u32) {
    let _ = Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status();
}
