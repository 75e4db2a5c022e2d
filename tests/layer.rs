//! The handwritten layer against httpmock: auth and headers, pagination,
//! batches, retries and rate limits, jobs, errors, secrets, configuration.

use futures::TryStreamExt;
use httpmock::prelude::*;
use httpmock::HttpMockRequest;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use zendesk_support::{Client, ClientBuilder, ConfigError, Error, Outcome, WaitOptions};

mod common;

use common::{basic, first, EMAIL, TOKEN};

fn client(server: &MockServer) -> Client {
    common::client_for(&server.base_url())
}

fn suspended(id: i64, cause: &str) -> Value {
    json!({ "id": id, "cause": cause, "subject": format!("s{id}") })
}

// ------------------------------------------------------------- wire

#[tokio::test]
async fn requests_carry_auth_and_user_agent_but_no_api_version_header() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/suspended_tickets/7")
                .header("authorization", basic())
                .header("user-agent", zendesk_support::USER_AGENT)
                .header_missing("api-version");
            then.status(200)
                .json_body(json!({ "suspended_ticket": suspended(7, "spam") }));
        })
        .await;
    let ticket = client(&server).show_suspended_ticket(7).await.unwrap();
    assert_eq!(ticket.id, 7);
    mock.assert_async().await;
}

#[tokio::test]
async fn oauth_tokens_are_sent_as_bearer() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.header("authorization", "Bearer oauth-xyz");
            then.status(204);
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .oauth_token("oauth-xyz")
        .build()
        .unwrap();
    client.delete_suspended_ticket(1).await.unwrap();
    mock.assert_async().await;
}

// ------------------------------------------------------------- pagination

#[tokio::test]
async fn streams_every_item_across_pages_with_sort_options() {
    let server = MockServer::start_async().await;
    let page = |ids: std::ops::Range<i64>, after: Option<&str>| {
        json!({
            "suspended_tickets": ids.map(|i| suspended(i, "spam")).collect::<Vec<_>>(),
            "meta": { "has_more": after.is_some(), "after_cursor": after, "before_cursor": null },
            "links": { "next": after.map(|a| format!("{}/api/v2/suspended_tickets?page%5Bafter%5D={a}", server.base_url())), "prev": null },
        })
    };
    let first_page = server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[size]", "100")
                .query_param("sort_by", "created_at")
                .query_param("sort_order", "desc")
                .query_param_missing("page[after]");
            then.status(200).json_body(page(0..100, Some("c1")));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "c1")
                .query_param("sort_by", "created_at");
            then.status(200).json_body(page(100..200, Some("c2")));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets")
                .query_param("page[after]", "c2");
            then.status(200).json_body(page(200..250, None));
        })
        .await;
    let client = client(&server);
    let ids: Vec<i64> = client
        .suspended_tickets()
        .sort_by(zendesk_support::types::ListSuspendedTicketsSortBy::CreatedAt)
        .sort_order(zendesk_support::types::ListSuspendedTicketsSortOrder::Desc)
        .stream()
        .map_ok(|t| t.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, (0..250).collect::<Vec<_>>());
    first_page.assert_async().await;
    second.assert_async().await;
    third.assert_async().await;
}

/// `links.next` is never followed: the stream follows the cursor on the
/// configured host, so a link to another host (a proxy's rewrite, or a
/// hostile one) neither stops the listing nor receives a request.
#[tokio::test]
async fn a_next_link_to_another_host_is_never_followed() {
    let server = MockServer::start_async().await;
    let elsewhere = MockServer::start_async().await;
    let trap = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({ "deleted_tickets": [] }));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param("page[after]", "c1");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 3 }],
                "meta": { "has_more": false },
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param_missing("page[after]");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 1 }, { "id": 2 }],
                "meta": { "has_more": true, "after_cursor": "c1" },
                "links": { "next": format!("{}/api/v2/deleted_tickets?page%5Bafter%5D=c1", elsewhere.base_url()) },
            }));
        })
        .await;
    let client = client(&server);
    let results: Vec<Result<_, Error>> = client.deleted_tickets().stream().collect_items().await;
    let ids: Vec<i64> = results.iter().map(|r| r.as_ref().unwrap().id).collect();
    assert_eq!(ids, [1, 2, 3]);
    second.assert_async().await;
    assert_eq!(trap.calls_async().await, 0);
}

/// Collects a stream of results, errors included.
trait CollectItems<T> {
    async fn collect_items(self) -> Vec<Result<T, Error>>;
}

impl<T, S: futures::Stream<Item = Result<T, Error>>> CollectItems<T> for S {
    async fn collect_items(self) -> Vec<Result<T, Error>> {
        use futures::StreamExt;
        self.collect().await
    }
}

#[tokio::test]
async fn job_statuses_stream_too() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses").query_param("page[size]", "100");
            then.status(200).json_body(json!({
                "job_statuses": [{ "id": "a", "status": "completed" }, { "id": "b", "status": "queued" }],
                "meta": { "has_more": false },
            }));
        })
        .await;
    let jobs: Vec<_> = client(&server).job_statuses().try_collect().await.unwrap();
    assert_eq!(jobs.len(), 2);
}

// ------------------------------------------------------------- batches

fn ids_of(req: &HttpMockRequest) -> Vec<i64> {
    let query = req.uri().query().unwrap_or_default().to_string();
    let ids = url_param(&query, "ids");
    ids.split(',').filter_map(|s| s.parse().ok()).collect()
}

fn url_param(query: &str, name: &str) -> String {
    query
        .split('&')
        .find_map(|kv| {
            kv.split_once('=')
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v)
        })
        .map(|v| v.replace("%2C", ",").replace("%2c", ","))
        .unwrap_or_default()
}

#[tokio::test]
async fn batches_of_0_1_100_101_and_250_ids_account_for_every_id() {
    for size in [0usize, 1, 100, 101, 250] {
        let server = MockServer::start_async().await;
        // Calls whose ids are all fine answer 200; calls with a multiple of
        // 7 answer 422 listing those as not recovered.
        let calls = Arc::new(Mutex::new(Vec::<Vec<i64>>::new()));
        let seen = calls.clone();
        let clean = server
            .mock_async(move |when, then| {
                when.method(PUT)
                    .path("/api/v2/suspended_tickets/recover_many")
                    .is_true(move |req| {
                        let ids = ids_of(req);
                        seen.lock().unwrap().push(ids.clone());
                        ids.iter().all(|i| i % 7 != 0)
                    });
                then.status(200)
                    .json_body(json!({ "tickets": [{ "id": 1, "status": "open" }] }));
            })
            .await;
        // Each call's 422 lists exactly the ids of that call that failed,
        // as Zendesk does.
        let mut mixed = Vec::new();
        for chunk in zendesk_support::chunks(1..=size as i64) {
            let failing: Vec<i64> = chunk.iter().copied().filter(|i| i % 7 == 0).collect();
            if failing.is_empty() {
                continue;
            }
            let sent = chunk.clone();
            mixed.push(
                server
                    .mock_async(move |when, then| {
                        when.method(PUT)
                            .path("/api/v2/suspended_tickets/recover_many")
                            .is_true(move |req| ids_of(req) == sent);
                        then.status(422).json_body(json!({
                            "suspended_tickets": failing.iter()
                                .map(|&i| suspended(i, "Received from support address"))
                                .collect::<Vec<_>>()
                        }));
                    })
                    .await,
            );
        }
        let client = client(&server);
        // Duplicates are sent once.
        let ids: Vec<i64> = (1..=size as i64).chain(1..=size.min(3) as i64).collect();
        let outcome = client.recover_many(ids).await;

        let calls = calls.lock().unwrap().clone();
        assert_eq!(calls.len(), size.div_ceil(100), "size {size}: calls");
        assert!(calls.iter().all(|c| c.len() <= 100));
        let mut mixed_calls = 0;
        for m in &mixed {
            mixed_calls += m.calls_async().await;
        }
        assert_eq!(clean.calls_async().await + mixed_calls, calls.len());

        let mut accounted: Vec<i64> = outcome.outcomes.iter().map(|o| o.id).collect();
        accounted.sort();
        assert_eq!(
            accounted,
            (1..=size as i64).collect::<Vec<_>>(),
            "size {size}"
        );
        for f in outcome.not_done() {
            assert_eq!(f.id % 7, 0);
            assert_eq!(
                f.outcome,
                Outcome::failed("Received from support address", Some(422))
            );
        }
        assert!(outcome.done().iter().all(|id| id % 7 != 0));
    }
}

#[tokio::test]
async fn an_empty_batch_makes_no_request() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let client = client(&server);
    assert!(client.delete_suspended_many([]).await.all_done());
    assert!(client.restore_many(Vec::new()).await.outcomes.is_empty());
    let none = client
        .delete_permanently_many([], &WaitOptions::default())
        .await;
    assert!(none.outcomes.is_empty());
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn a_failed_chunk_reports_its_ids_with_the_reason() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path("/api/v2/suspended_tickets/destroy_many")
                .is_true(first(1));
            then.status(204);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path("/api/v2/suspended_tickets/destroy_many");
            then.status(403)
                .json_body(json!({ "error": "Forbidden", "description": "No access" }));
        })
        .await;
    let outcome = client(&server).delete_suspended_many(1..=150).await;
    assert_eq!(outcome.done(), (1..=100).collect::<Vec<_>>());
    let failed = outcome.failed();
    assert_eq!(failed.len(), 50);
    assert!(failed[0].outcome.reason().unwrap().contains("No access"));
    assert_eq!(failed[0].outcome.status(), Some(403));
}

#[tokio::test]
async fn recovering_one_ticket_the_two_ways() {
    let server = MockServer::start_async().await;
    let single = server
        .mock_async(|when, then| {
            when.method(PUT).path("/api/v2/suspended_tickets/5/recover");
            then.status(200)
                .json_body(json!({ "ticket": [{ "id": 50, "requester_id": 1 }] }));
        })
        .await;
    let many = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/api/v2/suspended_tickets/recover_many")
                .query_param("ids", "5");
            then.status(200)
                .json_body(json!({ "tickets": [{ "id": 51, "requester_id": 2 }] }));
        })
        .await;
    let client = client(&server);
    assert_eq!(client.recover(5).await.unwrap().id, 50);
    assert_eq!(client.recover_keeping_requester(5).await.unwrap().id, 51);
    single.assert_async().await;
    many.assert_async().await;
}

#[tokio::test]
async fn a_ticket_that_cannot_be_recovered_says_why() {
    let server = MockServer::start_async().await;
    let body = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/samples/recover_suspended_ticket/422-docs.json"
    ))
    .unwrap();
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/14668816692628/recover");
            then.status(422)
                .header("content-type", "application/json")
                .body(body);
        })
        .await;
    let err = client(&server).recover(14668816692628).await.unwrap_err();
    let Error::Invalid(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status, 422);
    assert_eq!(
        api.description.as_deref(),
        Some("Received from support address")
    );
}

// ------------------------------------------------------------- retries

#[tokio::test]
async fn a_429_is_retried_after_retry_after() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/9").is_true(first(1));
            then.status(429)
                .header("retry-after", "1")
                .body("Too Many Requests");
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/9");
            then.status(200)
                .header("x-rate-limit", "700")
                .header("x-rate-limit-remaining", "698")
                .json_body(json!({ "ticket": { "id": 9 } }));
        })
        .await;
    let client = client(&server);
    let started = std::time::Instant::now();
    let ticket = client.show_ticket(9).await.unwrap();
    assert_eq!(ticket.id, 9);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(
        (limited.calls_async().await, ok.calls_async().await),
        (1, 1)
    );
    let rate = client.rate_limit().unwrap();
    assert_eq!((rate.limit, rate.remaining), (Some(700), Some(698)));
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_is_handed_to_the_caller() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/export");
            then.status(429)
                .header("retry-after", "3600")
                .json_body(json!({ "error": "APIRateLimitExceeded", "description": "Number of allowed API requests per minute exceeded" }));
        })
        .await;
    let err = zendesk_support::call(client(&server).raw().export_suspended_tickets().send())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(3600))
    );
    assert_eq!(
        err.api().unwrap().error.as_deref(),
        Some("APIRateLimitExceeded")
    );
    assert_eq!(limited.calls_async().await, 1);
}

#[tokio::test]
async fn a_503_storm_exhausts_the_retry_budget() {
    let server = MockServer::start_async().await;
    let storm = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(503)
                .header("retry-after", "0")
                .body("Service Unavailable");
        })
        .await;
    let err = client(&server).show_ticket(1).await.unwrap_err();
    assert!(
        matches!(err, Error::Server(ref a) if a.status == 503),
        "{err:?}"
    );
    assert_eq!(
        storm.calls_async().await,
        3,
        "the default policy makes 3 attempts"
    );

    // Retries off: one attempt.
    let server = MockServer::start_async().await;
    let storm = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(503);
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token(EMAIL, TOKEN)
        .no_retries()
        .build()
        .unwrap();
    assert!(client.show_ticket(1).await.is_err());
    assert_eq!(storm.calls_async().await, 1);
}

#[tokio::test]
async fn a_non_idempotent_call_is_not_retried_after_a_500() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500)
                .json_body(json!({ "error": "InternalError" }));
        })
        .await;
    let client = client(&server);
    let outcome = client.recover_many([1, 2]).await;
    assert_eq!(
        failing.calls_async().await,
        1,
        "recover must not be sent twice"
    );
    assert_eq!(outcome.unknown().len(), 2, "{outcome:?}");
    assert!(outcome
        .unknown()
        .iter()
        .all(|f| f.outcome.status() == Some(500)));

    // An idempotent read is retried.
    failing.delete_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    assert!(client.show_ticket(1).await.is_err());
    assert_eq!(failing.calls_async().await, 3);
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200)
                .delay(Duration::from_secs(3))
                .json_body(json!({ "ticket": { "id": 1 } }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token(EMAIL, TOKEN)
        .timeout(Duration::from_millis(200))
        .no_retries()
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

// ------------------------------------------------------------- errors

#[tokio::test]
async fn malformed_json_keeps_the_raw_body() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200)
                .header("content-type", "application/json")
                .body("{\"ticket\": {\"id\": 1,");
        })
        .await;
    let err = client(&server).show_ticket(1).await.unwrap_err();
    let Error::Decode { body, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(body, "{\"ticket\": {\"id\": 1,");
}

#[tokio::test]
async fn errors_carry_status_request_id_and_zendesk_words() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(404)
                .header("x-request-id", "8a1b2c3d")
                .json_body(json!({ "error": "RecordNotFound", "description": "Not found" }));
        })
        .await;
    let err = client(&server)
        .show_suspended_ticket(404)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)));
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("8a1b2c3d"));
    assert_eq!(
        err.to_string(),
        "not found: HTTP 404: RecordNotFound: Not found (request id 8a1b2c3d)"
    );
}

// ------------------------------------------------------------- jobs

#[tokio::test]
async fn waiting_for_a_job_polls_until_it_is_final() {
    let server = MockServer::start_async().await;
    let job = |status: &str| json!({ "job_status": { "id": "J1", "status": status, "results": if status == "completed" { json!({ "success": true }) } else { Value::Null } } });
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J1").is_true(first(1));
            then.status(200).json_body(job("queued"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J1").is_true(first(1));
            then.status(200).json_body(job("working"));
        })
        .await;
    let done = server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J1");
            then.status(200).json_body(job("completed"));
        })
        .await;
    let options = WaitOptions {
        timeout: Duration::from_secs(10),
        initial_interval: Duration::from_millis(10),
        max_interval: Duration::from_millis(50),
        ..WaitOptions::default()
    };
    let finished = client(&server).wait_for_job("J1", &options).await.unwrap();
    assert_eq!(
        finished.status,
        zendesk_support::types::JobStatusStatus::Completed
    );
    assert_eq!(done.calls_async().await, 1);
}

#[tokio::test]
async fn a_job_past_the_deadline_gives_its_last_status() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/J2");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "J2", "status": "working" } }));
        })
        .await;
    let options = WaitOptions {
        timeout: Duration::from_millis(100),
        initial_interval: Duration::from_millis(20),
        max_interval: Duration::from_millis(20),
        ..WaitOptions::default()
    };
    let err = client(&server)
        .wait_for_job("J2", &options)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::JobTimeout { ref last } if last.id == "J2"),
        "{err:?}"
    );
}

/// The jobs of a batch are polled together: 250 ids, three jobs, one
/// `show_many` call, no poll of a single job.
#[tokio::test]
async fn the_jobs_of_a_batch_are_polled_in_one_call() {
    let server = MockServer::start_async().await;
    let comma = |ids: std::ops::RangeInclusive<i64>| {
        ids.map(|i| i.to_string()).collect::<Vec<_>>().join(",")
    };
    for (job, ids) in [("J1", 1..=100), ("J2", 101..=200), ("J3", 201..=250)] {
        let ids = comma(ids);
        server
            .mock_async(move |when, then| {
                when.method(DELETE)
                    .path("/api/v2/deleted_tickets/destroy_many")
                    .query_param("ids", ids);
                then.status(200)
                    .json_body(json!({ "job_status": { "id": job, "status": "queued" } }));
            })
            .await;
    }
    let together = server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/show_many")
                .query_param("ids", "J1,J2,J3");
            let jobs = ["J1", "J2", "J3"].map(
                |id| json!({ "id": id, "status": "completed", "results": { "success": true } }),
            );
            then.status(200).json_body(json!({ "job_statuses": jobs }));
        })
        .await;
    let alone = server
        .mock_async(|when, then| {
            when.path_prefix("/api/v2/job_statuses/J");
            then.status(500);
        })
        .await;
    let client = client(&server);
    let outcome = client
        .delete_permanently_many(1..=250, &WaitOptions::default())
        .await;
    assert_eq!(outcome.done(), (1..=250).collect::<Vec<_>>());
    assert!(outcome.all_done(), "{outcome:?}");
    assert_eq!(together.calls_async().await, 1);
    assert_eq!(alone.calls_async().await, 0);
}

#[tokio::test]
async fn permanent_bulk_deletion_accounts_for_every_id_through_its_jobs() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path("/api/v2/deleted_tickets/destroy_many");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "P1", "status": "queued" } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/show_many")
                .query_param("ids", "P1");
            then.status(200).json_body(json!({ "job_statuses": [{
                "id": "P1", "status": "completed",
                "results": [
                    { "id": 1, "index": 0, "success": true, "status": "Deleted" },
                    { "id": 2, "index": 1, "success": false, "error": "TicketNotDeletable", "details": "not soft-deleted" }
                ]
            }] }));
        })
        .await;
    let client = client(&server);
    let options = WaitOptions {
        initial_interval: Duration::from_millis(10),
        ..WaitOptions::default()
    };
    let outcome = client.delete_permanently_many([1, 2, 3], &options).await;
    assert_eq!(outcome.done(), vec![1]);
    let not_done: Vec<(i64, bool)> = outcome
        .not_done()
        .iter()
        .map(|f| (f.id, f.outcome.is_unknown()))
        .collect();
    assert_eq!(not_done, vec![(2, false), (3, true)]);
    assert_eq!(
        outcome.get(2),
        Some(&Outcome::failed("job P1: TicketNotDeletable: not soft-deleted", None).by_job("P1"))
    );
    assert_eq!(outcome.get(3).and_then(Outcome::job), Some("P1"));
}

// ------------------------------------------------------------- configuration

fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k| map.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
}

#[test]
fn from_env_names_the_missing_or_malformed_variable() {
    let err = |pairs: &[(&str, &str)]| ClientBuilder::from_vars(vars(pairs)).unwrap_err();
    let e = err(&[]);
    assert!(
        matches!(e, ConfigError::MissingVar(v) if v.contains("ZENDESK_SUBDOMAIN")),
        "{e}"
    );
    let e = err(&[("ZENDESK_SUBDOMAIN", "acme")]);
    assert!(
        matches!(e, ConfigError::MissingVar(v) if v.contains("ZENDESK_EMAIL") && v.contains("ZENDESK_OAUTH_TOKEN")),
        "{e}"
    );
    let e = err(&[("ZENDESK_SUBDOMAIN", "acme"), ("ZENDESK_EMAIL", EMAIL)]);
    assert_eq!(e, ConfigError::MissingVar("ZENDESK_API_TOKEN"));
    let e = err(&[("ZENDESK_SUBDOMAIN", "acme"), ("ZENDESK_API_TOKEN", TOKEN)]);
    assert_eq!(e, ConfigError::MissingVar("ZENDESK_EMAIL"));
    let e = err(&[
        ("ZENDESK_SUBDOMAIN", "evil.com/x"),
        ("ZENDESK_OAUTH_TOKEN", "t"),
    ]);
    assert!(
        matches!(
            e,
            ConfigError::InvalidVar {
                name: "ZENDESK_SUBDOMAIN",
                ..
            }
        ),
        "{e}"
    );
    let e = err(&[
        ("ZENDESK_BASE_URL", "http://acme.zendesk.com"),
        ("ZENDESK_OAUTH_TOKEN", "t"),
    ]);
    assert!(
        matches!(
            e,
            ConfigError::InvalidVar {
                name: "ZENDESK_BASE_URL",
                ..
            }
        ),
        "{e}"
    );
    let e = err(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_BASE_URL", "https://x.example"),
    ]);
    assert!(
        matches!(
            e,
            ConfigError::InvalidVar {
                name: "ZENDESK_BASE_URL",
                ..
            }
        ),
        "{e}"
    );
    let e = err(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_EMAIL", "nope"),
        ("ZENDESK_API_TOKEN", TOKEN),
    ]);
    assert!(
        matches!(
            e,
            ConfigError::InvalidVar {
                name: "ZENDESK_EMAIL",
                ..
            }
        ),
        "{e}"
    );
    // The error never shows a value.
    let e = err(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_OAUTH_TOKEN", "SECRETVALUE"),
        ("ZENDESK_EMAIL", EMAIL),
    ]);
    assert!(!e.to_string().contains("SECRETVALUE"));

    let ok = ClientBuilder::from_vars(vars(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_OAUTH_TOKEN", "t"),
    ]))
    .unwrap()
    .build()
    .unwrap();
    assert_eq!(ok.base_url(), "https://acme.zendesk.com");
}

#[test]
fn from_env_takes_client_credentials_and_one_way_to_authenticate() {
    let built = |pairs: &[(&str, &str)]| {
        ClientBuilder::from_vars(vars(pairs))
            .and_then(|b| b.build().map_err(|e| ConfigError::Invalid(e.to_string())))
    };
    let cron = built(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_CLIENT_ID", "acme_moderation"),
        ("ZENDESK_CLIENT_SECRET", "s3cr3t"),
        ("ZENDESK_OAUTH_SCOPES", "read"),
    ])
    .unwrap();
    assert_eq!(
        cron.auth_method(),
        Some(zendesk_support::AuthMethod::ClientCredentials)
    );
    let err = |pairs: &[(&str, &str)]| ClientBuilder::from_vars(vars(pairs)).unwrap_err();
    assert_eq!(
        err(&[("ZENDESK_SUBDOMAIN", "acme"), ("ZENDESK_CLIENT_ID", "c")]),
        ConfigError::MissingVar("ZENDESK_CLIENT_SECRET")
    );
    assert_eq!(
        err(&[
            ("ZENDESK_SUBDOMAIN", "acme"),
            ("ZENDESK_CLIENT_SECRET", "s")
        ]),
        ConfigError::MissingVar("ZENDESK_CLIENT_ID")
    );
    // Two ways at once is a mistake, not a choice made for the user.
    let both = err(&[
        ("ZENDESK_SUBDOMAIN", "acme"),
        ("ZENDESK_CLIENT_ID", "c"),
        ("ZENDESK_CLIENT_SECRET", "SECRETVALUE"),
        ("ZENDESK_EMAIL", EMAIL),
        ("ZENDESK_API_TOKEN", TOKEN),
    ]);
    assert!(
        matches!(&both, ConfigError::InvalidVar { reason, .. } if reason.contains("ZENDESK_CLIENT_ID") && reason.contains("ZENDESK_API_TOKEN")),
        "{both}"
    );
    assert!(!both.to_string().contains("SECRETVALUE"));
    // Scopes are for client credentials.
    assert!(matches!(
        err(&[
            ("ZENDESK_SUBDOMAIN", "acme"),
            ("ZENDESK_OAUTH_TOKEN", "t"),
            ("ZENDESK_OAUTH_SCOPES", "read"),
        ]),
        ConfigError::InvalidVar {
            name: "ZENDESK_OAUTH_SCOPES",
            ..
        }
    ));
    // A secret that did not load is never "use the API token instead".
    assert_eq!(
        err(&[
            ("ZENDESK_SUBDOMAIN", "acme"),
            ("ZENDESK_CLIENT_ID", "c"),
            ("ZENDESK_CLIENT_SECRET", " "),
            ("ZENDESK_EMAIL", EMAIL),
            ("ZENDESK_API_TOKEN", TOKEN),
        ]),
        ConfigError::EmptyVar("ZENDESK_CLIENT_SECRET")
    );
}

#[test]
fn plain_http_is_refused_unless_loopback() {
    let build = |url: &str| Client::builder().base_url(url).oauth_token("t").build();
    assert!(build("http://127.0.0.1:9").is_ok());
    assert!(build("http://localhost:9").is_ok());
    assert!(matches!(
        build("http://acme.zendesk.com"),
        Err(Error::Config(_))
    ));
}

#[tokio::test]
async fn a_batch_refused_with_503_is_known_not_done() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(503).header("retry-after", "0");
        })
        .await;
    let outcome = client(&server).recover_many([1, 2]).await;
    assert_eq!(
        outcome.failed().len(),
        2,
        "503 means nothing was done: {outcome:?}"
    );
    assert!(
        outcome
            .failed()
            .iter()
            .all(|f| f.outcome.status() == Some(503)),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_relative_next_link_is_not_foreign() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param_missing("page[after]");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 1 }],
                "meta": { "has_more": true, "after_cursor": "c1" },
                "links": { "next": "/api/v2/deleted_tickets?page%5Bafter%5D=c1" },
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets")
                .query_param("page[after]", "c1");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 2 }],
                "meta": { "has_more": false },
            }));
        })
        .await;
    let ids: Vec<_> = client(&server)
        .deleted_tickets()
        .stream()
        .map_ok(|t| t.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, vec![1, 2]);
}
