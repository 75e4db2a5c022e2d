//! Batch operations that never lose an id: any number of ids, deduplicated,
//! split into calls of at most 100 (comma-separated on the wire), and an
//! outcome that accounts for every id ([`BatchOutcome`]).
//!
//! Calls that are not idempotent (recover, bulk and permanent deletes) are
//! not retried after an unknown outcome (see [`crate::retry`]); their ids are
//! reported [`Outcome::Unknown`], so the caller can look before trying again
//! ([`Client::settle`]). Operations that answer with a background job are in
//! [`crate::bulk_jobs`].

use crate::client::{call, Client};
use crate::error::Error;
use crate::outcome::{BatchOutcome, Outcome};
use crate::types;
use std::collections::HashSet;
use std::future::Future;

/// Zendesk's limit of ids per call.
pub const MAX_IDS_PER_CALL: usize = 100;

/// Every id of a call that failed as a whole, with the call's error.
pub(crate) fn failures(ids: &[i64], error: &Error) -> BatchOutcome {
    BatchOutcome::all(ids, &Outcome::from_error(error))
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
            Ok(()) => outcome.append(BatchOutcome::all(&chunk, &Outcome::done())),
            Err(e) => outcome.append(failures(&chunk, &e)),
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
        let said = match failed.iter().find(|t| t.id == id) {
            Some(ticket) => Outcome::failed(crate::recover::why_not(ticket), Some(422)),
            None if matched => Outcome::done(),
            None => Outcome::unknown(
                "recover_many answered 422 with a failure list that does not name the ids sent; this one may or may not be recovered",
                Some(422),
            ),
        };
        outcome
            .outcomes
            .push(crate::outcome::IdOutcome { id, outcome: said });
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
                    outcome.append(BatchOutcome::all(&chunk, &Outcome::done()));
                    outcome.tickets.extend(response.into_inner().tickets);
                }
                Err(e) => match crate::recover::failures(e).await {
                    Ok(failed) => account_not_recovered(&mut outcome, &chunk, &failed),
                    Err(error) => outcome.append(failures(&chunk, &error)),
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
