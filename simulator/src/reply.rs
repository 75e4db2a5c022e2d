//! What an operation answers, and Zendesk's error bodies: a leaf every
//! other module of the simulator may use.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// What an operation answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A JSON body.
    Json(u16, Value),
    /// No body.
    Empty(u16),
    /// A Zendesk error body, with `Retry-After` seconds for a 429.
    Error(u16, Value, Option<u64>),
}

/// Zendesk's error body.
pub fn error(status: u16, code: &str, description: &str) -> Reply {
    Reply::Error(
        status,
        json!({ "error": code, "description": description }),
        None,
    )
}

/// Zendesk's validation error: `field` refused with `code`, in words.
pub fn record_invalid(field: &str, code: &str, description: &str) -> Reply {
    Reply::Error(
        422,
        json!({
            "error": "RecordInvalid",
            "description": "Record validation errors",
            "details": { field: [{ "error": code, "description": description }] },
        }),
        None,
    )
}

/// Zendesk's newer error body: a list of errors with a code, a title and
/// details.
pub fn errors(status: u16, code: &str, title: &str, detail: &str) -> Reply {
    Reply::Error(
        status,
        json!({ "errors": [{ "code": code, "title": title, "detail": detail }] }),
        None,
    )
}

pub fn not_found() -> Reply {
    error(404, "RecordNotFound", "Not found")
}

/// A `429` with `Retry-After`.
pub fn too_many(code: &str, description: &str, retry_after: u64) -> Reply {
    Reply::Error(
        429,
        json!({ "error": code, "description": description }),
        Some(retry_after),
    )
}

/// A typed body (one of the spec's generated types) as a JSON reply.
pub fn to_json<T: serde::Serialize>(status: u16, value: &T) -> Reply {
    match serde_json::to_value(value) {
        Ok(v) => Reply::Json(status, v),
        Err(e) => error(500, "InternalError", &e.to_string()),
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let status = |s: u16| StatusCode::from_u16(s).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        match self {
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
}
