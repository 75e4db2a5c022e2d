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
    let (limit, taken, fault, stall, resets) = {
        let mut state = lock(&app);
        if !authenticated(&state, request.headers()) {
            return Reply::Error(
                401,
                serde_json::json!({ "error": "Couldn't authenticate you" }),
                None,
            )
            .into_response();
        }
        let state = &mut *state;
        let (taken, resets) = state.limits.take_account(&state.config);
        let fault = taken
            .is_ok()
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

fn authenticated(state: &Account, headers: &HeaderMap) -> bool {
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
