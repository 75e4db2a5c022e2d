//! One moderation pass, independent of how it is shown: recover suspended
//! tickets from allowed sender domains, delete those suspended as spam, leave
//! the rest alone, then purge the soft-deleted tickets and wait for the jobs.
//! Every ticket seen ends up in exactly one list of the [`Summary`].

use futures::TryStreamExt;
use indicatif::ProgressBar;
use zendesk_support::{chunks, Client, Error, Failure, WaitOptions};

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
    /// Soft-deleted tickets seen.
    pub deleted_scanned: usize,
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
            + self.without_id;
        let purge = self.purged.len() + self.purge_failed.len();
        suspended == self.scanned && purge == self.deleted_scanned
    }
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
    let mut tickets = std::pin::pin!(client.suspended_tickets().stream());
    while let Some(ticket) = tickets.try_next().await? {
        summary.scanned += 1;
        scan.inc(1);
        let Some(id) = ticket.id else {
            summary.without_id += 1;
            continue;
        };
        match decide(&ticket, allowed) {
            Decision::Recover => to_recover.push(id),
            Decision::Delete => to_delete.push(id),
            Decision::LeaveAlone(why) => summary.left_alone.push((id, why)),
        }
    }
    scan.finish();

    let mut purge = Vec::new();
    let mut deleted = std::pin::pin!(client.deleted_tickets().stream());
    while let Some(ticket) = deleted.try_next().await? {
        summary.deleted_scanned += 1;
        scan.inc(1);
        if let Some(id) = ticket.id {
            purge.push(id);
        }
    }

    if !apply {
        summary.recovered = to_recover;
        summary.deleted = to_delete;
        summary.purged = purge;
        return Ok(summary);
    }

    act.set_length((to_recover.len() + to_delete.len() + purge.len()) as u64);
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
    act.finish_with_message("done");
    Ok(summary)
}
