//! Marking tickets as spam (Zendesk deletes each and suspends its
//! requester), in jobs of 100 within the job limit, with a journal: the
//! same ids again finish what a killed or cut-short run started. An id
//! done by an earlier run is not sent again; one sent without a known end
//! is looked at first (no longer live: done; live: marked again).

use crate::interrupt::Interrupt;
use crate::journal::{Act, Journal};
use crate::report::Summary;
use std::collections::HashSet;
use std::time::Duration;
use zendesk_support::{BatchOutcome, BulkJob, Client, SettleOptions, WaitOptions};

/// What a spam run came to.
pub struct Marked {
    pub summary: Summary,
    pub interrupted: bool,
}

/// Marks `ids` as spam.
pub async fn mark(
    client: &Client,
    ids: &[i64],
    wait: &WaitOptions,
    journal: &mut Journal,
    interrupt: &Interrupt,
    bar: &indicatif::ProgressBar,
) -> Result<Marked, String> {
    let mut outcome = BatchOutcome::default();
    let mut earlier: HashSet<i64> = HashSet::new();
    let mut to_send = Vec::new();
    for &id in ids {
        match journal.settled.get(&id).filter(|s| s.action == Act::Spam) {
            Some(s) if s.outcome.is_done() => outcome.set(id, s.outcome.clone()),
            // Sent by an earlier run without a known end: looked at before
            // anything is sent, and, refused now, looked at again (the
            // earlier run may have done it). One known refused is simply
            // sent again.
            Some(s) if s.outcome.is_unknown() => {
                earlier.insert(id);
                outcome.set(id, s.outcome.clone());
            }
            _ => to_send.push(id),
        }
    }
    // Those an earlier run sent without a known end are looked at first.
    let mut open = BatchOutcome::default();
    for &id in &earlier {
        if let Some(o) = outcome.get(id) {
            open.set(id, o.clone());
        }
    }
    let options = SettleOptions {
        recheck: earlier.clone(),
        pause: wait.max_interval.min(Duration::from_secs(2)),
        ..SettleOptions::default()
    };
    let resend = |again: Vec<i64>| client.run_jobs_to_end(BulkJob::MarkSpam, again, wait);
    if !open.outcomes.is_empty() {
        crate::ops::settle::journaled(
            client,
            Act::Spam.effect(),
            |_| Act::Spam,
            &mut open,
            &options,
            journal,
            resend,
        )
        .await?;
        outcome.merge(open);
    }
    let ran = crate::ops::jobs::run(
        client,
        BulkJob::MarkSpam,
        Act::Spam,
        futures::stream::iter(to_send),
        wait,
        journal,
        interrupt,
        bar,
    )
    .await?;
    outcome.merge(ran.outcome);
    if !ran.interrupted {
        // An id marked by an earlier run is "not found" now: looked at.
        crate::ops::settle::journaled(
            client,
            Act::Spam.effect(),
            |_| Act::Spam,
            &mut outcome,
            &options,
            journal,
            resend,
        )
        .await?;
    }
    let mut summary = Summary::new("", true);
    for &id in ids {
        summary.add(id, Act::Spam, outcome.get(id));
    }
    Ok(Marked {
        summary,
        interrupted: ran.interrupted,
    })
}
