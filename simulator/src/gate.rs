//! What stands in front of every operation, as Zendesk's front end does:
//! latency, authentication, the account's rate limit and its headers, and
//! injected faults. The simulator's own `/simulator/…` routes and the
//! reference at `/docs/` pass through untouched (no credentials, not
//! counted).

use crate::account::Account;
use crate::config::Fault;
use crate::reply::Reply;
use crate::shared::{lock, App};
use axum::body::Body;
use axum::extract::{Request, State as Shared};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use futures::StreamExt;
use std::time::Duration;

/// Latency, authentication, the account's rate limit and faults, for every
/// request; rate-limit headers on every answer.
pub async fn gate(Shared(app): Shared<App>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.starts_with("/simulator/") || path == "/docs" || path == "/docs/" {
        return next.run(request).await;
    }
    let latency = {
        let mut state = lock(&app);
        state.limits.counters.requests += 1;
        state.config.latency
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    // A token whose scopes do not cover the request: answered `403` in
    // place of the operation (counted against the rate limit, as any
    // request that got past authentication).
    let mut denied = None;
    let (limit, taken, fault, stall, resets) = {
        let mut state = lock(&app);
        // The token endpoint and the authorization page take no
        // `Authorization` (their credentials are in the body, or the
        // person in the browser).
        let open = matches!(
            request.uri().path(),
            "/oauth/tokens" | "/oauth/authorizations/new"
        );
        if !open {
            match authenticate(
                &mut state,
                request.method().as_str(),
                request.uri().path(),
                request.headers(),
            ) {
                Ok(scope_refusal) => denied = scope_refusal,
                Err(refusal) => {
                    state.limits.counters.unauthorized += 1;
                    return refusal.into_response();
                }
            }
        }
        let state = &mut *state;
        let (taken, resets) = state.limits.take_account(&state.config);
        let fault = (taken.is_ok() && denied.is_none())
            .then(|| state.limits.roll_fault(&state.config))
            .flatten();
        (
            state.config.rate_limit,
            taken,
            fault,
            state.config.stall,
            resets,
        )
    };
    let mut response = match (taken, fault) {
        (Ok(_), _) if denied.is_some() => denied
            .take()
            .map(IntoResponse::into_response)
            .unwrap_or_default(),
        (Err(wait), _) => crate::reply::too_many(
            "APIRateLimitExceeded",
            "Number of allowed API requests per minute exceeded",
            wait,
        )
        .into_response(),
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
                    crate::reply::error(500, "InternalServerError", "Something went wrong")
                        .into_response()
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
    // The generations of rate-limit headers Zendesk sends side by side
    // (live recordings in zenpy's test cassettes; today's reference).
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

/// Zendesk's answers to credentials it refuses: an API token's, and an
/// OAuth access token's (expired, revoked, malformed).
fn couldnt_authenticate() -> Reply {
    Reply::Error(
        401,
        serde_json::json!({ "error": "Couldn't authenticate you" }),
        None,
    )
}

fn invalid_token() -> Reply {
    Reply::Error(
        401,
        serde_json::json!({
            "error": "invalid_token",
            "error_description": "The access token provided is expired, revoked, malformed or invalid for other reasons."
        }),
        None,
    )
}

/// Whether the request's credentials may make it: an OAuth access token
/// that is good, or the API token, unless API tokens are off (`Err`: the
/// `401`). A good token whose scopes do not cover the request gets the
/// `403` that names the scope missing (`Ok(Some)`).
fn authenticate(
    state: &mut Account,
    method: &str,
    path: &str,
    headers: &HeaderMap,
) -> Result<Option<Reply>, Reply> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(couldnt_authenticate)?;
    if let Some(token) = value.strip_prefix("Bearer ") {
        let crate::account::oauth::Bearer::Good(scopes) = state.bearer(token.trim()) else {
            return Err(invalid_token());
        };
        let missing = crate::account::oauth::missing_scope(&scopes, method, path);
        return Ok(missing.map(|scope| {
            Reply::Error(
                403,
                serde_json::json!({
                    "error": "Forbidden",
                    "description": format!("You are missing the following required scopes: {scope}")
                }),
                None,
            )
        }));
    }
    let encoded = value
        .strip_prefix("Basic ")
        .ok_or_else(couldnt_authenticate)?;
    let expected = format!("{}/token:{}", state.config.email, state.config.token);
    let right = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .is_ok_and(|d| d == expected.as_bytes());
    // Switched off (as on 2027-04-30), a right token is refused as a wrong one.
    if right && state.config.api_tokens {
        Ok(None)
    } else {
        Err(couldnt_authenticate())
    }
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
