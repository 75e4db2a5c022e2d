//! What a finished job says of each id it covered, and nothing more.
//!
//! An id is done only when the job's result for it says so: `success: true`,
//! or no flag but a status that means done (`Created`, `Updated`,
//! `Deleted`). A result that says it failed (`success: false`, an `error`,
//! status `Failed`) fails the id with Zendesk's words. Anything else leaves
//! the id's outcome unknown, for the caller to settle by looking: no result
//! for it, a result that says nothing (live bulk deletions answer
//! `{"index": 0, "id": 3861, "account_id": …}`, recorded in zenpy's
//! cassettes), a status this crate does not know, two results that disagree,
//! or a job that did not complete.

use crate::outcome::{BatchOutcome, IdOutcome, Outcome};
use crate::types::{self, JobStatusResult, JobStatusResults, JobStatusStatus};

/// Statuses a result without a `success` flag uses for an item done
/// (Zendesk's community answer lists `Created`, `Updated` and `Failed` for
/// bulk user jobs; bulk ticket deletions say `Deleted`).
const DONE_STATUSES: [&str; 3] = ["Created", "Updated", "Deleted"];
/// Statuses of an item that failed.
const FAILED_STATUSES: [&str; 1] = ["Failed"];

/// What one result, or all the results for one id, say.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Says {
    Done,
    Failed(String),
    Unknown(String),
}

/// Why an item failed, in Zendesk's words.
fn reason(r: &JobStatusResult) -> String {
    let words: Vec<&str> = [r.error.as_deref(), r.details.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    match (words.is_empty(), r.status.as_deref()) {
        (false, _) => words.join(": "),
        (true, Some(status)) => format!("status {status}"),
        (true, None) => "the job reports no success".into(),
    }
}

/// What one result says of its item.
fn one(r: &JobStatusResult) -> Says {
    let status = r.status.as_deref().map(str::trim);
    let says_done = status.is_some_and(|s| DONE_STATUSES.iter().any(|d| d.eq_ignore_ascii_case(s)));
    let says_failed = r.error.is_some()
        || status.is_some_and(|s| FAILED_STATUSES.iter().any(|f| f.eq_ignore_ascii_case(s)));
    let unknown_status = status.is_some() && !says_done && !says_failed;
    match r.success {
        Some(true) if says_failed => Says::Unknown(format!(
            "the job's result says success and also {}",
            reason(r)
        )),
        Some(true) => Says::Done,
        Some(false) if says_done => Says::Unknown(format!(
            "the job's result says no success and also status {}",
            status.unwrap_or_default()
        )),
        Some(false) => Says::Failed(reason(r)),
        None if says_failed => Says::Failed(reason(r)),
        None if says_done => Says::Done,
        None if unknown_status => Says::Unknown(format!(
            "the job's result has a status this client does not know: {}",
            status.unwrap_or_default()
        )),
        None => {
            Says::Unknown("the job's result for this id does not say whether it succeeded".into())
        }
    }
}

/// What every result for one id says together: they must agree.
fn together(results: &[&JobStatusResult]) -> Says {
    let said: Vec<Says> = results.iter().map(|r| one(r)).collect();
    match said.as_slice() {
        [] => Says::Unknown("the job completed without a result for this id".into()),
        [only] => only.clone(),
        [first, rest @ ..] => {
            if let Some(unknown) = said.iter().find(|s| matches!(s, Says::Unknown(_))) {
                return unknown.clone();
            }
            let agree = rest.iter().all(|s| {
                matches!(
                    (first, s),
                    (Says::Done, Says::Done) | (Says::Failed(_), Says::Failed(_))
                )
            });
            if agree {
                first.clone()
            } else {
                Says::Unknown("the job's results for this id contradict each other".into())
            }
        }
    }
}

/// Accounts for `ids` (the ids of one job, in the order sent) by the job's
/// final status; every outcome names the job.
pub(crate) fn account_job(outcome: &mut BatchOutcome, ids: &[i64], job: &types::JobStatus) {
    let mut said = |id: i64, what: Outcome| {
        outcome.outcomes.push(IdOutcome {
            id,
            outcome: what.by_job(&job.id),
        })
    };
    let words = |reason: &str| format!("job {}: {reason}", job.id);
    if job.status != JobStatusStatus::Completed {
        // A job that failed or was killed may have done part of its work; one
        // whose status this client does not know, too.
        let reason = words(&format!(
            "{}: {}",
            job.status,
            job.message.as_deref().unwrap_or("no message")
        ));
        for &id in ids {
            said(id, Outcome::unknown(reason.clone(), None));
        }
        return;
    }
    match &job.results {
        Some(JobStatusResults::JobStatusOutcome(o)) if o.success => {
            for &id in ids {
                said(id, Outcome::done());
            }
        }
        Some(JobStatusResults::JobStatusOutcome(_)) => {
            for &id in ids {
                said(
                    id,
                    Outcome::failed(words("the job reports no success"), None),
                );
            }
        }
        Some(JobStatusResults::Array(results)) => {
            for (position, &id) in ids.iter().enumerate() {
                // A result names its id, or, without one, its position.
                let mine: Vec<&JobStatusResult> = results
                    .iter()
                    .filter(|r| match r.id {
                        Some(rid) => rid == id,
                        None => r.index == Some(position as i64),
                    })
                    .collect();
                let what = match together(&mine) {
                    Says::Done => Outcome::done(),
                    Says::Failed(reason) => Outcome::failed(words(&reason), None),
                    Says::Unknown(reason) => Outcome::unknown(words(&reason), None),
                };
                said(id, what);
            }
        }
        None => {
            for &id in ids {
                said(
                    id,
                    Outcome::unknown(words("completed without results"), None),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn job(results: serde_json::Value) -> types::JobStatus {
        serde_json::from_value(json!({ "id": "J", "status": "completed", "results": results }))
            .unwrap()
    }

    /// (done, failed, unknown) ids.
    fn accounted(ids: &[i64], results: serde_json::Value) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
        let mut outcome = BatchOutcome::default();
        account_job(&mut outcome, ids, &job(results));
        assert!(
            outcome
                .outcomes
                .iter()
                .all(|o| o.outcome.job() == Some("J")),
            "every outcome names its job: {outcome:?}"
        );
        let ids = |v: Vec<&IdOutcome>| v.iter().map(|o| o.id).collect::<Vec<_>>();
        (
            outcome.done(),
            ids(outcome.failed()),
            ids(outcome.unknown()),
        )
    }

    #[test]
    fn only_a_result_that_says_so_is_done() {
        // As live bulk deletions answer: nothing about success.
        assert_eq!(
            accounted(
                &[1, 2],
                json!([{ "id": 1, "index": 0, "account_id": 9 }, { "id": 2 }])
            ),
            (vec![], vec![], vec![1, 2])
        );
        assert_eq!(
            accounted(
                &[1],
                json!([{ "id": 1, "success": true, "status": "Deleted" }])
            ),
            (vec![1], vec![], vec![])
        );
        assert_eq!(
            accounted(
                &[1, 2],
                json!([{ "id": 1, "status": "Updated" }, { "index": 1, "status": "Created" }])
            ),
            (vec![1, 2], vec![], vec![])
        );
    }

    #[test]
    fn a_result_that_says_failed_fails_with_zendesks_words() {
        let mut outcome = BatchOutcome::default();
        account_job(
            &mut outcome,
            &[1, 2, 3],
            &job(json!([
                { "id": 1, "status": "Failed" },
                { "id": 2, "success": false, "error": "RecordNotFound", "details": "Ticket 2 not found" },
                { "id": 3, "error": "TicketNotDeletable" },
            ])),
        );
        assert!(outcome.done().is_empty());
        assert_eq!(outcome.failed().len(), 3);
        assert_eq!(
            outcome.failed()[1].outcome.reason(),
            Some("job J: RecordNotFound: Ticket 2 not found")
        );
    }

    #[test]
    fn contradictions_and_unknown_statuses_leave_the_id_unknown() {
        let cases = [
            json!([{ "id": 1, "success": true }, { "id": 1, "success": false, "error": "X" }]),
            json!([{ "id": 1, "success": true, "error": "RecordNotFound" }]),
            json!([{ "id": 1, "success": false, "status": "Deleted" }]),
            json!([{ "id": 1, "status": "Quarantined" }]),
            json!([{ "id": 1, "status": "Failed" }, { "id": 1, "status": "Deleted" }]),
            json!([]),
            json!([{ "id": 2, "success": true }]),
        ];
        for results in cases {
            assert_eq!(
                accounted(&[1], results.clone()),
                (vec![], vec![], vec![1]),
                "{results}"
            );
        }
        // Two results that agree are one answer.
        assert_eq!(
            accounted(
                &[1],
                json!([{ "id": 1, "success": true }, { "id": 1, "status": "Deleted" }])
            ),
            (vec![1], vec![], vec![])
        );
    }

    #[test]
    fn a_single_outcome_and_an_unfinished_job() {
        assert_eq!(
            accounted(&[7], json!({ "success": true })),
            (vec![7], vec![], vec![])
        );
        assert_eq!(
            accounted(&[7], json!({ "success": false })),
            (vec![], vec![7], vec![])
        );
        assert_eq!(accounted(&[7], json!(null)), (vec![], vec![], vec![7]));
        let mut outcome = BatchOutcome::default();
        let killed: types::JobStatus =
            serde_json::from_value(json!({ "id": "J", "status": "killed" })).unwrap();
        account_job(&mut outcome, &[7], &killed);
        assert!(outcome.outcomes[0].outcome.is_unknown());
    }
}
