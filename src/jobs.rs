//! Waiting for background jobs (bulk and permanent deletions) to finish.

use crate::client::{call, Client};
use crate::error::Error;
use crate::types::{self, JobStatusStatus};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The most job statuses one `show_many` call asks for.
pub const JOBS_PER_POLL: usize = 100;

/// How to wait for a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitOptions {
    /// Give up after this long (default 5 minutes); the error carries the
    /// last status seen.
    pub timeout: Duration,
    /// The first pause between polls (default 1 s); it grows by half each
    /// poll.
    pub initial_interval: Duration,
    /// The longest pause between polls (default 10 s).
    pub max_interval: Duration,
    /// One deadline for every job of a command (none by default): a job
    /// still running then leaves its ids unknown, with the job, and ids not
    /// yet sent are skipped. `timeout` still bounds each job.
    pub deadline: Option<Instant>,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            timeout: Duration::from_secs(300),
            initial_interval: Duration::from_secs(1),
            max_interval: Duration::from_secs(10),
            deadline: None,
        }
    }
}

impl WaitOptions {
    /// These options, every job given up on at `deadline`.
    pub fn with_deadline(mut self, deadline: Instant) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The default intervals, giving up after `timeout`.
    pub fn with_timeout(timeout: Duration) -> Self {
        WaitOptions {
            timeout,
            ..WaitOptions::default()
        }
    }
}

/// Whether a job status will not change any more: `completed`, `failed`,
/// `killed`, and any status this client does not know (Zendesk may add one,
/// such as `aborted`): waiting on a status whose meaning is unknown would
/// only end at the deadline, so it is handed to the caller as it is.
pub fn is_final(status: &JobStatusStatus) -> bool {
    !matches!(status, JobStatusStatus::Queued | JobStatusStatus::Working)
}

impl Client {
    /// Shows one job status.
    pub async fn job_status(&self, id: &str) -> Result<types::JobStatus, Error> {
        call(self.raw().show_job_status().job_status_id(id).send())
            .await
            .map(|r| r.job_status)
    }

    /// Polls a job until it is `completed`, `failed` or `killed`, and returns
    /// that final status with its results. A job still running at the
    /// deadline gives [`Error::JobTimeout`] with the last status.
    ///
    /// ```no_run
    /// # async fn run(client: &zendesk_support::Client) -> Result<(), zendesk_support::Error> {
    /// use zendesk_support::WaitOptions;
    ///
    /// let job = client.delete_ticket_permanently(581).await?;
    /// let done = client.wait_for_job(&job.id, &WaitOptions::default()).await?;
    /// println!("{}: {:?}", done.status, done.results);
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_job(
        &self,
        id: &str,
        options: &WaitOptions,
    ) -> Result<types::JobStatus, Error> {
        // `Duration::MAX` means no deadline, not an overflow.
        let deadline = Instant::now().checked_add(options.timeout);
        let mut interval = options.initial_interval;
        loop {
            let job = self.job_status(id).await?;
            if is_final(&job.status) {
                return Ok(job);
            }
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            if left == Some(Duration::ZERO) {
                return Err(Error::JobTimeout {
                    last: Box::new(job),
                });
            }
            tokio::time::sleep(interval.min(left.unwrap_or(Duration::MAX))).await;
            interval = (interval.saturating_mul(3) / 2).min(options.max_interval);
        }
    }

    /// Polls many jobs together, up to [`JOBS_PER_POLL`] in one
    /// `show_many` call, until each is final; every id gets an answer:
    /// its final status, [`Error::JobTimeout`] with its last status when
    /// the deadline passes first, [`Error::NotFound`] when Zendesk leaves it
    /// out of the answer (it no longer knows the job), or the error of
    /// polling it. When a `show_many` call fails, its jobs are polled one by
    /// one for that round, so that each error is its own.
    pub async fn wait_for_jobs(
        &self,
        ids: &[String],
        options: &WaitOptions,
    ) -> HashMap<String, Result<types::JobStatus, Error>> {
        let deadline = Instant::now().checked_add(options.timeout);
        let mut interval = options.initial_interval;
        let mut answers = HashMap::new();
        let mut pending: Vec<String> = Vec::new();
        for id in ids {
            if !pending.contains(id) {
                pending.push(id.clone());
            }
        }
        loop {
            let mut running = Vec::new();
            for chunk in pending.chunks(JOBS_PER_POLL) {
                for (id, polled) in self.poll_jobs(chunk).await {
                    match polled {
                        Ok(job) if !is_final(&job.status) => running.push(job),
                        answer => {
                            answers.insert(id, answer);
                        }
                    }
                }
            }
            if running.is_empty() {
                return answers;
            }
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            if left == Some(Duration::ZERO) {
                for job in running {
                    let id = job.id.clone();
                    answers.insert(
                        id,
                        Err(Error::JobTimeout {
                            last: Box::new(job),
                        }),
                    );
                }
                return answers;
            }
            pending = running.into_iter().map(|job| job.id).collect();
            tokio::time::sleep(interval.min(left.unwrap_or(Duration::MAX))).await;
            interval = (interval.saturating_mul(3) / 2).min(options.max_interval);
        }
    }

    /// One poll of up to [`JOBS_PER_POLL`] jobs: each id with its status or
    /// why it has none.
    pub(crate) async fn poll_jobs(
        &self,
        ids: &[String],
    ) -> Vec<(String, Result<types::JobStatus, Error>)> {
        let asked = self.raw().show_job_statuses().ids(ids.join(",")).send();
        match call(asked).await {
            Ok(answer) => {
                let mut found: HashMap<String, types::JobStatus> = answer
                    .job_statuses
                    .into_iter()
                    .map(|job| (job.id.clone(), job))
                    .collect();
                ids.iter()
                    .map(|id| {
                        let status = found.remove(id).ok_or_else(|| {
                            Error::from_status(
                                404,
                                &Default::default(),
                                br#"{"error":"RecordNotFound","description":"the job status is not in the show_many answer"}"#,
                            )
                        });
                        (id.clone(), status)
                    })
                    .collect()
            }
            Err(e) => {
                tracing::warn!(error = %e, jobs = ids.len(), "show_many failed; polling the jobs one by one");
                let mut each = Vec::with_capacity(ids.len());
                for id in ids {
                    each.push((id.clone(), self.job_status(id).await));
                }
                each
            }
        }
    }
}
