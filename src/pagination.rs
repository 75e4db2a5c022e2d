//! Cursor pagination as a `Stream` of items: one page in memory at a time,
//! following `meta.after_cursor` while `meta.has_more`.
//!
//! `links.next` is never followed, only checked: a link to another host is
//! reported as [`Error::ForeignHost`] after the page's items, and no request
//! is sent there.

use crate::client::{call, Client};
use crate::error::Error;
use crate::types;
use futures::stream::{self, Stream, TryStreamExt};
use std::future::Future;
use std::num::NonZeroU64;

/// Zendesk's largest page.
pub const MAX_PAGE_SIZE: u64 = 100;

/// One page: its items and its cursor state.
struct Page<T> {
    items: Vec<T>,
    meta: Option<types::CursorMeta>,
    links: Option<types::CursorLinks>,
}

/// What to do after a page.
enum Next {
    Cursor(String),
    Fail(Error),
    Done,
}

/// The items of every page `fetch` returns, starting without a cursor.
fn cursor_stream<'a, T, F, Fut>(
    client: &'a Client,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>> + 'a
where
    T: 'a,
    F: FnMut(Option<String>) -> Fut + 'a,
    Fut: Future<Output = Result<Page<T>, Error>> + 'a,
{
    stream::try_unfold(
        (fetch, Some(None::<String>)),
        move |(mut fetch, next)| async move {
            let cursor = match next {
                None => return Ok::<_, Error>(None),
                Some(cursor) => cursor,
            };
            let page = fetch(cursor.clone()).await?;
            let next = next_after(client, &page, cursor.as_deref());
            let (items, state) = match next {
                Next::Cursor(c) => (
                    page.items.into_iter().map(Ok).collect::<Vec<_>>(),
                    Some(Some(c)),
                ),
                Next::Done => (page.items.into_iter().map(Ok).collect(), None),
                // The page's items first, then the error.
                Next::Fail(e) => {
                    let mut items: Vec<Result<T, Error>> = page.items.into_iter().map(Ok).collect();
                    items.push(Err(e));
                    (items, None)
                }
            };
            Ok(Some((stream::iter(items), (fetch, state))))
        },
    )
    .try_flatten()
}

fn next_after<T>(client: &Client, page: &Page<T>, cursor: Option<&str>) -> Next {
    if let Some(next) = page.links.as_ref().and_then(|l| l.next.as_deref()) {
        if !client.is_own_url(next) {
            return Next::Fail(Error::ForeignHost {
                url: next.to_string(),
            });
        }
    }
    match &page.meta {
        Some(meta) if meta.has_more => match meta.after_cursor.as_deref() {
            Some(after) if Some(after) != cursor => Next::Cursor(after.to_string()),
            // A cursor that does not move would loop forever.
            other => Next::Fail(Error::Decode {
                status: Some(200),
                body: String::new(),
                reason: format!("meta.has_more is true but meta.after_cursor is {other:?}"),
            }),
        },
        _ => Next::Done,
    }
}

fn page_size(n: u64) -> NonZeroU64 {
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
        }

        impl<'a> $name<'a> {
            fn new(client: &'a Client) -> Self {
                $name {
                    client,
                    sort_by: None,
                    sort_order: None,
                    page_size: page_size(MAX_PAGE_SIZE),
                }
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
            pub fn stream(self) -> impl Stream<Item = Result<$item, Error>> + 'a {
                let Self {
                    client,
                    sort_by,
                    sort_order,
                    page_size,
                } = self;
                cursor_stream(client, move |cursor| {
                    let mut request = client.raw().$operation().page_size(page_size);
                    if let Some(s) = sort_by {
                        request = request.sort_by(s);
                    }
                    if let Some(o) = sort_order {
                        request = request.sort_order(o);
                    }
                    if let Some(c) = cursor {
                        request = request.page_after(c);
                    }
                    async move {
                        let page = call(request.send()).await?;
                        Ok(Page {
                            items: page.$field,
                            meta: page.meta,
                            links: page.links,
                        })
                    }
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
    pub fn job_statuses(&self) -> impl Stream<Item = Result<types::JobStatus, Error>> + '_ {
        cursor_stream(self, move |cursor| {
            let mut request = self
                .raw()
                .list_job_statuses()
                .page_size(page_size(MAX_PAGE_SIZE));
            if let Some(c) = cursor {
                request = request.page_after(c);
            }
            async move {
                let page = call(request.send()).await?;
                Ok(Page {
                    items: page.job_statuses,
                    meta: page.meta,
                    links: page.links,
                })
            }
        })
    }
}
