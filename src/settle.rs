//! Settling what is not known: an id whose call's answer was lost, whose job's
//! end was not seen or whose result said nothing, is looked up; one found
//! done is done, one found not done is sent again (a few rounds), one that
//! cannot be told stays unknown. The one settle every path that acts uses:
//! the tool's commands and the erasure.
//!
//! Looking is cheaper by listing when many ids are to be told (a page of 100
//! answers for 100 ids), and one by one when few are.

use crate::client::Client;
use crate::error::Error;
use crate::outcome::{BatchOutcome, Outcome};
use futures::StreamExt;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::time::Duration;

/// What a call achieves, as looking at the account tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Effect {
    /// The suspended ticket left the queue: recovered or deleted.
    LeftQueue,
    /// The ticket is no longer live: soft-deleted (a deletion, a mark as
    /// spam) or gone.
    NotLive,
    /// The ticket is gone for good: neither soft-deleted nor live.
    Purged,
}

/// What looking found of one id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Looked {
    /// The effect is there: done.
    Done,
    /// It is not: not done (and may be sent again).
    NotDone,
    /// It could not be told (the look failed), for this reason.
    CannotTell(String),
}

/// How to settle.
#[derive(Debug, Clone)]
pub struct SettleOptions {
    /// Rounds of looking and sending again (default 3).
    pub rounds: usize,
    /// The pause before each round after the first (default 1 s): a job
    /// whose end was not seen may still be running.
    pub pause: Duration,
    /// About how many records the listing holds (the queue, the
    /// soft-deleted tickets), to choose between listing it and one look
    /// per id; `None`: unknown (the ids are looked at one by one when few).
    pub listing_size: Option<usize>,
    /// Also look at these failed ids: sent by an earlier run whose answer
    /// was lost, a refusal now ("not found", "not deletable") may mean that
    /// run did it.
    pub recheck: HashSet<i64>,
}

impl Default for SettleOptions {
    fn default() -> Self {
        SettleOptions {
            rounds: 3,
            pause: Duration::from_secs(1),
            listing_size: None,
            recheck: HashSet::new(),
        }
    }
}

impl Client {
    /// Looks `ids` up: whether `effect` is there for each. By listing when
    /// that costs fewer requests than one look per id (or when only a
    /// listing can tell: a purged ticket). A listing that cannot be read to
    /// its end tells nothing of an id missing from it.
    pub async fn look_up(
        &self,
        effect: Effect,
        ids: &[i64],
        listing_size: Option<usize>,
    ) -> HashMap<i64, Looked> {
        if ids.is_empty() {
            return HashMap::new();
        }
        let pages = listing_size.map(|n| n.div_ceil(crate::MAX_PAGE_SIZE as usize).max(1));
        match effect {
            Effect::LeftQueue if pages.is_some_and(|p| p < ids.len()) => {
                match self.listed(self.suspended_tickets().stream()).await {
                    Ok(queue) => ids
                        .iter()
                        .map(|id| {
                            (
                                *id,
                                if queue.contains(id) {
                                    Looked::NotDone
                                } else {
                                    Looked::Done
                                },
                            )
                        })
                        .collect(),
                    Err(e) => cannot_tell(ids, &e),
                }
            }
            Effect::LeftQueue => {
                self.one_by_one(ids, |client, id| async move {
                    match client.show_suspended_ticket(id).await {
                        Ok(_) => Looked::NotDone,
                        Err(Error::NotFound(_)) => Looked::Done,
                        Err(e) => Looked::CannotTell(e.to_string()),
                    }
                })
                .await
            }
            Effect::NotLive => {
                self.one_by_one(ids, |client, id| async move { client.not_live(id).await })
                    .await
            }
            Effect::Purged => {
                let deleted = match self.listed(self.deleted_tickets().stream()).await {
                    Ok(set) => set,
                    Err(e) => return cannot_tell(ids, &e),
                };
                let (listed, rest): (Vec<i64>, Vec<i64>) =
                    ids.iter().partition(|id| deleted.contains(id));
                let mut found: HashMap<i64, Looked> =
                    listed.into_iter().map(|id| (id, Looked::NotDone)).collect();
                // Not among the soft-deleted: purged, unless it is live
                // (restored, or never deleted).
                found.extend(
                    self.one_by_one(&rest, |client, id| async move {
                        match client.show_ticket(id).await {
                            Err(Error::NotFound(_)) => Looked::Done,
                            Ok(_) => Looked::NotDone,
                            Err(e) => Looked::CannotTell(e.to_string()),
                        }
                    })
                    .await,
                );
                found
            }
        }
    }

    /// Whether ticket `id` is no longer live.
    async fn not_live(&self, id: i64) -> Looked {
        match self.show_ticket(id).await {
            Err(Error::NotFound(_)) => Looked::Done,
            Ok(t) if t.status == Some(crate::types::TicketStatus::Deleted) => Looked::Done,
            Ok(_) => Looked::NotDone,
            Err(e) => Looked::CannotTell(e.to_string()),
        }
    }

    async fn one_by_one<'a, F, Fut>(&'a self, ids: &[i64], look: F) -> HashMap<i64, Looked>
    where
        F: Fn(&'a Client, i64) -> Fut,
        Fut: Future<Output = Looked> + 'a,
    {
        futures::stream::iter(ids.iter().copied())
            .map(|id| {
                let looked = look(self, id);
                async move { (id, looked.await) }
            })
            .buffer_unordered(4)
            .collect()
            .await
    }

    /// Every id of a listing, read to its end; an error when it could not
    /// be (a record that cannot be read is one that cannot be told apart).
    async fn listed<T: crate::pagination::Keyed>(
        &self,
        listing: crate::CursorStream<'_, T>,
    ) -> Result<HashSet<i64>, Error> {
        let mut ids = HashSet::new();
        let mut listing = std::pin::pin!(listing);
        while let Some(record) = listing.next().await {
            ids.insert(record?.key());
        }
        Ok(ids)
    }

    /// Settles `outcome`: every unknown id (and every failed one of
    /// `options.recheck`) is looked up; found done, it is done; found not
    /// done, an unknown one is sent again through `resend` and a failed one
    /// keeps its failure; when it cannot be told, it stays as it was, the
    /// failed look added to why. Rounds until nothing is left to look at.
    pub async fn settle<F, Fut>(
        &self,
        effect: Effect,
        outcome: &mut BatchOutcome,
        options: &SettleOptions,
        mut resend: F,
    ) where
        F: FnMut(Vec<i64>) -> Fut,
        Fut: Future<Output = BatchOutcome>,
    {
        let mut recheck = options.recheck.clone();
        for round in 0..options.rounds {
            let open: Vec<i64> = outcome
                .outcomes
                .iter()
                .filter(|o| {
                    o.outcome.is_unknown() || (o.outcome.is_failed() && recheck.contains(&o.id))
                })
                .map(|o| o.id)
                .collect();
            if open.is_empty() {
                return;
            }
            if round > 0 {
                tokio::time::sleep(options.pause).await;
            }
            let looked = self.look_up(effect, &open, options.listing_size).await;
            let mut again = Vec::new();
            for id in open {
                let known = outcome
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| Outcome::unknown("", None));
                let job = known.job().map(str::to_string);
                match looked.get(&id) {
                    Some(Looked::Done) => {
                        let note = if known.is_failed() {
                            "found done when looked up (an earlier run did it)"
                        } else {
                            "found done when looked up"
                        };
                        outcome.set(
                            id,
                            Outcome::Done {
                                job,
                                note: Some(note.into()),
                            },
                        );
                    }
                    Some(Looked::NotDone) if known.is_unknown() => again.push(id),
                    // A known refusal, confirmed: it stands.
                    Some(Looked::NotDone) => {}
                    Some(Looked::CannotTell(why)) if known.is_unknown() => {
                        // Once, however many rounds could not tell.
                        let said = known.reason().unwrap_or_default();
                        let said = said
                            .split("; looking it up failed: ")
                            .next()
                            .unwrap_or(said);
                        let mut still = Outcome::unknown(
                            format!("{said}; looking it up failed: {why}"),
                            known.status(),
                        );
                        if let Some(job) = &job {
                            still = still.by_job(job);
                        }
                        outcome.set(id, still);
                    }
                    _ => {}
                }
                recheck.remove(&id);
            }
            if !again.is_empty() {
                let answers = resend(again).await;
                outcome.tickets.extend(answers.tickets);
                for answer in answers.outcomes {
                    // Not sent again after all (a deadline): what was known
                    // stands; an unknown is not made "skipped".
                    let kept = matches!(answer.outcome, Outcome::Skipped { .. })
                        && outcome.get(answer.id).is_some_and(Outcome::is_unknown);
                    if !kept {
                        outcome.set(answer.id, answer.outcome);
                    }
                }
            }
        }
    }
}

/// Every id of `ids` as what a failed look tells: nothing.
fn cannot_tell(ids: &[i64], error: &Error) -> HashMap<i64, Looked> {
    ids.iter()
        .map(|id| (*id, Looked::CannotTell(error.to_string())))
        .collect()
}
