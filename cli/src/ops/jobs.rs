//! Bulk jobs with a journal, for `purge` and `spam`: every submission in
//! the journal before it is sent, every job Zendesk accepts in the journal
//! before it is waited for, every outcome after. The waits have one
//! deadline (`--job-timeout`), and Ctrl-C stops waiting: what is known is
//! recorded, and the ids of jobs accepted and not seen to end stay unknown,
//! with their job, for the next run to settle.

use crate::interrupt::Interrupt;
use crate::journal::{Act, Journal};
use futures::{Stream, StreamExt};
use indicatif::ProgressBar;
use zendesk_support::{BatchOutcome, BulkJob, Client, JobEvent, Outcome, WaitOptions};

/// What a run of jobs came to.
pub struct Ran {
    /// Every id sent, with what became of it (unknown, with its job, where
    /// the wait was cut short).
    pub outcome: BatchOutcome,
    /// Stopped by Ctrl-C.
    pub interrupted: bool,
}

/// Runs `kind` on `ids` (as they come), journaled as `act`.
pub async fn run(
    client: &Client,
    kind: BulkJob,
    act: Act,
    ids: impl Stream<Item = i64> + Send,
    wait: &WaitOptions,
    journal: &mut Journal,
    interrupt: &Interrupt,
    bar: &ProgressBar,
) -> Result<Ran, String> {
    // Ids no job covered (Ctrl-C, the deadline) are not in the outcome:
    // the caller counts them not sent.
    let counted = ids
        .inspect(|_| bar.inc_length(1))
        .take_until(interrupt.wait());
    let mut events = std::pin::pin!(client.run_jobs(kind, counted, wait));
    let mut outcome = BatchOutcome::default();
    let mut interrupted = false;
    loop {
        let event = tokio::select! {
            event = events.next() => event,
            () = interrupt.wait() => { interrupted = true; None }
        };
        let Some(event) = event else { break };
        match event {
            JobEvent::Sending { ids } => {
                journal.sent(act, &ids)?;
                let sent =
                    Outcome::unknown("submitted, no answer seen (the wait was cut short)", None);
                for id in ids {
                    outcome.set(id, sent.clone());
                }
            }
            JobEvent::Accepted { job, ids } => {
                journal.accepted(act, &job, &ids)?;
                let waiting = Outcome::unknown(
                    format!("job {job} accepted, its end not seen (the wait was cut short)"),
                    None,
                )
                .by_job(&job);
                for id in ids {
                    outcome.set(id, waiting.clone());
                }
            }
            JobEvent::Ended(ended) => {
                let ids: Vec<i64> = ended.outcomes.iter().map(|o| o.id).collect();
                journal.batch(act, &ids, &ended)?;
                bar.inc(ids.len() as u64);
                outcome.merge(ended);
            }
            _ => {}
        }
    }
    Ok(Ran {
        outcome,
        interrupted: interrupted || interrupt.asked(),
    })
}
