//! One moderation pass, independent of how it is shown: recover suspended
//! tickets from allowed sender domains, delete those suspended as spam, leave
//! the rest alone, then purge the soft-deleted tickets and wait for the jobs.
//! Every ticket seen ends up in exactly one list of the [`Summary`].
//!
//! Under faults: a listing that fails is resumed from its last cursor; a
//! record that cannot be read is counted, not fatal; and every id whose
//! outcome is unknown (a lost answer) is settled by asking the server what
//! became of it, and sent again only when it is known not done.

use futures::StreamExt;
use indicatif::ProgressBar;
use std::collections::{BTreeSet, HashMap};
use std::time::Duration;
use zendesk_support::{chunks, Client, CursorStream, Error, Failure, WaitOptions};

/// How often a failed listing is resumed before the pass gives up.
const RESUMES: usize = 5;
/// How many rounds of settling unknown outcomes.
const SETTLE_ROUNDS: usize = 3;

/// What the pass decides for one suspended ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// From an allowed domain: recover, keeping the author as requester.
    Recover,
    /// Suspended as spam: delete.
    Delete,
    /// Anything else; the suspension cause.
    LeaveAlone(String),
}

/// The cause Zendesk gives to spam.
pub const SPAM: &str = "Detected as spam";

/// Decides for one suspended ticket.
pub fn decide(ticket: &zendesk_support::types::SuspendedTicket, allowed: &[String]) -> Decision {
    let email = ticket
        .author
        .as_ref()
        .and_then(|a| a.email.as_deref())
        .unwrap_or("");
    let domain = email.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase());
    if domain.is_some_and(|d| allowed.iter().any(|a| a.eq_ignore_ascii_case(&d))) {
        Decision::Recover
    } else if ticket.cause.as_deref() == Some(SPAM) {
        Decision::Delete
    } else {
        Decision::LeaveAlone(
            ticket
                .cause
                .clone()
                .unwrap_or_else(|| "no cause given".into()),
        )
    }
}

/// What the pass did (or, without `apply`, would do).
#[derive(Debug, Default)]
pub struct Summary {
    /// Whether changes were made.
    pub applied: bool,
    /// Suspended tickets seen.
    pub scanned: usize,
    /// Recovered (or to recover) suspended ticket ids.
    pub recovered: Vec<i64>,
    /// Deleted (or to delete) suspended ticket ids.
    pub deleted: Vec<i64>,
    /// Left alone, with the suspension cause.
    pub left_alone: Vec<(i64, String)>,
    /// Failed, with why.
    pub failed: Vec<Failure>,
    /// Suspended tickets without an id (cannot be acted on).
    pub without_id: usize,
    /// Suspended tickets whose record could not be read (cannot be acted on).
    pub unreadable: usize,
    /// Soft-deleted tickets seen.
    pub deleted_scanned: usize,
    /// Soft-deleted tickets whose record could not be read (cannot be acted on).
    pub deleted_unreadable: usize,
    /// Permanently deleted (or to delete) ticket ids.
    pub purged: Vec<i64>,
    /// Permanent deletions that failed, with why.
    pub purge_failed: Vec<Failure>,
}

impl Summary {
    /// Whether every suspended and soft-deleted ticket seen is accounted for
    /// exactly once.
    pub fn accounts_for_everything(&self) -> bool {
        let suspended = self.recovered.len()
            + self.deleted.len()
            + self.left_alone.len()
            + self.failed.len()
            + self.without_id
            + self.unreadable;
        let purge = self.purged.len() + self.purge_failed.len() + self.deleted_unreadable;
        suspended == self.scanned && purge == self.deleted_scanned
    }
}

/// Reads a whole listing, resuming from the last cursor when a page fails
/// (up to [`RESUMES`] times); `on_record` gets each record or the error of a
/// record that could not be read.
async fn read_all<'a, T>(
    start: impl Fn(Option<String>) -> CursorStream<'a, T>,
    mut on_record: impl FnMut(Result<T, Error>),
) -> Result<(), Error> {
    let mut cursor = None;
    let mut resumes = 0;
    loop {
        let mut stream = start(cursor.clone());
        let failure = loop {
            match stream.next().await {
                None => return Ok(()),
                Some(Err(e @ Error::Record { .. })) => on_record(Err(e)),
                Some(Err(e)) => break e,
                Some(Ok(t)) => on_record(Ok(t)),
            }
        };
        if resumes == RESUMES || matches!(failure, Error::Unauthorized(_) | Error::Forbidden(_)) {
            return Err(failure);
        }
        resumes += 1;
        cursor = stream.resume_after();
        tracing::warn!(error = %failure, ?cursor, "listing failed; resuming");
    }
}

/// The ids of every soft-deleted ticket, and how many records could not be
/// read (or had no id).
async fn deleted_ids(client: &Client) -> Result<(BTreeSet<i64>, usize), Error> {
    let (mut ids, mut unreadable) = (BTreeSet::new(), 0);
    read_all(
        |cursor| match cursor {
            Some(c) => client.deleted_tickets().after(c).stream(),
            None => client.deleted_tickets().stream(),
        },
        |r| match r.ok().and_then(|t| t.id) {
            Some(id) => {
                ids.insert(id);
            }
            None => unreadable += 1,
        },
    )
    .await?;
    Ok((ids, unreadable))
}

/// Runs the pass. Progress goes to the bars, which may be hidden.
pub async fn run(
    client: &Client,
    allowed: &[String],
    apply: bool,
    scan: &ProgressBar,
    act: &ProgressBar,
    wait: &WaitOptions,
) -> Result<Summary, Error> {
    let mut summary = Summary {
        applied: apply,
        ..Summary::default()
    };
    let (mut to_recover, mut to_delete) = (Vec::new(), Vec::new());
    read_all(
        |cursor| match cursor {
            Some(c) => client.suspended_tickets().after(c).stream(),
            None => client.suspended_tickets().stream(),
        },
        |record| {
            summary.scanned += 1;
            scan.inc(1);
            let ticket = match record {
                Ok(ticket) => ticket,
                Err(e) => {
                    tracing::warn!(error = %e, "a suspended ticket could not be read");
                    summary.unreadable += 1;
                    return;
                }
            };
            let Some(id) = ticket.id else {
                summary.without_id += 1;
                return;
            };
            match decide(&ticket, allowed) {
                Decision::Recover => to_recover.push(id),
                Decision::Delete => to_delete.push(id),
                Decision::LeaveAlone(why) => summary.left_alone.push((id, why)),
            }
        },
    )
    .await?;
    scan.finish();

    let (purge, unreadable) = deleted_ids(client).await?;
    let purge: Vec<i64> = purge.into_iter().collect();
    summary.deleted_scanned = purge.len() + unreadable;
    summary.deleted_unreadable = unreadable;
    scan.inc(summary.deleted_scanned as u64);

    if !apply {
        summary.recovered = to_recover;
        summary.deleted = to_delete;
        summary.purged = purge;
        return Ok(summary);
    }

    act.set_length((to_recover.len() + to_delete.len() + purge.len()) as u64);
    let intent: HashMap<i64, Decision> = to_recover
        .iter()
        .map(|&id| (id, Decision::Recover))
        .chain(to_delete.iter().map(|&id| (id, Decision::Delete)))
        .collect();
    act.set_message("recovering");
    for chunk in chunks(to_recover) {
        let outcome = client.recover_many(chunk.iter().copied()).await;
        act.inc(chunk.len() as u64);
        summary.recovered.extend(outcome.done);
        summary.failed.extend(outcome.failed);
    }
    act.set_message("deleting spam");
    for chunk in chunks(to_delete) {
        let outcome = client.delete_suspended_many(chunk.iter().copied()).await;
        act.inc(chunk.len() as u64);
        summary.deleted.extend(outcome.done);
        summary.failed.extend(outcome.failed);
    }
    act.set_message("purging deleted tickets");
    for chunk in chunks(purge) {
        let jobs = client.delete_permanently_many(chunk.iter().copied()).await;
        let outcome = jobs.wait(client, wait).await;
        act.inc(chunk.len() as u64);
        summary.purged.extend(outcome.done);
        summary.purge_failed.extend(outcome.failed);
    }
    act.set_message("settling unknown outcomes");
    settle_suspended(client, &mut summary, &intent).await;
    settle_purges(client, &mut summary, wait).await?;
    act.finish_with_message("done");
    Ok(summary)
}

/// Asks the server what became of each suspended ticket whose outcome is
/// unknown: gone means the action took effect; still suspended means it did
/// not, and it is sent again. Known failures stay failed.
async fn settle_suspended(client: &Client, summary: &mut Summary, intent: &HashMap<i64, Decision>) {
    for _ in 0..SETTLE_ROUNDS {
        let (unknown, known): (Vec<Failure>, Vec<Failure>) = std::mem::take(&mut summary.failed)
            .into_iter()
            .partition(|f| f.outcome_unknown);
        summary.failed = known;
        if unknown.is_empty() {
            return;
        }
        let (mut recover, mut delete) = (Vec::new(), Vec::new());
        for f in unknown {
            match client.show_suspended_ticket(f.id).await {
                Err(Error::NotFound(_)) => match intent.get(&f.id) {
                    Some(Decision::Recover) => summary.recovered.push(f.id),
                    _ => summary.deleted.push(f.id),
                },
                Ok(_) => match intent.get(&f.id) {
                    Some(Decision::Recover) => recover.push(f.id),
                    _ => delete.push(f.id),
                },
                // Still cannot tell: it stays unknown.
                Err(_) => summary.failed.push(f),
            }
        }
        let recovered = client.recover_many(recover).await;
        summary.recovered.extend(recovered.done);
        summary.failed.extend(recovered.failed);
        let deleted = client.delete_suspended_many(delete).await;
        summary.deleted.extend(deleted.done);
        summary.failed.extend(deleted.failed);
    }
}

/// The same for permanent deletions: a soft-deleted ticket no longer listed
/// is purged; one still listed once its jobs had time to run is purged again.
async fn settle_purges(
    client: &Client,
    summary: &mut Summary,
    wait: &WaitOptions,
) -> Result<(), Error> {
    for _ in 0..SETTLE_ROUNDS {
        if !summary.purge_failed.iter().any(|f| f.outcome_unknown) {
            return Ok(());
        }
        // A job whose answer was lost may still be running.
        tokio::time::sleep(wait.max_interval.max(Duration::from_millis(500))).await;
        let (still, _) = deleted_ids(client).await?;
        let (unknown, known): (Vec<Failure>, Vec<Failure>) =
            std::mem::take(&mut summary.purge_failed)
                .into_iter()
                .partition(|f| f.outcome_unknown);
        summary.purge_failed = known;
        let mut again = Vec::new();
        for f in unknown {
            if still.contains(&f.id) {
                again.push(f.id);
            } else {
                summary.purged.push(f.id);
            }
        }
        let outcome = client
            .delete_permanently_many(again)
            .await
            .wait(client, wait)
            .await;
        summary.purged.extend(outcome.done);
        summary.purge_failed.extend(outcome.failed);
    }
    // A purge sent again may fail because an earlier job, whose answer was
    // lost, already did it: a ticket no longer listed is purged, whatever
    // the last job said.
    if !summary.purge_failed.is_empty() {
        let (still, _) = deleted_ids(client).await?;
        let (gone, left): (Vec<Failure>, Vec<Failure>) = std::mem::take(&mut summary.purge_failed)
            .into_iter()
            .partition(|f| !still.contains(&f.id));
        summary.purged.extend(gone.iter().map(|f| f.id));
        summary.purge_failed = left;
    }
    Ok(())
}
