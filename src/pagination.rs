//! Cursor pagination as a `Stream` of items: one page in memory at a time,
//! following `meta.after_cursor` while `meta.has_more`.
//!
//! - Cursors are followed on the configured host; `links.next` is never
//!   followed (nor trusted), so a link to another host sends nothing there.
//! - A cursor that comes back (A → B → A) ends the stream with
//!   [`Error::CursorLoop`] instead of listing forever; so does a page whose
//!   records were all listed before, however fresh its cursor
//!   ([`Error::RecordsRepeated`]).
//! - A page whose records do not all decode is read record by record: each
//!   bad record is its own [`Error::Record`] (with its raw JSON), its
//!   neighbours are delivered and the stream goes on.
//! - A page that fails (after the transport's retries) ends the stream with
//!   that error; [`CursorStream::resume_after`] says where to pick it up
//!   (`.after(cursor)` on the listing).

use crate::client::Client;
use crate::error::Error;
use crate::{generated, types};
use futures::stream::{self, Stream, StreamExt};
use futures::FutureExt;
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::hash::BuildHasher;
use std::num::NonZeroU64;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

/// Zendesk's largest page.
pub const MAX_PAGE_SIZE: u64 = 100;

/// One page: its records and its cursor state.
pub(crate) struct Page<T> {
    pub(crate) records: Records<T>,
    pub(crate) meta: Option<types::CursorMeta>,
}

/// A page's records, in order.
pub(crate) enum Records<T> {
    /// The page decoded as a whole (kept as they came, not rewrapped one by
    /// one: a page of 100 tickets is tens of kilobytes).
    Whole(Vec<T>),
    /// The page did not decode as a whole: each record decoded on its own,
    /// one that could not be read an error in its place.
    OneByOne(Vec<Result<T, Error>>),
}

/// What one page hands to the stream: its records, then why the listing
/// cannot go on, when it cannot.
struct Delivery<T> {
    whole: std::vec::IntoIter<T>,
    one_by_one: std::vec::IntoIter<Result<T, Error>>,
    last: Option<Error>,
}

impl<T> Delivery<T> {
    fn new(records: Records<T>, last: Option<Error>) -> Self {
        let (whole, one_by_one) = match records {
            Records::Whole(all) => (all, Vec::new()),
            Records::OneByOne(each) => (Vec::new(), each),
        };
        Delivery {
            whole: whole.into_iter(),
            one_by_one: one_by_one.into_iter(),
            last,
        }
    }
}

impl<T> Iterator for Delivery<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.whole.next() {
            Some(record) => Some(Ok(record)),
            None => self.one_by_one.next().or_else(|| self.last.take().map(Err)),
        }
    }
}

/// A stream of every item of a cursor-paginated listing.
///
/// Ends after the last page, or after the first error that is not about a
/// single record. [`CursorStream::resume_after`] then gives the cursor to
/// start a new stream from, so that a long listing interrupted by a network
/// failure need not start over.
#[must_use = "streams do nothing unless polled"]
pub struct CursorStream<'a, T> {
    inner: Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>,
    position: Arc<Mutex<Option<String>>>,
}

impl<T> CursorStream<'_, T> {
    /// The cursor of the next page this stream would fetch (or was fetching
    /// when it failed): pass it to the listing's `after(…)` to go on from
    /// there. `None` means from the start.
    pub fn resume_after(&self) -> Option<String> {
        self.position
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

impl<T> Stream for CursorStream<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T> std::fmt::Debug for CursorStream<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CursorStream")
            .field("resume_after", &self.resume_after())
            .finish()
    }
}

/// Every cursor a listing has followed, kept as a 64-bit fingerprint
/// (foldhash, seeded per listing) rather than the cursor itself: no
/// allocation per page and a small table, where a set of cursors grew by a
/// string per page. Two cursors share a fingerprint with odds of about
/// n²/2⁶⁵ for n pages (10⁻¹⁴ for a thousand); should they, the listing ends
/// in a `CursorLoop` error naming the cursor, never silently.
#[derive(Default)]
struct Seen {
    fingerprint: foldhash::fast::RandomState,
    followed: HashSet<u64, foldhash::fast::RandomState>,
}

impl Seen {
    /// Records `cursor`; `false` when it was followed before.
    fn first_time(&mut self, cursor: &str) -> bool {
        self.followed.insert(self.fingerprint.hash_one(cursor))
    }
}

/// A record that names itself: what tells two records of a listing apart.
pub(crate) trait Keyed {
    /// The record's id.
    fn key(&self) -> i64;
}

macro_rules! keyed_by_id {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn key(&self) -> i64 {
                self.id
            }
        }
    )*};
}
keyed_by_id!(
    types::SuspendedTicket,
    types::DeletedTicket,
    types::Ticket,
    types::DeletedUser
);

impl Keyed for types::JobStatus {
    fn key(&self) -> i64 {
        // Job ids are strings: their fingerprint stands in.
        foldhash::fast::FixedState::default().hash_one(&self.id) as i64
    }
}

/// What tells a page of nothing new, in bounded memory: the ids of the
/// latest records delivered (a window of [`RECENT`]) and a fingerprint of
/// each page's set of ids (8 bytes a page, as for the cursors followed).
///
/// A server that ignores the cursor and serves a page again is caught at
/// once (its ids are in the window); one that goes round a longer circle of
/// pages behind fresh cursors is caught when a page comes back whole (its
/// fingerprint). A page that cannot lead on (the last) is never a repeat,
/// and neither is one holding a record that could not be read: what cannot
/// be read cannot be known as seen before.
#[derive(Default)]
struct Repeats {
    recent: VecDeque<i64>,
    in_recent: HashMap<i64, u32, foldhash::fast::RandomState>,
    pages: HashSet<u64, foldhash::fast::RandomState>,
    fingerprint: foldhash::fast::RandomState,
    /// The ids of the page at hand, sorted (kept from page to page so that
    /// a page costs no allocation).
    ids: Vec<i64>,
}

/// How many of the latest ids a listing keeps to tell a repeated page.
const RECENT: usize = 10_000;

impl Repeats {
    /// Takes in a page's records; `true` when it leads on and holds nothing
    /// new.
    fn repeated<T: Keyed>(&mut self, records: &Records<T>, leads_on: bool) -> bool {
        let mut ids = std::mem::take(&mut self.ids);
        ids.clear();
        let mut unreadable = false;
        match records {
            Records::Whole(all) => ids.extend(all.iter().map(Keyed::key)),
            Records::OneByOne(each) => {
                for record in each {
                    match record {
                        Ok(r) => ids.push(r.key()),
                        Err(_) => unreadable = true,
                    }
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let page = self.fingerprint.hash_one(&ids);
        let repeat = leads_on
            && !unreadable
            && !ids.is_empty()
            && (self.pages.contains(&page) || ids.iter().all(|id| self.in_recent.contains_key(id)));
        self.pages.insert(page);
        for &id in &ids {
            self.remember(id);
        }
        self.ids = ids;
        repeat
    }

    fn remember(&mut self, id: i64) {
        *self.in_recent.entry(id).or_default() += 1;
        self.recent.push_back(id);
        if self.recent.len() > RECENT {
            if let Some(old) = self.recent.pop_front() {
                if let Some(n) = self.in_recent.get_mut(&old) {
                    *n -= 1;
                    if *n == 0 {
                        self.in_recent.remove(&old);
                    }
                }
            }
        }
    }
}

/// The state between two pages.
struct Walk<F> {
    fetch: F,
    /// Whether there is a page to fetch (its cursor is in `position`);
    /// `false` once the listing is done.
    more: bool,
    seen: Seen,
    repeats: Repeats,
    /// The cursor of the page to fetch (`None`: the first page), shared
    /// with [`CursorStream::resume_after`]: the one copy of it.
    position: Arc<Mutex<Option<String>>>,
}

/// The items of every page `fetch` returns, starting at `start`.
pub(crate) fn cursor_stream<'a, T, F, Fut>(start: Option<String>, fetch: F) -> CursorStream<'a, T>
where
    T: Keyed + Send + 'a,
    F: FnMut(Option<&str>) -> Fut + Send + 'a,
    Fut: Future<Output = Result<Page<T>, Error>> + Send + 'a,
{
    let mut seen = Seen::default();
    if let Some(start) = &start {
        seen.first_time(start);
    }
    let position = Arc::new(Mutex::new(start));
    let walk = Walk {
        fetch,
        seen,
        more: true,
        repeats: Repeats::default(),
        position: position.clone(),
    };
    // `position` holds the cursor of the page being fetched: the start, then
    // each page's successor as soon as it is known.
    let pages = stream::unfold(walk, |mut walk| async move {
        if !std::mem::take(&mut walk.more) {
            return None;
        }
        // The request takes its own copy of the cursor when it is built. (No
        // local holds the request's future: it would be held twice.)
        let delivery = match {
            let cursor = walk.position.lock().unwrap_or_else(|p| p.into_inner());
            (walk.fetch)(cursor.as_deref())
        }
        .await
        {
            // Nothing new on a page that leads on: a server serving the
            // same records behind fresh cursors would be listed forever.
            Ok(page)
                if walk.repeats.repeated(
                    &page.records,
                    page.meta.as_ref().is_some_and(|m| m.has_more),
                ) =>
            {
                Delivery::new(
                    Records::Whole(Vec::new()),
                    Some(Error::RecordsRepeated {
                        // The page's own cursor, as `position` still holds it.
                        cursor: walk
                            .position
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .clone(),
                    }),
                )
            }
            Ok(page) => match next_after(page.meta, &mut walk.seen) {
                Ok(next) => {
                    if let Some(next) = next {
                        *walk.position.lock().unwrap_or_else(|p| p.into_inner()) = Some(next);
                        walk.more = true;
                    }
                    Delivery::new(page.records, None)
                }
                Err(e) => Delivery::new(page.records, Some(e)),
            },
            // `walk.more` stays `false`: the stream ends after the error.
            Err(e) => Delivery::new(Records::Whole(Vec::new()), Some(e)),
        };
        Some((stream::iter(delivery), walk))
    });
    CursorStream {
        inner: Box::pin(pages.flatten()),
        position,
    }
}

/// The cursor of the page after the one `meta` came with (`None` when it
/// was the last), or why the listing cannot go on.
fn next_after(meta: Option<types::CursorMeta>, seen: &mut Seen) -> Result<Option<String>, Error> {
    match meta {
        Some(meta) if meta.has_more => match meta.after_cursor {
            // `seen` holds every cursor followed, this page's included: a
            // cursor that does not move is a loop too.
            Some(after) if !after.is_empty() => {
                if seen.first_time(&after) {
                    Ok(Some(after))
                } else {
                    Err(Error::CursorLoop { cursor: after })
                }
            }
            other => Err(Error::Decode {
                status: Some(200),
                body: String::new(),
                reason: format!("meta.has_more is true but meta.after_cursor is {other:?}"),
            }),
        },
        _ => Ok(None),
    }
}

/// A page decoded by the generated types, or, when it does not decode as a
/// whole, record by record: only the records that cannot be read are lost,
/// each as its own [`Error::Record`].
///
/// Not an `async fn`: one would hold `request` (a request's whole future,
/// kilobytes) twice, as its argument and as what it awaits, and copy it from
/// one to the other; `then` holds it once.
pub(crate) fn fetch_page<P, T>(
    request: impl Future<Output = Result<generated::ResponseValue<P>, generated::Error<()>>>,
    field: &'static str,
    typed: impl FnOnce(P) -> (Vec<T>, Option<types::CursorMeta>),
) -> impl Future<Output = Result<Page<T>, Error>>
where
    T: DeserializeOwned,
{
    request.then(move |answer| page_of(answer, field, typed))
}

/// The page in `answer` (see [`fetch_page`]).
async fn page_of<P, T>(
    answer: Result<generated::ResponseValue<P>, generated::Error<()>>,
    field: &'static str,
    typed: impl FnOnce(P) -> (Vec<T>, Option<types::CursorMeta>),
) -> Result<Page<T>, Error>
where
    T: DeserializeOwned,
{
    match answer {
        Ok(page) => {
            let (records, meta) = typed(page.into_inner());
            Ok(Page {
                records: Records::Whole(records),
                meta,
            })
        }
        // A success whose body is JSON of another shape (see
        // `transport::decoded`): read it record by record.
        Err(generated::Error::UnexpectedResponse(response))
            if response.status().is_success()
                && response
                    .extensions()
                    .get::<crate::refusal::WrongShape>()
                    .is_some() =>
        {
            let status = response.status().as_u16();
            let why = response
                .extensions()
                .get::<crate::refusal::WrongShape>()
                .map(|w| w.0.clone())
                .unwrap_or_default();
            let bytes = response.bytes().await.map_err(Error::Transport)?;
            record_by_record(&bytes, field).ok_or_else(|| Error::Decode {
                status: Some(status),
                body: crate::error::kept(&bytes),
                reason: why,
            })
        }
        Err(e) => Err(Error::from_generated(e).await),
    }
}

/// Reads a page whose records are decoded one at a time; `None` when even
/// the page's frame (the list, its `meta`) cannot be read.
pub(crate) fn record_by_record<T: DeserializeOwned>(bytes: &[u8], field: &str) -> Option<Page<T>> {
    use serde_json::value::RawValue;
    let text = std::str::from_utf8(bytes).ok()?;
    let mut page: std::collections::HashMap<String, &RawValue> = serde_json::from_str(text).ok()?;
    let records: Vec<&RawValue> = serde_json::from_str(page.remove(field)?.get()).ok()?;
    let meta = match page.remove("meta") {
        None => None,
        Some(raw) => serde_json::from_str::<Option<types::CursorMeta>>(raw.get()).ok()?,
    };
    // Each record is read from the bytes that came, and kept as they came
    // when it cannot be read.
    let each = records
        .into_iter()
        .map(|record| {
            serde_json::from_str::<T>(record.get()).map_err(|e| Error::Record {
                raw: crate::error::kept(record.get().as_bytes()),
                reason: e.to_string(),
            })
        })
        .collect();
    Some(Page {
        records: Records::OneByOne(each),
        meta,
    })
}

pub(crate) fn page_size(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n.clamp(1, MAX_PAGE_SIZE)).expect("clamped to at least 1")
}

/// A sortable listing over one of the generated list operations: the two
/// listings differ only in their generated types, so one definition serves.
macro_rules! sortable_listing {
    (
        $(#[$doc:meta])*
        $name:ident, $operation:ident, $field:ident,
        $item:ty, $sort_by:ty, $sort_order:ty, $what:literal
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        #[must_use = "a listing does nothing until streamed"]
        pub struct $name<'a> {
            client: &'a Client,
            sort_by: Option<$sort_by>,
            sort_order: Option<$sort_order>,
            page_size: NonZeroU64,
            after: Option<String>,
        }

        impl<'a> $name<'a> {
            fn new(client: &'a Client) -> Self {
                $name {
                    client,
                    sort_by: None,
                    sort_order: None,
                    page_size: page_size(MAX_PAGE_SIZE),
                    after: None,
                }
            }

            /// Starts after this cursor: where an earlier stream stopped
            /// ([`CursorStream::resume_after`]), with the same sort.
            pub fn after(mut self, cursor: impl Into<String>) -> Self {
                self.after = Some(cursor.into());
                self
            }

            /// Sorts by this field.
            pub fn sort_by(mut self, field: $sort_by) -> Self {
                self.sort_by = Some(field);
                self
            }

            /// Sorts in this direction.
            pub fn sort_order(mut self, order: $sort_order) -> Self {
                self.sort_order = Some(order);
                self
            }

            /// Records per request, 1 to 100 (default 100; values outside are clamped).
            pub fn page_size(mut self, size: u64) -> Self {
                self.page_size = page_size(size);
                self
            }

            #[doc = concat!("Every ", $what, ", page after page.")]
            pub fn stream(self) -> CursorStream<'a, $item> {
                let Self {
                    client,
                    sort_by,
                    sort_order,
                    page_size,
                    after,
                } = self;
                cursor_stream(after, move |cursor| {
                    let mut request = client.raw().$operation().page_size(page_size);
                    if let Some(s) = sort_by.clone() {
                        request = request.sort_by(s);
                    }
                    if let Some(o) = sort_order.clone() {
                        request = request.sort_order(o);
                    }
                    if let Some(c) = cursor {
                        request = request.page_after(c);
                    }
                    fetch_page(request.send(), stringify!($field), |page| {
                        (page.$field, page.meta)
                    })
                })
            }
        }
    };
}

sortable_listing!(
    /// A listing of suspended tickets; see [`Client::suspended_tickets`].
    SuspendedTickets,
    list_suspended_tickets,
    suspended_tickets,
    types::SuspendedTicket,
    types::ListSuspendedTicketsSortBy,
    types::ListSuspendedTicketsSortOrder,
    "suspended ticket"
);

sortable_listing!(
    /// A listing of soft-deleted tickets; see [`Client::deleted_tickets`].
    DeletedTickets,
    list_deleted_tickets,
    deleted_tickets,
    types::DeletedTicket,
    types::ListDeletedTicketsSortBy,
    types::ListDeletedTicketsSortOrder,
    "soft-deleted ticket"
);

impl Client {
    /// Lists suspended tickets, 100 per request unless told otherwise.
    ///
    /// ```no_run
    /// # async fn run(client: &zendesk_support::Client) -> Result<(), zendesk_support::Error> {
    /// use futures::TryStreamExt;
    /// use zendesk_support::types::ListSuspendedTicketsSortBy;
    ///
    /// let mut tickets = std::pin::pin!(client
    ///     .suspended_tickets()
    ///     .sort_by(ListSuspendedTicketsSortBy::CreatedAt)
    ///     .stream());
    /// while let Some(ticket) = tickets.try_next().await? {
    ///     println!("{:?} {:?}", ticket.id, ticket.cause);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn suspended_tickets(&self) -> SuspendedTickets<'_> {
        SuspendedTickets::new(self)
    }

    /// Lists soft-deleted tickets, 100 per request unless told otherwise.
    pub fn deleted_tickets(&self) -> DeletedTickets<'_> {
        DeletedTickets::new(self)
    }

    /// Every recent job status of the account, 100 per request.
    pub fn job_statuses(&self) -> CursorStream<'_, types::JobStatus> {
        cursor_stream(None, move |cursor| {
            let mut request = self
                .raw()
                .list_job_statuses()
                .page_size(page_size(MAX_PAGE_SIZE));
            if let Some(c) = cursor {
                request = request.page_after(c);
            }
            fetch_page(request.send(), "job_statuses", |page| {
                (page.job_statuses, page.meta)
            })
        })
    }
}
