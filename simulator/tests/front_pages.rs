//! The library's and the simulator's front pages as a newcomer meets them:
//! a new crate in a fresh directory outside this workspace, the page's
//! dependency lines pasted into its `Cargo.toml` (the crates of this
//! repository by path, in place of their version), its programs pasted into
//! it, built, and run against `zendesk-simulator` started as the page says;
//! what they print must name what became of real ids. The simulator's test
//! example is pasted as a test file and run with `cargo test`.
//!
//! It lives with the simulator because it runs the simulator's binary.
//! The new crates build into this workspace's target directory (their
//! dependencies are mostly built already) with a copy of its `Cargo.lock`
//! (the versions this repository is tested with).

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A fenced block of a Markdown page: its language and its text.
#[derive(Debug, Clone)]
struct Block {
    lang: String,
    text: String,
}

/// Every fenced block, in order (those indented in a list too).
fn blocks(page: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String, Vec<String>)> = None;
    for line in page.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        match (&mut open, trimmed.strip_prefix("```")) {
            (None, Some(info)) => open = Some((indent, info.to_string(), Vec::new())),
            (Some(_), Some("")) => {
                let (_, info, lines) = open.take().unwrap();
                let lang = info.split(',').next().unwrap_or("").trim().to_string();
                out.push(Block {
                    lang,
                    text: lines.join("\n") + "\n",
                });
            }
            (Some((indent, _, lines)), _) => {
                lines.push(line.get(*indent..).unwrap_or("").to_string())
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a block is never closed");
    out
}

/// The page's dependency lines, with this repository's crates by path. The
/// version a page names must be this one, or the one CHANGELOG.md is
/// preparing.
fn manifest(name: &str, page: &[Block]) -> String {
    let mut deps = String::new();
    for block in page.iter().filter(|b| b.lang == "toml") {
        for line in block.text.lines() {
            let ours = [("zendesk-support", "."), ("zendesk-simulator", "simulator")]
                .into_iter()
                .find(|(krate, _)| line.starts_with(&format!("{krate} = ")));
            match ours {
                Some((krate, dir)) => {
                    let version = line.split('"').nth(1).expect("a version");
                    assert_current(krate, version);
                    let path = root().join(dir);
                    deps.push_str(&format!(
                        "{krate} = {{ path = {:?} }}\n",
                        path.display().to_string()
                    ));
                }
                None => {
                    deps.push_str(line);
                    deps.push('\n');
                }
            }
        }
        deps.push('\n');
    }
    format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n{deps}")
}

/// `version` (as a page writes it, `0.3`) is this crate's version, or the
/// next one CHANGELOG.md has a section for.
fn assert_current(krate: &str, version: &str) {
    let ours = env!("CARGO_PKG_VERSION");
    let next = read("CHANGELOG.md").contains(&format!("## [{version}.0] - unreleased"));
    assert!(
        ours.starts_with(&format!("{version}.")) || next,
        "{krate} = \"{version}\": this is {ours}, and CHANGELOG.md prepares no {version}.0"
    );
}

/// A new crate in a fresh directory, removed when dropped.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str, manifest: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("zendesk-front-page-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        Scratch { dir }
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// `cargo ARGS` in it, into this workspace's target directory.
    fn cargo(&self, args: &[&str]) -> std::process::Output {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let output = Command::new(cargo)
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target_dir())
            .env_remove("ZENDESK_BASE_URL")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "cargo {args:?} in the new crate:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// This workspace's target directory (the tests' scratch space is in it).
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The simulator binary, started with `args` on a free port; killed when
/// dropped.
struct Simulator {
    child: std::process::Child,
    /// What it printed to export: `ZENDESK_…=value`.
    exports: Vec<(String, String)>,
}

impl Simulator {
    fn start(args: &[&str]) -> Simulator {
        let child = Command::new(env!("CARGO_BIN_EXE_zendesk-simulator"))
            .args(args)
            .args(["--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut sim = Simulator {
            child,
            exports: Vec::new(),
        };
        let mut lines = BufReader::new(sim.child.stdout.take().unwrap()).lines();
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some((name, value)) = line.trim().split_once('=') {
                if name.starts_with("ZENDESK_") {
                    sim.exports.push((name.to_string(), value.to_string()));
                }
            }
            if line.contains("/simulator/stats") {
                break;
            }
        }
        std::thread::spawn(move || lines.for_each(drop));
        sim
    }

    fn var(&self, name: &str) -> &str {
        self.exports
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("the simulator prints no {name}: {:?}", self.exports))
    }

    /// A client for it, to look at the account as the programs left it.
    fn client(&self) -> zendesk_support::Client {
        zendesk_support::Client::builder()
            .base_url(self.var("ZENDESK_BASE_URL"))
            .client_credentials(
                self.var("ZENDESK_CLIENT_ID"),
                self.var("ZENDESK_CLIENT_SECRET"),
            )
            .build()
            .unwrap()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The ids of the suspended and of the soft-deleted tickets.
fn account(client: &zendesk_support::Client) -> (BTreeSet<i64>, BTreeSet<i64>) {
    use futures::TryStreamExt;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let suspended = client
            .suspended_tickets()
            .stream()
            .map_ok(|t| t.id)
            .try_collect()
            .await
            .unwrap();
        let deleted = client
            .deleted_tickets()
            .stream()
            .map_ok(|t| t.id)
            .try_collect()
            .await
            .unwrap();
        (suspended, deleted)
    })
}

/// The library's front page: its dependency lines and each of its programs
/// in a new crate, run in order against the simulator its Quickstart
/// starts; each line `VERB ID: OUTCOME` they print names an id the account
/// held, and one said done is done in the account.
#[test]
fn the_librarys_front_page_compiles_and_runs_as_pasted() {
    let page = read("src/README.md");
    let blocks = blocks(&page);
    for var in [
        "ZENDESK_BASE_URL",
        "ZENDESK_CLIENT_ID",
        "ZENDESK_CLIENT_SECRET",
    ] {
        assert!(
            page.contains(&format!("`{var}`")),
            "the Quickstart names {var}"
        );
    }
    let start = blocks
        .iter()
        .filter(|b| b.lang == "sh")
        .flat_map(|b| b.text.lines())
        .find(|l| l.starts_with("zendesk-simulator "))
        .expect("the Quickstart starts the simulator");
    assert!(!start.contains("--addr"), "the test chooses the port");

    // Each program, and the output the page shows after it (if any).
    let mut programs: Vec<(String, Option<String>)> = Vec::new();
    for block in &blocks {
        match block.lang.as_str() {
            "rust" => {
                assert!(
                    block.text.contains("fn main()")
                        && !block
                            .text
                            .lines()
                            .any(|l| l.trim() == "#" || l.trim_start().starts_with("# ")),
                    "a whole program, no hidden lines:\n{}",
                    block.text
                );
                programs.push((block.text.clone(), None));
            }
            "text" => {
                programs.last_mut().expect("output after a program").1 = Some(block.text.clone())
            }
            _ => {}
        }
    }
    assert!(programs.len() >= 2, "the Quickstart's programs");

    let krate = Scratch::new("quickstart", &manifest("quickstart", &blocks));
    for (n, (program, _)) in programs.iter().enumerate() {
        krate.write(&format!("src/bin/quickstart-{n}.rs"), program);
    }
    krate.cargo(&["build", "--bins", "--quiet"]);

    let sim = Simulator::start(&start.split_whitespace().skip(1).collect::<Vec<_>>());
    let client = sim.client();
    for (n, (program, shown)) in programs.iter().enumerate() {
        let (suspended, deleted) = account(&client);
        let output = Command::new(target_dir().join(format!("debug/quickstart-{n}")))
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .envs(
                [
                    "ZENDESK_BASE_URL",
                    "ZENDESK_CLIENT_ID",
                    "ZENDESK_CLIENT_SECRET",
                ]
                .map(|v| (v, sim.var(v))),
            )
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "program {n} failed:\n{program}\n{printed}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !printed.trim().is_empty(),
            "program {n} printed nothing:\n{program}"
        );
        if let Some(shown) = shown {
            // A line the page shows is printed; `…` stands for what varies
            // (a job's id), a line of its own for lines left out.
            for line in shown.lines().filter(|l| *l != "…") {
                let (start, end) = line.split_once('…').unwrap_or((line, ""));
                assert!(
                    printed
                        .lines()
                        .any(|l| l.len() >= line.len() - '…'.len_utf8()
                            && l.starts_with(start)
                            && l.ends_with(end)),
                    "the page shows {line:?}, the program printed:\n{printed}"
                );
            }
        }
        let (suspended_after, deleted_after) = account(&client);
        let mut acted = 0;
        for line in printed.lines() {
            let Some((head, outcome)) = line.split_once(": ") else {
                continue;
            };
            let Some((verb, id)) = head.split_once(' ') else {
                continue;
            };
            let Ok(id) = id.parse::<i64>() else { continue };
            let (held, gone) = match verb {
                "delete" | "recover" => (suspended.contains(&id), !suspended_after.contains(&id)),
                "purge" => (deleted.contains(&id), !deleted_after.contains(&id)),
                "suspended" => (suspended.contains(&id), true),
                _ => continue,
            };
            assert!(held, "{line}: the account held no such ticket");
            if outcome.starts_with("done") {
                assert!(gone, "{line}: but the account still has it");
            }
            acted += 1;
        }
        if program.contains("_many(") {
            assert!(
                acted > 0,
                "program {n} says what became of no id:\n{printed}"
            );
        }
    }
}

/// The simulator's front page: its dependency lines in a new crate, its
/// test example as the test file it names, `cargo test` passes it.
#[test]
fn the_simulators_test_example_passes_as_pasted() {
    let blocks = blocks(&read("simulator/README.md"));
    let krate = Scratch::new("my-bot", &manifest("my-bot", &blocks));
    krate.write("src/lib.rs", "");
    let mut tests = 0;
    for block in blocks.iter().filter(|b| b.lang == "rust") {
        let file = block
            .text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("// "))
            .filter(|f| f.starts_with("tests/"))
            .unwrap_or_else(|| panic!("a Rust block names its file (// tests/…):\n{}", block.text));
        krate.write(file, &block.text);
        tests += block.text.matches("#[tokio::test]").count();
    }
    assert!(tests > 0, "the page shows a test");
    let output = krate.cargo(&["test", "--quiet"]);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains(&format!("{tests} passed")), "{said}");
}

/// On docs.rs and crates.io a relative link resolves nowhere: the front
/// pages link to absolute URLs (items by intra-doc links, which `cargo doc`
/// checks); every `cargo install` takes the lock file.
#[test]
fn the_front_pages_links_resolve_outside_the_repository() {
    for path in ["src/README.md", "simulator/README.md", "cli/README.md"] {
        let page = read(path);
        for (n, line) in page.lines().enumerate() {
            for link in line.split("](").skip(1) {
                let target = link.split(')').next().unwrap();
                assert!(
                    target.starts_with("https://"),
                    "{path}:{}: a link that resolves only in the repository: {target}",
                    n + 1
                );
            }
            if line.contains("cargo install") {
                assert!(line.contains("--locked"), "{path}:{}: {line}", n + 1);
            }
        }
    }
}

/// The repository's README is a map with the two set-up commands, the
/// second of which is what CI runs.
#[test]
fn the_repository_readme_keeps_its_two_set_up_commands() {
    let readme = blocks(&read("README.md"));
    let setup: Vec<&str> = readme[0]
        .text
        .lines()
        .map(|l| l.split("  #").next().unwrap().trim())
        .collect();
    assert_eq!(
        setup,
        [
            "cargo run -p zendesk-moderate -- run --rules cli/examples/rules.toml --apply",
            "cargo test --workspace"
        ]
    );
    assert!(read(".ci/run")
        .lines()
        .any(|l| l.trim() == "cargo test --workspace"));
    for page in ["src/README.md", "cli/README.md", "simulator/README.md"] {
        assert!(
            read("README.md").contains(&format!("]({page})")),
            "the map names {page}"
        );
    }
}
