//! The HTTP face of the simulator: routes for every operation of the spec,
//! and a gate in front of them for latency, authentication, the rate limit
//! and injected faults.

use crate::config::Fault;
use crate::pages::{Listing, Order};
use crate::state::{error, not_found, record_invalid, Reply, State};
use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Query, Request, State as Shared};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::Router;
use base64::Engine as _;
use futures::StreamExt;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The simulator's state, shared by the handlers.
pub type App = Arc<Mutex<State>>;

type Params = Query<HashMap<String, String>>;

/// A path segment; one that is not even text (bad percent-encoding) names
/// no record.
type PathId = Result<Path<String>, PathRejection>;

/// Locks the state; a panic elsewhere must not take the simulator down.
pub fn lock(app: &App) -> std::sync::MutexGuard<'_, State> {
    app.lock().unwrap_or_else(|p| p.into_inner())
}

/// Every route of the spec.
pub fn router(app: App) -> Router {
    let v2 = "/api/v2";
    Router::new()
        .route(&format!("{v2}/suspended_tickets"), get(list_suspended))
        .route(
            &format!("{v2}/suspended_tickets/recover_many"),
            put(recover_many),
        )
        .route(
            &format!("{v2}/suspended_tickets/destroy_many"),
            delete(delete_suspended_many),
        )
        .route(&format!("{v2}/suspended_tickets/export"), post(export))
        .route(
            &format!("{v2}/suspended_tickets/{{id}}"),
            get(show_suspended).delete(delete_suspended),
        )
        .route(
            &format!("{v2}/suspended_tickets/{{id}}/recover"),
            put(recover),
        )
        .route(
            &format!("{v2}/suspended_tickets/{{id}}/attachments"),
            post(attachments),
        )
        .route(&format!("{v2}/deleted_tickets"), get(list_deleted))
        .route(
            &format!("{v2}/deleted_tickets/restore_many"),
            put(restore_many),
        )
        .route(
            &format!("{v2}/deleted_tickets/destroy_many"),
            delete(delete_permanently_many),
        )
        .route(
            &format!("{v2}/deleted_tickets/{{ticket_id}}"),
            delete(delete_permanently),
        )
        .route(
            &format!("{v2}/deleted_tickets/{{ticket_id}}/restore"),
            put(restore),
        )
        .route(
            &format!("{v2}/tickets/destroy_many"),
            delete(delete_tickets),
        )
        .route(
            &format!("{v2}/tickets/{{ticket_id}}"),
            get(show_ticket).delete(delete_ticket),
        )
        .route(
            &format!("{v2}/tickets/mark_many_as_spam"),
            put(mark_spam_many),
        )
        .route(
            &format!("{v2}/tickets/{{ticket_id}}/mark_as_spam"),
            put(mark_spam),
        )
        .route(&format!("{v2}/users/search"), get(search_users))
        .route(
            &format!("{v2}/users/{{user_id}}"),
            get(show_user).put(update_user).delete(delete_user),
        )
        .route(
            &format!("{v2}/users/{{user_id}}/tickets/requested"),
            get(list_requested),
        )
        .route(
            &format!("{v2}/users/{{user_id}}/tickets/ccd"),
            get(list_ccd),
        )
        .route(&format!("{v2}/deleted_users"), get(list_deleted_users))
        .route(
            &format!("{v2}/deleted_users/{{deleted_user_id}}"),
            get(show_deleted_user).delete(delete_user_permanently),
        )
        .route(&format!("{v2}/job_statuses"), get(list_jobs))
        .route(&format!("{v2}/job_statuses/show_many"), get(show_jobs))
        .route(&format!("{v2}/job_statuses/{{id}}"), get(show_job))
        // Routed requests only: the parameters each operation takes.
        .route_layer(middleware::from_fn_with_state(
            app.clone(),
            crate::params::check,
        ))
        .fallback(|| async { reply(error(404, "InvalidEndpoint", "Not found")) })
        // A known path with another method: 405, with the `Allow` header axum
        // adds.
        .method_not_allowed_fallback(|| async {
            reply(error(405, "MethodNotAllowed", "Method not allowed"))
        })
        .layer(middleware::from_fn_with_state(app.clone(), gate))
        .with_state(app)
}

/// Latency, authentication, the account's rate limit and faults, for every
/// request; rate-limit headers on every answer.
async fn gate(Shared(app): Shared<App>, request: Request, next: Next) -> Response {
    let latency = {
        let mut state = lock(&app);
        state.requests += 1;
        state.config.latency
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let (limit, taken, fault, stall, resets) = {
        let mut state = lock(&app);
        if !authenticated(&state, request.headers()) {
            return reply(Reply::Error(
                401,
                serde_json::json!({ "error": "Couldn't authenticate you" }),
                None,
            ));
        }
        let (limit, length) = (state.config.rate_limit, state.config.rate_window);
        let taken = state.window.take(limit, length);
        if taken.is_err() {
            state.rate_limited += 1;
        }
        let fault = taken.is_ok().then(|| roll_fault(&mut state)).flatten();
        let resets = state.window.resets_in(length);
        (limit, taken, fault, state.config.stall, resets)
    };
    let mut response = match (taken, fault) {
        (Err(wait), _) => reply(Reply::Error(
            429,
            serde_json::json!({ "error": "APIRateLimitExceeded", "description": "Number of allowed API requests per minute exceeded" }),
            Some(wait),
        )),
        // Nothing was done: the server was unavailable.
        (Ok(_), Some(Fault::Unavailable)) => {
            let mut r = (StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable").into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            r
        }
        // The work is done, then the answer is lost or garbled.
        (Ok(_), Some(after)) => {
            let _done = next.run(request).await;
            match after {
                Fault::ServerError => {
                    reply(error(500, "InternalServerError", "Something went wrong"))
                }
                Fault::DropConnection => dropped(Duration::ZERO),
                Fault::StalledBody => dropped(stall),
                Fault::BadGateway => html_page(StatusCode::BAD_GATEWAY),
                Fault::GatewayTimeout => html_page(StatusCode::GATEWAY_TIMEOUT),
                Fault::MalformedBody | Fault::Unavailable => malformed(),
            }
        }
        (Ok(_), None) => next.run(request).await,
    };
    let remaining: u32 = taken.unwrap_or_default();
    // The three generations of rate-limit headers Zendesk sends side by side
    // (live recordings in zenpy's test cassettes).
    let headers = response.headers_mut();
    for (name, value) in [
        ("x-rate-limit", u64::from(limit)),
        ("x-rate-limit-remaining", u64::from(remaining)),
        ("rate-limit", u64::from(limit)),
        ("rate-limit-remaining", u64::from(remaining)),
        ("rate-limit-reset", resets),
        ("ratelimit-limit", u64::from(limit)),
        ("ratelimit-remaining", u64::from(remaining)),
        ("ratelimit-reset", resets),
    ] {
        headers.insert(name, HeaderValue::from(value));
    }
    response
}

fn authenticated(state: &State, headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    if let Some(token) = value.strip_prefix("Bearer ") {
        return state.config.oauth_token.as_deref() == Some(token);
    }
    let Some(encoded) = value.strip_prefix("Basic ") else {
        return false;
    };
    let expected = format!("{}/token:{}", state.config.email, state.config.token);
    base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .is_ok_and(|d| d == expected.as_bytes())
}

fn roll_fault(state: &mut State) -> Option<Fault> {
    let rate = state.config.fault_rate;
    if rate <= 0.0 || state.config.faults.is_empty() || state.rng.f64() >= rate {
        return None;
    }
    let n = state.config.faults.len();
    Some(state.config.faults[state.rng.usize(..n)])
}

/// A response whose body breaks off (after `stall`): the client sees the
/// connection drop, or its own timeout first.
fn dropped(stall: Duration) -> Response {
    let start = futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(
        b"{\"tick",
    ))]);
    let broken = futures::stream::once(async move {
        tokio::time::sleep(stall).await;
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "dropped by the simulator",
        ))
    });
    let mut r = Response::new(Body::from_stream(start.chain(broken)));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// A load balancer's error page, as Zendesk's front end sends for `502` and
/// `504`: HTML, not JSON.
fn html_page(status: StatusCode) -> Response {
    let title = format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or_default()
    );
    let page = format!(
        "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n</body>\r\n</html>\r\n"
    );
    let mut r = (status, page).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    r
}

fn malformed() -> Response {
    let mut r = Response::new(Body::from("{\"suspended_tickets\": [{\"id\": 1,"));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// Turns a [`Reply`] into a response.
pub fn reply(reply: Reply) -> Response {
    let status = |s: u16| StatusCode::from_u16(s).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match reply {
        Reply::Json(s, body) | Reply::Error(s, body, None) => {
            (status(s), axum::Json(body)).into_response()
        }
        Reply::Error(s, body, Some(wait)) => {
            let mut r = (status(s), axum::Json(body)).into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait));
            r
        }
        Reply::Empty(s) => status(s).into_response(),
    }
}

// ---------------------------------------------------------------- parsing

/// A path segment as text, without a `.json` suffix.
fn segment(path: &PathId) -> Result<&str, Reply> {
    match path {
        Ok(Path(text)) => Ok(text.trim_end_matches(".json")),
        Err(_) => Err(not_found()),
    }
}

/// A numeric path id; anything else is a record that does not exist.
fn id(path: &PathId) -> Result<i64, Reply> {
    segment(path)?.parse().map_err(|_| not_found())
}

/// One id of `ids=1,2,3` as the spec's pattern has it: a positive integer
/// of at most 18 digits, no sign, no spaces, no leading zero. Zendesk ids are
/// never 0; reading `0` or ` 7` as an id would let a malformed request pass.
fn positive_id(text: &str) -> Option<i64> {
    let digits = text.len() <= 18 && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || text.starts_with('0') {
        return None;
    }
    text.parse().ok()
}

/// `ids=1,2,3`: at most 100.
fn ids(params: &HashMap<String, String>) -> Result<Vec<i64>, Reply> {
    let text = params
        .get("ids")
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| {
            error(
                400,
                "InvalidValue",
                "ids is required: a comma-separated list of ids",
            )
        })?;
    let ids = text
        .split(',')
        .map(positive_id)
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            error(
                400,
                "InvalidValue",
                "ids must be a comma-separated list of positive integers, without spaces",
            )
        })?;
    if ids.len() > 100 {
        return Err(error(
            400,
            "TooManyValues",
            "ids accepts at most 100 values",
        ));
    }
    Ok(ids)
}

fn listing(params: &HashMap<String, String>, sortable: bool) -> Result<Listing, Reply> {
    let number = |name: &str| -> Result<Option<usize>, Reply> {
        params
            .get(name)
            .map(|v| {
                v.parse().map_err(|_| {
                    error(
                        400,
                        "InvalidPaginationParameter",
                        &format!("{name} must be a positive integer"),
                    )
                })
            })
            .transpose()
    };
    let order = match params.get("sort_order").map(String::as_str) {
        None | Some("asc") => Order::Asc,
        Some("desc") => Order::Desc,
        Some(_) => return Err(error(400, "InvalidValue", "sort_order must be asc or desc")),
    };
    let sort_by = if sortable {
        params.get("sort_by").cloned()
    } else {
        None
    };
    // A cursor is never empty (the spec says `minLength: 1`).
    for name in ["page[after]", "page[before]"] {
        if params.get(name).is_some_and(|c| c.is_empty()) {
            return Err(error(
                400,
                "InvalidPaginationParameter",
                &format!("{name} must not be empty"),
            ));
        }
    }
    let mut sort_query = String::new();
    if let Some(s) = &sort_by {
        sort_query.push_str(&format!("&sort_by={s}"));
    }
    if let Some(o) = params.get("sort_order") {
        sort_query.push_str(&format!("&sort_order={o}"));
    }
    Ok(Listing {
        sort_by,
        order,
        size: number("page[size]")?,
        after: params.get("page[after]").cloned(),
        before: params.get("page[before]").cloned(),
        page: number("page")?.unwrap_or(1),
        per_page: number("per_page")?.unwrap_or(100),
        sort_query,
    })
}

/// Runs an operation on the state, after its endpoint's own rate limit.
fn with_state(
    app: &App,
    operation: &'static str,
    op: impl FnOnce(&mut State) -> Result<Reply, Reply>,
) -> Response {
    let mut state = lock(app);
    let (budget, mut response) = match state.take_endpoint(operation) {
        Err((budget, wait)) => (
            Some(budget),
            reply(Reply::Error(
                429,
                serde_json::json!({ "error": "APIRateLimitExceeded", "description": format!("{operation} is rate limited") }),
                Some(wait),
            )),
        ),
        Ok(budget) => {
            state.advance_jobs();
            (budget, reply(op(&mut state).unwrap_or_else(|e| e)))
        }
    };
    // An endpoint with a budget of its own says so, as Zendesk does:
    // `zendesk-rate-limit-tickets-destroy: total=400; remaining=399; resets=59`.
    if let Some(b) = budget {
        let name = format!("zendesk-rate-limit-{}", b.name);
        let value = format!(
            "total={}; remaining={}; resets={}",
            b.total, b.remaining, b.resets
        );
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::try_from(name),
            HeaderValue::try_from(value),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

// ---------------------------------------------------------------- handlers

async fn list_suspended(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "list_suspended_tickets", |s| {
        Ok(s.list_suspended(&listing(&p, true)?))
    })
}

async fn show_suspended(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "show_suspended_ticket", |s| {
        Ok(s.show_suspended(id(&i)?))
    })
}

async fn delete_suspended(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "delete_suspended_ticket", |s| {
        Ok(s.delete_suspended(id(&i)?))
    })
}

async fn recover(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "recover_suspended_ticket", |s| Ok(s.recover(id(&i)?)))
}

async fn recover_many(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "recover_suspended_tickets", |s| {
        // Zendesk refuses more than 100 ids here with 422, not 400.
        let ids = ids(&p).map_err(|e| match e {
            Reply::Error(400, body, _) if body["error"] == "TooManyValues" => {
                record_invalid("ids", "TooManyValues", "ids accepts at most 100 values")
            }
            other => other,
        })?;
        Ok(s.recover_many(&ids))
    })
}

async fn delete_suspended_many(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "delete_suspended_tickets", |s| {
        Ok(s.delete_suspended_many(&ids(&p)?))
    })
}

async fn attachments(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "suspended_ticket_attachments", |s| {
        Ok(s.attachments(id(&i)?))
    })
}

async fn export(Shared(app): Shared<App>) -> Response {
    with_state(&app, "export_suspended_tickets", |s| Ok(s.export()))
}

async fn list_deleted(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "list_deleted_tickets", |s| {
        Ok(s.list_deleted(&listing(&p, true)?))
    })
}

async fn restore(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "restore_deleted_ticket", |s| Ok(s.restore(id(&i)?)))
}

async fn restore_many(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "restore_deleted_tickets", |s| {
        Ok(s.restore_many(&ids(&p)?))
    })
}

async fn delete_permanently(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "delete_ticket_permanently", |s| {
        Ok(s.delete_permanently(id(&i)?))
    })
}

async fn delete_permanently_many(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "delete_tickets_permanently", |s| {
        Ok(s.delete_permanently_many(&ids(&p)?))
    })
}

async fn show_ticket(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "show_ticket", |s| Ok(s.show_ticket(id(&i)?)))
}

async fn delete_ticket(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "delete_ticket", |s| Ok(s.delete_ticket(id(&i)?)))
}

async fn delete_tickets(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "delete_tickets", |s| Ok(s.delete_tickets(&ids(&p)?)))
}

async fn list_jobs(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "list_job_statuses", |s| {
        Ok(s.list_jobs(&listing(&p, false)?))
    })
}

async fn show_jobs(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "show_job_statuses", |s| {
        let ids: Vec<String> = p
            .get("ids")
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| {
                error(
                    400,
                    "InvalidValue",
                    "ids is required: a comma-separated list of job ids",
                )
            })?
            .split(',')
            .map(|v| v.trim().to_string())
            .collect();
        if ids.iter().any(String::is_empty) {
            return Err(error(
                400,
                "InvalidValue",
                "ids must be a comma-separated list of job ids, none empty",
            ));
        }
        if ids.len() > 100 {
            return Err(error(
                400,
                "TooManyValues",
                "ids accepts at most 100 values",
            ));
        }
        Ok(s.show_jobs(&ids))
    })
}

async fn show_job(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "show_job_status", |s| Ok(s.show_job(segment(&i)?)))
}

async fn mark_spam(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "mark_ticket_as_spam", |s| Ok(s.mark_spam(id(&i)?)))
}

async fn mark_spam_many(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "mark_tickets_as_spam", |s| {
        Ok(s.mark_spam_many(&ids(&p)?))
    })
}

async fn search_users(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "search_users", |s| {
        let text = |name: &str| p.get(name).map(String::as_str);
        let (query, external_id) = (text("query"), text("external_id"));
        if query.is_none_or(str::is_empty) && external_id.is_none_or(str::is_empty) {
            return Err(error(
                400,
                "InvalidValue",
                "give query or external_id, not empty",
            ));
        }
        let listing = listing(&p, false)?;
        if listing.per_page == 0 || listing.per_page > 100 || listing.page == 0 {
            return Err(error(
                400,
                "InvalidPaginationParameter",
                "page must be at least 1 and per_page between 1 and 100",
            ));
        }
        Ok(s.search_users(query.filter(|q| !q.is_empty()), external_id, &listing))
    })
}

async fn show_user(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "show_user", |s| Ok(s.show_user(id(&i)?)))
}

/// `{"user": {"suspended": true}}`: a body that is not JSON is `400`, one
/// that is JSON of another shape `422`, as Rails answers.
async fn update_user(Shared(app): Shared<App>, i: PathId, body: axum::body::Bytes) -> Response {
    with_state(&app, "update_user", |s| {
        let id = id(&i)?;
        let value: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| error(400, "InvalidJSON", &format!("the body is not JSON: {e}")))?;
        // `null` is not a boolean (the generated type would read it as
        // "not sent"): Zendesk's validation refuses it.
        if value
            .pointer("/user/suspended")
            .is_some_and(|v| !v.is_boolean())
        {
            return Err(record_invalid(
                "suspended",
                "InvalidValue",
                "Suspended: is not a boolean",
            ));
        }
        let request: zendesk_support::types::UserUpdateRequest = serde_json::from_value(value)
            .map_err(|e| record_invalid("user", "InvalidValue", &e.to_string()))?;
        Ok(s.update_user(id, &request.user))
    })
}

async fn delete_user(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "delete_user", |s| Ok(s.delete_user(id(&i)?)))
}

async fn list_requested(Shared(app): Shared<App>, i: PathId, Query(p): Params) -> Response {
    with_state(&app, "list_requested_tickets", |s| {
        Ok(s.list_user_tickets(id(&i)?, false, &listing(&p, false)?))
    })
}

async fn list_ccd(Shared(app): Shared<App>, i: PathId, Query(p): Params) -> Response {
    with_state(&app, "list_ccd_tickets", |s| {
        Ok(s.list_user_tickets(id(&i)?, true, &listing(&p, false)?))
    })
}

async fn list_deleted_users(Shared(app): Shared<App>, Query(p): Params) -> Response {
    with_state(&app, "list_deleted_users", |s| {
        Ok(s.list_deleted_users(&listing(&p, false)?))
    })
}

async fn show_deleted_user(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "show_deleted_user", |s| {
        Ok(s.show_deleted_user(id(&i)?))
    })
}

async fn delete_user_permanently(Shared(app): Shared<App>, i: PathId) -> Response {
    with_state(&app, "delete_user_permanently", |s| {
        Ok(s.delete_user_permanently(id(&i)?))
    })
}
