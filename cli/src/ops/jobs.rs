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

/// One kind of bulk job, journaled as one action, with its waits.
pub struct Jobs<'a> {
    pub client: &'a Client,
    pub kind: BulkJob,
    pub act: Act,
    pub wait: &'a WaitOptions,
    pub interrupt: &'a Interrupt,
}

impl Jobs<'_> {
    /// Runs the jobs on `ids` (as they come).
    pub async fn run(
        &self,
        ids: impl Stream<Item = i64> + Send,
        journal: &mut Journal,
        bar: &ProgressBar,
    ) -> Result<Ran, String> {
        let (client, act, interrupt) = (self.client, self.act, self.interrupt);
        // Ids no job covered (Ctrl-C, the deadline) are not in the outcome:
        // the caller counts them not sent.
        let counted = ids
            .inspect(|_| bar.inc_length(1))
            .take_until(interrupt.wait());
        let mut events = std::pin::pin!(client.run_jobs(self.kind.clone(), counted, self.wait));
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
                    let sent = Outcome::unknown(
                        "submitted, no answer seen (the wait was cut short)",
                        None,
                    );
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

    /// Waits again for the jobs an earlier run of this journal saw accepted and
    /// not end, and journals what they did, as their status tells (ids of a
    /// job still running at the deadline, or that Zendesk no longer knows, stay
    /// unknown with their job). Nothing is submitted.
    pub async fn resume(&self, journal: &mut Journal) -> Result<(), String> {
        let (client, act, wait, interrupt) = (self.client, self.act, self.wait, self.interrupt);
        let mut jobs: std::collections::BTreeMap<String, Vec<i64>> = Default::default();
        for (id, settled) in journal.for_action(act) {
            if let (true, Some(job)) = (settled.outcome.is_unknown(), settled.outcome.job()) {
                jobs.entry(job.to_string()).or_default().push(id);
            }
        }
        if jobs.is_empty() {
            return Ok(());
        }
        let mut events = std::pin::pin!(client.wait_for_accepted(
            self.kind.clone(),
            jobs.into_iter().collect(),
            wait
        ));
        loop {
            let event = tokio::select! {
                event = events.next() => event,
                () = interrupt.wait() => None,
            };
            let Some(event) = event else { break };
            if let JobEvent::Ended(ended) = event {
                let ids: Vec<i64> = ended.outcomes.iter().map(|o| o.id).collect();
                journal.batch(act, &ids, &ended)?;
            }
        }
        Ok(())
    }
}

/// Whether the wait's deadline has passed: then nothing is looked at or
/// sent again (a job still running would be taken for not done).
pub fn past_deadline(wait: &WaitOptions) -> bool {
    wait.deadline
        .is_some_and(|d| std::time::Instant::now() >= d)
}
