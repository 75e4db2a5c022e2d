//! Listings that survive a failed page: the stream is resumed from its last
//! cursor, a few times, before the failure is handed on. And the one way a
//! command reads one: the readable records, with a tally of those that
//! could not be read and of the error that ended the listing early.

use futures::{Stream, StreamExt};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use zendesk_support::{Client, CursorStream, Error};

/// How often a failed listing is resumed before its error ends it.
const RESUMES: usize = 5;

/// A record, or the error of one record that could not be read (the
/// listing goes on after it).
pub type Record<T> = Result<T, Error>;

/// Every record of a listing. A page that fails is fetched again from the
/// last cursor (the stream's own retries come first); the last item is the
/// error that ended it, if one did.
pub fn resumable<'a, T, F>(start: F) -> impl Stream<Item = Record<T>> + 'a
where
    T: Send + 'a,
    F: Fn(Option<String>) -> CursorStream<'a, T> + 'a,
{
    struct Walk<'a, T, F> {
        start: F,
        stream: Option<CursorStream<'a, T>>,
        resumes: usize,
    }
    let walk = Walk {
        stream: Some(start(None)),
        start,
        resumes: 0,
    };
    futures::stream::unfold(walk, |mut walk| async move {
        loop {
            let stream = walk.stream.as_mut()?;
            match stream.next().await {
                None => return None,
                Some(item) => {
                    let failure = match item {
                        Ok(t) => return Some((Ok(t), walk)),
                        Err(e @ Error::Record { .. }) => return Some((Err(e), walk)),
                        Err(e) => e,
                    };
                    let fatal = matches!(failure, Error::Unauthorized(_) | Error::Forbidden(_));
                    if fatal || walk.resumes == RESUMES {
                        walk.stream = None;
                        return Some((Err(failure), walk));
                    }
                    walk.resumes += 1;
                    let cursor = stream.resume_after();
                    tracing::warn!(error = %failure, ?cursor, "listing failed; resuming");
                    walk.stream = Some((walk.start)(cursor));
                }
            }
        }
    })
}

/// Every suspended ticket.
pub fn suspended(
    client: &Client,
) -> impl Stream<Item = Record<zendesk_support::types::SuspendedTicket>> + '_ {
    resumable(move |cursor| match cursor {
        Some(c) => client.suspended_tickets().after(c).stream(),
        None => client.suspended_tickets().stream(),
    })
}

/// Every soft-deleted ticket.
pub fn deleted(
    client: &Client,
) -> impl Stream<Item = Record<zendesk_support::types::DeletedTicket>> + '_ {
    resumable(move |cursor| match cursor {
        Some(c) => client.deleted_tickets().after(c).stream(),
        None => client.deleted_tickets().stream(),
    })
}

/// What a listing read besides its records: how many could not be read,
/// and the error that ended it early, if one did.
#[derive(Default)]
pub struct Tally {
    unreadable: AtomicUsize,
    ended: Mutex<Option<Error>>,
}

impl Tally {
    /// Records that could not be read (each logged as a warning).
    pub fn unreadable(&self) -> usize {
        self.unreadable.load(Ordering::Relaxed)
    }

    /// Counts a record that could not be read (no id, say).
    pub fn count_unreadable(&self) {
        self.unreadable.fetch_add(1, Ordering::Relaxed);
    }

    /// What `f` makes of the error that ended the listing early, if one did.
    pub fn with_error<R>(&self, f: impl FnOnce(&Error) -> R) -> Option<R> {
        self.ended
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(f)
    }

    /// Takes the error that ended the listing early.
    pub fn take_error(&self) -> Option<Error> {
        self.ended.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// The readable records of a listing, counted in `tally`: one that cannot be
/// read is counted and skipped; an error that ends the listing is kept in
/// `tally` and ends the stream.
pub fn readable<'a, T: 'a>(
    records: impl Stream<Item = Record<T>> + 'a,
    tally: &'a Tally,
) -> impl Stream<Item = T> + 'a {
    // The error that ends a listing is its last item (`resumable`).
    records.filter_map(move |record| {
        let item = match record {
            Ok(t) => Some(t),
            Err(e @ Error::Record { .. }) => {
                tracing::warn!(error = %e, "a record could not be read");
                tally.count_unreadable();
                None
            }
            Err(e) => {
                *tally.ended.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                None
            }
        };
        std::future::ready(item)
    })
}
