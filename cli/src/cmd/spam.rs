//! `spam`: mark live tickets (not suspended emails) as spam; Zendesk deletes
//! each and suspends its requester. Jobs of 100 within the job limit; every
//! id is accounted for by the jobs' per-ticket results, and an id they do
//! not settle is looked at: a ticket no longer live was marked.

use super::{Ctx, Session};
use crate::args::SpamArgs;
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use serde::Serialize;
use std::process::ExitCode;
use zendesk_support::{BatchOutcome, Error, WaitOptions};

/// One id's outcome, for `--format json`.
#[derive(Debug, Serialize)]
struct Line<'a> {
    id: i64,
    outcome: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

/// The counts that end the output.
#[derive(Debug, Serialize)]
struct Counts {
    target: String,
    done: usize,
    failed: usize,
    unknown: usize,
    accounted: bool,
}

pub async fn run(args: SpamArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let mut ids = Vec::new();
    for id in args.ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let session = ctx.connect().await?;
    let out = &ctx.out;
    out.say(format!(
        "plan: mark {} tickets as spam (each is deleted and its requester suspended)",
        ids.len()
    ));
    args.acting.check_size(ids.len(), "tickets")?;
    if !args.apply {
        out.say("nothing done: add --apply to act");
        return Ok(ExitCode::SUCCESS);
    }
    let what = format!(
        "mark {} tickets as spam and suspend their requesters",
        ids.len()
    );
    confirm::ask(&session.conn, &args.acting, &what, Risk::Reversible)?;
    let wait = WaitOptions::default();
    let mut outcome = session
        .client()
        .mark_spam_many(ids.iter().copied(), &wait)
        .await;
    settle(&session, &mut outcome, &wait).await;
    let counts = print(&ids, &outcome, &session, ctx);
    Ok(exit::code(counts.accounted && outcome.all_done()))
}

/// Looks at the tickets whose outcome the jobs did not settle: one no
/// longer live was marked (deleted); one still live is marked again, once.
async fn settle(session: &Session, outcome: &mut BatchOutcome, wait: &WaitOptions) {
    let unknown: Vec<i64> = outcome
        .failed
        .iter()
        .filter(|f| f.outcome_unknown)
        .map(|f| f.id)
        .collect();
    if unknown.is_empty() {
        return;
    }
    let mut again = Vec::new();
    for &id in &unknown {
        match session.client().show_ticket(id).await {
            Err(Error::NotFound(_)) => {
                outcome.failed.retain(|f| f.id != id);
                outcome.done.push(id);
            }
            Ok(t) if t.status.as_ref().map(|s| s.to_string()).as_deref() == Some("deleted") => {
                outcome.failed.retain(|f| f.id != id);
                outcome.done.push(id);
            }
            Ok(_) => again.push(id),
            Err(_) => {}
        }
    }
    if again.is_empty() {
        return;
    }
    let second = session
        .client()
        .mark_spam_many(again.iter().copied(), wait)
        .await;
    outcome.failed.retain(|f| !again.contains(&f.id));
    outcome.done.extend(second.done);
    outcome.failed.extend(second.failed);
}

/// Prints every id's outcome and the counts.
fn print(ids: &[i64], outcome: &BatchOutcome, session: &Session, ctx: &Ctx) -> Counts {
    let out = &ctx.out;
    let unknown = outcome.failed.iter().filter(|f| f.outcome_unknown).count();
    let accounted = ids
        .iter()
        .all(|id| outcome.done.contains(id) || outcome.failed.iter().any(|f| f.id == *id));
    let counts = Counts {
        target: session.conn.target(),
        done: outcome.done.len(),
        failed: outcome.failed.len() - unknown,
        unknown,
        accounted,
    };
    if out.human() {
        for f in &outcome.failed {
            let what = if f.outcome_unknown {
                "outcome unknown"
            } else {
                "failed"
            };
            out.line(format!("ticket {}: {what} — {}", f.id, f.reason));
        }
        out.line(format!(
            "marked as spam: {} (requesters suspended); failed: {}; outcome unknown: {}",
            counts.done, counts.failed, counts.unknown
        ));
        out.line(format!(
            "every ticket accounted for: {}",
            crate::output::yes_no(accounted)
        ));
    } else {
        for id in &outcome.done {
            out.json(&Line {
                id: *id,
                outcome: "done",
                reason: None,
            });
        }
        for f in &outcome.failed {
            out.json(&Line {
                id: f.id,
                outcome: if f.outcome_unknown {
                    "unknown"
                } else {
                    "failed"
                },
                reason: Some(&f.reason),
            });
        }
        out.json(&counts);
    }
    counts
}
