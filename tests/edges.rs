//! The promises at the edges, one test per way they used to break: jobs whose
//! end is not seen, cursor loops, unmatched 422s, resumable streams, bad
//! records, tomorrow's enum values, errors by status, huge bodies,
//! `Retry-After` forms, endpoint budgets, and waits without a deadline.

mod common;
mod hostile;

use common::quick_wait;
use futures::{StreamExt, TryStreamExt};
use hostile::{Hostile, Reply};
use httpmock::prelude::*;
use serde_json::json;
use std::time::{Duration, Instant};
use zendesk_support::types::{JobStatusStatus, TicketStatus};
use zendesk_support::{Client, Error};

fn client_for(base_url: &str) -> Client {
    common::builder_for(base_url)
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap()
}

fn client(server: &MockServer) -> Client {
    client_for(&server.base_url())
}

// ------------------------------------------------------------------ jobs

/// Zendesk accepted the job; a poll that times out or a status that is gone
/// cannot mean "not done": the ids are outcome unknown, with the job's id.
#[tokio::test]
async fn a_job_whose_end_is_not_seen_leaves_its_ids_unknown_with_the_job_id() {
    for (name, status, body) in [
        (
            "still running",
            200,
            json!({ "job_statuses": [{ "id": "J1", "status": "working" }] }),
        ),
        ("left out of show_many", 200, json!({ "job_statuses": [] })),
        (
            "show_many fails, and the status alone is gone",
            500,
            json!({ "error": "InternalServerError", "description": "boom" }),
        ),
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.method(DELETE)
                    .path("/api/v2/deleted_tickets/destroy_many");
                then.status(200)
                    .json_body(json!({ "job_status": { "id": "J1", "status": "queued" } }));
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/job_statuses/show_many")
                    .query_param("ids", "J1");
                then.status(status).json_body(body.clone());
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/job_statuses/J1");
                then.status(404)
                    .json_body(json!({ "error": "RecordNotFound", "description": "Not found" }));
            })
            .await;
        let client = client(&server);
        let outcome = client
            .delete_permanently_many([1, 2, 3], &quick_wait(Duration::from_millis(100)))
            .await;
        assert!(outcome.done().is_empty(), "{name}");
        assert_eq!(outcome.unknown().len(), 3, "{name}: {outcome:?}");
        for f in outcome.unknown() {
            assert_eq!(f.outcome.job(), Some("J1"), "{name}");
        }
    }
}

/// A job status this client does not know (`aborted`) decodes, ends the wait
/// at once, and leaves the job's ids unknown rather than done or failed.
#[tokio::test]
async fn a_job_status_added_tomorrow_decodes_and_is_not_waited_on() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J2");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "J2", "status": "aborted" } }));
        })
        .await;
    let client = client(&server);
    let started = Instant::now();
    let job = client
        .wait_for_job("J2", &quick_wait(Duration::from_secs(10)))
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(matches!(&job.status, JobStatusStatus::Unknown(v) if v == "aborted"));
    assert_eq!(job.status.to_string(), "aborted");
}

/// `Duration::MAX` means "no deadline", not an overflow.
#[tokio::test]
async fn waiting_without_a_deadline_does_not_panic() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J3");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "J3", "status": "completed", "results": { "success": true } } }));
        })
        .await;
    let job = client(&server)
        .wait_for_job("J3", &quick_wait(Duration::MAX))
        .await
        .unwrap();
    assert_eq!(job.status, JobStatusStatus::Completed);
}

// ------------------------------------------------------------ pagination

fn page(ids: &[i64], after: Option<&str>) -> serde_json::Value {
    json!({
        "suspended_tickets": ids.iter().map(|i| json!({ "id": i })).collect::<Vec<_>>(),
        "meta": { "has_more": after.is_some(), "after_cursor": after },
    })
}

/// A → B → A: the stream stops with `CursorLoop` instead of listing forever.
#[tokio::test]
async fn a_cursor_cycle_ends_the_stream_with_an_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "A");
            then.status(200).json_body(page(&[2], Some("B")));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "B");
            then.status(200).json_body(page(&[3], Some("A")));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param_missing("page[after]");
            then.status(200).json_body(page(&[1], Some("A")));
        })
        .await;
    let client = client(&server);
    let results: Vec<_> = tokio::time::timeout(
        Duration::from_secs(5),
        client.suspended_tickets().stream().collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends");
    let ids: Vec<i64> = results
        .iter()
        .filter_map(|r| Some(r.as_ref().ok()?.id))
        .collect();
    assert_eq!(ids, [1, 2, 3]);
    assert!(
        matches!(results.last(), Some(Err(Error::CursorLoop { cursor })) if cursor == "A"),
        "{:?}",
        results.last()
    );
}

/// A page that fails after the retries ends the stream; the stream says
/// which cursor to resume from, and a new stream from there finishes the
/// listing without repeating what was delivered.
#[tokio::test]
async fn a_failed_stream_resumes_from_its_last_cursor() {
    let server = MockServer::start_async().await;
    let broken = server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "c2");
            then.status(500).body("boom");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "c1");
            then.status(200).json_body(page(&[3, 4], Some("c2")));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param_missing("page[after]");
            then.status(200).json_body(page(&[1, 2], Some("c1")));
        })
        .await;
    let client = client(&server);
    let mut stream = client.suspended_tickets().stream();
    let mut seen = Vec::new();
    let error = loop {
        match stream.next().await {
            Some(Ok(t)) => seen.push(t.id),
            Some(Err(e)) => break e,
            None => panic!("the broken page must fail"),
        }
    };
    assert!(matches!(error, Error::Server(_)), "{error:?}");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after the error"
    );
    assert_eq!(seen, [1, 2, 3, 4]);
    let cursor = stream.resume_after().expect("a cursor to resume from");
    assert_eq!(cursor, "c2");

    // The server recovers; the listing goes on from c2.
    broken.delete_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "c2");
            then.status(200).json_body(page(&[5], None));
        })
        .await;
    let rest: Vec<i64> = client
        .suspended_tickets()
        .after(cursor)
        .stream()
        .map_ok(|t| t.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest, [5]);
}

/// One record the types cannot read is its own error, with its raw JSON;
/// its neighbours arrive and the stream goes on to the next page. Tomorrow's
/// enum values are not bad records.
#[tokio::test]
async fn a_bad_record_is_its_own_error_and_the_stream_goes_on() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param("page[after]", "c1");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 4 }],
                "meta": { "has_more": false },
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param_missing("page[after]");
            then.status(200).json_body(json!({
                "deleted_tickets": [
                    { "id": 1 },
                    { "id": "two", "subject": "an id Zendesk wrote as text" },
                    { "id": 3, "deleted_at": "the fourth of July" },
                    // Zendesk's docs' basic ISO form: read, not lost.
                    { "id": 5, "deleted_at": "20140704T15:37:04Z" },
                ],
                "meta": { "has_more": true, "after_cursor": "c1" },
            }));
        })
        .await;
    let client = client(&server);
    let results: Vec<_> = client.deleted_tickets().stream().collect().await;
    assert_eq!(results.len(), 5, "{results:?}");
    assert_eq!(results[0].as_ref().unwrap().id, 1);
    match &results[1] {
        Err(Error::Record { raw, .. }) => assert!(raw.contains("\"two\""), "{raw}"),
        other => panic!("expected a bad record, got {other:?}"),
    }
    match &results[2] {
        Err(Error::Record { raw, .. }) => assert!(raw.contains("the fourth of July")),
        other => panic!("expected a bad record, got {other:?}"),
    }
    let basic = results[3].as_ref().unwrap();
    assert_eq!(basic.id, 5);
    assert_eq!(
        basic.deleted_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2014-07-04T15:37:04+00:00")
    );
    assert_eq!(results[4].as_ref().unwrap().id, 4);
}

#[tokio::test]
async fn ticket_values_added_tomorrow_decode() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/9");
            then.status(200).json_body(json!({
                "ticket": { "id": 9, "status": "archived", "priority": "critical", "type": "chore" }
            }));
        })
        .await;
    let ticket = client(&server).show_ticket(9).await.unwrap();
    assert!(matches!(&ticket.status, Some(TicketStatus::Unknown(v)) if v.as_str() == "archived"));
    // A known value is never Unknown: the payload cannot be built outside.
    assert_eq!(TicketStatus::from("open"), TicketStatus::Open);
    assert_ne!(TicketStatus::from("archived"), TicketStatus::Open);
    assert!(!ticket.status.as_ref().unwrap().is_known());
    assert_eq!(ticket.priority.unwrap().as_str(), "critical");
    assert_eq!(
        serde_json::to_value(ticket.type_.unwrap()).unwrap(),
        json!("chore")
    );
    assert_eq!(TicketStatus::from("open"), TicketStatus::Open);
    // A soft-deleted ticket, as the incremental export serves it.
    assert_eq!(TicketStatus::from("deleted"), TicketStatus::Deleted);
}

/// Zendesk documents a suspended ticket's error messages as objects and its
/// attachments as nullable; strings (as the spec once said) read too, and a
/// recover 422 gives the messages' words as the reason.
#[tokio::test]
async fn error_messages_of_either_shape_and_null_attachments_read() {
    let server = MockServer::start_async().await;
    let ticket = json!({
        "id": 5,
        "cause": "Received from support address",
        "error_messages": [{ "description": "The sender is the support address" }, "and a string"],
        "attachments": null
    });
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/5");
            then.status(200)
                .json_body(json!({ "suspended_ticket": ticket.clone() }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/recover_many");
            then.status(422)
                .json_body(json!({ "suspended_tickets": [ticket.clone()] }));
        })
        .await;
    let client = client(&server);
    let shown = client.show_suspended_ticket(5).await.unwrap();
    assert_eq!(shown.error_messages.as_ref().map(Vec::len), Some(2));
    assert_eq!(shown.attachments, None);
    let outcome = client.recover_many([5]).await;
    assert_eq!(outcome.failed().len(), 1, "{outcome:?}");
    assert_eq!(
        outcome.failed()[0].outcome.reason(),
        Some("Received from support address; The sender is the support address; and a string")
    );
}

// ------------------------------------------------------------ batches

/// A recover_many 422 whose list cannot be matched to the ids sent says
/// nothing sure of the others: unknown, never done.
#[tokio::test]
async fn an_unmatched_recover_failure_list_leaves_ids_unknown() {
    for (name, listed) in [
        (
            "id null",
            json!([{ "id": null, "cause": "Detected as spam" }]),
        ),
        (
            "no id",
            json!([{ "subject": "which one?", "cause": "Detected as spam" }]),
        ),
        ("empty list", json!([])),
        (
            "ids not sent",
            json!([{ "id": 999, "cause": "Detected as spam" }]),
        ),
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/suspended_tickets/recover_many");
                then.status(422)
                    .json_body(json!({ "suspended_tickets": listed.clone() }));
            })
            .await;
        let outcome = client(&server).recover_many([1, 2]).await;
        assert!(outcome.done().is_empty(), "{name}: {:?}", outcome.done());
        assert_eq!(outcome.unknown().len(), 2, "{name}: {outcome:?}");
    }
}

// ------------------------------------------------------------ errors

/// The status decides, whatever the body: a proxy's HTML 403 is
/// `Forbidden` with the page kept, an empty 401 `Unauthorized`; and the ids
/// behind them are failed with that reason, known not done.
#[tokio::test]
async fn errors_are_classified_by_status_whatever_their_body() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/1");
            then.status(403)
                .header("content-type", "text/html")
                .body("<html><body>Forbidden by proxy</body></html>");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets/restore_many");
            then.status(401);
        })
        .await;
    let client = client(&server);
    match client.show_suspended_ticket(1).await {
        Err(Error::Forbidden(api)) => {
            assert_eq!(api.status, 403);
            assert!(api.body.contains("Forbidden by proxy"));
        }
        other => panic!("expected Forbidden, got {other:?}"),
    }
    let outcome = client.restore_many([5, 6]).await;
    assert_eq!(outcome.failed().len(), 2, "{outcome:?}");
    for f in outcome.failed() {
        assert_eq!(f.outcome.status(), Some(401));
        let reason = f.outcome.reason().unwrap_or_default();
        assert!(reason.starts_with("unauthorized"), "{reason}");
    }
}

/// A body past the limit is not read whole: a success is `BodyTooLarge`, an
/// error keeps only its start.
#[tokio::test]
async fn bodies_past_the_limit_are_not_read_whole() {
    for (status, target) in [(200, "/api/v2/tickets/1"), (500, "/api/v2/tickets/2")] {
        let server = Hostile::start(
            target,
            Reply::Huge {
                status,
                bytes: 50 * 1024 * 1024,
            },
            |_| Reply::empty(404),
        )
        .await;
        let client = Client::builder()
            .base_url(&server.base_url)
            .api_token("agent@example.com", "token")
            .no_retries()
            .max_response_bytes(1024 * 1024)
            .build()
            .unwrap();
        let id = if status == 200 { 1 } else { 2 };
        match client.show_ticket(id).await {
            Err(Error::BodyTooLarge { status: 200, limit }) if status == 200 => {
                assert_eq!(limit, 1024 * 1024)
            }
            Err(Error::Server(api)) if status == 500 => {
                assert!(api.body.len() < zendesk_support::KEPT_BODY_BYTES + 100);
            }
            other => panic!("HTTP {status}: got {other:?}"),
        }
    }
}

// ------------------------------------------------------------ pacing

/// `Retry-After` as an HTTP date is honoured; `Retry-After: 0` does not make
/// the client spin (it still backs off).
#[tokio::test]
async fn retry_after_as_a_date_and_as_zero() {
    let date = (chrono::Utc::now() + chrono::Duration::seconds(2))
        .to_rfc2822()
        .replace("+0000", "GMT");
    for (value, at_least) in [
        (date.as_str(), Duration::from_millis(900)),
        ("0", Duration::from_millis(2)),
    ] {
        let server = Hostile::start(
            "/api/v2/tickets/1",
            Reply::typed(429, "text/plain", "Too Many Requests").with_header("retry-after", value),
            |_| Reply::json(200, &json!({ "ticket": { "id": 1 } })),
        )
        .await;
        let started = Instant::now();
        let ticket = client_for(&server.base_url).show_ticket(1).await.unwrap();
        let waited = started.elapsed();
        assert_eq!(ticket.id, 1);
        assert!(waited >= at_least, "Retry-After {value}: waited {waited:?}");
        assert_eq!(server.count("/api/v2/tickets/1"), 2);
    }
}

/// An endpoint's own budget (`zendesk-rate-limit-…: remaining=0; resets=1`)
/// paces the next call to that endpoint, and only to that one.
#[tokio::test]
async fn an_endpoint_budget_paces_that_endpoint() {
    // Today's header name (Zendesk's reference) and the 2023 recordings' one.
    for header in [
        "zendesk-ratelimit-tickets-destroy",
        "zendesk-rate-limit-tickets-destroy",
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/tickets/1");
                then.status(204)
                    .header(header, "total=400; remaining=0; resets=1")
                    .header("x-rate-limit", "700")
                    .header("x-rate-limit-remaining", "650");
            })
            .await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/tickets/2");
                then.status(200).json_body(json!({ "ticket": { "id": 2 } }));
            })
            .await;
        let client = client(&server);
        client.delete_ticket(1).await.unwrap();
        let started = Instant::now();
        client.show_ticket(2).await.unwrap();
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "{header}: another endpoint waits for nothing"
        );
        let started = Instant::now();
        client.delete_ticket(1).await.unwrap();
        assert!(
            started.elapsed() >= Duration::from_millis(700),
            "{header}: the spent endpoint waited {:?}",
            started.elapsed()
        );
    }
}

/// A reset years away is not believed: the next call does not sleep.
#[tokio::test]
async fn a_reset_years_away_does_not_stall_the_client() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/1");
            then.status(200)
                .header("ratelimit-remaining", "0")
                .header("ratelimit-reset", "31536000")
                .json_body(json!({ "ticket": { "id": 1 } }));
        })
        .await;
    let client = client(&server);
    client.show_ticket(1).await.unwrap();
    let started = Instant::now();
    client.show_ticket(1).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn restore_reads_the_live_empty_object_and_the_documented_empty_body() {
    // Live Zendesk answers `{}`; the docs say the body is empty. Both are a
    // success, and neither is parsed into anything.
    for (body, content_type) in [
        ("{}", "application/json; charset=utf-8"),
        ("", "text/plain"),
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.method(PUT).path("/api/v2/deleted_tickets/7/restore");
                then.status(200)
                    .header("content-type", content_type)
                    .body(body);
            })
            .await;
        client(&server)
            .restore_deleted_ticket(7)
            .await
            .unwrap_or_else(|e| panic!("body {body:?}: {e}"));
    }
}

// ------------------------------------------------------------ encodings

/// `data` gzip-compressed.
fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// A body that is not what its `Content-Encoding` says (not gzip, gzip cut
/// short, gzip twice, an encoding the client did not ask for) is an answer
/// that could not be read, and the error names the encoding; never an
/// empty page.
#[tokio::test]
async fn a_body_that_is_not_its_encoding_is_an_error_naming_it() {
    let page = br#"{"suspended_tickets":[{"id":1}],"meta":{"has_more":false}}"#;
    let whole = gzip(page);
    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        ("declared gzip, sent plain", "gzip", page.to_vec(), "gzip"),
        (
            "gzip cut short",
            "gzip",
            whole[..whole.len() / 2].to_vec(),
            "gzip",
        ),
        ("gzip twice", "gzip", gzip(&whole), "compressed twice"),
        (
            "brotli, not asked for",
            "br",
            page.to_vec(),
            "Content-Encoding: br",
        ),
    ];
    for (name, encoding, body, named) in cases {
        let reply = move || hostile::Reply::Full {
            status: 200,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("content-encoding".into(), encoding.into()),
            ],
            body: body.clone(),
        };
        let first = reply();
        let server =
            hostile::Hostile::start("/api/v2/suspended_tickets", first, move |_| reply()).await;
        let client = common::builder_for(&server.base_url)
            .no_retries()
            .build()
            .unwrap();
        let items: Vec<_> = client.suspended_tickets().stream().collect().await;
        match items.as_slice() {
            [Err(e @ Error::Decode { .. })] => {
                assert!(e.to_string().contains(named), "{name}: {e}")
            }
            other => panic!("{name}: expected one decode error, got {other:?}"),
        }
    }
}
