//! Marking tickets as spam (Zendesk deletes each and suspends its
//! requester), in jobs of 100 within the job limit, with a journal: the
//! same ids again finish what a killed or cut-short run started. An id
//! done by an earlier run is not sent again; one sent without a known end
//! is waited for (its job) or looked at (no longer live: done; live:
//! marked again), never sent blindly.

use crate::interrupt::Interrupt;
use crate::journal::{Act, Journal};
use crate::ops::jobs::Jobs;
use crate::report::Summary;
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
    // The jobs earlier runs saw accepted and not end: their status tells
    // first (the journal then holds what they did).
    let marks = Jobs {
        client,
        kind: BulkJob::MarkSpam,
        act: Act::Spam,
        wait,
        interrupt,
    };
    marks.resume(journal).await?;
    let mut outcome = BatchOutcome::default();
    let mut to_send = Vec::new();
    for &id in ids {
        match journal.settled.get(&id).filter(|s| s.action == Act::Spam) {
            Some(s) if s.outcome.is_done() => outcome.set(id, s.outcome.clone()),
            // Sent by an earlier run without a known end: not sent now, but
            // looked at below (no longer live: done; live: marked again).
            // One known refused is simply sent again.
            Some(s) if s.outcome.is_unknown() => outcome.set(id, s.outcome.clone()),
            _ => to_send.push(id),
        }
    }
    let ran = marks
        .run(futures::stream::iter(to_send), journal, bar)
        .await?;
    outcome.merge(ran.outcome);
    if !ran.interrupted && !crate::ops::jobs::past_deadline(wait) {
        let options = SettleOptions {
            pause: wait.max_interval.min(Duration::from_secs(2)),
            ..SettleOptions::default()
        };
        crate::ops::settle::journaled(
            client,
            Act::Spam.effect(),
            |_| Act::Spam,
            &mut outcome,
            &options,
            journal,
            |again: Vec<i64>| client.run_jobs_to_end(BulkJob::MarkSpam, again, wait),
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
