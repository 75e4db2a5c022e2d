//! `apply`: carry out a plan, resuming from its journal; also what `run`
//! does once it has a plan.

use super::{Ctx, Session};
use crate::args::{Acting, ApplyArgs};
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use crate::journal::{self, Journal};
use crate::ops::moderate::Executor;
use crate::output::Output;
use crate::plan::Plan;
use crate::report::Summary;
use crate::rules::Action;
use std::path::Path;
use std::process::ExitCode;

pub async fn run(args: ApplyArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let plan = Plan::read(&args.plan).map_err(Fatal::refused)?;
    let session = ctx.connect().await?;
    let target = session.conn.target();
    if plan.account != target {
        return Err(Fatal::refused(format!(
            "{} was made for {}, not {target}",
            args.plan.display(),
            plan.account,
        )));
    }
    super::plan::show(&plan, &ctx.out, None);
    if !plan.complete {
        ctx.out.say(
            "only what was read is applied; `zendesk-moderate run` or `plan` again for the rest of the queue",
        );
    }
    confirm_plan(&session, &plan, &args.acting)?;
    let applied = carry_out(&session, &plan, &args.plan, &args.acting, ctx).await?;
    finish(&applied, &ctx.out, &ctx.again.same())
}

/// `--max-actions`, then the question (naming the account and the counts).
pub fn confirm_plan(session: &Session, plan: &Plan, acting: &Acting) -> Result<(), Fatal> {
    acting.check_size(plan.actions(), "tickets to act on")?;
    if plan.actions() == 0 {
        return Ok(());
    }
    let what = confirm::counts(&[
        ("recover", plan.by_action(Action::Recover)),
        ("delete", plan.by_action(Action::Delete)),
    ]);
    confirm::ask(&session.conn, acting, &what, Risk::Reversible)
}

/// What carrying out a plan came to.
pub struct Applied {
    pub summary: Summary,
    pub interrupted: bool,
}

/// Carries out a plan, resuming from its journal (a journal of another plan
/// is moved aside first).
pub async fn carry_out(
    session: &Session,
    plan: &Plan,
    path: &Path,
    acting: &Acting,
    ctx: &Ctx,
) -> Result<Applied, Fatal> {
    let (journal, moved) =
        Journal::for_plan(&journal::path_for(path), &plan.id, Some(&plan.digest()))
            .map_err(Fatal::refused)?;
    say_moved(&ctx.out, moved.as_deref());
    let bar = session.progress.bar("acting");
    let items = futures::stream::iter(
        plan.tickets
            .iter()
            .filter_map(|t| t.action.act().map(|act| (t.id, act))),
    );
    let ran = Executor::new(
        session.client(),
        journal,
        acting.concurrency,
        bar.clone(),
        ctx.interrupt.clone(),
        plan.tickets.len(),
    )
    .run(items)
    .await
    .map_err(|e| Fatal::not_all_done(format!("{e}; what was sent is in the journal")))?;
    bar.finish_and_clear();
    Ok(Applied {
        summary: Summary::of_plan(plan, &ran.journal.settled, true),
        interrupted: ran.interrupted,
    })
}

/// Tells where the journal of an earlier plan went.
pub fn say_moved(out: &Output, moved: Option<&Path>) {
    if let Some(old) = moved {
        out.say(format!(
            "the journal of another plan was kept aside as {}",
            old.display()
        ));
    }
}

/// Prints the summary; the exit code: 0 when every action succeeded, 1
/// when not, 130 when interrupted (saying how to continue: `again`, the
/// command that reaches the same account).
pub fn finish(applied: &Applied, out: &Output, again: &str) -> Result<ExitCode, Fatal> {
    let summary = &applied.summary;
    summary.print(out, "tickets in the plan");
    if applied.interrupted {
        out.say(format!("interrupted: run {again} to continue"));
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    Ok(exit::code(summary.all_succeeded()))
}
