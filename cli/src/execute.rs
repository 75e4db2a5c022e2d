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
use crate::journal::{Journal, Outcome, Settled};
use crate::rules::Action;
use futures::stream::FuturesUnordered;
use futures::{Stream, StreamExt};
use indicatif::ProgressBar;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::Future;
use std::pin::{pin, Pin};
use zendesk_support::{BatchOutcome, Client, Error, MAX_IDS_PER_CALL};

/// Rounds of looking up unknown outcomes before they are reported unknown.
const SETTLE_ROUNDS: usize = 3;

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
    planned: HashMap<i64, Action>,
}

/// What came of a run of the executor.
pub struct Ran {
    pub journal: Journal,
    /// Stopped by Ctrl-C: not every id was sent.
    pub interrupted: bool,
}

type Call<'c> = Pin<Box<dyn Future<Output = (Action, Vec<i64>, BatchOutcome)> + 'c>>;

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
    fn settled_for(&self, id: i64, action: Action) -> Option<&Settled> {
        self.journal.settled.get(&id).filter(|s| s.action == action)
    }

    /// Carries out every `(id, action)` of `items` (`leave` is skipped),
    /// then settles unknown outcomes; the journal, whose `settled` has the
    /// last word on every id acted on, in this run or before.
    pub async fn run(mut self, items: impl Stream<Item = (i64, Action)>) -> Result<Ran, String> {
        let mut items = pin!(items);
        let mut open: HashMap<Action, Vec<i64>> = HashMap::new();
        let mut ready: VecDeque<(Action, Vec<i64>)> = VecDeque::new();
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
                    Some((_, Action::Leave)) => {}
                    Some((id, action)) => {
                        self.bar.inc_length(1);
                        self.planned.insert(id, action);
                        match self.settled_for(id, action) {
                            // Settled in an earlier run of this plan.
                            Some(s) if s.outcome != Outcome::Unknown => self.bar.inc(1),
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
        mut next: impl FnMut() -> Option<(Action, Vec<i64>)>,
    ) -> Result<(), String> {
        while in_flight.len() < self.limit() {
            let Some((action, ids)) = next() else { break };
            self.journal.sent(action, &ids)?;
            in_flight.push(call(self.client, action, ids));
        }
        Ok(())
    }

    /// Records a call's answer.
    fn record(&mut self, action: Action, ids: &[i64], outcome: BatchOutcome) -> Result<(), String> {
        let mut settled: Vec<(i64, Settled)> = outcome
            .done
            .iter()
            .map(|&id| {
                let s = Settled {
                    action,
                    outcome: Outcome::Done,
                    reason: None,
                    status: None,
                };
                (id, s)
            })
            .collect();
        settled.extend(outcome.failed.into_iter().map(|f| {
            let s = Settled {
                action,
                outcome: if f.outcome_unknown {
                    Outcome::Unknown
                } else {
                    Outcome::Failed
                },
                reason: Some(f.reason),
                status: f.status,
            };
            (f.id, s)
        }));
        // The layer accounts for every id it is given; should one be
        // missing, it is unknown, not lost.
        for &id in ids {
            if !settled.iter().any(|(s, _)| *s == id) {
                let s = Settled {
                    action,
                    outcome: Outcome::Unknown,
                    reason: Some("the call's answer does not mention this id".into()),
                    status: None,
                };
                settled.push((id, s));
            }
        }
        self.settled(settled)
    }

    /// Writes outcomes to the journal, and moves the progress bar by the
    /// ids that got their final word.
    fn settled(&mut self, settled: Vec<(i64, Settled)>) -> Result<(), String> {
        let is_final = |s: Option<&Settled>| s.is_some_and(|s| s.outcome != Outcome::Unknown);
        let newly = settled
            .iter()
            .filter(|(id, s)| is_final(Some(s)) && !is_final(self.journal.settled.get(id)))
            .count();
        self.journal.outcomes(settled)?;
        self.bar.inc(newly as u64);
        Ok(())
    }

    /// The ids of this plan whose outcome is unknown, with their action.
    fn unknown(&self) -> BTreeMap<i64, Action> {
        self.planned
            .iter()
            .filter(|(id, action)| {
                self.settled_for(**id, **action)
                    .is_some_and(|s| s.outcome == Outcome::Unknown)
            })
            .map(|(id, action)| (*id, *action))
            .collect()
    }

    /// Looks up every id of this plan whose outcome is unknown (from an
    /// earlier run, or this one's lost answers) and sends again those known
    /// not done. Many are looked up by listing the queue once (a page tells
    /// of 100), a few one by one.
    async fn settle(&mut self) -> Result<(), String> {
        for _ in 0..SETTLE_ROUNDS {
            let unknown = self.unknown();
            if unknown.is_empty() {
                return Ok(());
            }
            let queue = self.queue.max(self.planned.len());
            let pages = queue.div_ceil(MAX_IDS_PER_CALL).max(1);
            let still = if unknown.len() > pages {
                self.bar.set_message(format!(
                    "checking {} unknown outcomes: reading the queue (~{pages} pages)",
                    unknown.len()
                ));
                match self.still_suspended().await {
                    // The queue could not be read whole: one look each.
                    found if found.is_empty() => self.look_up(&unknown).await,
                    found => found,
                }
            } else {
                self.bar.set_message(format!(
                    "checking {} unknown outcomes one by one",
                    unknown.len()
                ));
                self.look_up(&unknown).await
            };
            let mut again: BTreeMap<Action, Vec<i64>> = BTreeMap::new();
            let mut gone = Vec::new();
            for (id, action) in unknown {
                match still.get(&id) {
                    Some(true) => again.entry(action).or_default().push(id),
                    Some(false) => gone.push((
                        id,
                        Settled {
                            action,
                            outcome: Outcome::Done,
                            reason: Some("no longer suspended when checked".into()),
                            status: None,
                        },
                    )),
                    // Still cannot tell: it stays unknown for the next round.
                    None => {}
                }
            }
            self.settled(gone)?;
            self.bar.set_message("sending again what was not done");
            let mut calls: FuturesUnordered<Call<'c>> = FuturesUnordered::new();
            let mut batches = again.into_iter().flat_map(|(action, ids)| {
                ids.chunks(MAX_IDS_PER_CALL)
                    .map(|c| (action, c.to_vec()))
                    .collect::<Vec<_>>()
            });
            loop {
                self.launch(&mut calls, || batches.next())?;
                let Some((action, ids, outcome)) = calls.next().await else {
                    break;
                };
                self.record(action, &ids, outcome)?;
            }
        }
        Ok(())
    }

    /// Whether each unknown id is still suspended (`true`), gone (`false`),
    /// or could not be told (absent), one look each.
    async fn look_up(&self, unknown: &BTreeMap<i64, Action>) -> HashMap<i64, bool> {
        let client = self.client;
        futures::stream::iter(unknown.keys().copied())
            .map(|id| async move { (id, client.show_suspended_ticket(id).await) })
            .buffer_unordered(self.limit())
            .filter_map(|(id, found)| async move {
                match found {
                    Ok(_) => Some((id, true)),
                    Err(Error::NotFound(_)) => Some((id, false)),
                    Err(_) => None,
                }
            })
            .collect()
            .await
    }

    /// Whether each unknown id is still suspended, by reading the queue; an
    /// empty answer when the queue could not be read to its end (then
    /// nothing can be told of an id missing from it).
    async fn still_suspended(&self) -> HashMap<i64, bool> {
        let unknown = self.unknown();
        let mut queue = HashSet::new();
        let tally = crate::listing::Tally::default();
        let mut records = pin!(crate::listing::readable(
            crate::listing::suspended(self.client),
            &tally
        ));
        while let Some(t) = records.next().await {
            queue.insert(t.id);
        }
        if tally.ended_early().is_some() || tally.unreadable() > 0 {
            return HashMap::new();
        }
        unknown.keys().map(|id| (*id, queue.contains(id))).collect()
    }
}

/// One call for up to 100 ids.
fn call(client: &Client, action: Action, ids: Vec<i64>) -> Call<'_> {
    Box::pin(async move {
        let outcome = match action {
            Action::Recover => client.recover_many(ids.iter().copied()).await,
            Action::Delete => client.delete_suspended_many(ids.iter().copied()).await,
            // Never sent: `leave` is filtered out before.
            Action::Leave => BatchOutcome {
                done: ids.clone(),
                ..BatchOutcome::default()
            },
        };
        (action, ids, outcome)
    })
}
