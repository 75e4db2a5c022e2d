//! `plan`: read every suspended ticket, decide for each by the rules, write
//! the plan; change nothing. Also the pieces `apply` and `run` share: the
//! rules file read, the plan made and shown.

use super::{Ctx, Session};
use crate::args::PlanArgs;
use crate::exit::{self, Fatal};
use crate::listing::{self, Tally};
use crate::output::{action_cell, table, Output};
use crate::plan::{Plan, PlanWriter};
use crate::rules::{Action, Rules};
use futures::StreamExt;
use std::path::Path;
use std::process::ExitCode;

pub async fn run(args: PlanArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let rules = read_rules(&args.rules)?;
    refuse_overwriting_rules(&args.output, &args.rules)?;
    let session = ctx.connect().await?;
    let made = make(&session, &rules, &args.output, ctx).await?;
    show(&made.plan, &ctx.out, Some(&args.output));
    ended(&made, &ctx.out, &args.output)
}

/// Reads and checks a rules file; before connecting, so that a mistake
/// costs nothing.
pub fn read_rules(path: &Path) -> Result<Rules, Fatal> {
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Fatal::refused(format!(
            "no rules file {}: `zendesk-moderate init {}` writes a commented starter (the example cli/examples/rules.toml of the tool's repository)",
            path.display(),
            crate::again::quoted(&path.display().to_string())
        )),
        _ => Fatal::refused(format!(
            "cannot read the rules file {}: {e}",
            path.display()
        )),
    })?;
    Rules::parse(&text, &path.display().to_string()).map_err(|e| Fatal::refused(e.to_string()))
}

/// The plan must not be written over the rules it was made from.
pub fn refuse_overwriting_rules(plan: &Path, rules: &Path) -> Result<(), Fatal> {
    if crate::files::same_file(plan, rules) {
        return Err(Fatal::refused(format!(
            "{} is the rules file: the plan goes elsewhere (-o plan.json)",
            plan.display()
        )));
    }
    Ok(())
}

/// A plan made, and how its listing ended.
pub struct Made {
    pub plan: Plan,
    /// The error that ended the listing early, if one did.
    pub error: Option<zendesk_support::Error>,
    /// Stopped by Ctrl-C.
    pub interrupted: bool,
}

/// Reads the queue and decides for every ticket, writing the plan to `path`
/// page by page from the first page read (an interrupted plan is there,
/// marked incomplete; a listing that fails before its first page leaves any
/// earlier plan file as it was).
pub async fn make(session: &Session, rules: &Rules, path: &Path, ctx: &Ctx) -> Result<Made, Fatal> {
    let mut writer = PlanWriter::new(&session.conn.target(), rules, path);
    let spinner = session.progress.spinner("reading suspended tickets");
    let tally = Tally::default();
    let mut records =
        std::pin::pin!(
            listing::readable(listing::suspended(session.client()), &tally).ready_chunks(100)
        );
    loop {
        let page = tokio::select! {
            page = records.next() => page,
            () = ctx.interrupt.wait() => None,
        };
        let Some(page) = page else { break };
        spinner.inc(page.len() as u64);
        writer.add_page(&page, &tally).map_err(Fatal::refused)?;
    }
    spinner.finish_and_clear();
    let error = tally.take_error();
    let interrupted = ctx.interrupt.asked();
    let plan = writer
        .finish(&tally, error.is_none() && !interrupted)
        .map_err(Fatal::refused)?;
    Ok(Made {
        error,
        interrupted,
        plan,
    })
}

/// The exit of a `plan` (or a dry run): 2 when the account could not be
/// read at all, 130 when interrupted, 1 when the listing ended early, else
/// 0.
pub fn ended(made: &Made, out: &Output, path: &Path) -> Result<ExitCode, Fatal> {
    if let Some(e) = made.error.as_ref().filter(|_| made.plan.tickets.is_empty()) {
        let fatal = Fatal::api("reading the suspended tickets", e, false);
        if fatal.code == exit::REFUSED {
            return Err(fatal);
        }
    }
    if made.interrupted {
        out.say(format!(
            "interrupted: {} holds what was read; run the same command again for a whole plan",
            path.display()
        ));
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    if let Some(e) = &made.error {
        return Err(Fatal::not_all_done(format!(
            "the listing ended early ({e}): {} holds what was read, marked incomplete",
            path.display()
        )));
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows a plan: its counts per rule (every rule, in order, with zeros,
/// and a total), for people or machines.
pub fn show(plan: &Plan, out: &Output, written: Option<&Path>) {
    let counts = plan.counts();
    let json = serde_json::json!({
        "target": plan.account,
        "plan": written.map(|p| p.display().to_string()),
        "tickets": plan.tickets.len(),
        "actions": plan.actions(),
        "unreadable": plan.unreadable,
        "complete": plan.complete,
        "counts": counts,
    });
    out.result(&json, |out| {
        out.line(format!(
            "plan: {} read{}",
            crate::output::count(plan.tickets.len(), "suspended ticket"),
            written
                .map(|p| format!(", written to {}", p.display()))
                .unwrap_or_default()
        ));
        let mut rows = table(&["rule", "action", "tickets"]);
        for c in &counts {
            rows.add_row(vec![
                comfy_table::Cell::new(&c.rule),
                action_cell(c.action),
                comfy_table::Cell::new(c.tickets),
            ]);
        }
        rows.add_row(vec![
            comfy_table::Cell::new("total"),
            comfy_table::Cell::new(format!(
                "recover {}, delete {}, leave {}",
                plan.by_action(Action::Recover),
                plan.by_action(Action::Delete),
                plan.by_action(Action::Leave)
            )),
            comfy_table::Cell::new(plan.tickets.len()),
        ]);
        out.line(&rows);
        if plan.unreadable > 0 {
            out.line(format!(
                "unreadable records (not in the plan): {}",
                plan.unreadable
            ));
        }
        if !plan.complete {
            out.line("this plan is incomplete: its listing did not reach the end of the queue");
        }
    });
}
