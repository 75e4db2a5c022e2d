//! Purging soft-deleted tickets: what is old enough, in jobs of 100 within
//! the account's job limit, with a journal so that a run killed or cut
//! short is finished by the next one; what the jobs' results do not settle
//! is settled by looking (a ticket no longer soft-deleted nor live is gone).
//!
//! A ticket an earlier run of this journal sent, and that is gone now, is
//! done: the earlier run did it (whatever this run's refusal says).

use crate::interrupt::Interrupt;
use crate::journal::{Act, Journal};
use crate::listing::{self, Tally};
use crate::ops::jobs::Jobs;
use crate::report::Summary;
use futures::{Stream, StreamExt};
use std::collections::{BTreeSet, HashSet};
use std::sync::Mutex;
use std::time::Duration;
use zendesk_support::{BatchOutcome, BulkJob, Client, Outcome, SettleOptions, WaitOptions};

/// What to purge.
pub struct Purge<'a> {
    pub client: &'a Client,
    /// Only tickets deleted at least this long ago.
    pub older_than: Option<Duration>,
    pub wait: WaitOptions,
    pub interrupt: &'a Interrupt,
    pub bar: indicatif::ProgressBar,
}

/// What the listing found.
#[derive(Default)]
pub struct Found {
    pub read: usize,
    pub too_young: usize,
    pub eligible: Vec<i64>,
}

impl Found {
    /// Counts one soft-deleted ticket; its id when it is old enough.
    fn take(
        &mut self,
        ticket: &zendesk_support::types::DeletedTicket,
        older_than: Option<Duration>,
    ) -> Option<i64> {
        self.read += 1;
        let old = older_than.is_none_or(|min| {
            ticket
                .deleted_at
                .and_then(|at| (chrono::Utc::now() - at).to_std().ok())
                .is_some_and(|age| age >= min)
        });
        if old {
            self.eligible.push(ticket.id);
            Some(ticket.id)
        } else {
            self.too_young += 1;
            None
        }
    }
}

/// What a purge came to.
pub struct Purged {
    pub summary: Summary,
    pub interrupted: bool,
    /// The error that ended the listing early, when one did.
    pub listing_error: Option<zendesk_support::Error>,
}

impl Purge<'_> {
    /// Reads every soft-deleted ticket and counts what `--apply` would
    /// purge; changes nothing.
    pub async fn count(&self, tally: &Tally) -> Found {
        let mut found = Found::default();
        let mut records = std::pin::pin!(listing::readable(listing::deleted(self.client), tally));
        while let Some(t) = records.next().await {
            found.take(&t, self.older_than);
        }
        found
    }

    /// Purges: what `ids` names (read first, as a dry run counts it), or,
    /// with `ids` `None`, what the listing finds as it goes (jobs start
    /// while it is read). The journal's earlier runs are finished too.
    pub async fn run(
        &self,
        journal: &mut Journal,
        ids: Option<Found>,
        tally: &Tally,
    ) -> Result<Purged, String> {
        // What earlier runs sent without a known end: settled below,
        // whether or not the listing still shows them.
        let earlier: BTreeSet<i64> = journal
            .for_action(Act::Purge)
            .filter(|(_, s)| !s.is_final())
            .map(|(id, _)| id)
            .collect();
        // The jobs earlier runs saw accepted and not end: their status
        // tells first (the journal then holds what they did).
        self.purges().resume(journal).await?;
        let found = Mutex::new(Found::default());
        let ran = match ids {
            Some(read) => {
                let eligible = read.eligible.clone();
                *found.lock().unwrap_or_else(|p| p.into_inner()) = read;
                self.jobs(journal, futures::stream::iter(eligible)).await?
            }
            None => {
                let listed =
                    listing::readable(listing::deleted(self.client), tally).filter_map(|t| {
                        let mut found = found.lock().unwrap_or_else(|p| p.into_inner());
                        std::future::ready(found.take(&t, self.older_than))
                    });
                self.jobs(journal, listed).await?
            }
        };
        let found = found.into_inner().unwrap_or_else(|p| p.into_inner());
        let mut outcome = ran.outcome;
        // Earlier runs' ids no longer listed: gone, or never purged? Looked.
        for &id in &earlier {
            if outcome.get(id).is_none() {
                let said = journal.settled.get(&id).map(|s| s.outcome.clone());
                outcome.set(
                    id,
                    said.unwrap_or_else(|| Outcome::unknown("sent by an earlier run", None)),
                );
            }
        }
        if !ran.interrupted && !crate::ops::jobs::past_deadline(&self.wait) {
            self.settle(journal, &mut outcome, &earlier).await?;
        }
        let mut summary = Summary::new("", true);
        let ended = tally.take_error();
        summary.listing_ended_early = ended.as_ref().map(|e| e.to_string());
        summary.unreadable = tally.unreadable();
        let mut counted = HashSet::new();
        for &id in &found.eligible {
            counted.insert(id);
            summary.add(id, Act::Purge, outcome.get(id));
        }
        for &id in &earlier {
            if counted.insert(id) {
                summary.add(id, Act::Purge, outcome.get(id));
            }
        }
        for _ in 0..found.too_young {
            summary.skip();
        }
        summary.details.insert("read", found.read.into());
        summary.details.insert("too_young", found.too_young.into());
        summary
            .details
            .insert("from_earlier_runs", earlier.len().into());
        Ok(Purged {
            summary,
            interrupted: ran.interrupted,
            listing_error: ended,
        })
    }

    /// The permanent deletions, journaled as purges.
    fn purges(&self) -> Jobs<'_> {
        Jobs {
            client: self.client,
            kind: BulkJob::DeletePermanently,
            act: Act::Purge,
            wait: &self.wait,
            interrupt: self.interrupt,
        }
    }

    async fn jobs(
        &self,
        journal: &mut Journal,
        ids: impl Stream<Item = i64> + Send,
    ) -> Result<crate::ops::jobs::Ran, String> {
        self.purges().run(ids, journal, &self.bar).await
    }

    /// Looks at what is not known done: the unknown, and what this run was
    /// refused for that an earlier run had sent (it may have done it).
    async fn settle(
        &self,
        journal: &mut Journal,
        outcome: &mut BatchOutcome,
        earlier: &BTreeSet<i64>,
    ) -> Result<(), String> {
        let options = SettleOptions {
            recheck: earlier.iter().copied().collect(),
            pause: self.wait.max_interval.min(Duration::from_secs(2)),
            ..SettleOptions::default()
        };
        // Still soft-deleted: purged again.
        crate::ops::settle::journaled(
            self.client,
            Act::Purge.effect(),
            |_| Act::Purge,
            outcome,
            &options,
            journal,
            |again| {
                self.client
                    .run_jobs_to_end(BulkJob::DeletePermanently, again, &self.wait)
            },
        )
        .await
    }
}
