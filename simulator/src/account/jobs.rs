//! Background jobs: queued within the account's job limit, then `queued`,
//! `working` and done (each half of [`crate::Config::job_duration`]), each
//! answering per-item results.

use super::Account;
use crate::model::model;
use crate::pages::{self, Listing};
use crate::reply::{not_found, to_json, Reply};
use crate::seed::from_json;
use serde_json::json;
use std::time::Instant;
use zendesk_support::types::{self, JobStatusResults, JobStatusStatus};

/// A background job.
#[derive(Debug, Clone)]
pub(super) struct Job {
    id: String,
    seq: u64,
    kind: JobKind,
    ids: Vec<i64>,
    queued_at: Instant,
    /// Set once the job's work is done.
    finished: Option<(JobStatusStatus, Option<String>, Option<JobStatusResults>)>,
    /// A job of the captured samples: its status as recorded, done before
    /// the simulator started.
    recorded: Option<types::JobStatus>,
}

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum JobKind {
    /// `DELETE /deleted_tickets/{id}`.
    Purge,
    /// `DELETE /deleted_tickets/destroy_many`.
    PurgeMany,
    /// `DELETE /tickets/destroy_many` (soft).
    SoftDeleteMany,
    /// `PUT /tickets/mark_many_as_spam`.
    MarkSpamMany,
    /// `PUT /suspended_tickets/bulk_recover`, with the requester to give the
    /// tickets (`None`: each sender).
    Recover(Option<i64>),
}

impl JobKind {
    fn job_type(self) -> &'static str {
        match self {
            JobKind::Purge => "TicketDeletionJob",
            JobKind::PurgeMany | JobKind::SoftDeleteMany => "BulkDeleteTickets",
            JobKind::MarkSpamMany => "MarkTicketsAsSpam",
            JobKind::Recover(_) => "BulkRecoverSuspendedTickets",
        }
    }
}

impl Account {
    /// Adds a job that ended before the simulator started, as a captured
    /// sample shows it (the reference's examples name such jobs).
    pub(super) fn insert_recorded_job(&mut self, mut status: types::JobStatus) {
        status.url = Some(format!(
            "{}/api/v2/job_statuses/{}.json",
            self.base_url, status.id
        ));
        self.job_seq += 1;
        let job = Job {
            id: status.id.clone(),
            seq: self.job_seq,
            // Never run (it is finished): its status is the recorded one.
            kind: JobKind::Purge,
            ids: Vec::new(),
            queued_at: Instant::now(),
            finished: Some((
                status.status.clone(),
                status.message.clone(),
                status.results.clone(),
            )),
            recorded: Some(status),
        };
        self.jobs.insert(job.id.clone(), job);
    }

    /// Jobs queued or running now.
    fn jobs_in_flight(&self) -> usize {
        self.jobs.values().filter(|j| j.finished.is_none()).count()
    }

    /// Queues a job, or refuses it (`429`, nothing done) when the account
    /// has as many jobs queued or running as its job limit allows. Zendesk
    /// is not known to say when to try again: no `Retry-After`.
    pub(super) fn queue(&mut self, kind: JobKind, ids: Vec<i64>) -> Reply {
        self.advance_jobs();
        let limit = self.config.job_limit;
        if self.jobs_in_flight() >= limit {
            self.limits.counters.jobs_refused += 1;
            return Reply::Error(
                429,
                json!({
                    "error": "TooManyJobs",
                    "description": format!(
                        "The account has {limit} background jobs queued or running; wait for one to end"
                    ),
                }),
                None,
            );
        }
        let id = format!("V3-{:016x}", self.rng.u64(..));
        self.job_seq += 1;
        let job = Job {
            id: id.clone(),
            seq: self.job_seq,
            kind,
            ids,
            queued_at: Instant::now(),
            finished: None,
            recorded: None,
        };
        let status = self.job_status(&job);
        self.jobs.insert(id, job);
        let in_flight = self.jobs_in_flight() as u64;
        let counters = &mut self.limits.counters;
        counters.jobs_queued += 1;
        counters.peak_jobs = counters.peak_jobs.max(in_flight);
        to_json(200, &model!(JobStatusResponse { job_status: status }))
    }

    /// Does the work of every job whose time has come.
    pub fn advance_jobs(&mut self) {
        let duration = self.config.job_duration;
        let due: Vec<String> = self
            .jobs
            .values()
            .filter(|j| j.finished.is_none() && j.queued_at.elapsed() >= duration)
            .map(|j| j.id.clone())
            .collect();
        for id in due {
            let Some(job) = self.jobs.get(&id).cloned() else {
                continue;
            };
            let finished = self.run(&job);
            if let Some(j) = self.jobs.get_mut(&id) {
                j.finished = Some(finished);
            }
        }
    }

    /// Does a job's work; its final status, message and results.
    fn run(&mut self, job: &Job) -> (JobStatusStatus, Option<String>, Option<JobStatusResults>) {
        let done = || {
            format!(
                "Completed at {}",
                chrono::Utc::now().format("%Y-%m-%d %H:%M:%S %z")
            )
        };
        let completed = |results: Vec<types::JobStatusResult>| {
            (
                JobStatusStatus::Completed,
                Some(done()),
                Some(JobStatusResults::Array(results)),
            )
        };
        let each = |job: &Job, act: &mut dyn FnMut(usize, i64) -> serde_json::Value| {
            job.ids
                .iter()
                .enumerate()
                .map(|(index, &id)| from_json::<types::JobStatusResult>(act(index, id)))
                .collect::<Vec<_>>()
        };
        let account_id = 18_525_119;
        match job.kind {
            JobKind::Purge => {
                let id = job.ids[0];
                if self.deleted.remove(&id).is_some() {
                    (
                        JobStatusStatus::Completed,
                        Some(done()),
                        Some(JobStatusResults::JobStatusOutcome(model!(
                            JobStatusOutcome { success: true }
                        ))),
                    )
                } else {
                    (
                        JobStatusStatus::Failed,
                        Some(format!("Ticket {id} is not soft-deleted")),
                        None,
                    )
                }
            }
            // As live bulk soft-deletions answer (zenpy's recording,
            // spec/samples/real/show_job_status/200-zenpy-completed.json): a
            // result per ticket that says nothing of success. A client learns
            // what happened by looking.
            JobKind::SoftDeleteMany => completed(each(job, &mut |index, id| {
                self.soft_delete(id);
                json!({ "index": index, "id": id, "account_id": account_id })
            })),
            JobKind::MarkSpamMany => completed(each(job, &mut |index, id| {
                if self.mark_spam_one(id) {
                    json!({ "id": id, "index": index, "action": "mark_as_spam", "success": true, "status": "Updated" })
                } else {
                    json!({
                        "id": id, "index": index, "action": "mark_as_spam", "success": false,
                        "error": "RecordNotFound", "details": format!("Ticket {id} not found"),
                    })
                }
            })),
            JobKind::PurgeMany => completed(each(job, &mut |index, id| {
                if self.deleted.remove(&id).is_some() {
                    json!({ "id": id, "index": index, "action": "delete", "success": true, "status": "Deleted" })
                } else {
                    json!({
                        "id": id, "index": index, "action": "delete", "success": false,
                        "error": "TicketNotDeletable",
                        "details": format!("Ticket {id} cannot be deleted: it is not soft-deleted"),
                    })
                }
            })),
            JobKind::Recover(requester) => completed(each(job, &mut |index, id| match self
                .recover_one(id, requester)
            {
                Some(Ok(_)) => {
                    json!({ "id": id, "index": index, "action": "recover", "success": true, "status": "Updated" })
                }
                Some(Err(s)) => json!({
                    "id": id, "index": index, "action": "recover", "success": false,
                    "error": "RecoveryFailed",
                    "details": s.cause.unwrap_or_else(|| "cannot be recovered".into()),
                }),
                None => json!({
                    "id": id, "index": index, "action": "recover", "success": false,
                    "error": "RecordNotFound", "details": format!("Suspended ticket {id} not found"),
                }),
            })),
        }
    }

    fn job_status(&self, job: &Job) -> types::JobStatus {
        if let Some(recorded) = &job.recorded {
            return recorded.clone();
        }
        let total = job.ids.len() as i64;
        let (status, progress, message, results) = match &job.finished {
            Some((status, message, results)) => (
                status.clone(),
                Some(total),
                message.clone(),
                results.clone(),
            ),
            None if job.queued_at.elapsed() < self.config.job_duration / 2 => {
                (JobStatusStatus::Queued, None, None, None)
            }
            None => (JobStatusStatus::Working, Some(0), None, None),
        };
        model!(JobStatus {
            id: job.id.clone(),
            job_type: Some(job.kind.job_type().into()),
            url: Some(format!(
                "{}/api/v2/job_statuses/{}.json",
                self.base_url, job.id
            )),
            status,
            progress,
            total: Some(total),
            message,
            results,
        })
    }

    /// Every job status, oldest first.
    pub(super) fn job_statuses(&self) -> Vec<types::JobStatus> {
        let mut jobs: Vec<&Job> = self.jobs.values().collect();
        jobs.sort_by_key(|j| j.seq);
        jobs.into_iter().map(|j| self.job_status(j)).collect()
    }

    pub fn show_job(&mut self, id: &str) -> Reply {
        self.advance_jobs();
        match self.jobs.get(id) {
            Some(job) => to_json(
                200,
                &model!(JobStatusResponse {
                    job_status: self.job_status(job),
                }),
            ),
            None => not_found(),
        }
    }

    pub fn show_jobs(&mut self, ids: &[String]) -> Reply {
        self.advance_jobs();
        let job_statuses: Vec<types::JobStatus> = ids
            .iter()
            .filter_map(|id| self.jobs.get(id))
            .map(|j| self.job_status(j))
            .collect();
        to_json(200, &model!(JobStatusesResponse { job_statuses }))
    }

    pub fn list_jobs(&mut self, listing: &Listing) -> Reply {
        self.advance_jobs();
        // Newest first: sort by the negated sequence number.
        let items: Vec<(String, i64, types::JobStatus)> = self
            .jobs
            .values()
            .map(|j| (String::new(), -(j.seq as i64), self.job_status(j)))
            .collect();
        let listing = listing.unsorted();
        pages::page_reply!(
            pages::paginate(items, &listing, &self.base_url, "/api/v2/job_statuses"),
            JobStatusesPage { job_statuses }
        )
    }
}
