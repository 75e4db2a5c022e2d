//! The handwritten layer end to end against the simulator: pagination over
//! thousands, batches with mixed 422s, a 429 storm at a low rate limit,
//! faults. (The main job, `zendesk-moderate`, is tested in `cli/tests`.)

use futures::{StreamExt, TryStreamExt};
use std::collections::{BTreeSet, HashMap};
use std::time::Duration;
use zendesk_simulator::{Config, Fault};
use zendesk_support::{Error, RetryPolicy, WaitOptions};

fn quick_jobs() -> WaitOptions {
    WaitOptions {
        timeout: Duration::from_secs(30),
        initial_interval: Duration::from_millis(20),
        max_interval: Duration::from_millis(100),
        ..WaitOptions::default()
    }
}

#[tokio::test]
async fn streams_thousands_in_order_with_flat_pages() {
    let sim = zendesk_simulator::start(Config {
        suspended: 4000,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.client();
    let before = sim.snapshot();
    let created: Vec<String> = client
        .suspended_tickets()
        .sort_by(zendesk_support::types::ListSuspendedTicketsSortBy::CreatedAt)
        .stream()
        .map_ok(|t| t.created_at.unwrap().to_rfc3339())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(created.len(), before.suspended.len());
    assert!(
        created.windows(2).all(|w| w[0] <= w[1]),
        "sorted by created_at"
    );
    // 100 per page: ceil(4004 / 100) requests.
    assert_eq!(
        sim.snapshot().counters.requests - before.counters.requests,
        41
    );

    let ids: BTreeSet<i64> = client
        .suspended_tickets()
        .page_size(37)
        .stream()
        .map_ok(|t| t.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        ids.len(),
        before.suspended.len(),
        "no duplicates, none missing"
    );
}

#[tokio::test]
async fn batches_with_unrecoverable_tickets_account_for_every_id() {
    let sim = zendesk_simulator::start(Config {
        suspended: 600,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.client();
    let all: Vec<(i64, bool, Option<i64>)> = sim
        .snapshot()
        .suspended
        .iter()
        .map(|t| {
            (
                t.id,
                zendesk_simulator::recoverable(t),
                t.author.as_ref().and_then(|a| a.id),
            )
        })
        .collect();
    assert!(
        all.iter().any(|(_, ok, _)| !ok),
        "the data has unrecoverable tickets"
    );
    let ids: Vec<i64> = all.iter().map(|(id, _, _)| *id).take(250).collect();
    let tickets_before = sim.snapshot().tickets.len();

    let outcome = client.recover_many(ids.clone()).await;

    let expected_failed: BTreeSet<i64> = all
        .iter()
        .take(250)
        .filter(|(_, ok, _)| !ok)
        .map(|(id, _, _)| *id)
        .collect();
    let failed: BTreeSet<i64> = outcome.not_done().iter().map(|f| f.id).collect();
    assert_eq!(failed, expected_failed);
    assert!(outcome.not_done().iter().all(|f| f.outcome
        == zendesk_support::Outcome::failed("Received from support address", Some(422))));
    assert_eq!(outcome.outcomes.len(), 250);
    let done = outcome.done();
    let after = sim.snapshot();
    let still: BTreeSet<i64> = after.suspended.iter().map(|t| t.id).collect();
    assert!(
        done.iter().all(|id| !still.contains(id)),
        "recovered ones are gone"
    );
    assert!(
        failed.iter().all(|id| still.contains(id)),
        "failed ones remain"
    );
    assert_eq!(after.tickets.len(), tickets_before + done.len());
    // recover_many keeps the original requester where the author is known.
    let authors: HashMap<i64, i64> = all
        .iter()
        .filter_map(|(id, _, a)| a.map(|a| (*id, a)))
        .collect();
    let known = done.iter().filter(|id| authors.contains_key(id)).count();
    let requesters: BTreeSet<i64> = after
        .tickets
        .iter()
        .filter_map(|t| t.requester_id)
        .collect();
    assert!(known > 0);
    assert!(done
        .iter()
        .filter_map(|id| authors.get(id))
        .all(|a| requesters.contains(a)));
    assert!(
        !requesters.contains(&1_000_001),
        "the agent did not become a requester"
    );
}

#[tokio::test]
async fn a_429_storm_at_a_low_rate_limit_is_waited_out() {
    let sim = zendesk_simulator::start(Config {
        suspended: 1500,
        rate_limit: 5,
        rate_window: Duration::from_secs(1),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.client_builder().pace_requests(false).build().unwrap();
    let count = client
        .suspended_tickets()
        .stream()
        .try_fold(0, |n, _| async move { Ok(n + 1) })
        .await
        .unwrap();
    assert_eq!(count, 1504);
    let snap = sim.snapshot();
    assert!(
        snap.counters.rate_limited > 0,
        "the storm happened: {} requests limited",
        snap.counters.rate_limited
    );
}

/// Many requests in flight at once each take a share of the window the last
/// response reported: together they wait for the reset instead of running
/// into `429`s.
#[tokio::test]
async fn concurrent_requests_share_the_window_without_429s() {
    let sim = zendesk_simulator::start(Config {
        suspended: 10,
        rate_limit: 12,
        rate_window: Duration::from_secs(1),
        latency: Duration::from_millis(20),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.client();
    let id = sim.snapshot().suspended[0].id;
    // One call first, so the client has read the window.
    client.show_suspended_ticket(id).await.unwrap();
    let calls = futures::stream::iter(0..60)
        .map(|_| client.show_suspended_ticket(id))
        .buffer_unordered(8)
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(calls.len(), 60);
    let snap = sim.snapshot();
    assert_eq!(snap.counters.requests, 61, "no call was sent twice");
    assert_eq!(
        snap.counters.rate_limited, 0,
        "the window was shared, not overrun"
    );
}

#[tokio::test]
async fn unavailable_503s_are_retried_through() {
    let sim = zendesk_simulator::start(Config {
        suspended: 800,
        fault_rate: 0.3,
        faults: vec![Fault::Unavailable],
        seed: 3,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim
        .client_builder()
        .retry_policy(RetryPolicy {
            max_attempts: 8,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let count = client
        .suspended_tickets()
        .stream()
        .try_fold(0, |n, _| async move { Ok(n + 1) })
        .await
        .unwrap();
    assert_eq!(count, 804);
    assert!(
        sim.snapshot().counters.requests > 9,
        "some requests were retried"
    );
}

#[tokio::test]
async fn lost_answers_are_reported_as_unknown_never_as_done() {
    let sim = zendesk_simulator::start(Config {
        suspended: 300,
        fault_rate: 0.5,
        faults: vec![Fault::ServerError, Fault::DropConnection],
        seed: 11,
        ..Config::default()
    })
    .await
    .unwrap();
    let ids: Vec<i64> = sim
        .snapshot()
        .suspended
        .iter()
        .filter(|t| zendesk_simulator::recoverable(t))
        .map(|t| t.id)
        .collect();
    let client = sim.client();
    let outcome = client.recover_many(ids.clone()).await;
    assert_eq!(outcome.outcomes.len(), ids.len(), "every id accounted for");
    assert!(
        outcome.failed().is_empty(),
        "the server did the work, then the answer was lost: {outcome:?}"
    );
    assert!(!outcome.unknown().is_empty(), "faults happened");
    let still: BTreeSet<i64> = sim.snapshot().suspended.iter().map(|t| t.id).collect();
    assert!(
        outcome.done().iter().all(|id| !still.contains(id)),
        "`done` is always true"
    );
}

#[tokio::test]
async fn a_malformed_body_is_a_decode_error_with_the_body() {
    let sim = zendesk_simulator::start(Config {
        fault_rate: 1.0,
        faults: vec![Fault::MalformedBody],
        ..Config::default()
    })
    .await
    .unwrap();
    let err = sim.client().show_ticket(24000000000042).await.unwrap_err();
    let Error::Decode { body, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(body.starts_with("{\"suspended_tickets\""));
}

#[tokio::test]
async fn wrong_credentials_get_zendesks_401() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let client = zendesk_support::Client::builder()
        .base_url(sim.base_url())
        .api_token(sim.email(), "wrong")
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    assert!(
        matches!(err, Error::Unauthorized(ref a) if a.error.as_deref() == Some("Couldn't authenticate you")),
        "{err:?}"
    );
}

#[tokio::test]
async fn purging_waits_for_jobs_and_removes_the_tickets() {
    let sim = zendesk_simulator::start(Config {
        deleted: 150,
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.client();
    let ids: Vec<i64> = sim.snapshot().deleted.iter().map(|d| d.id).collect();
    let mut with_unknown = ids.clone();
    with_unknown.push(1);
    let outcome = client
        .delete_permanently_many(with_unknown, &quick_jobs())
        .await;
    assert_eq!(outcome.done().len(), ids.len());
    assert_eq!(
        outcome.failed().iter().map(|f| f.id).collect::<Vec<_>>(),
        vec![1]
    );
    assert!(sim.snapshot().deleted.is_empty());
}

/// The simulator answers gzip when asked, as Zendesk does; a page of 100
/// suspended tickets is several times smaller. (BENCHMARKS.md quotes the
/// sizes this prints.)
#[tokio::test]
async fn a_page_comes_gzipped_when_asked() {
    let sim = zendesk_simulator::start(Config {
        suspended: 200,
        ..Config::default()
    })
    .await
    .unwrap();
    let raw = zendesk_support::http_client()
        .unwrap()
        .no_gzip()
        .build()
        .unwrap();
    let url = format!(
        "{}/api/v2/suspended_tickets?page%5Bsize%5D=100",
        sim.base_url()
    );
    let get = |gzip: bool| {
        let mut request = raw
            .get(&url)
            .basic_auth(format!("{}/token", sim.email()), Some(sim.token()));
        if gzip {
            request = request.header("accept-encoding", "gzip");
        }
        request.send()
    };
    let plain = get(false).await.unwrap();
    assert_eq!(plain.headers().get("content-encoding"), None);
    let plain = plain.bytes().await.unwrap().len();
    let zipped = get(true).await.unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    let zipped = zipped.bytes().await.unwrap().len();
    eprintln!("a page of 100 suspended tickets: {plain} bytes, {zipped} gzipped");
    assert!(zipped * 3 < plain, "{zipped} of {plain}");
    // The client asks for it and reads it.
    let read = sim.client().suspended_tickets().stream().count().await;
    assert_eq!(read, sim.snapshot().suspended.len());
}
