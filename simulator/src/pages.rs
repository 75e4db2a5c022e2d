//! Sorting and pagination as Zendesk does it: cursor pagination with
//! `page[size]`, `page[after]`, `page[before]` and `meta`/`links`, or, without
//! `page[size]`, offset pagination with `page`/`per_page` and
//! `next_page`/`previous_page`/`count`.
//!
//! Cursors are keyset cursors (the sort key and id of the last record), so
//! records deleted between two pages do not shift the next page.
//!
//! Offset pagination reaches the first 10,000 records only (page 100 at
//! most): deeper, Zendesk answers `400 InvalidPaginationDepth` (since 2024,
//! "New limits for offset-based pagination").

use crate::model::model;
use crate::reply::{error, errors, Reply};
use base64::Engine as _;
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Unbounded};
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

impl Listing {
    /// The same page request, in the listing's one order (ascending id):
    /// for listings that take no `sort_by`.
    pub fn unsorted(&self) -> Listing {
        Listing {
            sort_by: None,
            order: Order::Asc,
            ..self.clone()
        }
    }
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

/// Answers a listing: its page as the typed body `types::$body` with the
/// records under `$field`, or the page's refusal (`Result<Page<_>, Reply>`;
/// a page of the account's own records is [`Page::cloned`] first).
macro_rules! page_reply {
    ($page:expr, $body:ident { $field:ident }) => {
        match $page {
            Ok(page) => $crate::reply::to_json(
                200,
                &$crate::model::model!($body {
                    $field: page.items,
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                }),
            ),
            Err(reply) => reply,
        }
    };
}
pub(crate) use page_reply;

impl<T: Clone> Page<&T> {
    /// The page with its records copied out of the account.
    pub fn cloned(self) -> Page<T> {
        Page {
            items: self.items.into_iter().cloned().collect(),
            meta: self.meta,
            links: self.links,
            next_page: self.next_page,
            previous_page: self.previous_page,
            count: self.count,
        }
    }
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
        return offset_page(items, listing, base_url, path);
    };
    if size == 0 || size > 100 {
        return Err(size_error());
    }
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
    let first = items[start..end].first().map(position);
    let last = items[start..end].last().map(position);
    let page_items = items.drain(start..end).map(|(_, _, t)| t).collect();
    Ok(cursor_page(
        page_items,
        (first, last),
        (start > 0, has_more),
        listing,
        base_url,
        path,
    ))
}

/// A cursor page of records kept in a map ordered by id, in the default
/// order (by id): found by a range lookup, so a page costs O(size + log N)
/// whatever the number of records. `None` when the request is not for such
/// a page (offset pagination, or a cursor from another sort order), which
/// [`paginate`] then serves.
pub fn paginate_by_id<'m, V, T>(
    map: &'m BTreeMap<i64, V>,
    listing: &Listing,
    base_url: &str,
    path: &str,
    item: impl Fn(&'m V) -> T,
) -> Option<Result<Page<T>, Reply>> {
    let size = listing.size?;
    if size == 0 || size > 100 {
        return Some(Err(size_error()));
    }
    let decode = |text: &str| match Cursor::decode(text) {
        None => Some(Err(bad_cursor())),
        Some(Cursor(key, id)) if key.is_empty() => Some(Ok(id)),
        Some(_) => None,
    };
    type Ids<'m, V> = Box<dyn Iterator<Item = (&'m i64, &'m V)> + 'm>;
    // The records after `id` in the listing's order (all when `None`).
    let after = |id: Option<i64>| -> Ids<'m, V> {
        match (listing.order, id) {
            (Order::Asc, None) => Box::new(map.iter()),
            (Order::Asc, Some(id)) => Box::new(map.range((Excluded(id), Unbounded))),
            (Order::Desc, None) => Box::new(map.iter().rev()),
            (Order::Desc, Some(id)) => Box::new(map.range(..id).rev()),
        }
    };
    // The records before `id` in the listing's order, nearest first.
    let before = |id: i64| -> Ids<'m, V> {
        match listing.order {
            Order::Asc => Box::new(map.range(..id).rev()),
            Order::Desc => Box::new(map.range((Excluded(id), Unbounded))),
        }
    };
    let mut page: Vec<(i64, &'m V)>;
    let (has_prev, has_more): (bool, bool);
    match (&listing.after, &listing.before) {
        (None, Some(b)) => {
            let b = match decode(b)? {
                Ok(id) => id,
                Err(reply) => return Some(Err(reply)),
            };
            page = before(b).take(size).map(|(id, v)| (*id, v)).collect();
            page.reverse();
            has_more = match page.last() {
                Some((last, _)) => after(Some(*last)).next().is_some(),
                // Nothing precedes `b`: whatever exists follows it.
                None => !map.is_empty(),
            };
        }
        (after_text, _) => {
            let from = match after_text.as_deref().map(decode) {
                None => None,
                Some(decoded) => match decoded? {
                    Ok(id) => Some(id),
                    Err(reply) => return Some(Err(reply)),
                },
            };
            page = after(from).take(size + 1).map(|(id, v)| (*id, v)).collect();
            has_more = page.len() > size;
            page.truncate(size);
        }
    }
    has_prev = page
        .first()
        .is_some_and(|(id, _)| before(*id).next().is_some());
    let at = |entry: Option<&(i64, &V)>| entry.map(|(id, _)| Cursor(String::new(), *id));
    let ends = (at(page.first()), at(page.last()));
    let items = page.into_iter().map(|(_, v)| item(v)).collect();
    Some(Ok(cursor_page(
        items,
        ends,
        (has_prev, has_more),
        listing,
        base_url,
        path,
    )))
}

/// A page of records kept in a map by id, sorted by `sort_by` when the
/// listing asks for one of `keys` (`"id"`, the default order, is served by a
/// range lookup), read off each record by `key_of`.
pub fn sorted_page<'m, V, T>(
    map: &'m BTreeMap<i64, V>,
    listing: &Listing,
    keys: &[&'static str],
    key_of: impl Fn(&str, &'m V) -> Option<String>,
    item: impl Fn(&'m V) -> T,
    (base_url, path): (&str, &str),
) -> Result<Page<T>, Reply> {
    // `id` is the default order: allowed when listed, served as no sort.
    let key = match listing.sort_by.as_deref() {
        None => None,
        Some(k) if keys.contains(&k) => (k != "id").then_some(k),
        Some(other) => {
            return Err(error(
                400,
                "InvalidValue",
                &format!("sort_by `{other}` is not one of the allowed fields"),
            ))
        }
    };
    if key.is_none() {
        if let Some(page) = paginate_by_id(map, listing, base_url, path, &item) {
            return page;
        }
    }
    let items: Vec<(String, i64, T)> = map
        .iter()
        .map(|(id, v)| {
            let k = key.and_then(|k| key_of(k, v)).unwrap_or_default();
            (k, *id, item(v))
        })
        .collect();
    paginate(items, listing, base_url, path)
}

/// The page a request asks for, counted from 1: `page` in offset
/// pagination; in cursor pagination, where the cursor stands among the
/// records by id.
pub fn page_number<V>(map: &BTreeMap<i64, V>, listing: &Listing) -> usize {
    let Some(size) = listing.size.filter(|s| *s > 0) else {
        return listing.page.max(1);
    };
    let at = |text: &str| Cursor::decode(text).map(|Cursor(_, id)| map.range(..id).count());
    match (&listing.after, &listing.before) {
        (Some(a), _) => at(a).map_or(1, |before| before / size + 2),
        (None, Some(b)) => at(b).map_or(1, |before| before / size),
        (None, None) => 1,
    }
    .max(1)
}

fn size_error() -> Reply {
    error(
        400,
        "InvalidPaginationParameter",
        "page[size] must be between 1 and 100",
    )
}

fn bad_cursor() -> Reply {
    error(400, "InvalidPaginationParameter", "the cursor is not valid")
}

/// A cursor page with its `meta` and `links`, given its first and last
/// positions and whether records precede and follow it.
fn cursor_page<T>(
    items: Vec<T>,
    (first, last): (Option<Cursor>, Option<Cursor>),
    (has_prev, has_more): (bool, bool),
    listing: &Listing,
    base_url: &str,
    path: &str,
) -> Page<T> {
    let size = listing.size.unwrap_or_default();
    let after_cursor = last.map(|c| c.encode());
    let before_cursor = first.map(|c| c.encode());
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
    let prev = if has_prev {
        link("before", &before_cursor)
    } else {
        None
    };
    Page {
        items,
        meta: Some(model!(CursorMeta {
            has_more,
            after_cursor,
            before_cursor,
        })),
        links: Some(model!(CursorLinks { next, prev })),
        next_page: None,
        previous_page: None,
        count: None,
    }
}

/// The deepest record offset pagination reaches.
pub const OFFSET_DEPTH: usize = 10_000;

/// The body Zendesk answers a request past [`OFFSET_DEPTH`] with, as its
/// users' logs quote it (transferwise/pipelinewise pull request #1183,
/// airbytehq/airbyte issue #38595).
pub fn too_deep() -> Reply {
    errors(
        400,
        "InvalidPaginationDepth",
        "Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)",
        "There are limits to the page depth in Offset Pagination. Offset Pagination will be deprecated fully in the near future.\nPlease switch to Cursor Pagination at the earliest. Cursor Pagination does not have any limits.\nSee https://developer.zendesk.com/documentation/api-basics/pagination/comparing-cursor-pagination-and-offset-pagination\n",
    )
}

fn offset_page<T>(
    mut items: Vec<(String, i64, T)>,
    listing: &Listing,
    base_url: &str,
    path: &str,
) -> Result<Page<T>, Reply> {
    let per_page = listing.per_page.clamp(1, 100);
    let page = listing.page.max(1);
    if page.saturating_mul(per_page) > OFFSET_DEPTH {
        return Err(too_deep());
    }
    let count = items.len();
    // Past the end (within the depth limit) a page is empty.
    let start = (page - 1).saturating_mul(per_page).min(count);
    let end = (start + per_page).min(count);
    let url = |p: usize| {
        format!(
            "{base_url}{path}?page={p}&per_page={per_page}{}",
            listing.sort_query
        )
    };
    Ok(Page {
        next_page: (end < count).then(|| url(page.saturating_add(1))),
        previous_page: (page > 1).then(|| url(page - 1)),
        count: Some(count as i64),
        items: items.drain(start..end).map(|(_, _, t)| t).collect(),
        meta: None,
        links: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(
        order: Order,
        size: usize,
        after: Option<String>,
        before: Option<String>,
    ) -> Listing {
        Listing {
            sort_by: None,
            order,
            size: Some(size),
            after,
            before,
            page: 1,
            per_page: 100,
            sort_query: String::new(),
        }
    }

    fn summary<T: Copy>(
        page: Result<Page<T>, Reply>,
    ) -> Option<(Vec<T>, types::CursorMeta, types::CursorLinks)> {
        page.ok()
            .map(|p| (p.items, p.meta.unwrap(), p.links.unwrap()))
    }

    /// The range lookup answers exactly what sorting everything answers,
    /// walking forwards and backwards in both orders, from every cursor.
    #[test]
    fn the_keyset_page_is_the_sorted_page() {
        let map: BTreeMap<i64, i64> = [3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
            .into_iter()
            .map(|id| (id, id * 10))
            .collect();
        let sorted = || {
            map.iter()
                .map(|(id, v)| (String::new(), *id, *v))
                .collect::<Vec<_>>()
        };
        let mut cursors: Vec<Option<String>> = vec![None];
        cursors.extend(
            (0..400)
                .step_by(7)
                .map(|id| Some(Cursor(String::new(), id).encode())),
        );
        cursors.push(Some("not a cursor".into()));
        for order in [Order::Asc, Order::Desc] {
            for size in [1, 2, 4, 11, 100] {
                for cursor in &cursors {
                    for backwards in [false, true] {
                        let (a, b) = if backwards {
                            (None, cursor.clone())
                        } else {
                            (cursor.clone(), None)
                        };
                        let l = listing(order, size, a, b);
                        let fast = paginate_by_id(&map, &l, "http://x", "/p", |v| *v)
                            .expect("an id-ordered cursor page");
                        let slow = paginate(sorted(), &l, "http://x", "/p");
                        assert_eq!(
                            summary(fast),
                            summary(slow),
                            "{order:?} {size} {cursor:?} {backwards}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn offset_pagination_stops_at_ten_thousand_records() {
        let items = |n: i64| -> Vec<(String, i64, i64)> {
            (1..=n).map(|i| (String::new(), i, i)).collect()
        };
        let offset = |page: usize, per_page: usize| Listing {
            sort_by: None,
            order: Order::Asc,
            size: None,
            after: None,
            before: None,
            page,
            per_page,
            sort_query: String::new(),
        };
        let last = paginate(items(10_050), &offset(100, 100), "", "/x").unwrap();
        assert_eq!(last.items.first(), Some(&9_901));
        assert!(
            last.next_page.is_some(),
            "Zendesk still links the next page"
        );
        assert_eq!(
            paginate(items(10_050), &offset(101, 100), "", "/x").err(),
            Some(too_deep())
        );
        // The depth counts records: page 200 of 50 is record 10,000.
        assert!(paginate(items(10_050), &offset(200, 50), "", "/x").is_ok());
        assert!(paginate(items(10_050), &offset(201, 50), "", "/x").is_err());
    }
}
