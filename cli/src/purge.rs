//! Permanently deleting soft-deleted tickets: calls of 100 ids queue jobs
//! (several calls in flight), the jobs are polled together, and ids whose
//! outcome is unknown are settled by listing again: a ticket no longer
//! among the soft-deleted is gone.

use crate::listing;
use futures::StreamExt;
use indicatif::ProgressBar;
use serde::Serialize;
use std::collections::BTreeSet;
use std::time::Duration;
use zendesk_support::{Client, Error, Failure, WaitOptions};

/// Rounds of settling unknown outcomes.
const SETTLE_ROUNDS: usize = 3;

/// What a purge did.
#[derive(Debug, Default, Serialize)]
pub struct PurgeSummary {
    /// Soft-deleted tickets read.
    pub read: usize,
    /// Records that could not be read.
    pub unreadable: usize,
    /// Younger than `--older-than`: left alone.
    pub skipped: usize,
    pub purged: usize,
    pub failed: usize,
    pub unknown: usize,
    pub applied: bool,
    pub accounted: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<crate::report::NotDone>,
}

/// The ids of the soft-deleted tickets deleted at least `older_than` ago
/// (all when `None`), the number read, unreadable and too young.
async fn candidates(
    client: &Client,
    older_than: Option<Duration>,
) -> Result<(BTreeSet<i64>, usize, usize, usize), Error> {
    let now = chrono::Utc::now();
    let (mut ids, mut read, mut unreadable, mut young) = (BTreeSet::new(), 0, 0, 0);
    let mut records = std::pin::pin!(listing::deleted(client));
    while let Some(record) = records.next().await {
        read += 1;
        match record {
            Ok(t) => {
                let old_enough = older_than.is_none_or(|min| {
                    t.deleted_at
                        .and_then(|at| (now - at).to_std().ok())
                        .is_some_and(|age| age >= min)
                });
                match t.id {
                    Some(id) if old_enough => {
                        ids.insert(id);
                    }
                    Some(_) => young += 1,
                    None => unreadable += 1,
                }
            }
            Err(e @ Error::Record { .. }) => {
                tracing::warn!(error = %e, "a soft-deleted ticket could not be read");
                unreadable += 1;
            }
            Err(e) => return Err(e),
        }
    }
    Ok((ids, read, unreadable, young))
}

/// Lists the soft-deleted tickets and, when `apply`, purges them.
pub async fn purge(
    client: &Client,
    older_than: Option<Duration>,
    apply: bool,
    concurrency: usize,
    wait: &WaitOptions,
    bar: &ProgressBar,
) -> Result<PurgeSummary, Error> {
    let (ids, read, unreadable, skipped) = candidates(client, older_than).await?;
    let mut s = PurgeSummary {
        read,
        unreadable,
        skipped,
        applied: apply,
        ..PurgeSummary::default()
    };
    if !apply {
        s.skipped += ids.len();
        s.accounted = s.skipped + s.unreadable == s.read;
        return Ok(s);
    }
    bar.set_length(ids.len() as u64);
    let (mut purged, mut failed) = run(client, ids.iter().copied(), concurrency, wait).await;
    for _ in 0..SETTLE_ROUNDS {
        if !failed.iter().any(|f| f.outcome_unknown) {
            break;
        }
        // A job whose answer was lost may still be running.
        tokio::time::sleep(wait.max_interval.max(Duration::from_millis(500))).await;
        let (still, ..) = candidates(client, None).await?;
        let (unknown, known): (Vec<Failure>, Vec<Failure>) =
            failed.into_iter().partition(|f| f.outcome_unknown);
        failed = known;
        let (again, gone): (Vec<i64>, Vec<i64>) = unknown
            .iter()
            .map(|f| f.id)
            .partition(|id| still.contains(id));
        purged.extend(gone);
        let (p, f) = run(client, again, concurrency, wait).await;
        purged.extend(p);
        failed.extend(f);
    }
    // A purge sent again may fail because an earlier job, whose answer was
    // lost, had done it: a ticket no longer listed is purged.
    if !failed.is_empty() {
        let (still, ..) = candidates(client, None).await?;
        let (gone, left): (Vec<Failure>, Vec<Failure>) =
            failed.into_iter().partition(|f| !still.contains(&f.id));
        purged.extend(gone.iter().map(|f| f.id));
        failed = left;
    }
    bar.set_position(purged.len() as u64);
    s.purged = purged.len();
    s.unknown = failed.iter().filter(|f| f.outcome_unknown).count();
    s.failed = failed.len() - s.unknown;
    s.failures = failed
        .into_iter()
        .map(|f| crate::report::NotDone {
            id: f.id,
            action: crate::rules::Action::Delete,
            reason: if f.outcome_unknown {
                format!("outcome unknown: {}", f.reason)
            } else {
                f.reason
            },
            status: f.status,
        })
        .collect();
    s.accounted = s.purged + s.failed + s.unknown + s.skipped + s.unreadable == s.read;
    Ok(s)
}

/// Purges `ids` in jobs within the client's job limit and waits for them.
async fn run(
    client: &Client,
    ids: impl IntoIterator<Item = i64>,
    _concurrency: usize,
    wait: &WaitOptions,
) -> (Vec<i64>, Vec<Failure>) {
    let outcome = client.delete_permanently_many(ids, wait).await;
    (outcome.done, outcome.failed)
}
