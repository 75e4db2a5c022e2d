//! `zendesk-moderate`: clear Zendesk's suspended and deleted ticket queues
//! by rules, with a plan first, a resumable apply and every ticket accounted
//! for.

mod connect;
mod erase;
mod execute;
mod journal;
mod listing;
mod plan;
mod purge;
mod report;
mod rules;
mod show;
mod spam;

use clap::{Parser, Subcommand, ValueEnum};
use connect::{Account, Connection};
use futures::StreamExt;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use plan::{Plan, Planned};
use report::Summary;
use rules::Rules;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use zendesk_support::WaitOptions;

const EXAMPLES: &str = "\
Examples:
  # Against the embedded simulator (no ZENDESK_* set): plan and apply the shipped rules
  zendesk-moderate run --rules cli/examples/rules.toml

  # Against an account: review first, then act
  export ZENDESK_SUBDOMAIN=acme ZENDESK_EMAIL=ops@acme.com ZENDESK_API_TOKEN=...
  zendesk-moderate list --sender-domain prize-winner.example
  zendesk-moderate plan --rules rules.toml -o plan.json
  zendesk-moderate apply plan.json            # asks before acting; run it again to resume
  zendesk-moderate purge --older-than 30days --apply

  # Every night, release what came from one mailbox
  zendesk-moderate run --rules release.toml --apply --yes --watch 1h

  # Tickets that got through: mark as spam (deletes them, suspends the senders)
  zendesk-moderate spam 35436 35437 --apply

  # A right-to-erasure request: see the plan, then erase (run again to resume)
  zendesk-moderate erase --email jane.doe@customer.example
  zendesk-moderate erase --email jane.doe@customer.example --apply

Exit status: 0 when every action succeeded; 1 when some failed or their
outcome is unknown; 2 for a usage, rules-file or connection error.";

/// Clear Zendesk's suspended and deleted ticket queues by rules.
///
/// Reads the suspended tickets, decides for each by the first matching rule
/// of a rules file (recover, delete or leave), writes that plan, and only
/// then acts: in calls of 100, as fast as the account's rate limit allows,
/// with a journal that lets a crashed or killed run continue where it
/// stopped. The summary accounts for every ticket of the plan.
///
/// With no ZENDESK_* setting it runs against a simulator started in-process,
/// and says so in its first line.
#[derive(Debug, Parser)]
#[command(name = "zendesk-moderate", version, after_long_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    account: Account,
    /// Output for people (tables, colours on a terminal) or machines.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true)]
    format: Format,
    /// Calls in flight at once (default: from the account's rate limit).
    #[arg(long, global = true)]
    concurrency: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Aligned tables and sentences.
    Human,
    /// One JSON object a line.
    Json,
    /// Comma-separated values (`list` only).
    Csv,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List suspended tickets, filtered.
    List {
        #[command(flatten)]
        filter: show::Filter,
    },
    /// Show one suspended ticket.
    Show {
        /// The suspended ticket's id.
        id: i64,
    },
    /// Read every suspended ticket and decide; change nothing.
    Plan {
        /// The rules file (TOML).
        #[arg(long, short)]
        rules: PathBuf,
        /// Where to write the plan.
        #[arg(long, short, default_value = "zendesk-moderate-plan.json")]
        output: PathBuf,
    },
    /// Carry out a plan; run it again to continue after an interruption.
    Apply {
        /// The plan file `plan` or `run` wrote.
        plan: PathBuf,
        #[command(flatten)]
        acting: Acting,
    },
    /// Plan, then apply (against an account only with --apply).
    Run {
        /// The rules file (TOML).
        #[arg(long, short)]
        rules: PathBuf,
        /// Where to write the plan (its journal goes beside it).
        #[arg(long = "plan-file", default_value = "zendesk-moderate-plan.json")]
        plan_file: PathBuf,
        /// Act (against an account; the embedded simulator always acts).
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        acting: Acting,
        /// Run again after this long, until stopped (e.g. `15m`).
        #[arg(long, value_parser = humantime::parse_duration)]
        watch: Option<Duration>,
    },
    /// Permanently delete soft-deleted tickets and wait for their jobs.
    Purge {
        /// Only tickets deleted at least this long ago (e.g. `30days`).
        #[arg(long, value_parser = humantime::parse_duration)]
        older_than: Option<Duration>,
        /// Act (against an account; the embedded simulator always acts).
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        acting: Acting,
    },
    /// Mark tickets as spam: Zendesk deletes each and suspends its requester.
    Spam {
        /// Ticket ids (live tickets, not suspended ones).
        #[arg(required = true)]
        ids: Vec<i64>,
        /// Act; without it, only say what would be done.
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        acting: Acting,
    },
    /// Erase a person (GDPR): their tickets, then the user, permanently.
    ///
    /// Shows the plan first and changes nothing without --apply. The plan is
    /// kept in --plan-file until the person is erased: run the same command
    /// again after an interruption to finish.
    Erase {
        /// The person's email address.
        #[arg(long, required_unless_present = "user_id", conflicts_with = "user_id")]
        email: Option<String>,
        /// The person's user id, instead of an email address.
        #[arg(long)]
        user_id: Option<i64>,
        /// Also delete the tickets they are only copied (CC'd) on.
        #[arg(long)]
        include_ccd: bool,
        /// Erase an agent or an admin too (refused otherwise).
        #[arg(long)]
        allow_staff: bool,
        /// Act; without it, only show the plan.
        #[arg(long)]
        apply: bool,
        /// Where the plan is kept until the erasure is complete.
        #[arg(long = "plan-file", default_value = "zendesk-erase-plan.json")]
        plan_file: PathBuf,
        #[command(flatten)]
        acting: Acting,
    },
    /// Print the JSON Schema of the rules file or the plan file.
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaKind {
    Rules,
    Plan,
}

/// Flags of the commands that act.
#[derive(Debug, clap::Args)]
struct Acting {
    /// Do not ask for confirmation.
    #[arg(long, short)]
    yes: bool,
    /// Refuse to act on more than this many tickets.
    #[arg(long)]
    max_actions: Option<usize>,
}

/// A failure that ends the command, with its exit code.
struct Fatal(u8, String);

impl From<String> for Fatal {
    fn from(message: String) -> Self {
        Fatal(2, message)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ZENDESK_MODERATE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("error")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(Fatal(code, message)) => {
            eprintln!("error: {message}");
            ExitCode::from(code)
        }
    }
}

/// Where messages for people go: stdout, or stderr when stdout is for
/// machines.
fn say(format: Format, line: &str) {
    if format == Format::Human {
        println!("{line}");
    } else {
        eprintln!("{line}");
    }
}

fn json_line(value: &impl serde::Serialize) {
    println!("{}", serde_json::to_string(value).unwrap_or_default());
}

async fn run(cli: Cli) -> Result<ExitCode, Fatal> {
    if let Command::Schema { which } = &cli.command {
        let schema = match which {
            SchemaKind::Rules => schemars::schema_for!(Rules),
            SchemaKind::Plan => schemars::schema_for!(Plan),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&schema).unwrap_or_default()
        );
        return Ok(ExitCode::SUCCESS);
    }
    // Rules are checked before connecting: a mistake costs nothing.
    let rules = match &cli.command {
        Command::Plan { rules, .. } | Command::Run { rules, .. } => Some(read_rules(rules)?),
        _ => None,
    };
    let conn = cli.account.connect(|b| b).await.map_err(Fatal::from)?;
    say(cli.format, &conn.describe());
    let progress = Progress::new(cli.format);
    let result = dispatch(cli, &conn, rules, &progress).await;
    if let Some(sim) = &conn.simulator {
        // For benchmarks and the curious: what the run cost the "account".
        let snapshot = sim.snapshot();
        eprintln!(
            "simulator: {} requests, {} answered 429",
            snapshot.counters.requests, snapshot.counters.rate_limited
        );
    }
    result
}

/// Runs the command on a connection.
async fn dispatch(
    cli: Cli,
    conn: &Connection,
    rules: Option<Rules>,
    progress: &Progress,
) -> Result<ExitCode, Fatal> {
    match cli.command {
        Command::Schema { .. } => unreachable!("answered above"),
        Command::Spam { ids, apply, acting } => {
            let mut unique = Vec::new();
            for id in ids {
                if !unique.contains(&id) {
                    unique.push(id);
                }
            }
            say(
                cli.format,
                &format!(
                    "plan: mark {} tickets as spam (each is deleted and its requester suspended)",
                    unique.len()
                ),
            );
            if let Some(max) = acting.max_actions.filter(|max| unique.len() > *max) {
                return Err(Fatal(
                    2,
                    format!("{} tickets is more than --max-actions {max}", unique.len()),
                ));
            }
            if !apply {
                say(cli.format, "nothing done: add --apply to act");
                return Ok(ExitCode::SUCCESS);
            }
            let question = format!(
                "mark {} tickets as spam and suspend their requesters?",
                unique.len()
            );
            if !confirmed(conn, &acting, cli.format, &question)? {
                say(cli.format, "nothing done");
                return Ok(ExitCode::FAILURE);
            }
            let outcome = spam::mark(&conn.client, &unique).await;
            let counts = spam::print(&unique, &outcome, cli.format == Format::Json);
            Ok(if counts.accounted && outcome.all_done() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Erase {
            email,
            user_id,
            include_ccd,
            allow_staff,
            apply,
            plan_file,
            acting,
        } => {
            let person = match (email, user_id) {
                (Some(e), _) => zendesk_support::Person::Email(e),
                (None, Some(id)) => zendesk_support::Person::Id(id),
                (None, None) => return Err(Fatal(2, "give --email or --user-id".into())),
            };
            let options = zendesk_support::ErasureOptions {
                include_ccd,
                allow_staff,
                ..Default::default()
            };
            let account = conn.client.base_url().to_string();
            let earlier = match erase::read_earlier(&plan_file, &account, &person) {
                // Each embedded simulator is a new account: an old plan is moot.
                Err(e) if !conn.is_real() => {
                    say(cli.format, &format!("ignored: {e}"));
                    None
                }
                other => other?,
            };
            if earlier.is_some() {
                say(
                    cli.format,
                    &format!("resuming the erasure planned in {}", plan_file.display()),
                );
            }
            let Some(plan) = erase::plan(&conn.client, &person, &options, earlier).await? else {
                say(cli.format, "nobody found: no such user, or erased already");
                if cli.format == Format::Json {
                    json_line(&serde_json::json!({ "found": false, "complete": true }));
                }
                return Ok(ExitCode::SUCCESS);
            };
            if cli.format == Format::Json {
                json_line(&plan);
            } else {
                erase::print_plan(&plan);
            }
            if plan.is_staff() && !allow_staff {
                return Err(Fatal(
                    2,
                    format!(
                        "user {} is {}, not an end user: add --allow-staff to erase them",
                        plan.user_id,
                        plan.role.as_deref().unwrap_or("of an unknown role")
                    ),
                ));
            }
            if let Some(max) = acting.max_actions.filter(|max| plan.tickets.len() > *max) {
                return Err(Fatal(
                    2,
                    format!(
                        "{} tickets is more than --max-actions {max}",
                        plan.tickets.len()
                    ),
                ));
            }
            if !apply {
                say(cli.format, "nothing done: add --apply to erase");
                return Ok(ExitCode::SUCCESS);
            }
            let question =
                "permanently delete this person and their tickets? this cannot be undone";
            if !confirmed(conn, &acting, cli.format, question)? {
                say(cli.format, "nothing done");
                return Ok(ExitCode::FAILURE);
            }
            // Written before anything changes: the next run needs it.
            erase::write(
                &plan_file,
                &erase::PlanFile {
                    account,
                    asked_for: erase::asked_for(&person),
                    plan: plan.clone(),
                },
            )?;
            let report = conn.client.erase(&plan, &options).await;
            if cli.format == Format::Json {
                for (id, step) in &report.tickets {
                    json_line(&serde_json::json!({ "ticket": id, "step": step }));
                }
                json_line(
                    &serde_json::json!({ "user": report.user_id, "deleted": report.user_deleted, "erased": report.user_erased }),
                );
                json_line(&erase::counts(&report));
            } else {
                erase::print_report(&report);
            }
            if report.complete() {
                // It names the person: do not keep it once they are erased.
                let _ = std::fs::remove_file(&plan_file);
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::FAILURE)
            }
        }
        Command::List { filter } => show::list(&conn.client, &filter, cli.format).await,
        Command::Show { id } => show::show(&conn.client, id, cli.format).await,
        Command::Plan { output, .. } => {
            let rules = rules.expect("read above");
            let plan = make_plan(conn, &rules, progress).await?;
            plan.write(&output)?;
            print_plan(&plan, cli.format, Some(&output));
            Ok(ExitCode::SUCCESS)
        }
        Command::Apply { plan, acting } => {
            let plan_data = Plan::read(&plan)?;
            if plan_data.account != conn.client.base_url() {
                return Err(Fatal(
                    2,
                    format!(
                        "{} was made for {}, not {}",
                        plan.display(),
                        plan_data.account,
                        conn.client.base_url()
                    ),
                ));
            }
            print_plan(&plan_data, cli.format, None);
            check_size(&plan_data, &acting)?;
            if !confirm(&acting, &plan_data, cli.format)? {
                say(cli.format, "nothing done");
                return Ok(ExitCode::FAILURE);
            }
            let summary = apply(conn, &plan_data, &plan, cli.concurrency, progress).await?;
            finish(&summary, cli.format)
        }
        Command::Run {
            plan_file,
            apply,
            acting,
            watch,
            ..
        } => {
            let rules = rules.expect("read above");
            let act = apply || !conn.is_real();
            if watch.is_some() && act && conn.is_real() && !acting.yes {
                return Err(Fatal(
                    2,
                    "--watch with --apply needs --yes: nobody is there to confirm".into(),
                ));
            }
            loop {
                let code = run_once(
                    conn,
                    &rules,
                    &plan_file,
                    act,
                    &acting,
                    cli.format,
                    cli.concurrency,
                    progress,
                )
                .await?;
                let Some(every) = watch else { return Ok(code) };
                say(
                    cli.format,
                    &format!("next run in {}", humantime::format_duration(every)),
                );
                tokio::time::sleep(every).await;
            }
        }
        Command::Purge {
            older_than,
            apply,
            acting,
        } => {
            let act = apply || !conn.is_real();
            let concurrency = cli.concurrency.unwrap_or_else(|| {
                execute::concurrency_for(conn.client.rate_limit().and_then(|r| r.limit))
            });
            if act && conn.is_real() && !acting.yes && std::io::stdin().is_terminal() {
                let question = "permanently delete the soft-deleted tickets? this cannot be undone";
                if !ask(question)? {
                    say(cli.format, "nothing done");
                    return Ok(ExitCode::FAILURE);
                }
            }
            let bar = progress.bar("purging");
            let summary = purge::purge(
                &conn.client,
                older_than,
                act,
                concurrency,
                &WaitOptions::default(),
                &bar,
            )
            .await
            .map_err(|e| Fatal(1, e.to_string()))?;
            bar.finish_and_clear();
            if cli.format == Format::Json {
                json_line(&summary);
            } else {
                println!();
                if !summary.applied {
                    println!("dry run: nothing was changed (add --apply to act)");
                }
                println!("soft-deleted tickets read:  {}", summary.read);
                println!(
                    "  {:<26}{}",
                    if summary.applied {
                        "purged:"
                    } else {
                        "would purge:"
                    },
                    if summary.applied {
                        summary.purged
                    } else {
                        summary.skipped
                    }
                );
                println!("  {:<26}{}", "failed:", summary.failed);
                println!("  {:<26}{}", "outcome unknown:", summary.unknown);
                if summary.applied {
                    println!("  {:<26}{}", "too young, left:", summary.skipped);
                }
                println!("  {:<26}{}", "unreadable records:", summary.unreadable);
                report::print_not_done("not purged", &summary.failures);
                println!(
                    "every ticket accounted for: {}",
                    if summary.accounted { "yes" } else { "NO" }
                );
            }
            let ok = summary.accounted && summary.failed == 0 && summary.unknown == 0;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn read_rules(path: &Path) -> Result<Rules, Fatal> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Fatal(
            2,
            format!("cannot read the rules file {}: {e}", path.display()),
        )
    })?;
    Rules::parse(&text, &path.display().to_string()).map_err(|e| Fatal(2, e.to_string()))
}

/// Progress bars on a terminal (stderr), hidden otherwise.
struct Progress {
    multi: MultiProgress,
}

impl Progress {
    fn new(format: Format) -> Progress {
        let target = if format == Format::Human && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Progress {
            multi: MultiProgress::with_draw_target(target),
        }
    }

    fn spinner(&self, message: &'static str) -> ProgressBar {
        let bar = self
            .multi
            .add(ProgressBar::new_spinner().with_message(message));
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}: {pos} read ({per_sec})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    }

    fn bar(&self, message: &'static str) -> ProgressBar {
        let bar = self.multi.add(ProgressBar::new(0).with_message(message));
        if let Ok(style) = ProgressStyle::with_template("{msg:>10} {bar:40} {pos}/{len} ({eta})") {
            bar.set_style(style);
        }
        bar
    }
}

/// Reads the queue and decides for every ticket.
async fn make_plan(conn: &Connection, rules: &Rules, progress: &Progress) -> Result<Plan, Fatal> {
    let mut plan = Plan::new(conn.client.base_url());
    let now = chrono::Utc::now();
    let spinner = progress.spinner("reading suspended tickets");
    let mut records = std::pin::pin!(listing::suspended(&conn.client));
    while let Some(record) = records.next().await {
        spinner.inc(1);
        match record {
            Ok(t) => match Planned::decide(&t, rules, now) {
                Some(p) => plan.tickets.push(p),
                None => plan.unreadable += 1,
            },
            Err(e @ zendesk_support::Error::Record { .. }) => {
                tracing::warn!(error = %e, "a suspended ticket could not be read");
                plan.unreadable += 1;
            }
            Err(e) => return Err(Fatal(1, format!("reading the suspended tickets: {e}"))),
        }
    }
    spinner.finish_and_clear();
    Ok(plan)
}

fn print_plan(plan: &Plan, format: Format, written: Option<&Path>) {
    if format == Format::Json {
        json_line(&serde_json::json!({
            "plan": written.map(|p| p.display().to_string()),
            "tickets": plan.tickets.len(),
            "unreadable": plan.unreadable,
            "counts": plan.counts().iter().map(|(rule, action, n)| serde_json::json!({ "rule": rule, "action": action, "tickets": n })).collect::<Vec<_>>(),
        }));
        return;
    }
    println!(
        "plan: {} suspended tickets read{}",
        plan.tickets.len(),
        written
            .map(|p| format!(", written to {}", p.display()))
            .unwrap_or_default()
    );
    let mut table = show::table(&["rule", "action", "tickets"]);
    for (rule, action, n) in plan.counts() {
        table.add_row(vec![
            comfy_table::Cell::new(rule),
            show::action_cell(action),
            comfy_table::Cell::new(n),
        ]);
    }
    println!("{table}");
    if plan.unreadable > 0 {
        println!("unreadable records (not in the plan): {}", plan.unreadable);
    }
}

fn check_size(plan: &Plan, acting: &Acting) -> Result<(), Fatal> {
    match acting.max_actions {
        Some(max) if plan.actions() > max => Err(Fatal(
            2,
            format!(
                "the plan acts on {} tickets, more than --max-actions {max}; nothing done",
                plan.actions()
            ),
        )),
        _ => Ok(()),
    }
}

/// Asks on a terminal unless `--yes`; without a terminal, `--yes` is needed.
fn confirm(acting: &Acting, plan: &Plan, format: Format) -> Result<bool, Fatal> {
    if plan.actions() == 0 {
        return Ok(true);
    }
    ask_unless_yes(
        acting,
        format,
        &format!("act on {} tickets?", plan.actions()),
    )
}

/// Whether to go on with a one-off action (`spam`, `erase`): on the embedded
/// simulator at once; against an account as [`ask_unless_yes`] decides.
fn confirmed(
    conn: &Connection,
    acting: &Acting,
    format: Format,
    question: &str,
) -> Result<bool, Fatal> {
    Ok(!conn.is_real() || ask_unless_yes(acting, format, question)?)
}

/// `--yes`, or the answer of the person at the terminal; without a
/// terminal and `--yes`, no (and says so).
fn ask_unless_yes(acting: &Acting, format: Format, question: &str) -> Result<bool, Fatal> {
    if acting.yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        say(
            format,
            "not a terminal: add --yes to act without confirmation",
        );
        return Ok(false);
    }
    ask(question)
}

fn ask(question: &str) -> Result<bool, Fatal> {
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Fatal(2, format!("cannot read the answer: {e}")))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// Carries out a plan, resuming from its journal.
async fn apply(
    conn: &Connection,
    plan: &Plan,
    path: &Path,
    concurrency: Option<usize>,
    progress: &Progress,
) -> Result<Summary, Fatal> {
    let journal = journal::Journal::open(&journal::path_for(path))?;
    let bar = progress.bar("acting");
    let items = futures::stream::iter(plan.tickets.iter().map(|t| (t.id, t.action)));
    let journal = execute::Executor::new(&conn.client, journal, concurrency, bar.clone())
        .run(items)
        .await?;
    bar.finish_and_clear();
    Ok(Summary::of(plan, &journal.settled, true))
}

/// One `run`: plan, then (when acting) apply. Without a question to ask,
/// actions start while the queue is still being read.
#[allow(clippy::too_many_arguments)]
async fn run_once(
    conn: &Connection,
    rules: &Rules,
    plan_file: &Path,
    act: bool,
    acting: &Acting,
    format: Format,
    concurrency: Option<usize>,
    progress: &Progress,
) -> Result<ExitCode, Fatal> {
    let journal_path = journal::path_for(plan_file);
    let asks = conn.is_real() && !acting.yes;
    if !act || asks || acting.max_actions.is_some() {
        // Plan first, in full: it is shown, counted or asked about.
        let plan = make_plan(conn, rules, progress).await?;
        plan.write(plan_file)?;
        print_plan(&plan, format, Some(plan_file));
        if !act {
            let summary = Summary::of(&plan, &Default::default(), false);
            if format == Format::Human {
                println!(
                    "dry run: nothing was changed (add --apply to act, or `apply {}`)",
                    plan_file.display()
                );
            } else {
                json_line(&summary);
            }
            return Ok(ExitCode::SUCCESS);
        }
        check_size(&plan, acting)?;
        if !confirm(acting, &plan, format)? {
            say(format, "nothing done");
            return Ok(ExitCode::FAILURE);
        }
        remove_journal(&journal_path)?;
        let summary = apply(conn, &plan, plan_file, concurrency, progress).await?;
        return finish(&summary, format);
    }
    // Pipelined: each decision goes to the executor as it is made.
    remove_journal(&journal_path)?;
    let journal = journal::Journal::open(&journal_path)?;
    let mut plan = Plan::new(conn.client.base_url());
    let now = chrono::Utc::now();
    let spinner = progress.spinner("reading suspended tickets");
    let bar = progress.bar("acting");
    let mut listing_error = None;
    let journal = {
        let decisions = listing::suspended(&conn.client).filter_map(|record| {
            spinner.inc(1);
            let decided = match record {
                Ok(t) => match Planned::decide(&t, rules, now) {
                    Some(p) => Some((p.id, p.action, p)),
                    None => {
                        plan.unreadable += 1;
                        None
                    }
                },
                Err(e @ zendesk_support::Error::Record { .. }) => {
                    tracing::warn!(error = %e, "a suspended ticket could not be read");
                    plan.unreadable += 1;
                    None
                }
                Err(e) => {
                    listing_error = Some(e);
                    None
                }
            };
            let item = decided.map(|(id, action, p)| {
                plan.tickets.push(p);
                (id, action)
            });
            futures::future::ready(item)
        });
        execute::Executor::new(&conn.client, journal, concurrency, bar.clone())
            .run(decisions)
            .await?
    };
    spinner.finish_and_clear();
    bar.finish_and_clear();
    plan.write(plan_file)?;
    print_plan(&plan, format, Some(plan_file));
    if let Some(e) = &listing_error {
        // What was read was acted on and is accounted for below.
        say(format, &format!("the listing ended early: {e}"));
    }
    let summary = Summary::of(&plan, &journal.settled, true);
    let code = finish(&summary, format)?;
    // Tickets past the failure were never read: not a success.
    Ok(if listing_error.is_some() {
        ExitCode::FAILURE
    } else {
        code
    })
}

/// A new plan starts a new journal; the old one is kept beside it.
fn remove_journal(path: &Path) -> Result<(), Fatal> {
    if path.exists() {
        let mut old = path.as_os_str().to_owned();
        old.push(".old");
        std::fs::rename(path, &old).map_err(|e| {
            Fatal(
                2,
                format!("cannot move the old journal {}: {e}", path.display()),
            )
        })?;
    }
    Ok(())
}

fn finish(summary: &Summary, format: Format) -> Result<ExitCode, Fatal> {
    if format == Format::Json {
        json_line(summary);
    } else {
        summary.print_human();
    }
    Ok(if summary.all_succeeded() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
