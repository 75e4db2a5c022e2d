//! Carrying out recover and delete actions on suspended tickets.
//!
//! Ids go out in calls of up to 100 as soon as a call is full, while the
//! listing that feeds them goes on; several calls are in flight at once (as
//! many as the account's rate limit makes useful; the client paces them
//! within the window). Each call is in the journal before it is sent and its
//! answer after. An id whose outcome is unknown (an answer lost, a run
//! interrupted) is looked up before anything is sent again: gone from the
//! queue means done; still suspended means not done, and it is sent again.
//! Only ids the current plan asks for, with the action it asks for, are
//! ever sent or settled: the journal's word on an id counts only when it is
//! about that action.

use crate::interrupt::Interrupt;
use crate::journal::{Act, Journal, Settled};
use futures::stream::FuturesUnordered;
use futures::{Stream, StreamExt};
use indicatif::ProgressBar;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::future::Future;
use std::pin::{pin, Pin};
use zendesk_support::{BatchOutcome, Client, Outcome, SettleOptions, MAX_IDS_PER_CALL};

/// Calls in flight at once for an account limit of `per_minute` requests:
/// one per 100 requests a minute, at least 2 (a call in flight while the
/// next is prepared), at most 16.
pub fn concurrency_for(per_minute: Option<u32>) -> usize {
    per_minute.map_or(4, |limit| (limit as usize / 100).clamp(2, 16))
}

/// Carries out actions, recording them in a journal.
pub struct Executor<'c> {
    client: &'c Client,
    journal: Journal,
    /// Fixed calls in flight; `None` sizes it from the rate limit.
    concurrency: Option<usize>,
    bar: ProgressBar,
    interrupt: Interrupt,
    /// The suspended tickets in the queue, about (to choose how to settle
    /// unknown outcomes: one look each, or a listing of the queue).
    queue: usize,
    /// What this run's plan asks for each id.
    planned: HashMap<i64, Act>,
}

/// What came of a run of the executor.
pub struct Ran {
    pub journal: Journal,
    /// Stopped by Ctrl-C: not every id was sent.
    pub interrupted: bool,
}

type Call<'c> = Pin<Box<dyn Future<Output = (Act, Vec<i64>, BatchOutcome)> + 'c>>;

impl<'c> Executor<'c> {
    pub fn new(
        client: &'c Client,
        journal: Journal,
        concurrency: Option<usize>,
        bar: ProgressBar,
        interrupt: Interrupt,
        queue: usize,
    ) -> Self {
        Executor {
            client,
            journal,
            concurrency,
            bar,
            interrupt,
            queue,
            planned: HashMap::new(),
        }
    }

    fn limit(&self) -> usize {
        self.concurrency
            .unwrap_or_else(|| concurrency_for(self.client.rate_limit().and_then(|r| r.limit)))
            .max(1)
    }

    /// The journal's last word on `id`, when it is about `action`.
    fn settled_for(&self, id: i64, action: Act) -> Option<&Settled> {
        self.journal.settled.get(&id).filter(|s| s.action == action)
    }

    /// Carries out every `(id, action)` of `items` (`leave` is skipped),
    /// then settles unknown outcomes; the journal, whose `settled` has the
    /// last word on every id acted on, in this run or before.
    pub async fn run(mut self, items: impl Stream<Item = (i64, Act)>) -> Result<Ran, String> {
        let mut items = pin!(items);
        let mut open: HashMap<Act, Vec<i64>> = HashMap::new();
        let mut ready: VecDeque<(Act, Vec<i64>)> = VecDeque::new();
        let mut in_flight: FuturesUnordered<Call<'c>> = FuturesUnordered::new();
        let mut listing_done = false;
        loop {
            let stopping = self.interrupt.asked();
            if !stopping {
                self.launch(&mut in_flight, || ready.pop_front())?;
            }
            if (listing_done || stopping) && in_flight.is_empty() && (ready.is_empty() || stopping)
            {
                break;
            }
            let interrupt = self.interrupt.clone();
            tokio::select! {
                Some((action, ids, outcome)) = in_flight.next(), if !in_flight.is_empty() => {
                    self.record(action, &ids, outcome)?;
                }
                item = items.next(), if !listing_done && !stopping => match item {
                    Some((id, action)) => {
                        self.bar.inc_length(1);
                        self.planned.insert(id, action);
                        match self.settled_for(id, action) {
                            // Settled in an earlier run of this plan.
                            Some(s) if s.is_final() => self.bar.inc(1),
                            // Looked up at the end.
                            Some(_) => {}
                            None => {
                                let batch = open.entry(action).or_default();
                                batch.push(id);
                                if batch.len() == MAX_IDS_PER_CALL {
                                    ready.push_back((action, std::mem::take(batch)));
                                }
                            }
                        }
                    }
                    None => {
                        listing_done = true;
                        let mut rest: Vec<_> = open.drain().filter(|(_, ids)| !ids.is_empty()).collect();
                        rest.sort();
                        ready.extend(rest);
                    }
                },
                () = interrupt.wait(), if !stopping => {}
            }
        }
        let interrupted = self.interrupt.asked();
        if !interrupted {
            self.settle().await?;
        }
        self.bar.set_message("");
        Ok(Ran {
            journal: self.journal,
            interrupted,
        })
    }

    /// Sends the next batches until as many calls are in flight as the
    /// limit allows, each in the journal before it goes.
    fn launch(
        &mut self,
        in_flight: &mut FuturesUnordered<Call<'c>>,
        mut next: impl FnMut() -> Option<(Act, Vec<i64>)>,
    ) -> Result<(), String> {
        while in_flight.len() < self.limit() {
            let Some((action, ids)) = next() else { break };
            self.journal.sent(action, &ids)?;
            in_flight.push(call(self.client, action, ids));
        }
        Ok(())
    }

    /// Records a call's answer (an id it does not mention is unknown).
    fn record(&mut self, action: Act, ids: &[i64], outcome: BatchOutcome) -> Result<(), String> {
        let was_final =
            |journal: &Journal, id: i64| journal.settled.get(&id).is_some_and(Settled::is_final);
        let before: Vec<bool> = ids.iter().map(|&id| was_final(&self.journal, id)).collect();
        self.journal.batch(action, ids, &outcome)?;
        let newly = ids
            .iter()
            .zip(before)
            .filter(|(id, was)| !was && was_final(&self.journal, **id))
            .count();
        self.bar.inc(newly as u64);
        Ok(())
    }

    /// Looks up every id of this plan whose outcome is unknown (from an
    /// earlier run, or this one's lost answers) and sends again those known
    /// not done. Many are looked up by listing the queue once (a page tells
    /// of 100), a few one by one.
    async fn settle(&mut self) -> Result<(), String> {
        let mut open = BatchOutcome::default();
        for (&id, &action) in &self.planned {
            if let Some(s) = self
                .settled_for(id, action)
                .filter(|s| s.outcome.is_unknown())
            {
                open.set(id, s.outcome.clone());
            }
        }
        if open.outcomes.is_empty() {
            return Ok(());
        }
        self.bar
            .set_message(format!("checking {} unknown outcomes", open.outcomes.len()));
        let options = SettleOptions {
            listing_size: Some(self.queue.max(self.planned.len())),
            ..SettleOptions::default()
        };
        let (client, planned) = (self.client, &self.planned);
        // Recovered and deleted tickets both leave the queue; each id is
        // journaled, and sent again, under the action the plan asks for.
        crate::ops::settle::journaled(
            client,
            zendesk_support::Effect::LeftQueue,
            |id| planned[&id],
            &mut open,
            &options,
            &mut self.journal,
            |again| {
                let mut by_action: BTreeMap<Act, Vec<i64>> = BTreeMap::new();
                for id in again {
                    by_action.entry(planned[&id]).or_default().push(id);
                }
                async move {
                    let mut all = BatchOutcome::default();
                    for (action, ids) in by_action {
                        for chunk in ids.chunks(MAX_IDS_PER_CALL) {
                            all.merge(call(client, action, chunk.to_vec()).await.2);
                        }
                    }
                    all
                }
            },
        )
        .await
    }
}

/// One call for up to 100 ids.
fn call(client: &Client, action: Act, ids: Vec<i64>) -> Call<'_> {
    Box::pin(async move {
        let outcome = match action {
            Act::Recover => client.recover_many(ids.iter().copied()).await,
            Act::Delete => client.delete_suspended_many(ids.iter().copied()).await,
            // Purges and spam marks are jobs (`ops::purge`, `ops::spam`):
            // a plan never asks the executor for one.
            Act::Purge | Act::Spam => BatchOutcome {
                outcomes: ids
                    .iter()
                    .map(|&id| zendesk_support::IdOutcome {
                        id,
                        outcome: Outcome::failed("not an action on a suspended ticket", None),
                    })
                    .collect(),
                ..BatchOutcome::default()
            },
        };
        (action, ids, outcome)
    })
}
