//! The simulator answers as the spec says: every operation is driven through
//! its success and error paths, and every response is checked against
//! `spec/openapi.yaml`, closed world, by `zendesk-spec-check` (the check of
//! `cargo xtask validate`).

use reqwest::Method;
use serde_json::Value;
use std::collections::BTreeSet;
use std::time::Duration;
use zendesk_simulator::{Config, Fault};

struct Contract {
    http: reqwest::Client,
    base: String,
    spec: Value,
    auth: (String, String),
    /// An OAuth access token sent instead of the API token, when set.
    bearer: Option<String>,
    violations: Vec<String>,
    exercised: BTreeSet<(String, u16)>,
}

impl Contract {
    fn new(sim: &zendesk_simulator::Running) -> Self {
        Contract {
            http: zendesk_support::http_client().unwrap().build().unwrap(),
            base: sim.base_url().to_string(),
            spec: zendesk_spec_check::read_spec_text(zendesk_support::OPENAPI_SPEC).unwrap(),
            auth: (format!("{}/token", sim.email()), sim.token()),
            bearer: None,
            violations: Vec::new(),
            exercised: BTreeSet::new(),
        }
    }

    /// Sends one request, checks the status and the response against the spec.
    async fn hit(&mut self, operation: &str, method: Method, path: &str, expect: u16) -> Value {
        self.send(operation, method, path, expect, true).await
    }

    async fn send(
        &mut self,
        operation: &str,
        method: Method,
        path: &str,
        expect: u16,
        auth: bool,
    ) -> Value {
        let (status, _, body) = self.exchange(operation, method.clone(), path, auth).await;
        assert_eq!(status, expect, "{operation} {method} {path}: {body}");
        body
    }

    /// Sends one request with a JSON body, checks the status and the
    /// response against the spec.
    async fn hit_with(
        &mut self,
        operation: &str,
        method: Method,
        path: &str,
        body: &str,
        expect: u16,
    ) -> Value {
        let (status, _, answer) = self
            .exchange_with(operation, method.clone(), path, true, Some(body))
            .await;
        assert_eq!(
            status, expect,
            "{operation} {method} {path} {body}: {answer}"
        );
        answer
    }

    /// Sends one request whatever it answers: checks the response against
    /// the spec and records it; the status, headers and JSON body (or null).
    async fn exchange(
        &mut self,
        operation: &str,
        method: Method,
        path: &str,
        auth: bool,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        self.exchange_with(operation, method, path, auth, None)
            .await
    }

    async fn exchange_with(
        &mut self,
        operation: &str,
        method: Method,
        path: &str,
        auth: bool,
        body: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        match (&self.bearer, auth) {
            (Some(token), true) => request = request.bearer_auth(token),
            (None, true) => request = request.basic_auth(&self.auth.0, Some(&self.auth.1)),
            (_, false) => {}
        }
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        assert!(
            headers.contains_key("x-rate-limit") || status == 401,
            "{operation}: rate-limit headers"
        );
        let body = response.bytes().await.unwrap();
        self.violations.extend(zendesk_spec_check::check_response(
            &self.spec,
            zendesk_spec_check::World::Closed,
            operation,
            status,
            content_type.as_deref(),
            &body,
        ));
        self.exercised.insert((operation.to_string(), status));
        let json = serde_json::from_slice(&body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
        (status, headers, json)
    }
}

fn first_id(v: &Value, list: &str) -> i64 {
    v[list][0]["id"].as_i64().unwrap()
}

#[tokio::test]
async fn every_operation_answers_as_the_spec_says() {
    let sim = zendesk_simulator::start(Config {
        suspended: 30,
        deleted: 10,
        job_duration: Duration::from_millis(100),
        ..Config::default()
    })
    .await
    .unwrap();
    let mut c = Contract::new(&sim);
    use Method as M;

    // Suspended tickets.
    let page = c
        .hit(
            "list_suspended_tickets",
            M::GET,
            "/api/v2/suspended_tickets?page%5Bsize%5D=5&sort_by=created_at&sort_order=desc",
            200,
        )
        .await;
    let after = page["meta"]["after_cursor"].as_str().unwrap().to_string();
    c.hit(
        "list_suspended_tickets",
        M::GET,
        &format!("/api/v2/suspended_tickets?page%5Bsize%5D=5&page%5Bafter%5D={after}"),
        200,
    )
    .await;
    c.hit(
        "list_suspended_tickets",
        M::GET,
        "/api/v2/suspended_tickets?per_page=10&page=2",
        200,
    )
    .await;
    c.hit(
        "list_suspended_tickets",
        M::GET,
        "/api/v2/suspended_tickets?page%5Bsize%5D=101",
        400,
    )
    .await;
    c.hit(
        "list_suspended_tickets",
        M::GET,
        "/api/v2/suspended_tickets?sort_by=colour",
        400,
    )
    .await;
    c.hit(
        "list_suspended_tickets",
        M::GET,
        "/api/v2/suspended_tickets?page%5Bsize%5D=5&page%5Bafter%5D=garbage",
        400,
    )
    .await;
    c.send(
        "list_suspended_tickets",
        M::GET,
        "/api/v2/suspended_tickets",
        401,
        false,
    )
    .await;

    let recoverable: Vec<i64> = sim
        .snapshot()
        .suspended
        .iter()
        .filter(|t| zendesk_simulator::recoverable(t))
        .map(|t| t.id)
        .collect();
    let [a, b, d, e, f, g, ..] = recoverable[..] else {
        panic!("too few suspended tickets")
    };
    c.hit(
        "show_suspended_ticket",
        M::GET,
        &format!("/api/v2/suspended_tickets/{a}"),
        200,
    )
    .await;
    c.hit(
        "show_suspended_ticket",
        M::GET,
        "/api/v2/suspended_tickets/24110000000003",
        200,
    )
    .await;
    c.hit(
        "show_suspended_ticket",
        M::GET,
        "/api/v2/suspended_tickets/1",
        404,
    )
    .await;
    c.hit(
        "show_suspended_ticket",
        M::GET,
        "/api/v2/suspended_tickets/not-a-number",
        404,
    )
    .await;
    c.hit(
        "suspended_ticket_attachments",
        M::POST,
        "/api/v2/suspended_tickets/24110000000003/attachments",
        200,
    )
    .await;
    c.hit(
        "suspended_ticket_attachments",
        M::POST,
        "/api/v2/suspended_tickets/1/attachments",
        404,
    )
    .await;
    let recovered = c
        .hit(
            "recover_suspended_ticket",
            M::PUT,
            &format!("/api/v2/suspended_tickets/{a}/recover"),
            200,
        )
        .await;
    assert_eq!(
        recovered["ticket"][0]["requester_id"], 1_000_001,
        "the agent becomes the requester"
    );
    c.hit(
        "recover_suspended_ticket",
        M::PUT,
        "/api/v2/suspended_tickets/14668816692628/recover",
        422,
    )
    .await;
    c.hit(
        "recover_suspended_ticket",
        M::PUT,
        &format!("/api/v2/suspended_tickets/{a}/recover"),
        404,
    )
    .await;
    c.hit(
        "recover_suspended_tickets",
        M::PUT,
        &format!("/api/v2/suspended_tickets/recover_many?ids={b},{d}"),
        200,
    )
    .await;
    c.hit(
        "recover_suspended_tickets",
        M::PUT,
        &format!("/api/v2/suspended_tickets/recover_many?ids={e},14668816692628"),
        422,
    )
    .await;
    // An id the account does not have is among the failures too.
    c.hit(
        "recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/recover_many?ids=999999999",
        422,
    )
    .await;
    let many: Vec<String> = (1..=101).map(|i| i.to_string()).collect();
    c.hit(
        "recover_suspended_tickets",
        M::PUT,
        &format!(
            "/api/v2/suspended_tickets/recover_many?ids={}",
            many.join(",")
        ),
        422,
    )
    .await;
    c.hit(
        "recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/recover_many",
        400,
    )
    .await;
    c.hit(
        "delete_suspended_ticket",
        M::DELETE,
        &format!("/api/v2/suspended_tickets/{f}"),
        204,
    )
    .await;
    c.hit(
        "delete_suspended_ticket",
        M::DELETE,
        &format!("/api/v2/suspended_tickets/{f}"),
        404,
    )
    .await;
    c.hit(
        "delete_suspended_tickets",
        M::DELETE,
        &format!("/api/v2/suspended_tickets/destroy_many?ids={g},435"),
        204,
    )
    .await;
    c.hit(
        "delete_suspended_tickets",
        M::DELETE,
        &format!(
            "/api/v2/suspended_tickets/destroy_many?ids={}",
            many.join(",")
        ),
        400,
    )
    .await;
    c.hit(
        "delete_suspended_tickets",
        M::DELETE,
        "/api/v2/suspended_tickets/destroy_many?ids=a,b",
        400,
    )
    .await;
    c.hit(
        "export_suspended_tickets",
        M::POST,
        "/api/v2/suspended_tickets/export",
        200,
    )
    .await;
    c.hit(
        "export_suspended_tickets",
        M::POST,
        "/api/v2/suspended_tickets/export",
        429,
    )
    .await;

    // Tickets and deleted tickets.
    let ticket = recovered["ticket"][0]["id"].as_i64().unwrap();
    c.hit(
        "show_ticket",
        M::GET,
        &format!("/api/v2/tickets/{ticket}"),
        200,
    )
    .await;
    c.hit("show_ticket", M::GET, "/api/v2/tickets/1", 404).await;
    c.hit(
        "delete_ticket",
        M::DELETE,
        &format!("/api/v2/tickets/{ticket}"),
        204,
    )
    .await;
    c.hit(
        "delete_ticket",
        M::DELETE,
        &format!("/api/v2/tickets/{ticket}"),
        404,
    )
    .await;
    c.hit(
        "show_ticket",
        M::GET,
        &format!("/api/v2/tickets/{ticket}"),
        404,
    )
    .await;
    let deleted = c
        .hit(
            "list_deleted_tickets",
            M::GET,
            "/api/v2/deleted_tickets?page%5Bsize%5D=3&sort_by=deleted_at&sort_order=asc",
            200,
        )
        .await;
    c.hit(
        "list_deleted_tickets",
        M::GET,
        "/api/v2/deleted_tickets?sort_by=colour",
        400,
    )
    .await;
    c.hit(
        "list_deleted_tickets",
        M::GET,
        "/api/v2/deleted_tickets",
        200,
    )
    .await;
    let first_deleted = first_id(&deleted, "deleted_tickets");
    c.hit(
        "restore_deleted_ticket",
        M::PUT,
        &format!("/api/v2/deleted_tickets/{first_deleted}/restore"),
        200,
    )
    .await;
    c.hit(
        "restore_deleted_ticket",
        M::PUT,
        &format!("/api/v2/deleted_tickets/{first_deleted}/restore"),
        404,
    )
    .await;
    c.hit(
        "restore_deleted_tickets",
        M::PUT,
        &format!("/api/v2/deleted_tickets/restore_many?ids={first_deleted}"),
        200,
    )
    .await;
    c.hit(
        "restore_deleted_tickets",
        M::PUT,
        "/api/v2/deleted_tickets/restore_many",
        400,
    )
    .await;
    c.hit(
        "delete_tickets",
        M::DELETE,
        &format!("/api/v2/tickets/destroy_many?ids={first_deleted},1"),
        200,
    )
    .await;
    c.hit(
        "delete_tickets",
        M::DELETE,
        "/api/v2/tickets/destroy_many?ids=x",
        400,
    )
    .await;
    let rest = sim.snapshot().deleted;
    let (one, two) = (rest[0].id, rest[1].id);
    let job = c
        .hit(
            "delete_ticket_permanently",
            M::DELETE,
            &format!("/api/v2/deleted_tickets/{one}"),
            200,
        )
        .await;
    c.hit(
        "delete_ticket_permanently",
        M::DELETE,
        "/api/v2/deleted_tickets/1",
        404,
    )
    .await;
    let bulk = c
        .hit(
            "delete_tickets_permanently",
            M::DELETE,
            &format!("/api/v2/deleted_tickets/destroy_many?ids={two},1"),
            200,
        )
        .await;
    c.hit(
        "delete_tickets_permanently",
        M::DELETE,
        "/api/v2/deleted_tickets/destroy_many",
        400,
    )
    .await;

    // Jobs, through every state.
    let job_id = job["job_status"]["id"].as_str().unwrap().to_string();
    let bulk_id = bulk["job_status"]["id"].as_str().unwrap().to_string();
    let mut seen = BTreeSet::new();
    for _ in 0..40 {
        let j = c
            .hit(
                "show_job_status",
                M::GET,
                &format!("/api/v2/job_statuses/{job_id}"),
                200,
            )
            .await;
        seen.insert(j["job_status"]["status"].as_str().unwrap().to_string());
        if seen.contains("completed") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(seen.contains("completed"), "{seen:?}");
    c.hit(
        "show_job_status",
        M::GET,
        "/api/v2/job_statuses/V3-nope",
        404,
    )
    .await;
    c.hit(
        "show_job_statuses",
        M::GET,
        &format!("/api/v2/job_statuses/show_many?ids={job_id},{bulk_id},V3-nope"),
        200,
    )
    .await;
    c.hit(
        "show_job_statuses",
        M::GET,
        "/api/v2/job_statuses/show_many",
        400,
    )
    .await;
    c.hit(
        "list_job_statuses",
        M::GET,
        "/api/v2/job_statuses?page%5Bsize%5D=2",
        200,
    )
    .await;
    c.hit("list_job_statuses", M::GET, "/api/v2/job_statuses", 200)
        .await;
    c.hit(
        "list_job_statuses",
        M::GET,
        "/api/v2/job_statuses?page%5Bsize%5D=0",
        400,
    )
    .await;
    assert!(
        !sim.snapshot().deleted.iter().any(|d| d.id == one),
        "the purged ticket is gone"
    );

    // Spam and people.
    let (ada, ada_tickets) = sim.add_person("Ada Lovelace", "ada@customer.example", 3);
    let (other, other_tickets) = sim.add_person("Bob Other", "bob@customer.example", 1);
    assert!(sim.add_cc(other_tickets[0], ada));
    c.hit(
        "search_users",
        M::GET,
        "/api/v2/users/search?query=ada%40customer.example",
        200,
    )
    .await;
    let found = c
        .hit(
            "search_users",
            M::GET,
            "/api/v2/users/search?query=ada&per_page=1&page=1",
            200,
        )
        .await;
    assert_eq!(found["users"][0]["id"], ada);
    c.hit("search_users", M::GET, "/api/v2/users/search", 400)
        .await;
    c.hit(
        "search_users",
        M::GET,
        "/api/v2/users/search?query=x&per_page=101",
        400,
    )
    .await;
    c.hit("show_user", M::GET, &format!("/api/v2/users/{ada}"), 200)
        .await;
    c.hit("show_user", M::GET, "/api/v2/users/999999999", 404)
        .await;
    let page = c
        .hit(
            "list_requested_tickets",
            M::GET,
            &format!("/api/v2/users/{ada}/tickets/requested?page%5Bsize%5D=2"),
            200,
        )
        .await;
    assert_eq!(page["meta"]["has_more"], true);
    let after = page["meta"]["after_cursor"].as_str().unwrap().to_string();
    let rest = c
        .hit(
            "list_requested_tickets",
            M::GET,
            &format!(
                "/api/v2/users/{ada}/tickets/requested?page%5Bsize%5D=2&page%5Bafter%5D={after}"
            ),
            200,
        )
        .await;
    assert_eq!(rest["tickets"].as_array().unwrap().len(), 1);
    c.hit(
        "list_requested_tickets",
        M::GET,
        &format!("/api/v2/users/{ada}/tickets/requested"),
        200,
    )
    .await;
    c.hit(
        "list_requested_tickets",
        M::GET,
        "/api/v2/users/999999999/tickets/requested",
        404,
    )
    .await;
    let ccd = c
        .hit(
            "list_ccd_tickets",
            M::GET,
            &format!("/api/v2/users/{ada}/tickets/ccd"),
            200,
        )
        .await;
    assert_eq!(first_id(&ccd, "tickets"), other_tickets[0]);
    c.hit(
        "list_ccd_tickets",
        M::GET,
        "/api/v2/users/999999999/tickets/ccd",
        404,
    )
    .await;
    c.hit(
        "mark_ticket_as_spam",
        M::PUT,
        &format!("/api/v2/tickets/{}/mark_as_spam", other_tickets[0]),
        200,
    )
    .await;
    c.hit(
        "mark_ticket_as_spam",
        M::PUT,
        &format!("/api/v2/tickets/{}/mark_as_spam", other_tickets[0]),
        404,
    )
    .await;
    let spam_job = c
        .hit(
            "mark_tickets_as_spam",
            M::PUT,
            &format!("/api/v2/tickets/mark_many_as_spam?ids={},1", ada_tickets[0]),
            200,
        )
        .await;
    c.hit(
        "mark_tickets_as_spam",
        M::PUT,
        "/api/v2/tickets/mark_many_as_spam?ids=1,1x",
        400,
    )
    .await;
    let spam_job = spam_job["job_status"]["id"].as_str().unwrap().to_string();
    let user = c
        .hit_with(
            "update_user",
            M::PUT,
            &format!("/api/v2/users/{other}"),
            r#"{"user":{"suspended":false}}"#,
            200,
        )
        .await;
    assert_eq!(user["user"]["suspended"], false, "unsuspended again");
    c.hit_with(
        "update_user",
        M::PUT,
        &format!("/api/v2/users/{other}"),
        r#"{"user":{"suspended":null}}"#,
        422,
    )
    .await;
    c.hit_with(
        "update_user",
        M::PUT,
        &format!("/api/v2/users/{other}"),
        r#"{"user":{"suspended":"yes"}}"#,
        422,
    )
    .await;
    c.hit_with(
        "update_user",
        M::PUT,
        &format!("/api/v2/users/{other}"),
        "not json",
        400,
    )
    .await;
    c.hit_with(
        "update_user",
        M::PUT,
        "/api/v2/users/999999999",
        r#"{"user":{"suspended":true}}"#,
        404,
    )
    .await;
    // Zendesk's order: deleted before permanently deleted.
    c.hit(
        "show_deleted_user",
        M::GET,
        &format!("/api/v2/deleted_users/{ada}"),
        404,
    )
    .await;
    c.hit(
        "delete_user_permanently",
        M::DELETE,
        &format!("/api/v2/deleted_users/{ada}"),
        404,
    )
    .await;
    let deleted = c
        .hit(
            "delete_user",
            M::DELETE,
            &format!("/api/v2/users/{ada}"),
            200,
        )
        .await;
    assert_eq!(deleted["user"]["active"], false);
    c.hit("delete_user", M::DELETE, "/api/v2/users/999999999", 404)
        .await;
    let shown = c
        .hit("show_user", M::GET, &format!("/api/v2/users/{ada}"), 200)
        .await;
    assert_eq!(
        shown["user"]["active"], false,
        "a deleted user is still shown"
    );
    c.hit(
        "show_deleted_user",
        M::GET,
        &format!("/api/v2/deleted_users/{ada}"),
        200,
    )
    .await;
    c.hit(
        "list_deleted_users",
        M::GET,
        "/api/v2/deleted_users?page%5Bsize%5D=10",
        200,
    )
    .await;
    c.hit(
        "list_deleted_users",
        M::GET,
        "/api/v2/deleted_users?page%5Bsize%5D=1000",
        400,
    )
    .await;
    c.hit(
        "delete_user_permanently",
        M::DELETE,
        &format!("/api/v2/deleted_users/{ada}"),
        200,
    )
    .await;
    c.hit(
        "delete_user_permanently",
        M::DELETE,
        &format!("/api/v2/deleted_users/{ada}"),
        404,
    )
    .await;
    let tombstones = c
        .hit("list_deleted_users", M::GET, "/api/v2/deleted_users", 200)
        .await;
    let tomb = tombstones["deleted_users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == ada)
        .unwrap();
    assert_eq!(tomb["name"], "Permanently Deleted User");
    assert!(tomb["email"].is_null());
    c.hit("show_user", M::GET, &format!("/api/v2/users/{ada}"), 404)
        .await;
    let mut spam_done = false;
    for _ in 0..40 {
        let j = c
            .hit(
                "show_job_status",
                M::GET,
                &format!("/api/v2/job_statuses/{spam_job}"),
                200,
            )
            .await;
        if j["job_status"]["status"] == "completed" {
            let results = j["job_status"]["results"].as_array().unwrap();
            assert_eq!(results[0]["success"], true);
            assert_eq!(results[1]["success"], false);
            spam_done = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(spam_done, "the mark-as-spam job completes");
    let snapshot = sim.snapshot();
    assert!(snapshot.deleted.iter().any(|d| d.id == ada_tickets[0]));
    assert!(snapshot.deleted.iter().any(|d| d.id == other_tickets[0]));

    // The account's rate limit.
    let limited = zendesk_simulator::start(Config {
        rate_limit: 2,
        ..Config::default()
    })
    .await
    .unwrap();
    let mut l = Contract::new(&limited);
    l.hit("show_ticket", M::GET, "/api/v2/tickets/1", 404).await;
    l.hit("show_ticket", M::GET, "/api/v2/tickets/1", 404).await;
    l.hit("show_ticket", M::GET, "/api/v2/tickets/1", 429).await;
    c.violations.extend(l.violations);
    c.exercised.extend(l.exercised);

    // Injected server errors and unavailability answer as the spec says too.
    let failing = zendesk_simulator::start(Config {
        fault_rate: 1.0,
        faults: vec![Fault::ServerError, Fault::Unavailable],
        ..Config::default()
    })
    .await
    .unwrap();
    let mut fl = Contract::new(&failing);
    let mut statuses = BTreeSet::new();
    for _ in 0..12 {
        let (status, headers, _) = fl
            .exchange("show_ticket", Method::GET, "/api/v2/tickets/1", true)
            .await;
        if status == 503 {
            assert_eq!(headers.get("retry-after").unwrap(), "1");
        }
        statuses.insert(status);
    }
    c.violations.extend(fl.violations);
    assert_eq!(statuses, BTreeSet::from([500, 503]));

    // Bulk recovery: a job; `author` names the requester, or must exist.
    let recover_job = c
        .hit(
            "bulk_recover_suspended_tickets",
            M::PUT,
            "/api/v2/suspended_tickets/bulk_recover?ids=1,2",
            200,
        )
        .await;
    assert_eq!(
        recover_job["job_status"]["job_type"],
        "BulkRecoverSuspendedTickets"
    );
    c.hit_with(
        "bulk_recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/bulk_recover?ids=3",
        &format!(r#"{{"author":{{"email":"{}"}}}}"#, sim.email()),
        200,
    )
    .await;
    c.hit_with(
        "bulk_recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/bulk_recover?ids=3",
        r#"{"author":{"id":999}}"#,
        422,
    )
    .await;
    // `author` is an object or absent; serde alone would take null as absent.
    c.hit_with(
        "bulk_recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/bulk_recover?ids=3",
        r#"{"author":null}"#,
        400,
    )
    .await;
    for null_inside in [r#"{"author":{"email":null}}"#, r#"{"author":{"id":null}}"#] {
        c.hit_with(
            "bulk_recover_suspended_tickets",
            M::PUT,
            "/api/v2/suspended_tickets/bulk_recover?ids=3",
            null_inside,
            400,
        )
        .await;
    }
    c.hit(
        "bulk_recover_suspended_tickets",
        M::PUT,
        "/api/v2/suspended_tickets/bulk_recover",
        400,
    )
    .await;

    // The job limit: past it, a bulk call is refused and does nothing.
    let busy = zendesk_simulator::start(Config {
        deleted: 3,
        job_limit: 1,
        job_duration: Duration::from_secs(60),
        ..Config::default()
    })
    .await
    .unwrap();
    let mut jl = Contract::new(&busy);
    let deleted = busy.snapshot().deleted;
    let ids: Vec<String> = deleted
        .iter()
        .map(|d| d.id)
        .map(|i| i.to_string())
        .collect();
    jl.hit(
        "delete_tickets_permanently",
        M::DELETE,
        &format!("/api/v2/deleted_tickets/destroy_many?ids={}", ids[0]),
        200,
    )
    .await;
    for (operation, method, path) in [
        (
            "delete_tickets_permanently",
            M::DELETE,
            format!("/api/v2/deleted_tickets/destroy_many?ids={}", ids[1]),
        ),
        (
            "delete_tickets",
            M::DELETE,
            "/api/v2/tickets/destroy_many?ids=1".to_string(),
        ),
        (
            "mark_tickets_as_spam",
            M::PUT,
            "/api/v2/tickets/mark_many_as_spam?ids=1".to_string(),
        ),
        (
            "bulk_recover_suspended_tickets",
            M::PUT,
            "/api/v2/suspended_tickets/bulk_recover?ids=1".to_string(),
        ),
        (
            "delete_ticket_permanently",
            M::DELETE,
            format!("/api/v2/deleted_tickets/{}", ids[2]),
        ),
    ] {
        let refused = jl.hit(operation, method, &path, 429).await;
        assert_eq!(refused["error"], "TooManyJobs", "{operation}");
    }
    assert_eq!(
        busy.snapshot().deleted.len(),
        deleted.len(),
        "nothing done yet"
    );
    assert_eq!(busy.snapshot().counters.jobs_refused, 5);
    assert_eq!(busy.snapshot().counters.peak_jobs, 1);
    c.violations.extend(jl.violations);

    // OAuth: the token endpoint's three grants, the authorization page, the
    // token in use, scopes, expiry, and API tokens switched off.
    oauth(&sim, &mut c).await;

    // The load balancer's HTML pages are in the spec too.
    let gateway = zendesk_simulator::start(Config {
        fault_rate: 1.0,
        faults: vec![Fault::BadGateway, Fault::GatewayTimeout],
        ..Config::default()
    })
    .await
    .unwrap();
    let mut gw = Contract::new(&gateway);
    let mut statuses = BTreeSet::new();
    for _ in 0..12 {
        let (status, headers, _) = gw
            .exchange("show_ticket", Method::GET, "/api/v2/tickets/1", true)
            .await;
        assert_eq!(headers.get("content-type").unwrap(), "text/html");
        statuses.insert(status);
    }
    c.violations.extend(gw.violations);
    assert_eq!(statuses, BTreeSet::from([502, 504]));

    assert!(c.violations.is_empty(), "{:#?}", c.violations);
    let operations: BTreeSet<&str> = c.exercised.iter().map(|(o, _)| o.as_str()).collect();
    let in_spec = zendesk_spec_check::operations(&c.spec).len();
    assert_eq!(
        operations.len(),
        in_spec,
        "every operation of the spec: {operations:?}"
    );
    for op in &operations {
        assert!(
            c.exercised.iter().any(|(o, s)| o == op && *s < 300),
            "{op}: a success"
        );
        assert!(
            c.exercised.iter().any(|(o, s)| o == op && *s >= 400),
            "{op}: an error"
        );
    }
}

/// A token endpoint answer's `access_token`.
fn access_token(answer: &Value) -> String {
    answer["access_token"].as_str().unwrap().to_string()
}

async fn oauth(sim: &zendesk_simulator::Running, c: &mut Contract) {
    use Method as M;
    let (id, secret) = sim.oauth_client().unwrap();
    let grant =
        |extra: &str| format!(r#"{{"client_id":"{id}","client_secret":"{secret}"{extra}}}"#);
    let op = "create_token_for_grant_type";
    let minted = c
        .exchange_with(
            op,
            M::POST,
            "/oauth/tokens",
            false,
            Some(&grant(
                r#","grant_type":"client_credentials","scope":"read write","expires_in":1800"#,
            )),
        )
        .await;
    assert_eq!(minted.0, 200, "{}", minted.2);
    assert_eq!(minted.2["expires_in"], 1800);
    assert!(
        minted.2.get("refresh_token").is_none(),
        "client credentials: no refresh token"
    );
    let token = access_token(&minted.2);
    // Without expires_in in the request, the answer does not say it.
    let unsaid = c
        .exchange_with(
            op,
            M::POST,
            "/oauth/tokens",
            false,
            Some(&grant(r#","grant_type":"client_credentials""#)),
        )
        .await;
    assert_eq!(unsaid.0, 200);
    assert!(unsaid.2.get("expires_in").is_none(), "{}", unsaid.2);
    for (body, status, error) in [
        (
            format!(
                r#"{{"grant_type":"client_credentials","client_id":"{id}","client_secret":"wrong"}}"#
            ),
            401,
            "invalid_client",
        ),
        (
            r#"{"grant_type":"client_credentials","client_id":"nobody","client_secret":"x"}"#
                .to_string(),
            401,
            "invalid_client",
        ),
        (
            grant(r#","grant_type":"password""#),
            400,
            "unsupported_grant_type",
        ),
        (
            grant(r#","grant_type":"refresh_token","refresh_token":"never-issued""#),
            400,
            "invalid_grant",
        ),
        (
            grant(r#","grant_type":"client_credentials","expires_in":60"#),
            400,
            "invalid_request",
        ),
        ("not json".to_string(), 400, "invalid_request"),
    ] {
        let (got, _, answer) = c
            .exchange_with(op, M::POST, "/oauth/tokens", false, Some(&body))
            .await;
        assert_eq!(
            (got, answer["error"].as_str()),
            (status, Some(error)),
            "{body}: {answer}"
        );
    }

    // The authorization page approves at once and redirects with a code.
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    let redirect = "http://127.0.0.1:47321/callback";
    let no_redirects = zendesk_support::http_client()
        .unwrap()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = no_redirects
        .get(format!("{}/oauth/authorizations/new", c.base))
        .query(&[
            ("response_type", "code"),
            ("client_id", id.as_str()),
            ("redirect_uri", redirect),
            ("scope", "read write"),
            ("state", "s-1"),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 302);
    let location = reqwest::Url::parse(page.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(redirect), "{location}");
    let back: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    assert_eq!(back["state"], "s-1");
    let code = &back["code"];
    let exchange = format!(
        r#"{{"grant_type":"authorization_code","client_id":"{id}","code":"{code}","code_verifier":"{verifier}","redirect_uri":"{redirect}","expires_in":900}}"#
    );
    let (got, _, pair) = c
        .exchange_with(op, M::POST, "/oauth/tokens", false, Some(&exchange))
        .await;
    assert_eq!(got, 200, "{pair}");
    let refresh = pair["refresh_token"].as_str().unwrap().to_string();
    // A code works once.
    let (again, _, _) = c
        .exchange_with(op, M::POST, "/oauth/tokens", false, Some(&exchange))
        .await;
    assert_eq!(again, 400);
    // A refresh answers a new pair; the old refresh token and its access
    // token stop working at once.
    let rotate = format!(
        r#"{{"grant_type":"refresh_token","client_id":"{id}","refresh_token":"{refresh}"}}"#
    );
    let (got, _, rotated) = c
        .exchange_with(op, M::POST, "/oauth/tokens", false, Some(&rotate))
        .await;
    assert_eq!(got, 200, "{rotated}");
    assert_ne!(rotated["refresh_token"].as_str().unwrap(), refresh);
    let (spent, _, _) = c
        .exchange_with(op, M::POST, "/oauth/tokens", false, Some(&rotate))
        .await;
    assert_eq!(spent, 400);

    // The token in use; with an API token there is none.
    c.hit(
        "show_current_token",
        M::GET,
        "/api/v2/oauth/tokens/current",
        404,
    )
    .await;
    c.bearer = Some(token.clone());
    let shown = c
        .hit(
            "show_current_token",
            M::GET,
            "/api/v2/oauth/tokens/current",
            200,
        )
        .await;
    assert_eq!(shown["token"]["token"].as_str().unwrap(), &token[..10]);
    assert_eq!(
        shown["token"]["scopes"],
        serde_json::json!(["read", "write"])
    );
    c.bearer = Some(access_token(&pair));
    let (old, _, refused) = c
        .exchange(
            "show_current_token",
            M::GET,
            "/api/v2/oauth/tokens/current",
            true,
        )
        .await;
    assert_eq!(
        (old, refused["error"].as_str()),
        (401, Some("invalid_token")),
        "{refused}"
    );
    // A read-only token may not write.
    let (_, _, reader) = c
        .exchange_with(
            op,
            M::POST,
            "/oauth/tokens",
            false,
            Some(&grant(
                r#","grant_type":"client_credentials","scope":"read""#,
            )),
        )
        .await;
    c.bearer = Some(access_token(&reader));
    let forbidden = c
        .hit(
            "delete_suspended_ticket",
            M::DELETE,
            "/api/v2/suspended_tickets/1",
            403,
        )
        .await;
    assert_eq!(
        forbidden["description"],
        "You are missing the following required scopes: write"
    );
    c.bearer = None;
    // Two client credentials, the code, its refresh, the reader.
    assert_eq!(sim.snapshot().counters.tokens_minted, 5);

    // Tokens run out; API tokens can be switched off.
    let short = zendesk_simulator::start(Config {
        token_ttl: Duration::from_secs(1),
        api_tokens: false,
        ..Config::default()
    })
    .await
    .unwrap();
    let mut s = Contract::new(&short);
    let (id, secret) = short.oauth_client().unwrap();
    let (_, _, minted) = s
        .exchange_with(
            op,
            M::POST,
            "/oauth/tokens",
            false,
            Some(&format!(r#"{{"grant_type":"client_credentials","client_id":"{id}","client_secret":"{secret}","expires_in":1800}}"#)),
        )
        .await;
    assert_eq!(
        minted["expires_in"], 1,
        "capped by the simulator's token TTL"
    );
    let (status, _, answer) = s
        .exchange("show_ticket", M::GET, "/api/v2/tickets/1", true)
        .await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (401, Some("Couldn't authenticate you"))
    );
    s.bearer = Some(access_token(&minted));
    s.hit(
        "show_current_token",
        M::GET,
        "/api/v2/oauth/tokens/current",
        200,
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (status, _, answer) = s
        .exchange("show_ticket", M::GET, "/api/v2/tickets/1", true)
        .await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (401, Some("invalid_token"))
    );
    assert_eq!(short.snapshot().counters.unauthorized, 2);
    c.violations.extend(s.violations);
}
