//! Bulk operations Zendesk carries out as background jobs (soft and
//! permanent deletion, marking as spam, bulk recovery), within the account's
//! job limit, with every id accounted for.
//!
//! Zendesk lets an account have at most 30 jobs queued or running; a bulk
//! call past that is refused with `429` and does nothing. Real jobs take
//! seconds to minutes. So ids go out 100 to a job, at most
//! [`ClientBuilder::job_limit`](crate::ClientBuilder::job_limit) jobs of this
//! client in flight at once (shared by everything the client runs), the
//! next job submitted as soon as one ends; a job-limit `429` (another tool
//! may be running jobs too) is waited out and sent again, which is safe
//! because nothing was done. The jobs in flight are polled together, one
//! `show_many` call, when the first of them is expected to be done (learnt
//! from the jobs seen so far).
//!
//! Each job's ids are accounted for by its results ([`crate::job_results`]):
//! done only where a result says so. A job Zendesk accepted is never
//! reported as not done: when its end is not seen, its ids are outcome
//! unknown, with the job's id.

use crate::batch::{chunks, comma_separated, failures};
use crate::client::{call, Client};
use crate::error::Error;
use crate::jobs::{is_final, WaitOptions, JOBS_PER_POLL};
use crate::outcome::{BatchOutcome, Outcome};
use crate::types;
use futures::stream::{FuturesUnordered, Stream, StreamExt};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};
use tokio::sync::OwnedSemaphorePermit;

/// The shortest pause between two polls of the jobs in flight.
const MIN_POLL_GAP: Duration = Duration::from_millis(100);

/// The first poll of jobs whose duration is not known yet, at the latest
/// (sooner when the wait's first interval is shorter): a job may end within
/// a second.
const FIRST_POLL: Duration = Duration::from_millis(200);

/// While no job's duration is known, the polls come a sixth of the oldest
/// job's age apart: a job's end is seen at most a sixth of its time late,
/// at a cost of about a dozen polls per tenfold of duration.
const AGE_SHARE: u32 = 6;

/// Once a typical duration is known, the polls come a twentieth of it apart
/// from just before it is due; a job that takes half again as long as its
/// peers is polled by its age instead (it may take much longer).
const TYPICAL_SHARE: u32 = 20;

/// A bulk operation Zendesk carries out as a background job.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BulkJob {
    /// Soft-delete tickets (`DELETE /api/v2/tickets/destroy_many`).
    DeleteTickets,
    /// Permanently delete soft-deleted tickets
    /// (`DELETE /api/v2/deleted_tickets/destroy_many`).
    DeletePermanently,
    /// Mark tickets as spam (`PUT /api/v2/tickets/mark_many_as_spam`): each
    /// is deleted and its requester suspended.
    MarkSpam,
    /// Recover suspended tickets as a job
    /// (`PUT /api/v2/suspended_tickets/bulk_recover`), keeping each sender as
    /// the requester.
    Recover,
}

impl BulkJob {
    /// Queues one job for up to 100 ids.
    async fn submit(&self, client: &Client, ids: &[i64]) -> Result<types::JobStatus, Error> {
        let ids = comma_separated(ids);
        let raw = client.raw();
        let answer = match self {
            BulkJob::DeleteTickets => call(raw.delete_tickets().ids(ids).send()).await,
            BulkJob::DeletePermanently => {
                call(raw.delete_tickets_permanently().ids(ids).send()).await
            }
            BulkJob::MarkSpam => call(raw.mark_tickets_as_spam().ids(ids).send()).await,
            BulkJob::Recover => call(raw.bulk_recover_suspended_tickets().ids(ids).send()).await,
        };
        answer.map(|r| r.job_status)
    }
}

/// Whether a submission that failed changed nothing and may be sent again:
/// a `429` (the rate limit, or the job limit) or a `503`.
fn refused_for_now(error: &Error) -> bool {
    matches!(error, Error::RateLimited { .. }) || error.status() == Some(503)
}

/// A job submitted and not yet seen to end.
struct InFlight {
    ids: Vec<i64>,
    job: String,
    submitted: Instant,
    /// Submitted by an earlier run: when is not known, so its end teaches
    /// nothing about how long jobs take.
    resumed: bool,
    /// Holds one of the client's job slots until the job ends (a resumed
    /// job, one if any was free).
    _slot: Option<OwnedSemaphorePermit>,
}

/// What a run of bulk jobs tells as it goes.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum JobEvent {
    /// These ids are about to be submitted as a job: nothing is sent until
    /// the next event is asked for, so a caller that keeps a journal can
    /// record them first (the submission may reach Zendesk and its answer
    /// be lost).
    Sending {
        /// The ids of the submission.
        ids: Vec<i64>,
    },
    /// Zendesk accepted a job for these ids: whatever happens next (an
    /// interruption, a deadline), its status tells what became of them.
    Accepted {
        /// The job's id.
        job: String,
        /// The ids it covers.
        ids: Vec<i64>,
    },
    /// What became of the ids of one job (or of a submission refused).
    Ended(BatchOutcome),
}

/// A submission's end: the chunk, the job (or why there is none), the slot.
type Submitted = (
    Vec<i64>,
    Result<types::JobStatus, Error>,
    OwnedSemaphorePermit,
);
type Submitting<'a> = Pin<Box<dyn Future<Output = Submitted> + Send + 'a>>;

/// How long the jobs take, learnt from those seen to end: each ended
/// between the last poll that found it running and the poll that found it
/// done.
#[derive(Default)]
struct Durations {
    /// The midpoints of the jobs seen to end, the latest few.
    seen: VecDeque<Duration>,
}

impl Durations {
    fn record(&mut self, ran_at_least: Duration, ended_by: Duration) {
        if self.seen.len() == 16 {
            self.seen.pop_front();
        }
        self.seen.push_back((ran_at_least + ended_by) / 2);
    }

    /// The typical duration: the median of those seen.
    fn typical(&self) -> Option<Duration> {
        let mut seen: Vec<Duration> = self.seen.iter().copied().collect();
        seen.sort();
        seen.get(seen.len() / 2).copied()
    }
}

/// The state of a run of bulk jobs.
struct Run<'a, S> {
    client: &'a Client,
    kind: BulkJob,
    wait: WaitOptions,
    ids: Pin<Box<S>>,
    ids_done: bool,
    /// Ids read, not yet a full chunk; each id once.
    open: Vec<i64>,
    seen: std::collections::HashSet<i64>,
    ready: VecDeque<Vec<i64>>,
    submitting: FuturesUnordered<Submitting<'a>>,
    in_flight: Vec<InFlight>,
    /// When the jobs in flight were last polled.
    last_poll: Option<Instant>,
    /// The shortest pause before the next poll.
    gap: Duration,
    durations: Durations,
    out: VecDeque<JobEvent>,
}

impl<'a, S: Stream<Item = i64> + Send + 'a> Run<'a, S> {
    fn new(client: &'a Client, kind: BulkJob, ids: S, wait: &WaitOptions) -> Self {
        Run {
            client,
            kind,
            wait: wait.clone(),
            ids: Box::pin(ids),
            ids_done: false,
            open: Vec::new(),
            seen: Default::default(),
            ready: VecDeque::new(),
            submitting: FuturesUnordered::new(),
            in_flight: Vec::new(),
            last_poll: None,
            gap: MIN_POLL_GAP,
            durations: Durations::default(),
            out: VecDeque::new(),
        }
    }

    /// The run as a stream of its events.
    fn events(self) -> impl Stream<Item = JobEvent> + Send + 'a {
        futures::stream::unfold(self, |mut run| async move {
            let outcome = run.next().await?;
            Some((outcome, run))
        })
    }

    fn finished(&self) -> bool {
        self.ids_done
            && self.open.is_empty()
            && self.ready.is_empty()
            && self.submitting.is_empty()
            && self.in_flight.is_empty()
    }

    /// Submits ready chunks while the job limit has room.
    fn launch(&mut self) {
        let limit = self.client.job_limit();
        while self.submitting.len() + self.in_flight.len() < limit {
            let Some(chunk) = self.ready.pop_front() else {
                break;
            };
            self.out.push_back(JobEvent::Sending { ids: chunk.clone() });
            let client = self.client;
            let kind = self.kind.clone();
            let wait = self.wait.clone();
            let slots = client.job_slots();
            self.submitting.push(Box::pin(async move {
                let slot = slots
                    .acquire_owned()
                    .await
                    .expect("the client's job slots are never closed");
                let answer = submit_until_accepted(client, &kind, &chunk, &wait).await;
                (chunk, answer, slot)
            }));
        }
    }

    fn first_poll(&self) -> Duration {
        self.wait.initial_interval.min(FIRST_POLL)
    }

    /// When to poll next: just before the first job in flight is expected to
    /// be done (once a duration is known; before that, [`FIRST_POLL`] after
    /// the oldest submission), but not sooner than `gap` after the last poll,
    /// nor later than the wait's longest interval from now.
    fn next_poll(&self) -> Instant {
        let now = Instant::now();
        let oldest = self
            .in_flight
            .iter()
            .map(|j| j.submitted)
            .min()
            .unwrap_or(now);
        let due = match self.durations.typical() {
            Some(typical) => self
                .in_flight
                .iter()
                .map(|j| j.submitted + typical - typical / TYPICAL_SHARE)
                .min()
                .unwrap_or(now),
            None => oldest + self.first_poll(),
        };
        let earliest = self.last_poll.map_or(now, |p| p + self.gap);
        let latest = match self.wait.deadline {
            // At the deadline, the jobs still running are given up on.
            Some(deadline) => (now + self.wait.max_interval).min(deadline.max(now)),
            None => now + self.wait.max_interval,
        };
        due.max(earliest).min(latest)
    }

    /// Polls every job in flight; accounts for those that ended.
    async fn poll(&mut self) {
        let polled_at = Instant::now();
        let previous = self.last_poll.replace(polled_at);
        // Each job once, however many chunks a (hostile) server gave its id.
        let mut ids: Vec<String> = self.in_flight.iter().map(|j| j.job.clone()).collect();
        ids.sort();
        ids.dedup();
        let mut answers = std::collections::HashMap::new();
        for chunk in ids.chunks(JOBS_PER_POLL) {
            answers.extend(self.client.poll_jobs(chunk).await);
        }
        let mut still = Vec::new();
        let mut progressed = false;
        for job in std::mem::take(&mut self.in_flight) {
            let ran = polled_at.saturating_duration_since(job.submitted);
            let too_long =
                ran >= self.wait.timeout || self.wait.deadline.is_some_and(|d| polled_at >= d);
            let mut outcome = BatchOutcome::default();
            match answers.get(&job.job) {
                Some(Ok(status)) if is_final(&status.status) => {
                    let since = previous.map_or(Duration::ZERO, |p| {
                        p.saturating_duration_since(job.submitted)
                    });
                    if !job.resumed {
                        self.durations.record(since, ran);
                    }
                    crate::job_results::account_job(&mut outcome, &job.ids, status);
                }
                Some(Ok(status)) if too_long => {
                    let timeout = Error::JobTimeout {
                        last: Box::new(status.clone()),
                    };
                    outcome.append(unseen(&job, &timeout));
                }
                // Zendesk no longer knows the job, or answers a status that
                // cannot be read: its end will not be seen. (An unreadable
                // status is an answer, not a reason to keep asking.)
                Some(Err(
                    e @ (Error::NotFound(_) | Error::Decode { .. } | Error::Record { .. }),
                )) => outcome.append(unseen(&job, e)),
                Some(Err(e)) if too_long => outcome.append(unseen(&job, e)),
                _ => {
                    still.push(job);
                    continue;
                }
            }
            progressed = true;
            self.out.push_back(JobEvent::Ended(outcome));
        }
        self.in_flight = still;
        self.gap = self.gap_after(progressed, Instant::now());
    }

    /// The pause after a poll. After one that found a job done, the next
    /// may be due soon. Otherwise: a share of the oldest job's age while no
    /// duration is known, or once that job has run half again as long as its
    /// peers (so that a job of hours is not polled every second); else a
    /// twentieth of the typical duration, the job being due.
    fn gap_after(&self, progressed: bool, now: Instant) -> Duration {
        if progressed {
            return MIN_POLL_GAP;
        }
        let age = self
            .in_flight
            .iter()
            .map(|j| now.saturating_duration_since(j.submitted))
            .max()
            .unwrap_or_default();
        let gap = match self.durations.typical() {
            Some(typical) if age < typical + typical / 2 => typical / TYPICAL_SHARE,
            Some(typical) => (age / AGE_SHARE).max(typical / TYPICAL_SHARE),
            None => (age / AGE_SHARE).max(self.first_poll()),
        };
        gap.clamp(MIN_POLL_GAP, self.wait.max_interval.max(MIN_POLL_GAP))
    }

    /// Takes in the end of a submission.
    fn submitted(&mut self, (ids, answer, slot): Submitted) {
        match answer {
            Ok(job) => {
                self.out.push_back(JobEvent::Accepted {
                    job: job.id.clone(),
                    ids: ids.clone(),
                });
                self.in_flight.push(InFlight {
                    ids,
                    job: job.id,
                    submitted: Instant::now(),
                    resumed: false,
                    _slot: Some(slot),
                })
            }
            Err(e) => self.out.push_back(JobEvent::Ended(failures(&ids, &e))),
        }
    }

    /// Takes in one id of the input.
    fn read(&mut self, id: Option<i64>) {
        match id {
            Some(id) => {
                if self.seen.insert(id) {
                    self.open.push(id);
                    if self.open.len() == crate::batch::MAX_IDS_PER_CALL {
                        self.ready.push_back(std::mem::take(&mut self.open));
                    }
                }
            }
            None => {
                self.ids_done = true;
                if !self.open.is_empty() {
                    self.ready.push_back(std::mem::take(&mut self.open));
                }
            }
        }
    }

    /// Past the wait's deadline, nothing more is sent: the chunks ready
    /// and the ids read but not yet in a chunk are skipped, and no more ids
    /// are read.
    fn stop_sending_at_the_deadline(&mut self) {
        if self.wait.deadline.is_none_or(|d| Instant::now() < d) {
            return;
        }
        let skipped = Outcome::skipped("not sent: the job deadline passed first");
        let mut left: Vec<i64> = self.ready.drain(..).flatten().collect();
        left.append(&mut self.open);
        if !left.is_empty() {
            self.out
                .push_back(JobEvent::Ended(BatchOutcome::all(&left, &skipped)));
        }
        self.ids_done = true;
    }

    /// Runs until the next event, or the end.
    async fn next(&mut self) -> Option<JobEvent> {
        loop {
            self.stop_sending_at_the_deadline();
            // Launched before an event is returned: a submission's
            // `Sending` reaches the caller before it is first polled.
            self.launch();
            if let Some(outcome) = self.out.pop_front() {
                return Some(outcome);
            }
            if self.finished() {
                return None;
            }
            let polling = !self.in_flight.is_empty();
            let poll_at = tokio::time::Instant::from_std(self.next_poll());
            // Read ahead while there is room for more chunks than the jobs
            // in flight can take.
            let reading = !self.ids_done && self.ready.len() < 2;
            tokio::select! {
                Some(done) = self.submitting.next(), if !self.submitting.is_empty() => {
                    self.submitted(done);
                }
                () = tokio::time::sleep_until(poll_at), if polling => self.poll().await,
                id = self.ids.next(), if reading => self.read(id),
            }
        }
    }
}

/// Sends a submission until Zendesk accepts it, while it refuses it for
/// now (the job limit, the rate limit, unavailable) and the wait's timeout
/// allows.
async fn submit_until_accepted(
    client: &Client,
    kind: &BulkJob,
    ids: &[i64],
    wait: &WaitOptions,
) -> Result<types::JobStatus, Error> {
    let deadline = match (Instant::now().checked_add(wait.timeout), wait.deadline) {
        (Some(own), Some(all)) => Some(own.min(all)),
        (own, all) => own.or(all),
    };
    let mut pause = wait.initial_interval;
    loop {
        match kind.submit(client, ids).await {
            Err(e) if refused_for_now(&e) => {
                let asked = match &e {
                    Error::RateLimited { retry_after, .. } => *retry_after,
                    _ => None,
                };
                let wait_for = asked.unwrap_or(pause).max(MIN_POLL_GAP);
                let in_time = deadline.is_none_or(|d| {
                    Instant::now()
                        .checked_add(wait_for)
                        .is_some_and(|then| then < d)
                });
                if !in_time {
                    return Err(e);
                }
                tracing::info!(
                    wait_ms = wait_for.as_millis() as u64,
                    error = %e,
                    "a bulk job was refused for now; sending it again"
                );
                tokio::time::sleep(wait_for).await;
                pause = (pause.saturating_mul(3) / 2).min(wait.max_interval);
            }
            answer => return answer,
        }
    }
}

/// The ids of a job Zendesk accepted whose end was not seen: outcome unknown,
/// with the job.
fn unseen(job: &InFlight, error: &Error) -> BatchOutcome {
    let why = Outcome::unknown(
        format!("job {} accepted, its end not seen: {error}", job.job),
        error.status(),
    )
    .by_job(&job.job);
    BatchOutcome::all(&job.ids, &why)
}

impl Client {
    /// Runs a bulk operation on every id of `ids` (each once, 100 to a job),
    /// within the client's job limit, and tells as it goes: each submission
    /// before it is sent ([`JobEvent::Sending`]), each job Zendesk accepts
    /// ([`JobEvent::Accepted`], with its ids), and what
    /// became of each job's ids as it ends ([`JobEvent::Ended`]). Ids are
    /// read as the jobs need them: `ids` may be a listing still going on.
    /// Dropping the stream stops waiting: the jobs accepted and not ended
    /// are the caller's to account for (outcome unknown, with the job).
    ///
    /// ```no_run
    /// # async fn run(client: &zendesk_support::Client) {
    /// use futures::StreamExt;
    /// use zendesk_support::{BulkJob, JobEvent, WaitOptions};
    ///
    /// let ids = futures::stream::iter(1..=5000);
    /// let mut jobs = std::pin::pin!(client.run_jobs(BulkJob::DeletePermanently, ids, &WaitOptions::default()));
    /// while let Some(event) = jobs.next().await {
    ///     match event {
    ///         JobEvent::Accepted { job, ids } => println!("job {job}: {} tickets", ids.len()),
    ///         JobEvent::Ended(outcome) => println!("{} purged", outcome.done().len()),
    ///         _ => {}
    ///     }
    /// }
    /// # }
    /// ```
    pub fn run_jobs<'a, S>(
        &'a self,
        kind: BulkJob,
        ids: S,
        wait: &WaitOptions,
    ) -> impl Stream<Item = JobEvent> + Send + 'a
    where
        S: Stream<Item = i64> + Send + 'a,
    {
        Run::new(self, kind, ids, wait).events()
    }

    /// Waits again for jobs an earlier run had accepted (each with the ids
    /// it covers, as a journal of [`JobEvent::Accepted`] holds them), as
    /// [`Client::run_jobs`] waits for its own, within `wait` and its
    /// deadline: their [`JobEvent::Ended`]. A job Zendesk no longer knows,
    /// or still running at the deadline, leaves its ids unknown, with the
    /// job. Nothing is submitted.
    pub fn wait_for_accepted<'a>(
        &'a self,
        kind: BulkJob,
        jobs: Vec<(String, Vec<i64>)>,
        wait: &WaitOptions,
    ) -> impl Stream<Item = JobEvent> + Send + 'a {
        let mut run = Run::new(self, kind, futures::stream::empty(), wait);
        run.ids_done = true;
        let slots = self.job_slots();
        for (job, ids) in jobs {
            run.in_flight.push(InFlight {
                ids,
                job,
                submitted: Instant::now(),
                resumed: true,
                // Running on the account, they count against its job limit.
                _slot: slots.clone().try_acquire_owned().ok(),
            });
        }
        run.events()
    }

    /// Runs a bulk operation on `ids` and waits for every job: one outcome
    /// for all of them.
    pub async fn run_jobs_to_end(
        &self,
        kind: BulkJob,
        ids: impl IntoIterator<Item = i64>,
        wait: &WaitOptions,
    ) -> BatchOutcome {
        let ids: Vec<i64> = chunks(ids).concat();
        let jobs = self.run_jobs(kind, futures::stream::iter(ids.clone()), wait);
        let mut all = jobs
            .fold(BatchOutcome::default(), |mut all, event| async move {
                if let JobEvent::Ended(one) = event {
                    all.append(one);
                }
                all
            })
            .await;
        // In the order the ids were given.
        let order: std::collections::HashMap<i64, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        all.outcomes
            .sort_by_key(|o| order.get(&o.id).copied().unwrap_or(usize::MAX));
        all
    }

    /// Soft-deletes tickets (jobs of 100, within the job limit) and waits for
    /// them; every id is reported by its job's result.
    pub async fn delete_tickets_many(
        &self,
        ids: impl IntoIterator<Item = i64>,
        wait: &WaitOptions,
    ) -> BatchOutcome {
        self.run_jobs_to_end(BulkJob::DeleteTickets, ids, wait)
            .await
    }

    /// Marks tickets as spam (each is deleted and its requester suspended) in
    /// jobs of 100 within the job limit, and waits for them; every id is
    /// reported by its job's per-ticket result.
    pub async fn mark_spam_many(
        &self,
        ids: impl IntoIterator<Item = i64>,
        wait: &WaitOptions,
    ) -> BatchOutcome {
        self.run_jobs_to_end(BulkJob::MarkSpam, ids, wait).await
    }

    /// Permanently deletes soft-deleted tickets (GDPR) in jobs of 100 within
    /// the job limit, and waits for them; every id is reported by its job's
    /// result.
    pub async fn delete_permanently_many(
        &self,
        ids: impl IntoIterator<Item = i64>,
        wait: &WaitOptions,
    ) -> BatchOutcome {
        self.run_jobs_to_end(BulkJob::DeletePermanently, ids, wait)
            .await
    }

    /// Recovers suspended tickets through `bulk_recover` (jobs of 100 within
    /// the job limit), keeping each sender as the requester, and waits for
    /// them.
    ///
    /// Prefer [`Client::recover_many`] for a few hundred tickets: it answers
    /// at once with the tickets created and Zendesk's reason for each one it
    /// could not recover. `bulk_recover` suits large batches (thousands),
    /// where a synchronous call per 100 would be slow, at the price of a job
    /// to wait for and results that say less.
    pub async fn bulk_recover(
        &self,
        ids: impl IntoIterator<Item = i64>,
        wait: &WaitOptions,
    ) -> BatchOutcome {
        self.run_jobs_to_end(BulkJob::Recover, ids, wait).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typical_duration_is_the_median_of_the_latest_jobs() {
        let mut d = Durations::default();
        assert_eq!(d.typical(), None);
        let s = Duration::from_secs;
        d.record(s(1), s(3));
        assert_eq!(d.typical(), Some(s(2)));
        d.record(s(0), s(20));
        d.record(s(2), s(2));
        assert_eq!(d.typical(), Some(s(2)));
        for _ in 0..40 {
            d.record(s(5), s(5));
        }
        assert_eq!(d.seen.len(), 16);
        assert_eq!(d.typical(), Some(s(5)));
    }
}
