//! The main job: a moderation pass over suspended and soft-deleted tickets.
//!
//! ```sh
//! cargo run --example moderate                 # against an in-process simulator
//! ZENDESK_SUBDOMAIN=acme ZENDESK_EMAIL=… ZENDESK_API_TOKEN=… \
//!   cargo run --example moderate -- --allow-domain customer.example           # dry run
//! cargo run --example moderate -- --allow-domain customer.example --apply     # for real
//! ```
//!
//! With no `ZENDESK_*` variable set it starts the simulator with a few
//! thousand suspended tickets and applies the pass there. Against a real
//! account nothing changes unless `--apply` is given.

mod pass;

use indicatif::{ProgressBar, ProgressStyle};
use std::process::ExitCode;
use std::time::Duration;
use zendesk_support::{Client, WaitOptions};

const USAGE: &str = "usage: cargo run --example moderate -- [--apply] [--allow-domain DOMAIN]...";

#[tokio::main]
async fn main() -> ExitCode {
    let mut apply = false;
    let mut allowed: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--apply" => apply = true,
            "--allow-domain" => match args.next() {
                Some(d) => allowed.push(d),
                None => return usage(),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => return usage(),
        }
    }

    let configured = [
        "ZENDESK_SUBDOMAIN",
        "ZENDESK_BASE_URL",
        "ZENDESK_EMAIL",
        "ZENDESK_API_TOKEN",
        "ZENDESK_OAUTH_TOKEN",
    ]
    .iter()
    .any(|v| std::env::var_os(v).is_some());
    let (client, _simulator) = if configured {
        match Client::from_env() {
            Ok(client) => {
                println!(
                    "account: {}{}",
                    client.base_url(),
                    if apply {
                        ""
                    } else {
                        " (dry run: add --apply to change anything)"
                    }
                );
                (client, None)
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        let config = zendesk_simulator::Config {
            suspended: 3000,
            deleted: 120,
            seed: 7,
            ..zendesk_simulator::Config::default()
        };
        let sim = match zendesk_simulator::start(config).await {
            Ok(sim) => sim,
            Err(e) => {
                eprintln!("error: cannot start the simulator: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!(
            "no ZENDESK_* variables set: running against the built-in simulator at {}",
            sim.base_url()
        );
        apply = true;
        if allowed.is_empty() {
            allowed = zendesk_simulator::CUSTOMER_DOMAINS
                .iter()
                .map(|d| d.to_string())
                .collect();
        }
        (sim.client(), Some(sim))
    };
    println!(
        "allowed sender domains: {}",
        if allowed.is_empty() {
            "(none)".into()
        } else {
            allowed.join(", ")
        }
    );

    let scan = ProgressBar::new_spinner().with_message("reading tickets");
    scan.set_style(
        ProgressStyle::with_template("{spinner} {msg}: {pos} read").expect("a valid template"),
    );
    scan.enable_steady_tick(Duration::from_millis(120));
    let act = ProgressBar::new(0);
    act.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").expect("a valid template"),
    );

    let summary = match pass::run(
        &client,
        &allowed,
        apply,
        &scan,
        &act,
        &WaitOptions::default(),
    )
    .await
    {
        Ok(summary) => summary,
        Err(e) => {
            scan.abandon();
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    print_summary(&summary);
    if summary.accounts_for_everything()
        && summary.failed.is_empty()
        && summary.purge_failed.is_empty()
    {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// The first failures, each with its reason; a count of the rest.
fn print_failures(failures: &[zendesk_support::Failure]) {
    const SHOWN: usize = 20;
    for f in failures.iter().take(SHOWN) {
        let unknown = if f.outcome_unknown {
            " (outcome unknown: check before retrying)"
        } else {
            ""
        };
        println!("    {}: {}{unknown}", f.id, f.reason);
    }
    if failures.len() > SHOWN {
        println!("    … and {} more", failures.len() - SHOWN);
    }
}

fn print_summary(s: &pass::Summary) {
    let verb = |done: &'static str, todo: &'static str| if s.applied { done } else { todo };
    println!();
    if !s.applied {
        println!("dry run: nothing was changed (add --apply to act)");
    }
    println!("suspended tickets read:   {}", s.scanned);
    println!(
        "  {:<26}{}",
        verb("recovered:", "would recover:"),
        s.recovered.len()
    );
    println!(
        "  {:<26}{}",
        verb("deleted as spam:", "would delete as spam:"),
        s.deleted.len()
    );
    println!("  {:<26}{}", "left alone:", s.left_alone.len());
    println!("  {:<26}{}", "failed:", s.failed.len());
    if s.unreadable > 0 {
        println!("  {:<26}{}", "unreadable records:", s.unreadable);
    }
    if s.without_id > 0 {
        println!("  {:<26}{}", "without an id:", s.without_id);
    }
    print_failures(&s.failed);
    let mut causes: std::collections::BTreeMap<&str, usize> = Default::default();
    for (_, cause) in &s.left_alone {
        *causes.entry(cause).or_default() += 1;
    }
    for (cause, n) in causes {
        println!("    left alone, {cause}: {n}");
    }
    println!("soft-deleted tickets read: {}", s.deleted_scanned);
    println!(
        "  {:<26}{}",
        verb("purged:", "would purge:"),
        s.purged.len()
    );
    println!("  {:<26}{}", "failed:", s.purge_failed.len());
    if s.deleted_unreadable > 0 {
        println!("  {:<26}{}", "unreadable records:", s.deleted_unreadable);
    }
    print_failures(&s.purge_failed);
    println!(
        "every ticket accounted for: {}",
        if s.accounts_for_everything() {
            "yes"
        } else {
            "NO"
        }
    );
}
