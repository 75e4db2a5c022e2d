//! Never claim what is not known: odd but legal answers, each of which once
//! made the library report more than it knew (an id done, a person erased),
//! or lose a status, or panic.

mod common;
mod hostile;

use common::{client_for, first, quick_wait};
use futures::StreamExt;
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use zendesk_support::{
    Client, ErasureOptions, ErasurePlan, Error, Lookup, Outcome, Person, RetryPolicy, WaitOptions,
};

fn client(server: &MockServer) -> Client {
    client_for(&server.base_url())
}

fn wait() -> WaitOptions {
    quick_wait(Duration::from_secs(5))
}

/// A server whose one bulk job ends with `results`.
async fn job_server(path: &str, results: Value) -> MockServer {
    job_server_saying(
        path,
        json!({ "id": "J", "status": "completed", "results": results }),
    )
    .await
}

/// A server whose one bulk job (`J`), submitted at `path`, has `status`
/// whenever it is asked.
async fn job_server_saying(path: &str, status: Value) -> MockServer {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path(path);
            then.status(200)
                .json_body(json!({ "job_status": { "id": "J", "status": "queued" } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/show_many");
            then.status(200)
                .json_body(json!({ "job_statuses": [status] }));
        })
        .await;
    server
}

/// (done, failed, unknown) ids.
fn sorted(outcome: &zendesk_support::BatchOutcome) -> (Vec<i64>, Vec<i64>, Vec<i64>) {
    let ids = |of: Vec<&zendesk_support::IdOutcome>| {
        let mut ids: Vec<i64> = of.iter().map(|o| o.id).collect();
        ids.sort();
        ids
    };
    let mut done = outcome.done();
    done.sort();
    (done, ids(outcome.failed()), ids(outcome.unknown()))
}

#[tokio::test]
async fn a_job_result_that_does_not_say_done_is_not_done() {
    let cases = [
        // As live bulk deletions answer: nothing about success.
        (
            json!([{ "id": 1 }, { "id": 2 }]),
            (vec![], vec![], vec![1, 2]),
        ),
        (
            json!([{ "id": 1, "status": "Failed" }, { "id": 2, "status": "Failed" }]),
            (vec![], vec![1, 2], vec![]),
        ),
        // A success, then a failure, for the same id: it contradicts itself.
        (
            json!([{ "id": 1, "success": true }, { "id": 1, "success": false, "error": "X" }, { "id": 2, "success": true }]),
            (vec![2], vec![], vec![1]),
        ),
        (
            json!([{ "id": 1, "status": "Quarantined" }, { "id": 2, "status": "Updated" }]),
            (vec![2], vec![], vec![1]),
        ),
    ];
    for (results, expected) in cases {
        let server = job_server("/api/v2/tickets/mark_many_as_spam", results.clone()).await;
        let outcome = client(&server).mark_spam_many([1, 2], &wait()).await;
        assert_eq!(sorted(&outcome), expected, "{results}");
        let server = job_server("/api/v2/deleted_tickets/destroy_many", results.clone()).await;
        let outcome = client(&server)
            .delete_permanently_many([1, 2], &wait())
            .await;
        assert_eq!(sorted(&outcome), expected, "{results}");
    }
}

/// An account of one end user, 7, whose requested tickets are `requested`;
/// every bulk job ends with results that say nothing of success, and the
/// tickets stay listed among the soft-deleted (the purge did not happen).
/// Any deletion of a user (it must not come).
async fn user_deletion(server: &MockServer) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.method(DELETE)
                .path_prefix("/api/v2/")
                .is_true(|r| r.uri().path().contains("users"));
            then.status(200).json_body(json!({}));
        })
        .await
}

fn erasure_options() -> ErasureOptions {
    ErasureOptions {
        wait: wait(),
        ..ErasureOptions::default()
    }
}

/// The erasure plan of user 7, whom `erasure_server` knows.
async fn plan_for_user_7(client: &Client, options: &ErasureOptions) -> Box<ErasurePlan> {
    let Lookup::Found(plan) = client.erasure_plan(&Person::Id(7), options).await.unwrap() else {
        panic!("the person is found");
    };
    plan
}

async fn erasure_server(requested: Value, purge_results: Value) -> MockServer {
    let server = MockServer::start_async().await;
    erasure_mocks(&server, requested, purge_results).await;
    server
}

/// What `erasure_server` answers, on `server` (after any mock made first,
/// which answers first).
async fn erasure_mocks(server: &MockServer, requested: Value, purge_results: Value) {
    let user = json!({ "id": 7, "name": "Ada", "email": "ada@customer.example", "role": "end-user", "active": true });
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v2/users/7");
            then.status(200).json_body(json!({ "user": user }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/users/7/tickets/requested");
            then.status(200)
                .json_body(json!({ "tickets": requested, "meta": { "has_more": false } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/users/7/tickets/ccd");
            then.status(200)
                .json_body(json!({ "tickets": [], "meta": { "has_more": false } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/destroy_many");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "SOFT", "status": "queued" } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets/destroy_many");
            then.status(200)
                .json_body(json!({ "job_status": { "id": "PURGE", "status": "queued" } }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/show_many")
                .query_param("ids", "SOFT");
            then.status(200).json_body(json!({ "job_statuses": [{
                "id": "SOFT", "status": "completed",
                "results": [{ "index": 0, "id": 11, "account_id": 1 }]
            }] }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/job_statuses/show_many")
                .query_param("ids", "PURGE");
            then.status(200).json_body(json!({ "job_statuses": [{
                "id": "PURGE", "status": "completed", "results": purge_results
            }] }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_tickets");
            then.status(200).json_body(json!({
                "deleted_tickets": [{ "id": 11 }, { "id": 12 }],
                "meta": { "has_more": false }
            }));
        })
        .await;
}

#[tokio::test]
async fn an_erasure_whose_purge_says_nothing_of_success_keeps_the_user() {
    let server = erasure_server(
        json!([{ "id": 11 }, { "id": 12 }]),
        json!([{ "index": 0, "id": 11, "account_id": 1 }, { "index": 1, "id": 12, "account_id": 1 }]),
    )
    .await;
    let deleting_user = user_deletion(&server).await;
    let client = client(&server);
    let options = erasure_options();
    let plan = plan_for_user_7(&client, &options).await;
    let report = client.erase(&plan, &options).await;
    assert!(!report.complete(), "{report:#?}");
    assert!(
        report.tickets.values().all(|s| !s.is_done()),
        "still listed among the soft-deleted: not purged: {report:#?}"
    );
    assert!(matches!(report.user_deleted, Outcome::Skipped { .. }));
    assert_eq!(deleting_user.calls_async().await, 0, "the user is kept");
}

#[tokio::test]
async fn an_erasure_with_a_ticket_it_cannot_identify_keeps_the_user() {
    for requested in [
        json!([{ "id": 11 }, { "subject": "b" }, { "id": 12 }]),
        json!([{ "id": 11 }, { "id": null, "subject": "b" }, { "id": 12 }]),
    ] {
        let server = erasure_server(
            requested.clone(),
            json!([{ "id": 11, "success": true }, { "id": 12, "success": true }]),
        )
        .await;
        let deleting_user = user_deletion(&server).await;
        let client = client(&server);
        let options = erasure_options();
        let plan = plan_for_user_7(&client, &options).await;
        assert_eq!(plan.tickets, vec![11, 12], "{requested}");
        assert_eq!(plan.unidentified.len(), 1, "{requested}");
        let report = client.erase(&plan, &options).await;
        assert!(!report.complete(), "{requested}: {report:#?}");
        assert!(
            report.tickets.values().all(Outcome::is_done),
            "the known ones are erased"
        );
        match &report.user_deleted {
            Outcome::Skipped { reason } => {
                assert!(reason.contains("could not be identified"), "{reason}")
            }
            other => panic!("{requested}: the user must be kept, got {other:?}"),
        }
        assert_eq!(deleting_user.calls_async().await, 0, "{requested}");
    }
}

#[tokio::test]
async fn two_deleted_users_with_one_address_are_ambiguous() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/users/search");
            then.status(200)
                .json_body(json!({ "users": [], "next_page": null }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/deleted_users");
            then.status(200).json_body(json!({
                "deleted_users": [
                    { "id": 3, "email": "ada@customer.example", "role": "end-user", "active": false },
                    { "id": 4, "email": "Ada@Customer.example", "role": "end-user", "active": false },
                ],
                "meta": { "has_more": false }
            }));
        })
        .await;
    let found = client(&server)
        .erasure_plan(
            &Person::Email("ada@customer.example".into()),
            &ErasureOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(found, Lookup::Ambiguous(vec![3, 4]));
}

#[tokio::test]
async fn a_retry_after_of_centuries_does_not_panic() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/1").is_true(first(1));
            then.status(503).header("retry-after", "1");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/tickets/1");
            then.status(429)
                .header("retry-after", "18446744073709551615");
        })
        .await;
    let client = common::builder_for(&server.base_url())
        .retry_policy(RetryPolicy {
            max_retry_after: Duration::MAX,
            ..common::fast_retries()
        })
        .build()
        .unwrap();
    let result = client.show_ticket(1).await;
    assert!(
        matches!(result, Err(Error::RateLimited { .. })),
        "{result:?}"
    );
}

#[tokio::test]
async fn a_page_of_the_same_records_under_a_new_cursor_ends_the_listing() {
    // Every page names a cursor never seen before, and holds the same record.
    let pages = Arc::new(AtomicUsize::new(0));
    let counter = pages.clone();
    let page = move |_: &hostile::Seen| {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        hostile::Reply::json(
            200,
            &json!({
                "deleted_tickets": [{ "id": 42 }],
                "meta": { "has_more": true, "after_cursor": format!("c{n}") }
            }),
        )
    };
    let first_page = hostile::Reply::json(
        200,
        &json!({
            "deleted_tickets": [{ "id": 42 }],
            "meta": { "has_more": true, "after_cursor": "first" }
        }),
    );
    let server = hostile::Hostile::start("/api/v2/deleted_tickets", first_page, page).await;
    let client = client_for(&server.base_url);
    let items: Vec<_> = client.deleted_tickets().stream().take(300).collect().await;
    assert!(
        matches!(items.last(), Some(Err(Error::RecordsRepeated { .. }))),
        "{} items, last {:?}",
        items.len(),
        items.last()
    );
    assert_eq!(
        items.iter().filter(|i| i.is_ok()).count(),
        1,
        "the record once"
    );
    assert_eq!(server.count("/api/v2/deleted_tickets"), 2);
}

#[tokio::test]
async fn an_empty_success_is_sent_again_and_every_decode_error_keeps_its_status() {
    // Empty once, then the ticket: a GET is sent again.
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/7").is_true(first(1));
            then.status(200);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets/7");
            then.status(200)
                .json_body(json!({ "suspended_ticket": { "id": 7 } }));
        })
        .await;
    let ticket = client(&server).show_suspended_ticket(7).await.unwrap();
    assert_eq!(ticket.id, 7);

    // Empty every time, and of the wrong shape: decode errors with status.
    for body in ["", r#"{"suspended_ticket": "not a ticket"}"#] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/suspended_tickets/7");
                then.status(200).body(body);
            })
            .await;
        let error = client(&server).show_suspended_ticket(7).await.unwrap_err();
        assert!(matches!(error, Error::Decode { .. }), "{body:?}: {error:?}");
        assert_eq!(error.status(), Some(200), "{body:?}: {error}");
    }
    // A page of the wrong shape as a whole keeps its status too.
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets");
            then.status(200).body(r#"{"suspended_tickets": 5}"#);
        })
        .await;
    let items: Vec<_> = client(&server).suspended_tickets().stream().collect().await;
    let error = items.last().unwrap().as_ref().unwrap_err();
    assert_eq!(error.status(), Some(200), "{error}");
}

#[tokio::test]
async fn a_record_that_cannot_be_read_is_kept_as_it_came() {
    let record = r#"{"subject":"z","id":9007199254740993,"created_at":5,"a":1.10}"#;
    let page =
        format!(r#"{{"suspended_tickets":[{{"id":1}},{record}],"meta":{{"has_more":false}}}}"#);
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.path("/api/v2/suspended_tickets");
            then.status(200).body(page.clone());
        })
        .await;
    let items: Vec<_> = client(&server).suspended_tickets().stream().collect().await;
    assert_eq!(items.len(), 2);
    match &items[1] {
        Err(Error::Record { raw, .. }) => assert_eq!(raw, record),
        other => panic!("{other:?}"),
    }
}

/// A purge job's results leave a ticket out; looking at the soft-deleted
/// tickets is refused (404, 403, 429): a look that failed says nothing of
/// the purge, so the ticket stays unknown, with its job (0.2 said
/// `failed: not found` and dropped the job).
#[tokio::test]
async fn a_refused_look_leaves_a_purge_unknown_with_its_job() {
    for (status, headers) in [
        (404, vec![]),
        (403, vec![]),
        (429, vec![("retry-after", "0")]),
    ] {
        let server = MockServer::start_async().await;
        server
            .mock_async(|when, then| {
                when.path("/api/v2/deleted_tickets");
                let mut then = then.status(status).json_body(json!({ "error": "refused" }));
                for (name, value) in &headers {
                    then = then.header(*name, *value);
                }
            })
            .await;
        erasure_mocks(
            &server,
            json!([{ "id": 11 }, { "id": 12 }]),
            json!([{ "index": 0, "id": 11, "success": true, "action": "destroy" }]),
        )
        .await;
        let client = client(&server);
        let options = erasure_options();
        let plan = plan_for_user_7(&client, &options).await;
        let report = client.erase(&plan, &options).await;
        let left_out = &report.tickets[&12];
        assert!(left_out.is_unknown(), "HTTP {status}: {left_out:?}");
        assert_eq!(left_out.job(), Some("PURGE"), "HTTP {status}: {left_out:?}");
        assert!(report.tickets[&11].is_done(), "HTTP {status}: {report:#?}");
        assert!(!report.complete());
    }
}

/// Job waits that would wait ten minutes for a job.
fn patient() -> WaitOptions {
    WaitOptions {
        timeout: Duration::from_secs(600),
        ..wait()
    }
}

/// What `call` answers, which must come within 5 seconds.
async fn soon<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), call)
        .await
        .expect("answered within 5 s, not at the job timeout")
}

/// A job that stays `working` past the command's deadline: the wait ends
/// at the deadline, its ids unknown with the job; a chunk not yet sent
/// then is skipped, never sent. (0.2 waited up to 30 minutes per job.)
#[tokio::test]
async fn a_job_still_running_at_the_deadline_leaves_its_ids_unknown_with_the_job() {
    let server = job_server_saying(
        "/api/v2/deleted_tickets/destroy_many",
        json!({ "id": "J", "status": "working" }),
    )
    .await;
    let wait = patient().with_deadline(std::time::Instant::now() + Duration::from_millis(800));
    let outcome = soon(client(&server).delete_permanently_many(1..=3, &wait)).await;
    assert_eq!(outcome.outcomes.len(), 3, "{outcome:?}");
    for o in &outcome.outcomes {
        assert!(o.outcome.is_unknown(), "{o:?}");
        assert_eq!(o.outcome.job(), Some("J"));
    }
}

/// A job status whose results cannot be read (`"success": "true"`, a
/// string) is an answer: its ids unknown at once, not polled until the
/// timeout.
#[tokio::test]
async fn an_unreadable_job_status_is_an_answer_not_a_reason_to_keep_polling() {
    let server = job_server(
        "/api/v2/tickets/mark_many_as_spam",
        json!([{ "id": 1, "success": "true" }, { "id": 2, "success": "true" }]),
    )
    .await;
    let outcome = soon(client(&server).mark_spam_many([1, 2], &patient())).await;
    for id in [1, 2] {
        let o = outcome.get(id).unwrap();
        assert!(o.is_unknown(), "{o:?}");
        assert_eq!(o.job(), Some("J"));
    }
}

/// A last page that repeats the page before, an unreadable record among
/// them: its unreadable record is told (it cannot be known as seen
/// before), and a last page cannot loop, so the listing just ends.
#[tokio::test]
async fn a_last_page_is_never_a_repeat_and_its_unreadable_record_is_told() {
    let records = json!([{ "id": 1 }, { "id": "two" }, { "id": 3 }]);
    let server = MockServer::start_async().await;
    common::two_pages(
        &server,
        "/api/v2/deleted_tickets",
        json!({ "deleted_tickets": records, "meta": { "has_more": true, "after_cursor": "c2" } }),
        json!({ "deleted_tickets": records, "meta": { "has_more": false } }),
    )
    .await;
    let items: Vec<_> = client(&server).deleted_tickets().stream().collect().await;
    let kinds: Vec<&str> = items
        .iter()
        .map(|i| match i {
            Ok(_) => "ok",
            Err(Error::Record { .. }) => "record",
            Err(_) => "error",
        })
        .collect();
    assert_eq!(
        kinds,
        ["ok", "record", "ok", "ok", "record", "ok"],
        "{items:?}"
    );
}
