//! `zendesk-moderate`: clear Zendesk's suspended and deleted ticket queues
//! by rules, with a plan first, a resumable apply and every ticket accounted
//! for. This file parses the command line and hands it to its command.

mod again;
mod args;
mod browser_login;
mod cmd;
mod confirm;
mod connect;
mod exit;
mod files;
mod identity;
mod interrupt;
mod journal;
mod listing;
mod ops;
mod output;
mod plan;
mod profiles;
mod progress;
mod redact;
mod report;
mod rules;
mod vault;

use args::{Cli, Command};
use clap::{CommandFactory, FromArgMatches};
use exit::Fatal;
use output::{Format, Output};
use std::process::ExitCode;

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    // What was given, for the hint that says how to continue.
    let again = again::Again::new(&Cli::command(), &matches);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    output::init_colours();
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
            return ExitCode::from(exit::REFUSED);
        }
    };
    match runtime.block_on(dispatch(cli, again)) {
        Ok(code) => code,
        Err(Fatal { code, message }) => {
            eprintln!("error: {message}");
            ExitCode::from(code)
        }
    }
}

/// Runs the command.
async fn dispatch(cli: Cli, again: again::Again) -> Result<ExitCode, Fatal> {
    let out = Output::new(cli.format);
    if cli.format == Format::Csv && !matches!(cli.command, Command::List(_)) {
        return Err(Fatal::refused(
            "--format csv is for `list` only; use human or json",
        ));
    }
    let ctx = cmd::Ctx {
        account: cli.account,
        out,
        interrupt: interrupt::Interrupt::install(),
        again,
    };
    match cli.command {
        Command::Init(a) => cmd::init::run(a, &ctx.out),
        Command::List(a) => cmd::list::run(a, &ctx).await,
        Command::Show(a) => cmd::show::run(a, &ctx).await,
        Command::Plan(a) => cmd::plan::run(a, &ctx).await,
        Command::Apply(a) => cmd::apply::run(a, &ctx).await,
        Command::Run(a) => cmd::run::run(a, &ctx).await,
        Command::Purge(a) => cmd::purge::run(a, &ctx).await,
        Command::Spam(a) => cmd::spam::run(a, &ctx).await,
        Command::Erase(a) => cmd::erase::run(a, &ctx).await,
        Command::Doctor(a) => cmd::doctor::run(a, &ctx).await,
        Command::Auth(a) => cmd::auth::run(a, &ctx).await,
        Command::Schema(a) => cmd::schema::run(a, &ctx.out),
        Command::Completions(a) => cmd::completions::run(a),
        Command::Man => cmd::completions::man(),
    }
}
