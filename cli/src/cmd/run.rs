//! `run`: plan, then (with `--apply`) act; with `--watch`, again and again.
//! Without `--apply` nothing changes, on an account and on the embedded
//! simulator alike: the plan is shown as a dry run.
//!
//! When there is a question to ask (a person at a terminal without
//! `--yes`), a size to check (`--max-actions`) or nothing to do (a dry
//! run), the plan is made whole first. Otherwise actions start while the
//! queue is still being read: each decision goes to the executor as it is
//! made, and the plan file is written page by page as it goes, so that an
//! interrupted run leaves a plan `apply` can finish.

use super::{apply, plan, Ctx, Session};
use crate::args::RunArgs;
use crate::exit::{self, Fatal};
use crate::journal::{self, Journal};
use crate::listing::{self, Tally};
use crate::ops::moderate::Executor;
use crate::plan::PlanWriter;
use crate::report::Summary;
use crate::rules::Rules;
use futures::StreamExt;
use std::process::ExitCode;

pub async fn run(args: RunArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let rules = plan::read_rules(&args.rules)?;
    plan::refuse_overwriting_rules(&args.plan_file, &args.rules)?;
    let session = ctx.connect().await?;
    let act = args.apply;
    if args.watch.is_some() && act && session.conn.is_real() && !args.acting.yes {
        return Err(Fatal::refused(
            "--watch with --apply needs --yes: nobody is there to confirm",
        ));
    }
    loop {
        let code = once(&session, &rules, &args, act, ctx).await?;
        let Some(every) = args.watch else {
            return Ok(code);
        };
        if ctx.interrupt.asked() {
            return Ok(code);
        }
        ctx.out.say(format!(
            "[{}] next run in {}",
            chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC"),
            humantime::format_duration(every)
        ));
        tokio::select! {
            () = tokio::time::sleep(every) => {}
            () = ctx.interrupt.wait() => return Ok(ExitCode::from(exit::INTERRUPTED)),
        }
        ctx.out.say(format!(
            "[{}] running again",
            chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC")
        ));
    }
}

/// One run: plan, then (when acting) apply.
async fn once(
    session: &Session,
    rules: &Rules,
    args: &RunArgs,
    act: bool,
    ctx: &Ctx,
) -> Result<ExitCode, Fatal> {
    let asks = session.conn.is_real() && !args.acting.yes;
    if !act || asks || args.acting.max_actions.is_some() {
        // Plan first, in full: it is shown, counted or asked about.
        let made = plan::make(session, rules, &args.plan_file, ctx).await?;
        plan::show(&made.plan, &ctx.out, Some(&args.plan_file));
        if made.error.is_some() || made.interrupted {
            return plan::ended(&made, &ctx.out, &args.plan_file);
        }
        if !act {
            let summary = Summary::of_plan(&made.plan, &Default::default(), false);
            ctx.out.result(&summary, |out| {
                out.line(format!(
                    "dry run: nothing was changed (add --apply to act, or run {})",
                    ctx.again.apply(&args.plan_file)
                ))
            });
            return Ok(ExitCode::SUCCESS);
        }
        apply::confirm_plan(session, &made.plan, &args.acting)?;
        let applied =
            apply::carry_out(session, &made.plan, &args.plan_file, &args.acting, ctx).await?;
        return apply::finish(&applied, &ctx.out, &ctx.again.apply(&args.plan_file));
    }
    pipelined(session, rules, args, ctx).await
}

/// Plans and acts at once: each page's decisions go to the plan file and
/// to the executor as they are made.
async fn pipelined(
    session: &Session,
    rules: &Rules,
    args: &RunArgs,
    ctx: &Ctx,
) -> Result<ExitCode, Fatal> {
    let mut writer = PlanWriter::new(&session.conn.target(), rules, &args.plan_file);
    // A new plan: its own journal (the digest is known once it is whole).
    let (journal, moved) =
        Journal::for_plan(&journal::path_for(&args.plan_file), &writer.plan.id, None)
            .map_err(Fatal::refused)?;
    apply::say_moved(&ctx.out, moved.as_deref());
    let spinner = session.progress.spinner("reading suspended tickets");
    let bar = session.progress.bar("acting");
    let tally = Tally::default();
    let write_error: std::cell::RefCell<Option<String>> = Default::default();
    let ran = {
        let decisions = listing::readable(listing::suspended(session.client()), &tally)
            .ready_chunks(100)
            .take_while(|_| std::future::ready(write_error.borrow().is_none()))
            .flat_map(|page| {
                spinner.inc(page.len() as u64);
                // On disk before any of the page is acted on.
                let items: Vec<_> = match writer.add_page(&page, &tally) {
                    Ok(decided) => decided
                        .iter()
                        .filter_map(|p| p.action.act().map(|act| (p.id, act)))
                        .collect(),
                    Err(e) => {
                        *write_error.borrow_mut() = Some(e);
                        Vec::new()
                    }
                };
                futures::stream::iter(items)
            });
        Executor::new(
            session.client(),
            journal,
            args.acting.concurrency,
            bar.clone(),
            ctx.interrupt.clone(),
            0,
        )
        .run(decisions)
        .await
        .map_err(|e| Fatal::not_all_done(format!("{e}; what was sent is in the journal")))?
    };
    spinner.finish_and_clear();
    bar.finish_and_clear();
    if let Some(e) = write_error.into_inner() {
        return Err(Fatal::not_all_done(format!(
            "{e}; what was sent is in the journal"
        )));
    }
    let error = tally.take_error();
    let after_sending =
        |e: String| Fatal::not_all_done(format!("{e}; what was sent is in the journal"));
    let plan = writer
        .finish(&tally, error.is_none() && !ran.interrupted)
        .map_err(after_sending)?;
    let mut journal = ran.journal;
    if plan.complete {
        journal
            .seal(&plan.id, Some(&plan.digest()))
            .map_err(after_sending)?;
    }
    if let Some(e) = error.as_ref().filter(|_| plan.tickets.is_empty()) {
        let fatal = Fatal::api("reading the suspended tickets", e, false);
        if fatal.code == exit::REFUSED {
            return Err(fatal);
        }
    }
    plan::show(&plan, &ctx.out, Some(&args.plan_file));
    let mut summary = Summary::of_plan(&plan, &journal.settled, true);
    if let Some(e) = &error {
        // What was read was acted on and is counted; past it, nothing is
        // known: not accounted for.
        summary.listing_ended_early = Some(e.to_string());
        summary = summary.close();
    }
    let applied = apply::Applied {
        summary,
        interrupted: ran.interrupted,
    };
    // An interrupted run continues by applying the plan it wrote.
    let code = apply::finish(&applied, &ctx.out, &ctx.again.apply(&args.plan_file))?;
    // Tickets past the failure were never read: not a success.
    Ok(if error.is_some() && !ran.interrupted {
        ExitCode::from(exit::NOT_ALL_DONE)
    } else {
        code
    })
}
