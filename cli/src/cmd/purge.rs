//! `purge`: permanently delete soft-deleted tickets (deleted at least
//! `--older-than` ago), in jobs of 100 within the account's job limit,
//! waiting for each; ids whose outcome is unknown are settled by listing
//! again: a ticket no longer among the soft-deleted is gone.
//!
//! The guard-rails of every acting command hold: a dry run without
//! `--apply` (counting exactly what `--apply` would purge), `--max-actions`,
//! and the account's name typed back on a terminal (this cannot be undone),
//! or `--yes`. With none of those to check, jobs are submitted while the
//! listing goes on.

use super::{Ctx, Session};
use crate::args::PurgeArgs;
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use crate::listing::{self, Tally};
use crate::report::{print_not_done, NotDone};
use crate::rules::Action;
use futures::{Stream, StreamExt};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;
use zendesk_support::{BulkJob, Failure, WaitOptions};

/// Rounds of settling unknown outcomes.
const SETTLE_ROUNDS: usize = 3;

/// What a purge did (or, dry, would do).
#[derive(Debug, Default, Serialize)]
pub struct PurgeSummary {
    /// Where: `embedded simulator`, or the account's URL.
    pub target: String,
    /// Soft-deleted tickets read.
    pub read: usize,
    /// Records that could not be read.
    pub unreadable: usize,
    /// Deleted less than `--older-than` ago: left alone.
    pub too_young: usize,
    /// Old enough: what `--apply` purges.
    pub eligible: usize,
    pub purged: usize,
    pub failed: usize,
    pub unknown: usize,
    pub applied: bool,
    /// Whether purged + failed + unknown (or, dry, eligible) + too young +
    /// unreadable = read.
    pub accounted: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<NotDone>,
}

pub async fn run(args: PurgeArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let session = ctx.connect().await?;
    let real = session.conn.is_real();
    let act = args.apply || !real;
    let asks = real && !args.acting.yes;
    if act && asks && !std::io::stdin().is_terminal() {
        // Say so before listing: nobody could confirm after it.
        return Err(Fatal {
            code: exit::NOT_CONFIRMED,
            message: "not a terminal, so nobody can confirm: add --yes to purge without asking; nothing done".into(),
        });
    }
    let mut summary = PurgeSummary {
        target: session.conn.target(),
        applied: act,
        ..PurgeSummary::default()
    };
    let tally = Tally::default();
    let wait = WaitOptions {
        timeout: Duration::from_secs(30 * 60),
        ..WaitOptions::default()
    };
    let outcome = if !act || asks || args.acting.max_actions.is_some() {
        // Everything read first: it is counted, checked or asked about.
        let spinner = session.progress.spinner("reading soft-deleted tickets");
        let ids: Vec<i64> = old_enough(&session, args.older_than, &tally, &mut summary)
            .inspect(|_| spinner.inc(1))
            .collect()
            .await;
        spinner.finish_and_clear();
        summary.eligible = ids.len();
        listing_refused(&tally, &summary)?;
        if !act {
            summary.accounted =
                summary.eligible + summary.too_young + summary.unreadable == summary.read;
            print(&summary, ctx);
            return Ok(ExitCode::SUCCESS);
        }
        args.acting.check_size(ids.len(), "soft-deleted tickets")?;
        if !ids.is_empty() {
            let what = format!("permanently delete {} soft-deleted tickets", ids.len());
            confirm::ask(&session.conn, &args.acting, &what, Risk::Permanent)?;
        }
        purge(&session, futures::stream::iter(ids), &wait, ctx).await
    } else {
        // Jobs go out while the listing goes on.
        let ids = old_enough(&session, args.older_than, &tally, &mut summary);
        let outcome = purge(&session, ids, &wait, ctx).await;
        summary.eligible = outcome.0.len() + outcome.1.len();
        listing_refused(&tally, &summary)?;
        outcome
    };
    let (mut purged, mut failed) = outcome;
    if !ctx.interrupt.asked() {
        settle(&session, &mut purged, &mut failed, &wait, ctx).await;
    }
    summary.purged = purged.len();
    summary.unknown = failed.iter().filter(|f| f.outcome_unknown).count();
    summary.failed = failed.len() - summary.unknown;
    summary.failures = failed
        .into_iter()
        .map(|f| NotDone {
            id: f.id,
            action: Action::Delete,
            reason: if f.outcome_unknown {
                format!("outcome unknown: {}", f.reason)
            } else {
                f.reason
            },
            status: f.status,
        })
        .collect();
    let interrupted = ctx.interrupt.asked();
    summary.accounted =
        summary.purged + summary.failed + summary.unknown + summary.too_young + summary.unreadable
            == summary.read
            || interrupted;
    print(&summary, ctx);
    if interrupted {
        ctx.out
            .say("interrupted: run the same command again to purge what is left");
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    if let Some(e) = tally.ended_early() {
        ctx.out.say(format!("the listing ended early: {e}"));
        return Ok(ExitCode::from(exit::NOT_ALL_DONE));
    }
    Ok(exit::code(
        summary.accounted && summary.failed == 0 && summary.unknown == 0,
    ))
}

/// Nothing could be read at all, and the account refused or is out of
/// reach: nothing done.
fn listing_refused(tally: &Tally, summary: &PurgeSummary) -> Result<(), Fatal> {
    if summary.read > 0 {
        return Ok(());
    }
    match tally.take_error() {
        Some(e) => {
            let fatal = Fatal::api("reading the soft-deleted tickets", &e, false);
            if fatal.code == exit::REFUSED {
                Err(fatal)
            } else {
                Err(Fatal::not_all_done(fatal.message))
            }
        }
        None => Ok(()),
    }
}

/// The ids of the soft-deleted tickets deleted at least `older_than` ago
/// (all when `None`), as they are read; the others counted in `summary`.
fn old_enough<'a>(
    session: &'a Session,
    older_than: Option<Duration>,
    tally: &'a Tally,
    summary: &'a mut PurgeSummary,
) -> impl Stream<Item = i64> + 'a {
    let now = chrono::Utc::now();
    listing::readable(listing::deleted(session.client()), tally).filter_map(move |t| {
        summary.read += 1;
        let old = older_than.is_none_or(|min| {
            t.deleted_at
                .and_then(|at| (now - at).to_std().ok())
                .is_some_and(|age| age >= min)
        });
        if !old {
            summary.too_young += 1;
        }
        std::future::ready(old.then_some(t.id))
    })
}

/// Purges `ids` (as they come) in jobs within the job limit: the ids
/// purged, and those not, with why.
async fn purge(
    session: &Session,
    ids: impl Stream<Item = i64> + Send,
    wait: &WaitOptions,
    ctx: &Ctx,
) -> (Vec<i64>, Vec<Failure>) {
    let bar = session.progress.bar("purging");
    let counted = ids
        .inspect(|_| bar.inc_length(1))
        .take_until(ctx.interrupt.wait());
    let client = session.client();
    let mut jobs = std::pin::pin!(client.run_jobs(BulkJob::DeletePermanently, counted, wait));
    let (mut purged, mut failed) = (Vec::new(), Vec::new());
    while let Some(outcome) = jobs.next().await {
        bar.inc((outcome.done.len() + outcome.failed.len()) as u64);
        purged.extend(outcome.done);
        failed.extend(outcome.failed);
    }
    bar.finish_and_clear();
    (purged, failed)
}

/// Settles the ids whose outcome is unknown by listing the soft-deleted
/// tickets: one no longer listed is purged; one still listed is purged
/// again. A purge refused because an earlier job (whose answer was lost)
/// had done it is settled the same way.
async fn settle(
    session: &Session,
    purged: &mut Vec<i64>,
    failed: &mut Vec<Failure>,
    wait: &WaitOptions,
    ctx: &Ctx,
) {
    for round in 0..=SETTLE_ROUNDS {
        let last = round == SETTLE_ROUNDS;
        // Known refusals are looked at once, on the last round.
        if !failed.iter().any(|f| f.outcome_unknown || last) || failed.is_empty() {
            return;
        }
        if round > 0 {
            // A job whose answer was lost may still be running.
            tokio::time::sleep(wait.max_interval.max(Duration::from_millis(500))).await;
        }
        let tally = Tally::default();
        let still: BTreeSet<i64> = listing::readable(listing::deleted(session.client()), &tally)
            .map(|t| t.id)
            .collect()
            .await;
        if tally.ended_early().is_some() {
            return;
        }
        let (looked_at, kept): (Vec<Failure>, Vec<Failure>) = std::mem::take(failed)
            .into_iter()
            .partition(|f| f.outcome_unknown || last);
        *failed = kept;
        let mut again = Vec::new();
        let mut known: BTreeMap<i64, Failure> = BTreeMap::new();
        for f in looked_at {
            if !still.contains(&f.id) {
                purged.push(f.id);
            } else if f.outcome_unknown && !last {
                again.push(f.id);
            } else {
                known.insert(f.id, f);
            }
        }
        failed.extend(known.into_values());
        if !again.is_empty() && !ctx.interrupt.asked() {
            let (p, f) = purge(session, futures::stream::iter(again), wait, ctx).await;
            purged.extend(p);
            failed.extend(f);
        }
    }
}

fn print(summary: &PurgeSummary, ctx: &Ctx) {
    ctx.out.result(summary, |out| {
        out.line("");
        if !summary.applied {
            out.line("dry run: nothing was changed (add --apply to act)");
        }
        out.line(format!("soft-deleted tickets read:  {}", summary.read));
        if summary.applied {
            out.line(format!("  {:<26}{}", "purged:", summary.purged));
            out.line(format!("  {:<26}{}", "failed:", summary.failed));
            out.line(format!("  {:<26}{}", "outcome unknown:", summary.unknown));
        } else {
            out.line(format!("  {:<26}{}", "would purge:", summary.eligible));
        }
        out.line(format!("  {:<26}{}", "too young, left:", summary.too_young));
        out.line(format!(
            "  {:<26}{}",
            "unreadable records:", summary.unreadable
        ));
        print_not_done(out, "not purged", &summary.failures);
        out.line(format!(
            "every ticket accounted for: {}",
            crate::output::yes_no(summary.accounted)
        ));
    });
}
