//! The command line: every command, flag and example (`--help`).

use crate::connect::Account;
use crate::output::Format;
use crate::rules::Condition;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

const EXAMPLES: &str = "\
Examples:
  # Against the embedded simulator (no ZENDESK_* set): a starter rules file, planned and applied
  zendesk-moderate init
  zendesk-moderate run --rules rules.toml --apply

  # Against an account: log in once, check it, review, then act
  zendesk-moderate auth login --profile acme --subdomain acme --client-id acme_moderation
  export ZENDESK_PROFILE=acme
  zendesk-moderate doctor
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
  zendesk-moderate erase --email jane.doe@customer.example --apply";

/// The exit status table and where the connection flags are, after every
/// command's own help.
const AFTER_COMMAND: &str = "\
The connection (--profile or ZENDESK_PROFILE; or ZENDESK_SUBDOMAIN with
ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET, ZENDESK_OAUTH_TOKEN, or an API
token; or the flags before the command) and the embedded simulator's shape
are in `zendesk-moderate --help`.";

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
#[command(name = "zendesk-moderate", version, after_long_help = after_help())]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub account: Account,
    /// Output for people (tables, colours on a terminal) or machines.
    #[arg(long, value_enum, default_value_t = Format::Human, global = true, help_heading = "Output")]
    pub format: Format,
}

fn after_help() -> String {
    format!("{EXAMPLES}\n\n{}", crate::exit::TABLE)
}

fn after_command() -> String {
    format!("{}\n\n{AFTER_COMMAND}", crate::exit::TABLE)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a commented starter rules file (never over an existing file).
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate init                   # writes rules.toml",
        "zendesk-moderate init release.toml",
    ]))]
    Init(InitArgs),
    /// List suspended tickets, filtered.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate list --cause-name spam --older-than 1h",
        "zendesk-moderate list --sender-domain customer.example --format csv > customers.csv",
    ]))]
    List(ListArgs),
    /// Show one suspended ticket.
    #[command(after_long_help = with_examples(&["zendesk-moderate show 435 --format json   # 435: a suspended ticket of the embedded simulator"]))]
    Show(ShowArgs),
    /// Read every suspended ticket and decide; change nothing.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate plan --rules rules.toml -o plan.json",
    ]))]
    Plan(PlanArgs),
    /// Carry out a plan; run it again to continue after an interruption.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate apply plan.json",
        "zendesk-moderate apply plan.json --yes --max-actions 500   # from a script",
    ]))]
    Apply(ApplyArgs),
    /// Plan, then apply (only with --apply: without it, a dry run).
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate run --rules rules.toml                      # a dry run: the plan, nothing changed",
        "zendesk-moderate run --rules rules.toml --apply",
        "zendesk-moderate run --rules release.toml --apply --yes --watch 1h",
    ]))]
    Run(RunArgs),
    /// Permanently delete soft-deleted tickets and wait for their jobs.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate purge --older-than 30days                   # what would be purged",
        "zendesk-moderate purge --older-than 30days --apply",
    ]))]
    Purge(PurgeArgs),
    /// Mark tickets as spam: Zendesk deletes each and suspends its requester.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate spam 24000000000042 24000000000077           # what would be done (the embedded simulator has both)",
        "zendesk-moderate spam 24000000000042 24000000000077 --apply",
    ]))]
    Spam(SpamArgs),
    /// Erase a person (GDPR): their tickets, then the user, permanently.
    ///
    /// Shows the plan first and changes nothing without --apply. The plan is
    /// kept in --plan-file until the person is erased: run the same command
    /// again after an interruption to finish.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate erase --email jane.doe@customer.example",
        "zendesk-moderate erase --email jane.doe@customer.example --apply",
        "zendesk-moderate erase --user-id 35436 --include-ccd --apply",
    ]))]
    Erase(EraseArgs),
    /// Check an account, changing nothing: credentials, role, rate limit,
    /// every listing the tool uses, and every body read against the spec.
    ///
    /// Exit status 0 when healthy, 1 when the account answers in ways the
    /// spec does not describe (each listed), 2 when it cannot be reached or
    /// refuses the credentials.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate doctor",
        "zendesk-moderate doctor --record samples/   # redacted bodies, to add to spec/samples/real/",
    ]))]
    Doctor(DoctorArgs),
    /// Sign in to an account and keep its credentials (OAuth in the browser,
    /// or a service account's client credentials), see who they act as, or
    /// forget them.
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Print the JSON Schema of the rules file or the plan file.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate schema rules > rules.schema.json",
    ]))]
    Schema(SchemaArgs),
    /// Print a shell completion script.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate completions bash > ~/.local/share/bash-completion/completions/zendesk-moderate",
        "zendesk-moderate completions zsh > ~/.zfunc/_zendesk-moderate",
    ]))]
    Completions(CompletionsArgs),
    /// Print the manual page (roff).
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate man > ~/.local/share/man/man1/zendesk-moderate.1",
    ]))]
    Man,
}

fn with_examples(examples: &[&str]) -> String {
    let lines: Vec<String> = examples.iter().map(|e| format!("  {e}")).collect();
    format!("Examples:\n{}\n\n{}", lines.join("\n"), after_command())
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it.
    #[arg(default_value = "rules.toml")]
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: Condition,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The suspended ticket's id.
    pub id: i64,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The rules file (TOML).
    #[arg(long, short)]
    pub rules: PathBuf,
    /// Where to write the plan.
    #[arg(long, short, default_value = "zendesk-moderate-plan.json")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The plan file `plan` or `run` wrote.
    pub plan: PathBuf,
    #[command(flatten)]
    pub acting: Acting,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The rules file (TOML).
    #[arg(long, short)]
    pub rules: PathBuf,
    /// Where to write the plan (its journal goes beside it).
    #[arg(long = "plan-file", default_value = "zendesk-moderate-plan.json")]
    pub plan_file: PathBuf,
    /// Act; without it, only show the plan (a dry run, on the embedded
    /// simulator too, where --apply acts without asking).
    #[arg(long)]
    pub apply: bool,
    #[command(flatten)]
    pub acting: Acting,
    /// Run again this long after each run ends, until stopped (at least
    /// 5s; e.g. `15m`).
    #[arg(long, value_parser = watch_interval)]
    pub watch: Option<Duration>,
}

/// The shortest `--watch` interval: a loop with none would only spin.
pub const MIN_WATCH: Duration = Duration::from_secs(5);

fn watch_interval(text: &str) -> Result<Duration, String> {
    let every = humantime::parse_duration(text).map_err(|e| e.to_string())?;
    if every < MIN_WATCH {
        return Err(format!(
            "at least {} between runs",
            humantime::format_duration(MIN_WATCH)
        ));
    }
    Ok(every)
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Only tickets deleted at least this long ago (e.g. `30days`).
    #[arg(long, value_parser = humantime::parse_duration)]
    pub older_than: Option<Duration>,
    /// Act; without it, only count what would be purged (on the embedded
    /// simulator too, where --apply acts without asking).
    #[arg(long)]
    pub apply: bool,
    /// The journal of what was sent (a run killed or cut short is finished
    /// by the next one with the same journal).
    #[arg(long, default_value = "zendesk-moderate-purge.journal")]
    pub journal: PathBuf,
    #[command(flatten)]
    pub jobs: Jobs,
    #[command(flatten)]
    pub acting: Acting,
}

#[derive(Debug, Args)]
pub struct SpamArgs {
    /// Ticket ids (live tickets, not suspended ones).
    #[arg(required = true)]
    pub ids: Vec<i64>,
    /// Act; without it, only say what would be done.
    #[arg(long)]
    pub apply: bool,
    /// The journal of what was sent (the same ids again, with the same
    /// journal, finish what a run killed or cut short started).
    #[arg(long, default_value = "zendesk-moderate-spam.journal")]
    pub journal: PathBuf,
    #[command(flatten)]
    pub jobs: Jobs,
    #[command(flatten)]
    pub acting: Acting,
}

/// How long to wait for Zendesk's background jobs.
#[derive(Debug, Args)]
pub struct Jobs {
    /// How long to wait for the jobs in all (e.g. `20m`, `2h`). Past it,
    /// nothing more is sent (those tickets are reported skipped) and the
    /// jobs still running are given up on: their tickets are reported as
    /// outcome unknown, with the job, and the next run looks first.
    #[arg(long, value_parser = humantime::parse_duration, default_value = "1h")]
    pub job_timeout: Duration,
}

impl Jobs {
    /// The wait, its deadline counted from now.
    pub fn wait(&self) -> zendesk_support::WaitOptions {
        zendesk_support::WaitOptions {
            timeout: self.job_timeout,
            deadline: std::time::Instant::now().checked_add(self.job_timeout),
            ..zendesk_support::WaitOptions::default()
        }
    }
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The person's email address.
    #[arg(long, required_unless_present = "user_id", conflicts_with = "user_id")]
    pub email: Option<String>,
    /// The person's user id, instead of an email address.
    #[arg(long)]
    pub user_id: Option<i64>,
    /// Also delete the tickets they are only copied (CC'd) on.
    #[arg(long)]
    pub include_ccd: bool,
    /// Erase an agent or an admin too (refused otherwise).
    #[arg(long)]
    pub allow_staff: bool,
    /// Act; without it, only show the plan.
    #[arg(long)]
    pub apply: bool,
    /// Where the plan is kept until the erasure is complete.
    #[arg(long = "plan-file", default_value = "zendesk-erase-plan.json")]
    pub plan_file: PathBuf,
    #[command(flatten)]
    pub jobs: Jobs,
    #[command(flatten)]
    pub acting: Acting,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Write each body read, with its request and date, redacted by
    /// allow-list (ids, enum values, timestamps, codes and the shape kept;
    /// every other text a placeholder; the credentials taken out), into
    /// this directory, readable by you alone (samples for
    /// spec/samples/real/).
    #[arg(long)]
    pub record: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in and keep the credentials in a profile: in the browser (the
    /// authorization code flow with PKCE and a loopback redirect), or with
    /// a confidential OAuth client's secret (--client-credentials), read
    /// from a prompt or, without a terminal, from standard input.
    ///
    /// Create the OAuth client in Admin Center (Apps and integrations >
    /// APIs > OAuth clients): for the browser, add the redirect URL
    /// `http://127.0.0.1:47321/callback` (or that of your --port); for
    /// client credentials, make it confidential. Secrets go to the OS
    /// keyring, or, where none runs, to a file only you can read; the
    /// profile (no secret) to config.toml.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate auth login --profile prod --subdomain acme --client-id acme_moderation",
        "zendesk-moderate auth login --profile prod --no-browser          # on a machine without one: open the URL elsewhere",
        "zendesk-moderate auth login --profile cron --subdomain acme --client-credentials --client-id acme_cron < secret.txt",
        "zendesk-moderate --profile prod doctor",
    ]))]
    Login(LoginArgs),
    /// Each profile (or one): the account, the user it acts as, how it
    /// signs in, when its token expires and its scopes; for an API token,
    /// the days left before Zendesk switches it off.
    #[command(after_long_help = with_examples(&[
        "zendesk-moderate auth status",
        "zendesk-moderate auth status --profile prod --format json",
    ]))]
    Status(AuthStatusArgs),
    /// Remove a profile and the credentials its login stored.
    #[command(after_long_help = with_examples(&["zendesk-moderate auth logout --profile prod"]))]
    Logout(AuthLogoutArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The profile to create or replace (its account, method and client
    /// are kept from an earlier login unless given again).
    #[arg(long, default_value = "default")]
    pub profile: String,
    /// The account's subdomain: `acme` for `https://acme.zendesk.com`.
    #[arg(long, conflicts_with = "base_url")]
    pub subdomain: Option<String>,
    /// The API's base URL instead of a subdomain.
    #[arg(long)]
    pub base_url: Option<String>,
    /// The OAuth client's identifier (its "Unique identifier").
    #[arg(long)]
    pub client_id: Option<String>,
    /// The scopes to ask for, space-separated.
    #[arg(long, default_value = "read write")]
    pub scopes: String,
    /// A service account: a confidential client's id and secret, no
    /// browser; the secret from a prompt, or from standard input.
    #[arg(long, conflicts_with_all = ["api_token", "no_browser"])]
    pub client_credentials: bool,
    /// Keep an API token instead (until Zendesk switches them off on
    /// 2027-04-30); the token from a prompt, or from standard input.
    #[arg(long, requires = "agent_email")]
    pub api_token: bool,
    /// The agent's address, with --api-token.
    #[arg(long)]
    pub agent_email: Option<String>,
    /// Print the authorization URL instead of opening a browser.
    #[arg(long)]
    pub no_browser: bool,
    /// The loopback port of the redirect (0: any free one).
    #[arg(long, default_value_t = 47321)]
    pub port: u16,
}

#[derive(Debug, Args)]
pub struct AuthStatusArgs {
    /// Only this profile.
    #[arg(long)]
    pub profile: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuthLogoutArgs {
    /// The profile to remove.
    #[arg(long)]
    pub profile: String,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(value_enum)]
    pub which: SchemaKind,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaKind {
    Rules,
    Plan,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Flags of the commands that act.
#[derive(Debug, Args)]
#[command(next_help_heading = "Acting")]
pub struct Acting {
    /// Do not ask for confirmation (needed where there is no terminal).
    #[arg(long, short)]
    pub yes: bool,
    /// Refuse to act on more than this many tickets.
    #[arg(long)]
    pub max_actions: Option<usize>,
    /// Calls in flight at once (default: from the account's rate limit).
    #[arg(long)]
    pub concurrency: Option<usize>,
}

impl Acting {
    /// Refuses more than `--max-actions`.
    pub fn check_size(&self, actions: usize, what: &str) -> Result<(), crate::exit::Fatal> {
        match self.max_actions {
            Some(max) if actions > max => Err(crate::exit::Fatal::refused(format!(
                "{actions} {what} is more than --max-actions {max}; nothing done"
            ))),
            _ => Ok(()),
        }
    }
}
