//! Entry points for the fuzzer (`fuzz/`, and the corpus replay in
//! `tests/fuzz_corpus.rs`): every decoder of what a server sends, fed
//! arbitrary bytes, with the accounting invariants checked on whatever
//! decodes. Behind the `fuzzing` feature; not part of the API.

use crate::batch::account_not_recovered;
use crate::error::Error;
use crate::job_results::account_job;
use crate::outcome::BatchOutcome;
use crate::pagination::{record_by_record, Records};
use crate::rate_limit::{EndpointBudget, RateLimit};
use crate::{retry, schemas, types};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use std::collections::BTreeSet;

/// Feeds `data` to every decoder; panics only when an invariant breaks.
pub fn decode(data: &[u8]) {
    typed_bodies(data);
    pages(data);
    errors(data);
    headers(data);
    accounting(data);
}

fn typed_bodies(data: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        for name in schemas::NAMES {
            if let Some(Ok(again)) = schemas::roundtrip(name, &value) {
                // What decoded encodes, and decodes again the same.
                let twice = schemas::roundtrip(name, &again).expect("a known schema");
                assert_eq!(
                    twice.ok().as_ref(),
                    Some(&again),
                    "{name} does not round-trip"
                );
            }
        }
    }
    let _ = serde_json::from_slice::<types::SuspendedTicketsPage>(data);
    let _ = serde_json::from_slice::<types::DeletedTicketsPage>(data);
    let _ = serde_json::from_slice::<types::JobStatusesPage>(data);
    let _ = serde_json::from_slice::<types::JobStatusResponse>(data);
}

fn pages(data: &[u8]) {
    if let Some(Records::OneByOne(each)) =
        record_by_record::<types::SuspendedTicket>(data, "suspended_tickets").map(|p| p.records)
    {
        for item in &each {
            if let Err(e) = item {
                assert!(matches!(e, Error::Record { .. }));
                let _ = e.to_string();
            }
        }
    }
    let _ = record_by_record::<types::DeletedTicket>(data, "deleted_tickets");
    let _ = record_by_record::<types::JobStatus>(data, "job_statuses");
}

fn errors(data: &[u8]) {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", HeaderValue::from_static("7"));
    for status in [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 999] {
        let e = Error::from_status(status, &headers, data);
        assert_eq!(e.status(), Some(status));
        let _ = e.to_string();
        let _ = format!("{e:?}");
    }
}

/// Header lines `name: value` from the input, for the header readers.
fn headers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut map = HeaderMap::new();
    for line in text.lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if let (Ok(n), Ok(v)) = (
            HeaderName::try_from(name.trim()),
            HeaderValue::try_from(value.trim()),
        ) {
            map.append(n, v);
        }
    }
    if let Some(limit) = RateLimit::from_headers(&map) {
        // A wait is never longer than the window.
        assert!(limit.wait_before_next() <= crate::rate_limit::WINDOW);
    }
    for budget in EndpointBudget::from_headers(&map) {
        assert!(budget.limit.wait_before_next() <= crate::rate_limit::WINDOW);
    }
    let _ = retry::retry_after(&map);
}

/// Whatever a job or a recover failure list says, every id sent is reported
/// exactly once.
fn accounting(data: &[u8]) {
    let ids: Vec<i64> = vec![1, 2, 3, 9_007_199_254_740_993, i64::MAX];
    let once = |outcome: &BatchOutcome, what: &str| {
        let seen: Vec<i64> = outcome.outcomes.iter().map(|o| o.id).collect();
        let unique: BTreeSet<i64> = seen.iter().copied().collect();
        assert_eq!(seen.len(), ids.len(), "{what}: {outcome:?}");
        assert_eq!(unique, ids.iter().copied().collect(), "{what}: {outcome:?}");
    };
    if let Ok(job) = serde_json::from_slice::<types::JobStatus>(data) {
        let mut outcome = BatchOutcome::default();
        account_job(&mut outcome, &ids, &job);
        once(&outcome, "job");
    }
    if let Ok(types::RecoverSuspendedTicketsFailure::SuspendedTicketsNotRecovered(f)) =
        serde_json::from_slice::<types::RecoverSuspendedTicketsFailure>(data)
    {
        let mut outcome = BatchOutcome::default();
        account_not_recovered(&mut outcome, &ids, &f.suspended_tickets);
        once(&outcome, "recover failures");
    }
}
