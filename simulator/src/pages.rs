//! Sorting and pagination as Zendesk does it: cursor pagination with
//! `page[size]`, `page[after]`, `page[before]` and `meta`/`links`, or, without
//! `page[size]`, offset pagination with `page`/`per_page` and
//! `next_page`/`previous_page`/`count`.
//!
//! Cursors are keyset cursors (the sort key and id of the last record), so
//! records deleted between two pages do not shift the next page.

use crate::state::{error, Reply};
use base64::Engine as _;
use zendesk_support::types;

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Asc,
    Desc,
}

/// The query of a list request.
#[derive(Debug, Clone)]
pub struct Listing {
    pub sort_by: Option<String>,
    pub order: Order,
    /// `page[size]`: cursor pagination when set.
    pub size: Option<usize>,
    pub after: Option<String>,
    pub before: Option<String>,
    /// Offset pagination.
    pub page: usize,
    pub per_page: usize,
    /// The sort parameters to repeat in links.
    pub sort_query: String,
}

/// A position in a sorted listing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Cursor(pub String, pub i64);

impl Cursor {
    fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    fn decode(text: &str) -> Option<Cursor> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

/// One page of a listing.
pub struct Page<T> {
    pub items: Vec<T>,
    pub meta: Option<types::CursorMeta>,
    pub links: Option<types::CursorLinks>,
    pub next_page: Option<String>,
    pub previous_page: Option<String>,
    pub count: Option<i64>,
}

/// Sorts `(key, id, item)` and cuts out the page `listing` asks for.
pub fn paginate<T>(
    mut items: Vec<(String, i64, T)>,
    listing: &Listing,
    base_url: &str,
    path: &str,
) -> Result<Page<T>, Reply> {
    items.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    if listing.order == Order::Desc {
        items.reverse();
    }
    let position = |item: &(String, i64, T)| Cursor(item.0.clone(), item.1);
    // Whether `a` comes before `b` in this listing's order.
    let before = |a: &Cursor, b: &Cursor| match listing.order {
        Order::Asc => a < b,
        Order::Desc => a > b,
    };
    let Some(size) = listing.size else {
        return Ok(offset_page(items, listing, base_url, path));
    };
    if size == 0 || size > 100 {
        return Err(error(
            400,
            "InvalidPaginationParameter",
            "page[size] must be between 1 and 100",
        ));
    }
    let bad_cursor = || error(400, "InvalidPaginationParameter", "the cursor is not valid");
    let (start, end) = match (&listing.after, &listing.before) {
        (Some(a), _) => {
            let a = Cursor::decode(a).ok_or_else(bad_cursor)?;
            let start = items
                .iter()
                .position(|i| before(&a, &position(i)))
                .unwrap_or(items.len());
            (start, (start + size).min(items.len()))
        }
        (None, Some(b)) => {
            let b = Cursor::decode(b).ok_or_else(bad_cursor)?;
            let end = items
                .iter()
                .position(|i| !before(&position(i), &b))
                .unwrap_or(items.len());
            (end.saturating_sub(size), end)
        }
        (None, None) => (0, size.min(items.len())),
    };
    let has_more = end < items.len();
    let after_cursor = items[start..end].last().map(|i| position(i).encode());
    let before_cursor = items[start..end].first().map(|i| position(i).encode());
    let link = |param: &str, cursor: &Option<String>| {
        cursor.as_ref().map(|c| {
            format!(
                "{base_url}{path}?page%5B{param}%5D={c}&page%5Bsize%5D={size}{}",
                listing.sort_query
            )
        })
    };
    let next = if has_more {
        link("after", &after_cursor)
    } else {
        None
    };
    let prev = if start > 0 {
        link("before", &before_cursor)
    } else {
        None
    };
    let page_items = items.drain(start..end).map(|(_, _, t)| t).collect();
    Ok(Page {
        items: page_items,
        meta: Some(types::CursorMeta {
            has_more,
            after_cursor,
            before_cursor,
        }),
        links: Some(types::CursorLinks { next, prev }),
        next_page: None,
        previous_page: None,
        count: None,
    })
}

fn offset_page<T>(
    mut items: Vec<(String, i64, T)>,
    listing: &Listing,
    base_url: &str,
    path: &str,
) -> Page<T> {
    let per_page = listing.per_page.clamp(1, 100);
    let page = listing.page.max(1);
    let count = items.len();
    // Any page number is valid, however large: past the end it is empty.
    let start = (page - 1).saturating_mul(per_page).min(count);
    let end = (start + per_page).min(count);
    let url = |p: usize| {
        format!(
            "{base_url}{path}?page={p}&per_page={per_page}{}",
            listing.sort_query
        )
    };
    Page {
        next_page: (end < count).then(|| url(page.saturating_add(1))),
        previous_page: (page > 1).then(|| url(page - 1)),
        count: Some(count as i64),
        items: items.drain(start..end).map(|(_, _, t)| t).collect(),
        meta: None,
        links: None,
    }
}
