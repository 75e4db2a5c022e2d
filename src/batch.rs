//! Batch operations that never lose an id: any number of ids, deduplicated,
//! split into calls of at most 100 (comma-separated on the wire), and an
//! outcome that accounts for every id, done or failed with its reason.
//!
//! Calls that are not idempotent (recover, bulk and permanent deletes) are
//! not retried after an unknown outcome (see [`crate::retry`]); their ids are
//! reported failed with [`Failure::outcome_unknown`] set, so the caller can
//! check before trying again. Operations that answer with a background job
//! are in [`crate::bulk_jobs`].

use crate::client::{call, Client};
use crate::error::Error;
use crate::types;
use std::collections::HashSet;
use std::future::Future;

/// Zendesk's limit of ids per call.
pub const MAX_IDS_PER_CALL: usize = 100;

/// What happened to every id of a batch.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct BatchOutcome {
    /// Ids whose operation succeeded, in request order.
    pub done: Vec<i64>,
    /// Ids whose operation failed, with why.
    pub failed: Vec<Failure>,
    /// The tickets created (recover only; empty for other operations).
    pub tickets: Vec<types::Ticket>,
}

/// One id that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The id.
    pub id: i64,
    /// Why, in Zendesk's words where it gave them.
    pub reason: String,
    /// The HTTP status of the call that failed, when there was one.
    pub status: Option<u16>,
    /// The server may have done the work anyway (a server error or a lost
    /// connection after the request was sent, or a job Zendesk accepted whose
    /// end was not seen): check before retrying.
    pub outcome_unknown: bool,
    /// The job that covers this id, when Zendesk accepted one: its status
    /// (`client.job_status(id)`) tells what became of the id.
    pub job_id: Option<String>,
}

impl BatchOutcome {
    /// Whether every id succeeded.
    pub fn all_done(&self) -> bool {
        self.failed.is_empty()
    }
}

/// Whether the server may have done the work of a call that failed: a
/// refusal (4xx, 503, 429) or a connection never made means it did not; an
/// answer that could not be read (a `2xx` too large or malformed) means it
/// may have.
fn outcome_unknown(error: &Error) -> bool {
    match error {
        Error::Server(a) => a.status != 503,
        Error::UnexpectedStatus(a) => !(400..500).contains(&a.status),
        Error::Decode { .. } | Error::Record { .. } | Error::BodyTooLarge { .. } => true,
        Error::Transport(e) => !e.is_connect(),
        _ => false,
    }
}

/// Every id of a call that failed as a whole, with the call's error.
pub(crate) fn failures(ids: &[i64], error: &Error) -> Vec<Failure> {
    let outcome_unknown = outcome_unknown(error);
    ids.iter()
        .map(|&id| Failure {
            id,
            reason: error.to_string(),
            status: error.status(),
            outcome_unknown,
            job_id: None,
        })
        .collect()
}

/// Sends one call per chunk; each chunk succeeds or fails as a whole.
async fn per_chunk<Fut>(
    ids: impl IntoIterator<Item = i64>,
    mut send: impl FnMut(String) -> Fut,
) -> BatchOutcome
where
    Fut: Future<Output = Result<(), Error>>,
{
    let mut outcome = BatchOutcome::default();
    for chunk in chunks(ids) {
        match send(comma_separated(&chunk)).await {
            Ok(()) => outcome.done.extend(&chunk),
            Err(e) => outcome.failed.extend(failures(&chunk, &e)),
        }
    }
    outcome
}

/// The ids in calls of at most [`MAX_IDS_PER_CALL`], each id once, in the
/// order given.
pub fn chunks(ids: impl IntoIterator<Item = i64>) -> Vec<Vec<i64>> {
    let mut seen = HashSet::new();
    let unique: Vec<i64> = ids.into_iter().filter(|id| seen.insert(*id)).collect();
    unique
        .chunks(MAX_IDS_PER_CALL)
        .map(<[i64]>::to_vec)
        .collect()
}

/// `ids=1,2,3` as the wire wants it.
pub(crate) fn comma_separated(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// Accounts for a chunk by the suspended tickets a `recover_many` 422 lists
/// as not recovered; the others were recovered. That reading holds only
/// when every listed ticket is one of the chunk's ids: a list that cannot be
/// matched (an entry with an id not sent, or no entry at all) says nothing
/// sure of the unlisted ids, so they are outcome unknown. (A list with an
/// entry without an id cannot be read at all: every id is unknown.)
pub(crate) fn account_not_recovered(
    outcome: &mut BatchOutcome,
    chunk: &[i64],
    failed: &[types::SuspendedTicket],
) {
    let sent: HashSet<i64> = chunk.iter().copied().collect();
    let matched = !failed.is_empty() && failed.iter().all(|t| sent.contains(&t.id));
    for &id in chunk {
        match failed.iter().find(|t| t.id == id) {
            Some(ticket) => outcome.failed.push(Failure {
                id,
                reason: crate::recover::why_not(ticket),
                status: Some(422),
                outcome_unknown: false,
                job_id: None,
            }),
            None if matched => outcome.done.push(id),
            None => outcome.failed.push(Failure {
                id,
                reason: "recover_many answered 422 with a failure list that does not name the ids sent; this one may or may not be recovered".into(),
                status: Some(422),
                outcome_unknown: true,
                job_id: None,
            }),
        }
    }
}

impl Client {
    /// Recovers suspended tickets through `recover_many`, keeping each
    /// original author as the requester (unlike [`Client::recover`]).
    /// Failures carry the suspension cause Zendesk reports.
    pub async fn recover_many(&self, ids: impl IntoIterator<Item = i64>) -> BatchOutcome {
        let mut outcome = BatchOutcome::default();
        for chunk in chunks(ids) {
            let request = self
                .raw()
                .recover_suspended_tickets()
                .ids(comma_separated(&chunk));
            match request.send().await {
                Ok(response) => {
                    outcome.done.extend(&chunk);
                    outcome.tickets.extend(response.into_inner().tickets);
                }
                Err(e) => match crate::recover::failures(e).await {
                    Ok(failed) => account_not_recovered(&mut outcome, &chunk, &failed),
                    Err(error) => outcome.failed.extend(failures(&chunk, &error)),
                },
            }
        }
        outcome
    }

    /// Deletes suspended tickets.
    pub async fn delete_suspended_many(&self, ids: impl IntoIterator<Item = i64>) -> BatchOutcome {
        per_chunk(ids, |ids| {
            call(self.raw().delete_suspended_tickets().ids(ids).send())
        })
        .await
    }

    /// Restores soft-deleted tickets.
    pub async fn restore_many(&self, ids: impl IntoIterator<Item = i64>) -> BatchOutcome {
        per_chunk(ids, |ids| {
            call(self.raw().restore_deleted_tickets().ids(ids).send())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_dedupe_keep_order_and_hold_at_most_100() {
        assert!(chunks([]).is_empty());
        assert_eq!(chunks([3, 1, 3, 2, 1]), vec![vec![3, 1, 2]]);
        let sizes: Vec<usize> = chunks(1..=250).iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![100, 100, 50]);
        let sizes: Vec<usize> = chunks(1..=101).iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![100, 1]);
        assert_eq!(chunks(1..=250).concat(), (1..=250).collect::<Vec<_>>());
    }

    #[test]
    fn ids_are_comma_separated() {
        assert_eq!(
            comma_separated(&[1, 22, 9007199254740993]),
            "1,22,9007199254740993"
        );
    }
}
