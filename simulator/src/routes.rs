//! The HTTP face of the simulator: a route for every operation of the spec,
//! each checked by the parameters it takes (`params.rs`) and its endpoint's
//! own limit, behind the gate (`gate.rs`), with responses compressed when
//! the client asks.

use crate::account::Account;
use crate::pages::{Listing, Order};
use crate::reply::{error, not_found, record_invalid, Reply};
use crate::shared::{lock, App};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Query, State as Shared};
use axum::http::{header, HeaderValue};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::Router;
use std::collections::HashMap;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};

type Params = Query<HashMap<String, String>>;

/// A path segment; one that is not even text (bad percent-encoding) names
/// no record.
type PathId = Result<Path<String>, PathRejection>;

/// Every route of the spec.
pub fn router(app: App) -> Router {
    let gzip = lock(&app).config.gzip;
    let v2 = "/api/v2";
    Router::new()
        .route(&format!("{v2}/suspended_tickets"), get(list_suspended))
        .route(
            &format!("{v2}/suspended_tickets/recover_many"),
            put(recover_many),
        )
        .route(
            &format!("{v2}/suspended_tickets/bulk_recover"),
            put(bulk_recover),
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
        .route(&format!("{v2}/oauth/tokens/current"), get(current_token))
        .route("/oauth/tokens", post(create_token))
        .route("/oauth/authorizations/new", get(authorize))
        // Routed requests only: the parameters each operation takes.
        .route_layer(middleware::from_fn_with_state(
            app.clone(),
            crate::params::check,
        ))
        .fallback(|| async { error(404, "InvalidEndpoint", "Not found") })
        // A known path with another method: 405, with the `Allow` header axum
        // adds.
        .method_not_allowed_fallback(|| async {
            error(405, "MethodNotAllowed", "Method not allowed")
        })
        // The simulator's own: what it counted, for benchmarks (no
        // credentials, not counted, not rate limited).
        .route("/simulator/stats", get(stats))
        // The reference with its try-it forms (no credentials, not counted).
        .route("/docs", get(crate::docs::redirect))
        .route("/docs/", get(crate::docs::page))
        .layer(middleware::from_fn_with_state(
            app.clone(),
            crate::gate::gate,
        ))
        // gzip when the client asks (`Accept-Encoding`), as Zendesk does.
        // At the fastest level: the simulator's time is the account's
        // latency, which a benchmark bounds without it (the default level
        // was an eighth of a whole main-job run's CPU); its pages shrink
        // nearly as much.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .gzip(true)
                .quality(tower_http::CompressionLevel::Fastest)
                .compress_when(DefaultPredicate::new().and(move |_: _, _: _, _: &_, _: &_| gzip)),
        )
        .with_state(app)
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

/// Runs an operation on the account, after its endpoint's own rate limit.
fn with_state(
    app: &App,
    operation: &'static str,
    op: impl FnOnce(&mut Account) -> Result<Reply, Reply>,
) -> Response {
    with_limit(app, operation, |_| (false, None), op)
}

/// Runs an operation on the account, after its endpoint's own rate limit;
/// `limited` tells of the request what the limit depends on: whether it is
/// a page beyond the 100th, and the record a per-record budget is for.
fn with_limit(
    app: &App,
    operation: &'static str,
    limited: impl FnOnce(&Account) -> (bool, Option<i64>),
    op: impl FnOnce(&mut Account) -> Result<Reply, Reply>,
) -> Response {
    let mut state = lock(app);
    let (deep, record) = limited(&state);
    let (budget, mut response) = match state.limits.take_endpoint(operation, deep, record) {
        Err((budget, wait)) => (
            Some(budget),
            crate::reply::too_many(
                "APIRateLimitExceeded",
                &format!("{operation} is rate limited"),
                wait,
            )
            .into_response(),
        ),
        Ok(budget) => {
            state.advance_jobs();
            (budget, op(&mut state).unwrap_or_else(|e| e).into_response())
        }
    };
    // An endpoint with a budget of its own says so, as Zendesk does, in
    // today's header: `zendesk-ratelimit-tickets-destroy: total=400;
    // remaining=399; resets=59`.
    if let Some(b) = budget {
        let (name, value) = b.header();
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::try_from(name),
            HeaderValue::try_from(value),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

/// What the simulator counted (requests, refusals by kind, jobs), as JSON.
async fn stats(Shared(app): Shared<App>) -> Response {
    let counters = lock(&app).limits.counters;
    axum::Json(counters).into_response()
}

// ---------------------------------------------------------------- handlers

async fn create_token(Shared(app): Shared<App>, body: axum::body::Bytes) -> Response {
    // JSON, as Zendesk documents the endpoint; anything else is refused.
    let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&body);
    with_state(&app, "create_token_for_grant_type", |s| match parsed {
        Ok(body) => Ok(s.create_token(&body)),
        Err(_) => Ok(crate::reply::Reply::Error(
            400,
            serde_json::json!({
                "error": "invalid_request",
                "error_description": "The request body must be JSON."
            }),
            None,
        )),
    })
}

async fn authorize(Shared(app): Shared<App>, Query(p): Params) -> Response {
    match lock(&app).authorize(&p) {
        Ok(location) => match HeaderValue::try_from(location) {
            Ok(location) => {
                let mut r = axum::http::StatusCode::FOUND.into_response();
                r.headers_mut().insert(header::LOCATION, location);
                r
            }
            Err(_) => {
                error(400, "invalid_request", "redirect_uri cannot be a header").into_response()
            }
        },
        Err(refusal) => refusal.into_response(),
    }
}

async fn current_token(Shared(app): Shared<App>, headers: axum::http::HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_string);
    with_state(&app, "show_current_token", |s| match token {
        Some(token) => Ok(s.current_token(&token)),
        // An API token has no OAuth token to show.
        None => Err(not_found()),
    })
}

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

/// `ids`, and an optional JSON body `{"author": {"id": …}}` (or `email`)
/// naming the requester of every recovered ticket.
async fn bulk_recover(
    Shared(app): Shared<App>,
    Query(p): Params,
    body: axum::body::Bytes,
) -> Response {
    with_state(&app, "bulk_recover_suspended_tickets", |s| {
        let ids = ids(&p)?;
        let requester = if body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            let not_a_request = |why: &str| {
                error(
                    400,
                    "InvalidJSON",
                    &format!("the body is not a bulk recovery: {why}"),
                )
            };
            let value: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| not_a_request(&e.to_string()))?;
            // serde reads `"author": null` as no author; the spec does not
            // allow it, so neither does the simulator.
            if value.get("author").is_some_and(serde_json::Value::is_null) {
                return Err(not_a_request("`author` is null"));
            }
            // Nor `"email": null` or `"id": null` inside it (schemathesis
            // found the first once the spec's examples named real tickets).
            if let Some(author) = value.get("author").and_then(serde_json::Value::as_object) {
                if let Some((name, _)) = author.iter().find(|(_, v)| v.is_null()) {
                    return Err(not_a_request(&format!("`author.{name}` is null")));
                }
            }
            let request: zendesk_support::types::BulkRecoverRequest =
                serde_json::from_value(value).map_err(|e| not_a_request(&e.to_string()))?;
            match request.author {
                None => None,
                Some(author) => Some(s.author_id(&author).ok_or_else(|| {
                    record_invalid("author", "InvalidValue", "Author: no such user")
                })?),
            }
        };
        Ok(s.bulk_recover(&ids, requester))
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
    let listing = match listing(&p, true) {
        Ok(l) => l,
        Err(reply) => return reply.into_response(),
    };
    with_limit(
        &app,
        "list_deleted_tickets",
        |s| (s.deleted_page_number(&listing) > 100, None),
        |s| Ok(s.list_deleted(&listing)),
    )
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
    let user = id(&i).ok();
    with_limit(
        &app,
        "update_user",
        |_| (false, user),
        |s| {
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
        },
    )
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
