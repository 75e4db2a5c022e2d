//! The fault matrix: every operation × every fault a hostile server (see
//! `hostile/`) can send, through the handwritten layer.
//!
//! For each case: no panic; the call ends within its configured bounds;
//! a call that is not idempotent is sent again only when the server said it
//! did nothing (`429`, `503`); every id of a batch is reported exactly once
//! (done, failed, or failed with the outcome unknown); and what the caller
//! gets matches the fault (a retried transient fault is a success, an HTML
//! 404 is `NotFound`, a lost answer to a non-idempotent call is an unknown
//! outcome, tomorrow's fields and enum values decode).

mod common;
mod hostile;

use futures::future::BoxFuture;
use futures::StreamExt;
use hostile::{Hostile, Reply, Seen};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use zendesk_support::{BatchOutcome, Client, Error, RetryPolicy, WaitOptions};

/// Ids sent to every batch operation: two calls, 100 and 50.
const BATCH: std::ops::RangeInclusive<i64> = 1..=150;
/// The client's timeout for one attempt.
const TIMEOUT: Duration = Duration::from_millis(400);
/// The longest any case may take: three attempts, a `Retry-After: 1`, and
/// job waits, with room for a loaded machine.
const BOUND: Duration = Duration::from_secs(15);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fault {
    S500,
    S502Html,
    S503RetryAfter,
    S504Html,
    S429RetryAfter,
    /// A `429` without `Retry-After`, as the job limit answers.
    S429TooManyJobs,
    ResetBeforeHeaders,
    ResetMidBody,
    StalledBody,
    TruncatedJson,
    Html404,
    Empty401,
    EmptyBody,
    UnknownFields,
    UnknownEnumValues,
    Nulls,
    HugeIds,
}

const FAULTS: [Fault; 17] = [
    Fault::S500,
    Fault::S502Html,
    Fault::S503RetryAfter,
    Fault::S504Html,
    Fault::S429RetryAfter,
    Fault::S429TooManyJobs,
    Fault::ResetBeforeHeaders,
    Fault::ResetMidBody,
    Fault::StalledBody,
    Fault::TruncatedJson,
    Fault::Html404,
    Fault::Empty401,
    Fault::EmptyBody,
    Fault::UnknownFields,
    Fault::UnknownEnumValues,
    Fault::Nulls,
    Fault::HugeIds,
];

impl Fault {
    /// The server said it did nothing: every call may be sent again.
    fn said_nothing(self) -> bool {
        matches!(
            self,
            Fault::S503RetryAfter | Fault::S429RetryAfter | Fault::S429TooManyJobs
        )
    }

    /// The answer was lost or garbled after the server may have acted.
    fn lost_answer(self) -> bool {
        matches!(
            self,
            Fault::S500
                | Fault::S502Html
                | Fault::S504Html
                | Fault::ResetBeforeHeaders
                | Fault::ResetMidBody
                | Fault::StalledBody
                | Fault::TruncatedJson
        )
    }

    /// Tomorrow's data: a tolerant reader decodes it.
    fn tolerable_data(self) -> bool {
        matches!(
            self,
            Fault::UnknownFields | Fault::UnknownEnumValues | Fault::HugeIds
        )
    }
}

/// How an operation is called through the layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Single,
    List,
    Batch,
}

struct Op {
    id: &'static str,
    path: &'static str,
    shape: Shape,
    idempotent: bool,
    /// The success sample (`None`: an empty body).
    sample: Option<&'static str>,
    status: u16,
    call: fn(Client) -> BoxFuture<'static, Outcome>,
}

/// What a call gave back, reduced to what the checks need.
#[derive(Debug)]
enum Outcome {
    Single(Result<(), String>),
    List { items: usize, errors: Vec<String> },
    Batch(BatchOutcome),
}

fn kind(e: &Error) -> String {
    match e {
        Error::NotFound(_) => "NotFound",
        Error::Unauthorized(_) => "Unauthorized",
        Error::Forbidden(_) => "Forbidden",
        Error::RateLimited { .. } => "RateLimited",
        Error::Invalid(_) => "Invalid",
        Error::Server(_) => "Server",
        Error::UnexpectedStatus(_) => "UnexpectedStatus",
        Error::Transport(_) => "Transport",
        Error::Decode { .. } => "Decode",
        Error::Record { .. } => "Record",
        Error::BodyTooLarge { .. } => "BodyTooLarge",
        Error::CursorLoop { .. } => "CursorLoop",
        _ => "other",
    }
    .to_string()
}

fn single<T>(r: Result<T, Error>) -> Outcome {
    Outcome::Single(r.map(|_| ()).map_err(|e| kind(&e)))
}

async fn list<T>(stream: impl futures::Stream<Item = Result<T, Error>>) -> Outcome {
    let results: Vec<Result<T, Error>> = stream.collect().await;
    Outcome::List {
        items: results.iter().filter(|r| r.is_ok()).count(),
        errors: results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(kind)
            .collect(),
    }
}

fn wait() -> WaitOptions {
    WaitOptions {
        timeout: Duration::from_secs(3),
        initial_interval: Duration::from_millis(10),
        max_interval: Duration::from_millis(50),
        ..WaitOptions::default()
    }
}

fn operations() -> Vec<Op> {
    use zendesk_support::call;
    macro_rules! op {
        ($id:literal, $path:literal, $shape:ident, $idem:literal, $sample:expr, $status:literal, |$c:ident| $body:expr) => {
            Op {
                id: $id,
                path: $path,
                shape: Shape::$shape,
                idempotent: $idem,
                sample: $sample,
                status: $status,
                call: |$c| Box::pin(async move { $body }),
            }
        };
    }
    vec![
        op!(
            "list_suspended_tickets",
            "/api/v2/suspended_tickets",
            List,
            true,
            Some("list_suspended_tickets/200-cursor.json"),
            200,
            |c| list(c.suspended_tickets().stream()).await
        ),
        op!(
            "show_suspended_ticket",
            "/api/v2/suspended_tickets/1",
            Single,
            true,
            Some("show_suspended_ticket/200.json"),
            200,
            |c| single(c.show_suspended_ticket(1).await)
        ),
        op!(
            "delete_suspended_ticket",
            "/api/v2/suspended_tickets/1",
            Single,
            true,
            None,
            204,
            |c| single(c.delete_suspended_ticket(1).await)
        ),
        op!(
            "recover_suspended_ticket",
            "/api/v2/suspended_tickets/1/recover",
            Single,
            false,
            Some("recover_suspended_ticket/200-docs.json"),
            200,
            |c| single(c.recover(1).await)
        ),
        op!(
            "recover_suspended_tickets",
            "/api/v2/suspended_tickets/recover_many",
            Batch,
            false,
            Some("recover_suspended_tickets/200-docs.json"),
            200,
            |c| Outcome::Batch(c.recover_many(BATCH).await)
        ),
        op!(
            "delete_suspended_tickets",
            "/api/v2/suspended_tickets/destroy_many",
            Batch,
            true,
            None,
            204,
            |c| Outcome::Batch(c.delete_suspended_many(BATCH).await)
        ),
        op!(
            "suspended_ticket_attachments",
            "/api/v2/suspended_tickets/1/attachments",
            Single,
            false,
            Some("suspended_ticket_attachments/200-docs.json"),
            200,
            |c| single(call(c.raw().suspended_ticket_attachments().id(1).send()).await)
        ),
        op!(
            "export_suspended_tickets",
            "/api/v2/suspended_tickets/export",
            Single,
            false,
            Some("export_suspended_tickets/200-docs.json"),
            200,
            |c| single(call(c.raw().export_suspended_tickets().send()).await)
        ),
        op!(
            "list_deleted_tickets",
            "/api/v2/deleted_tickets",
            List,
            true,
            Some("list_deleted_tickets/200-cursor.json"),
            200,
            |c| list(c.deleted_tickets().stream()).await
        ),
        op!(
            "restore_deleted_ticket",
            "/api/v2/deleted_tickets/1/restore",
            Single,
            true,
            None,
            200,
            |c| single(c.restore_deleted_ticket(1).await)
        ),
        op!(
            "restore_deleted_tickets",
            "/api/v2/deleted_tickets/restore_many",
            Batch,
            true,
            None,
            200,
            |c| Outcome::Batch(c.restore_many(BATCH).await)
        ),
        op!(
            "delete_ticket_permanently",
            "/api/v2/deleted_tickets/1",
            Single,
            false,
            Some("delete_ticket_permanently/200-queued.json"),
            200,
            |c| single(c.delete_ticket_permanently(1).await)
        ),
        op!(
            "delete_tickets_permanently",
            "/api/v2/deleted_tickets/destroy_many",
            Batch,
            false,
            Some("delete_tickets_permanently/200-queued.json"),
            200,
            |c| Outcome::Batch(c.delete_permanently_many(BATCH, &wait()).await)
        ),
        op!(
            "show_ticket",
            "/api/v2/tickets/1",
            Single,
            true,
            Some("show_ticket/200.json"),
            200,
            |c| single(c.show_ticket(1).await)
        ),
        op!(
            "delete_ticket",
            "/api/v2/tickets/1",
            Single,
            true,
            None,
            204,
            |c| single(c.delete_ticket(1).await)
        ),
        op!(
            "delete_tickets",
            "/api/v2/tickets/destroy_many",
            Batch,
            false,
            Some("delete_tickets/200-queued.json"),
            200,
            |c| Outcome::Batch(c.delete_tickets_many(BATCH, &wait()).await)
        ),
        op!(
            "mark_ticket_as_spam",
            "/api/v2/tickets/1/mark_as_spam",
            Single,
            false,
            None,
            200,
            |c| single(c.mark_spam(1).await)
        ),
        op!(
            "mark_tickets_as_spam",
            "/api/v2/tickets/mark_many_as_spam",
            Batch,
            false,
            Some("mark_tickets_as_spam/200-queued.json"),
            200,
            |c| Outcome::Batch(c.mark_spam_many(BATCH, &wait()).await)
        ),
        op!(
            "bulk_recover_suspended_tickets",
            "/api/v2/suspended_tickets/bulk_recover",
            Batch,
            false,
            Some("bulk_recover_suspended_tickets/200-queued.json"),
            200,
            |c| Outcome::Batch(c.bulk_recover(BATCH, &wait()).await)
        ),
        op!(
            "search_users",
            "/api/v2/users/search",
            Single,
            true,
            Some("search_users/200.json"),
            200,
            |c| single(c.users().with_email("ada.lovelace@customer.example").await)
        ),
        op!(
            "show_user",
            "/api/v2/users/1",
            Single,
            true,
            Some("show_user/200.json"),
            200,
            |c| single(c.users().show(1).await)
        ),
        op!(
            "update_user",
            "/api/v2/users/1",
            Single,
            true,
            Some("update_user/200-suspended.json"),
            200,
            |c| single(c.users().suspend(1, true).await)
        ),
        op!(
            "delete_user",
            "/api/v2/users/1",
            Single,
            true,
            Some("delete_user/200.json"),
            200,
            |c| single(c.users().delete(1).await)
        ),
        op!(
            "list_requested_tickets",
            "/api/v2/users/1/tickets/requested",
            List,
            true,
            Some("list_requested_tickets/200-cursor.json"),
            200,
            |c| list(c.users().requested_tickets(1)).await
        ),
        op!(
            "list_ccd_tickets",
            "/api/v2/users/1/tickets/ccd",
            List,
            true,
            Some("list_ccd_tickets/200-cursor.json"),
            200,
            |c| list(c.users().ccd_tickets(1)).await
        ),
        op!(
            "list_deleted_users",
            "/api/v2/deleted_users",
            List,
            true,
            Some("list_deleted_users/200-cursor.json"),
            200,
            |c| list(c.users().deleted()).await
        ),
        op!(
            "show_deleted_user",
            "/api/v2/deleted_users/1",
            Single,
            true,
            Some("show_deleted_user/200.json"),
            200,
            |c| single(c.users().show_deleted(1).await)
        ),
        op!(
            "delete_user_permanently",
            "/api/v2/deleted_users/1",
            Single,
            false,
            Some("delete_user_permanently/200.json"),
            200,
            |c| single(c.users().delete_permanently(1).await)
        ),
        op!(
            "list_job_statuses",
            "/api/v2/job_statuses",
            List,
            true,
            Some("list_job_statuses/200-cursor.json"),
            200,
            |c| list(c.job_statuses()).await
        ),
        op!(
            "show_job_status",
            "/api/v2/job_statuses/abc",
            Single,
            true,
            Some("show_job_status/200-completed.json"),
            200,
            |c| single(c.job_status("abc").await)
        ),
        op!(
            "show_job_statuses",
            "/api/v2/job_statuses/show_many",
            Single,
            true,
            Some("show_job_statuses/200.json"),
            200,
            |c| single(call(c.raw().show_job_statuses().ids("abc,def").send()).await)
        ),
    ]
}

fn sample(relative: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("spec/samples")
        .join(relative);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // One page only: a listing that goes on would ask for the same page again.
    if let Some(meta) = v.get_mut("meta") {
        meta["has_more"] = json!(false);
    }
    v
}

/// Applies `f` to every object in `v`, depth first.
fn each_object(v: &mut Value, f: &impl Fn(&mut serde_json::Map<String, Value>)) {
    match v {
        Value::Object(map) => {
            map.values_mut().for_each(|child| each_object(child, f));
            f(map);
        }
        Value::Array(items) => items.iter_mut().for_each(|child| each_object(child, f)),
        _ => {}
    }
}

fn mutated(fault: Fault, ok: &Value) -> Value {
    let mut v = ok.clone();
    match fault {
        Fault::UnknownFields => each_object(&mut v, &|m| {
            m.insert(
                "zz_added_tomorrow".into(),
                json!({ "nested": [1, "two", null, { "deep": true }] }),
            );
        }),
        Fault::UnknownEnumValues => each_object(&mut v, &|m| {
            for key in ["status", "priority", "type"] {
                if m.get(key).is_some_and(Value::is_string) {
                    m.insert(key.into(), json!("zz_value_added_tomorrow"));
                }
            }
        }),
        Fault::Nulls => each_object(&mut v, &|m| {
            for value in m.values_mut() {
                if !value.is_object() && !value.is_array() {
                    *value = Value::Null;
                }
            }
        }),
        Fault::HugeIds => each_object(&mut v, &|m| {
            for (key, value) in m.iter_mut() {
                if (key == "id" || key.ends_with("_id")) && value.is_i64() {
                    *value = json!(i64::MAX);
                }
            }
        }),
        _ => unreachable!("not a data fault"),
    }
    v
}

fn ok_reply(op: &Op) -> Reply {
    match op.sample {
        Some(s) => Reply::json(op.status, &sample(s)),
        None => Reply::empty(op.status),
    }
}

fn fault_reply(op: &Op, fault: Fault) -> Reply {
    let html = |status: u16| {
        Reply::typed(
            status,
            "text/html",
            &format!(
                "<html><head><title>{status}</title></head><body><h1>{status}</h1></body></html>"
            ),
        )
    };
    let body = match op.sample {
        Some(s) => sample(s).to_string().into_bytes(),
        None => br#"{"padding": "a body long enough to cut in half"}"#.to_vec(),
    };
    // A 204 has no body to cut: break a 200's instead.
    let with_body = if op.status == 204 { 200 } else { op.status };
    match fault {
        Fault::S500 => Reply::json(
            500,
            &json!({ "error": "InternalServerError", "description": "Something went wrong" }),
        ),
        Fault::S502Html => html(502),
        Fault::S503RetryAfter => {
            Reply::typed(503, "text/plain", "Service Unavailable").with_header("retry-after", "1")
        }
        Fault::S504Html => html(504),
        Fault::S429RetryAfter => {
            Reply::typed(429, "text/plain", "Too Many Requests").with_header("retry-after", "1")
        }
        Fault::S429TooManyJobs => Reply::json(
            429,
            &json!({ "error": "TooManyJobs", "description": "The account has 30 background jobs queued or running" }),
        ),
        Fault::ResetBeforeHeaders => Reply::ResetBeforeHeaders,
        Fault::ResetMidBody => Reply::ResetMidBody {
            status: with_body,
            body,
        },
        Fault::StalledBody => Reply::Stall {
            status: with_body,
            body,
            stall: Duration::from_secs(5),
        },
        Fault::TruncatedJson => Reply::Full {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body[..body.len() / 2].to_vec(),
        },
        Fault::Html404 => html(404),
        Fault::Empty401 => Reply::empty(401),
        Fault::EmptyBody => Reply::empty(op.status).with_header("content-type", "application/json"),
        data => match op.sample {
            Some(s) => Reply::json(op.status, &mutated(data, &sample(s))),
            None => Reply::empty(op.status),
        },
    }
}

fn client(base_url: &str) -> Client {
    common::builder_for(base_url)
        .timeout(TIMEOUT)
        .retry_policy(RetryPolicy {
            max_retry_after: Duration::from_secs(2),
            max_elapsed: Duration::from_secs(10),
            ..common::fast_retries()
        })
        .build()
        .unwrap()
}

/// Everything except the target's own path answers as a healthy server:
/// a job polled is completed.
fn healthy(op: &'static Op) -> impl Fn(&Seen) -> Reply + Send + Sync + 'static {
    move |seen| {
        if seen.path == op.path {
            ok_reply(op)
        } else if seen.path == "/api/v2/job_statuses/show_many" {
            let ids = seen
                .query
                .split('&')
                .find_map(|pair| pair.strip_prefix("ids="))
                .unwrap_or_default();
            let jobs: Vec<_> = ids
                .split("%2C")
                .flat_map(|chunk| chunk.split(','))
                .map(
                    |id| json!({ "id": id, "status": "completed", "results": { "success": true } }),
                )
                .collect();
            Reply::json(200, &json!({ "job_statuses": jobs }))
        } else if seen.path.starts_with("/api/v2/job_statuses/") {
            Reply::json(
                200,
                &json!({ "job_status": { "id": "job", "status": "completed", "results": { "success": true } } }),
            )
        } else {
            Reply::json(
                404,
                &json!({ "error": "InvalidEndpoint", "description": "Not found" }),
            )
        }
    }
}

/// What one case proved wrong (empty when it held).
fn check(op: &Op, fault: Fault, outcome: &Outcome, sent: usize) -> Vec<String> {
    let mut wrong = Vec::new();
    let calls = if op.shape == Shape::Batch { 2 } else { 1 };
    let empty_ok = op.sample.is_none();
    // The answer was lost or garbled after the server may have acted (an
    // empty body where JSON is due is garbled too).
    let garbled = fault.lost_answer() || (fault == Fault::EmptyBody && !empty_ok);
    let retried = fault.said_nothing() || (garbled && op.idempotent);
    let expected_sent = calls + usize::from(retried);
    if op.shape != Shape::List && sent != expected_sent {
        wrong.push(format!("sent {sent} requests, expected {expected_sent}"));
    }
    if !op.idempotent && sent > calls && !fault.said_nothing() {
        wrong.push(format!(
            "a non-idempotent call was sent again after {fault:?}"
        ));
    }
    // What a single call (or the batch call that met the fault) must come to.
    let expect: Option<&str> = match fault {
        _ if retried => Some("ok"),
        Fault::Html404 => Some("NotFound"),
        Fault::Empty401 => Some("Unauthorized"),
        Fault::EmptyBody if empty_ok => Some("ok"),
        f if f.tolerable_data() => Some("ok"),
        _ if garbled => Some("unknown"),
        _ => None, // Nulls: anything but a panic or a lost id.
    };
    match outcome {
        Outcome::Single(result) => {
            let got = result.as_ref().err().map_or("ok", String::as_str);
            match expect {
                Some("unknown") if matches!(got, "Server" | "Transport" | "Decode") => {}
                Some(e) if e != "unknown" && e != got => {
                    wrong.push(format!("expected {e}, got {got}"))
                }
                Some("unknown") => wrong.push(format!("expected an unknown outcome, got {got}")),
                _ => {}
            }
        }
        Outcome::List { items, errors } => match expect {
            Some("ok") if !errors.is_empty() || *items == 0 => wrong.push(format!(
                "expected the page, got {items} items and {errors:?}"
            )),
            Some(e) if e != "ok" && e != "unknown" && errors != &[e.to_string()] => {
                wrong.push(format!("expected [{e}], got {errors:?}"))
            }
            _ => {}
        },
        Outcome::Batch(b) => {
            // Each id once, whatever became of it.
            let ids: Vec<i64> = b.outcomes.iter().map(|o| o.id).collect();
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            if sorted.len() != ids.len() {
                wrong.push(format!("{} ids reported twice", ids.len() - sorted.len()));
            }
            if sorted != BATCH.collect::<Vec<_>>() {
                wrong.push(format!(
                    "ids lost: {} of {} reported",
                    sorted.len(),
                    BATCH.count()
                ));
            }
            // One call (ids 1–100, or 101–150: the calls go out together)
            // met the fault; the other did not.
            let chunk = |id: i64| usize::from(id > 100);
            let sizes = [100, 50];
            let mut failed_in = [Vec::new(), Vec::new()];
            for f in b.not_done() {
                failed_in[chunk(f.id)].push(f);
            }
            let hit = usize::from(failed_in[0].is_empty() && !failed_in[1].is_empty());
            let failed_hit = &failed_in[hit];
            let whole = failed_hit.len() == sizes[hit];
            let problem = match expect {
                Some("ok") => (!b.all_done()).then_some("all done"),
                Some("unknown") => (!whole || failed_hit.iter().any(|f| !f.outcome.is_unknown()))
                    .then_some("one call's ids with the outcome unknown"),
                Some("NotFound") => (!whole
                    || failed_hit
                        .iter()
                        .any(|f| !f.outcome.is_failed() || f.outcome.status() != Some(404)))
                .then_some("one call's ids failed with 404"),
                Some("Unauthorized") => (!whole
                    || failed_hit
                        .iter()
                        .any(|f| !f.outcome.is_failed() || f.outcome.status() != Some(401)))
                .then_some("one call's ids failed with 401"),
                _ => None,
            };
            if let Some(expected) = problem {
                wrong.push(format!(
                    "expected {expected}, got {:?}",
                    b.not_done().first()
                ));
            }
            if !failed_in[1 - hit].is_empty() && expect.is_some() {
                wrong.push("the other call's ids failed".into());
            }
        }
    }
    wrong
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_under_every_fault() {
    let ops: &'static [Op] = Box::leak(operations().into_boxed_slice());
    let cases = ops
        .iter()
        .flat_map(|op| FAULTS.into_iter().map(move |fault| (op, fault)));
    // A few cases at a time: enough to finish in seconds, few enough that
    // the client's 400 ms timeout measures the fault, not a crowded machine.
    let results: Vec<_> = futures::stream::iter(cases)
        .map(|(op, fault)| async move {
            let server = Hostile::start(op.path, fault_reply(op, fault), healthy(op)).await;
            let started = Instant::now();
            let run = tokio::spawn((op.call)(client(&server.base_url)));
            let result = tokio::time::timeout(BOUND, run).await;
            let elapsed = started.elapsed();
            let sent = server.count(op.path);
            (op, fault, result, elapsed, sent)
        })
        .buffer_unordered(24)
        .collect()
        .await;
    let (mut run, mut panics, mut overtime, mut lost_or_doubled) = (0, 0, 0, 0);
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (op, fault, result, elapsed, sent) in results {
        run += 1;
        let name = format!("{} × {fault:?} ({} ms)", op.id, elapsed.as_millis());
        match result {
            Err(_) => {
                overtime += 1;
                wrong
                    .entry(name)
                    .or_default()
                    .push(format!("did not end within {BOUND:?}"));
            }
            Ok(Err(join)) => {
                panics += 1;
                wrong
                    .entry(name)
                    .or_default()
                    .push(format!("panicked: {join}"));
            }
            Ok(Ok(outcome)) => {
                let problems = check(op, fault, &outcome, sent);
                if problems.iter().any(|p| p.contains("ids")) {
                    lost_or_doubled += 1;
                }
                if !problems.is_empty() {
                    wrong.entry(name).or_default().extend(problems);
                }
            }
        }
    }
    eprintln!(
        "fault matrix: {run} cases ({} operations × {} faults), {panics} panics, {overtime} over time, {lost_or_doubled} with lost or doubled ids, {} wrong",
        ops.len(),
        FAULTS.len(),
        wrong.len()
    );
    assert_eq!(run, ops.len() * FAULTS.len());
    let report: Vec<String> = wrong
        .iter()
        .map(|(case, problems)| format!("{case}: {}", problems.join("; ")))
        .collect();
    assert!(
        report.is_empty(),
        "{} cases went wrong:\n{}",
        report.len(),
        report.join("\n")
    );
}
