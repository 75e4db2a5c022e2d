//! One error type a caller can match on, keeping the status, Zendesk's request
//! id and the raw body of whatever the server answered.

use crate::generated;
use crate::refusal::Refusal;
use crate::types;
use reqwest::header::HeaderMap;
use std::fmt;
use std::time::Duration;

/// What went wrong with a call.
///
/// Responses are boxed so that `Result<T, Error>` stays small.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// `404`: no record with this id.
    NotFound(Box<ApiError>),
    /// `401`: missing or wrong credentials.
    Unauthorized(Box<ApiError>),
    /// `403`: the credentials may not do this.
    Forbidden(Box<ApiError>),
    /// `429`: rate limited, after the retries the policy allows.
    RateLimited {
        /// How long Zendesk asked to wait (`Retry-After`), when it said.
        retry_after: Option<Duration>,
        /// The response.
        error: Box<ApiError>,
    },
    /// `400` or `422`: Zendesk refused the request as invalid; see
    /// [`ApiError::error`], [`ApiError::description`] and [`ApiError::details`].
    Invalid(Box<ApiError>),
    /// `5xx`, after the retries the policy allows.
    Server(Box<ApiError>),
    /// Any other status the spec does not describe.
    UnexpectedStatus(Box<ApiError>),
    /// The request did not complete: connection, TLS, or timeout.
    Transport(reqwest::Error),
    /// The response did not decode as the spec says; the raw body is kept
    /// (its first [`KEPT_BODY_BYTES`]).
    Decode {
        /// The status, when known.
        status: Option<u16>,
        /// The raw body.
        body: String,
        /// Why it did not decode.
        reason: String,
    },
    /// One record of a page that the types cannot read. The records around it
    /// were delivered and the stream goes on.
    Record {
        /// The record as sent (its first [`KEPT_BODY_BYTES`]).
        raw: String,
        /// Why it did not decode.
        reason: String,
    },
    /// A success response whose body is larger than the client's limit
    /// ([`crate::ClientBuilder::max_response_bytes`]); it was not read whole.
    BodyTooLarge {
        /// The status.
        status: u16,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A listing's cursors went round in a circle: a page pointed at a
    /// cursor the stream had already followed. The stream ends here rather
    /// than loop forever.
    CursorLoop {
        /// The cursor seen twice.
        cursor: String,
    },
    /// A listing served a page whose records were all listed before, behind
    /// a cursor it had not served: it would go on forever. The stream ends
    /// here.
    RecordsRepeated {
        /// The cursor of the page that repeated (`None`: the first page).
        cursor: Option<String>,
    },
    /// The client's configuration is wrong (see [`ConfigError`]).
    Config(ConfigError),
    /// The server pointed at a host other than the configured one (a
    /// pagination link); nothing was sent there.
    ForeignHost {
        /// The URL that was refused.
        url: String,
    },
    /// No OAuth access token could be had (nothing was sent to the API):
    /// the token endpoint refused the grant (a wrong client secret, a
    /// spent refresh token: see [`TokenError::needs_login`]), or could not
    /// be reached.
    ///
    /// [`TokenError::needs_login`]: crate::oauth::TokenError::needs_login
    Token(crate::oauth::TokenError),
    /// A job did not finish before the caller's deadline.
    JobTimeout {
        /// The last status seen.
        last: Box<types::JobStatus>,
    },
}

/// How much of a body an error keeps: enough for any error Zendesk writes,
/// little enough that a hostile 400 MiB answer does not stay in memory.
pub const KEPT_BODY_BYTES: usize = 64 * 1024;

/// The first [`KEPT_BODY_BYTES`] of a body, as text, with a note when cut.
pub(crate) fn kept(body: &[u8]) -> String {
    if body.len() <= KEPT_BODY_BYTES {
        return String::from_utf8_lossy(body).into_owned();
    }
    format!(
        "{}… ({} bytes in all)",
        String::from_utf8_lossy(&body[..KEPT_BODY_BYTES]),
        body.len()
    )
}

/// An error response from Zendesk.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// Zendesk's request id (`X-Request-Id` / `X-Zendesk-Request-Id`), when present.
    pub request_id: Option<String>,
    /// Zendesk's error code or message (`error`, or `error.title`, or the
    /// first `errors[].code`), when the body had one.
    pub error: Option<String>,
    /// Zendesk's description (`description`, `error.message` or
    /// `errors[].title`), when the body had one.
    pub description: Option<String>,
    /// Per-field validation errors (`details`), when present.
    pub details: Option<serde_json::Value>,
    /// The body as received (its first [`KEPT_BODY_BYTES`]).
    pub body: String,
}

/// A configuration problem, naming what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required environment variable is missing.
    MissingVar(&'static str),
    /// An environment variable is set but empty: a secret that did not
    /// load (in cron, say) is never taken for "not set".
    EmptyVar(&'static str),
    /// An environment variable holds something unusable.
    InvalidVar {
        /// The variable.
        name: &'static str,
        /// What is wrong with it (never its value, which may be a secret).
        reason: String,
    },
    /// A builder setting is wrong.
    Invalid(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingVar(name) => write!(f, "environment variable {name} is not set"),
            ConfigError::EmptyVar(name) => write!(
                f,
                "environment variable {name} is set but empty (a secret that did not load?): give it a value or unset it"
            ),
            ConfigError::InvalidVar { name, reason } => {
                write!(f, "environment variable {name} is invalid: {reason}")
            }
            ConfigError::Invalid(reason) => write!(f, "invalid client configuration: {reason}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Decode { status, .. } => *status,
            Error::BodyTooLarge { status, .. } => Some(*status),
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            _ => self.api().map(|a| a.status),
        }
    }

    /// Zendesk's request id, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.api().and_then(|a| a.request_id.as_deref())
    }

    /// The error response, for the variants that carry one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::NotFound(a)
            | Error::Unauthorized(a)
            | Error::Forbidden(a)
            | Error::Invalid(a)
            | Error::Server(a)
            | Error::UnexpectedStatus(a)
            | Error::RateLimited { error: a, .. } => Some(a),
            _ => None,
        }
    }

    /// Whether the server may have done what the call asked, although the
    /// call failed: the one rule every account of this crate uses (an id
    /// of a call that failed this way is [`Outcome::Unknown`], otherwise
    /// [`Outcome::Failed`]).
    ///
    /// A refusal (`4xx`, `503`, `429`) did nothing; neither did a request
    /// that was never sent (a connection never made, no access token, a
    /// foreign host, a bad configuration). Any other server error, a
    /// connection lost after the request went out, a success whose body
    /// could not be read, or a job accepted whose end was not seen, may
    /// have done it.
    ///
    /// [`Outcome::Unknown`]: crate::Outcome::Unknown
    /// [`Outcome::Failed`]: crate::Outcome::Failed
    pub fn may_have_acted(&self) -> bool {
        match self {
            Error::NotFound(_)
            | Error::Unauthorized(_)
            | Error::Forbidden(_)
            | Error::RateLimited { .. }
            | Error::Invalid(_) => false,
            Error::Server(a) => a.status != 503,
            Error::UnexpectedStatus(a) => !(400..500).contains(&a.status),
            Error::Transport(e) => !e.is_connect(),
            Error::Decode { .. } | Error::Record { .. } | Error::BodyTooLarge { .. } => true,
            Error::JobTimeout { .. } => true,
            Error::Config(_)
            | Error::ForeignHost { .. }
            | Error::Token(_)
            | Error::CursorLoop { .. }
            | Error::RecordsRepeated { .. } => false,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }

    /// The error for a response that is not a success, by its status.
    pub(crate) fn from_status(status: u16, headers: &HeaderMap, body: &[u8]) -> Error {
        let api = Box::new(ApiError::new(status, headers, body));
        match status {
            401 => Error::Unauthorized(api),
            403 => Error::Forbidden(api),
            404 => Error::NotFound(api),
            400 | 422 => Error::Invalid(api),
            429 => Error::RateLimited {
                retry_after: crate::retry::retry_after(headers),
                error: api,
            },
            500..=599 => Error::Server(api),
            _ => Error::UnexpectedStatus(api),
        }
    }

    /// Converts what the generated client returned. Every error status
    /// arrives as `UnexpectedResponse` (the build hands progenitor no error
    /// bodies), so it is classified by its status first, whatever its body.
    pub(crate) async fn from_generated<E>(e: generated::Error<E>) -> Error {
        match e {
            generated::Error::ErrorResponse(value) => {
                Error::from_status(value.status().as_u16(), value.headers(), b"")
            }
            generated::Error::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                let wrong_shape = response
                    .extensions()
                    .get::<crate::refusal::WrongShape>()
                    .map(|w| w.0.clone());
                // The transport has buffered (and bounded) the body already.
                match (response.bytes().await, wrong_shape) {
                    (Ok(bytes), Some(reason)) => Error::Decode {
                        status: Some(status),
                        body: kept(&bytes),
                        reason,
                    },
                    (Ok(bytes), None) => Error::from_status(status, &headers, &bytes),
                    (Err(e), _) => Error::Transport(e),
                }
            }
            generated::Error::InvalidResponsePayload(bytes, e) => Error::Decode {
                status: None,
                body: kept(&bytes),
                reason: e.to_string(),
            },
            generated::Error::CommunicationError(e)
            | generated::Error::ResponseBodyError(e)
            | generated::Error::InvalidUpgrade(e) => Error::Transport(e),
            generated::Error::InvalidRequest(reason) => Error::Config(ConfigError::Invalid(reason)),
            generated::Error::Custom(reason) => {
                match crate::refusal::Refusal::from_generated(&reason) {
                    Some(problem) => problem.into(),
                    None => Error::Config(ConfigError::Invalid(reason)),
                }
            }
        }
    }
}

impl ApiError {
    /// Reads Zendesk's error body, whichever of its shapes it has, and keeps
    /// its first [`KEPT_BODY_BYTES`].
    pub(crate) fn new(status: u16, headers: &HeaderMap, raw: &[u8]) -> ApiError {
        let request_id = ["x-request-id", "x-zendesk-request-id"]
            .iter()
            .find_map(|h| headers.get(*h)?.to_str().ok())
            .map(str::to_string);
        let parsed: Option<types::ErrorBody> = serde_json::from_slice(raw).ok();
        let body = kept(raw);
        let (mut error, mut description, mut details) = (None, None, None);
        if let Some(parsed) = parsed {
            match parsed.error {
                Some(types::ErrorCode::String(code)) => error = Some(code),
                Some(types::ErrorCode::ErrorTitleMessage(tm)) => {
                    error = tm.title;
                    description = tm.message;
                }
                None => {}
            }
            // OAuth's errors (`invalid_token`) say it in `error_description`.
            if let Some(d) = parsed.description.or(parsed.error_description) {
                description = Some(d);
            }
            if let Some(first) = parsed.errors.first() {
                error = error.or_else(|| first.code.clone());
                description = description.or_else(|| first.detail.clone().or(first.title.clone()));
            }
            if !parsed.details.is_empty() {
                details = serde_json::to_value(&parsed.details).ok();
            }
        } else if !body.trim().is_empty() && !body.trim_start().starts_with(['{', '[', '<']) {
            // A plain-text error, such as "Too Many Requests".
            description = Some(body.trim().to_string());
        }
        ApiError {
            status,
            request_id,
            error,
            description,
            details,
            body,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        match (&self.error, &self.description) {
            (Some(e), Some(d)) => write!(f, ": {e}: {d}")?,
            (Some(m), None) | (None, Some(m)) => write!(f, ": {m}")?,
            (None, None) => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound(a) => write!(f, "not found: {a}"),
            Error::Unauthorized(a) => write!(f, "unauthorized: {a}"),
            Error::Forbidden(a) => write!(f, "forbidden: {a}"),
            Error::RateLimited { retry_after, error } => match retry_after {
                Some(wait) => write!(f, "rate limited, retry after {}s: {error}", wait.as_secs()),
                None => write!(f, "rate limited: {error}"),
            },
            Error::Invalid(a) => write!(f, "invalid request: {a}"),
            Error::Server(a) => write!(f, "server error: {a}"),
            Error::UnexpectedStatus(a) => write!(f, "unexpected response: {a}"),
            // reqwest's message names the URL, never headers.
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Decode { status, reason, .. } => match status {
                Some(s) => write!(f, "cannot decode the HTTP {s} response: {reason}"),
                None => write!(f, "cannot decode the response: {reason}"),
            },
            Error::Record { reason, .. } => write!(f, "cannot read one record: {reason}"),
            Error::BodyTooLarge { status, limit } => write!(
                f,
                "the HTTP {status} response body is larger than the limit of {limit} bytes"
            ),
            Error::CursorLoop { cursor } => write!(
                f,
                "the listing's cursors loop: cursor {cursor:?} came back; stopped rather than list forever"
            ),
            Error::RecordsRepeated { cursor } => write!(
                f,
                "the listing repeats itself: the page after cursor {cursor:?} holds only records already listed; stopped rather than list forever"
            ),
            Error::Config(e) => e.fmt(f),
            Error::ForeignHost { url } => write!(
                f,
                "refused to follow {url}: it is not on the configured Zendesk host"
            ),
            Error::Token(e) => e.fmt(f),
            Error::JobTimeout { last } => write!(
                f,
                "job {} did not finish in time (last status: {:?})",
                last.id, last.status
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Config(e) => Some(e),
            Error::Token(e) => Some(e),
            _ => None,
        }
    }
}

impl From<crate::oauth::TokenError> for Error {
    fn from(e: crate::oauth::TokenError) -> Self {
        Error::Token(e)
    }
}

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}

/// What the transport refused, as the caller's error.
impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        match refusal {
            Refusal::ForeignHost { url } => Error::ForeignHost { url },
            Refusal::TooLarge { status, limit } => Error::BodyTooLarge { status, limit },
            Refusal::Malformed {
                status,
                reason,
                body,
            } => Error::Decode {
                status: Some(status),
                body,
                reason,
            },
            Refusal::Token(e) => Error::Token(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(body: &str) -> ApiError {
        ApiError::new(422, &HeaderMap::new(), body.as_bytes())
    }

    #[test]
    fn reads_every_zendesk_error_shape() {
        let a = api(r#"{"error":"RecordNotFound","description":"Not found"}"#);
        assert_eq!(
            (a.error.as_deref(), a.description.as_deref()),
            (Some("RecordNotFound"), Some("Not found"))
        );

        let a = api(
            r#"{"error":"RecordInvalid","description":"Record validation errors","details":{"ids":[{"error":"TooManyValues","description":"too many"}]}}"#,
        );
        assert_eq!(a.details.unwrap()["ids"][0]["error"], "TooManyValues");

        let a = api(r#"{"error":"Couldn't authenticate you"}"#);
        assert_eq!(a.error.as_deref(), Some("Couldn't authenticate you"));

        let a = api(r#"{"error":{"title":"Forbidden","message":"No access"}}"#);
        assert_eq!(
            (a.error.as_deref(), a.description.as_deref()),
            (Some("Forbidden"), Some("No access"))
        );

        let a = api(r#"{"errors":[{"code":"TooManyValues","title":"Too many values"}]}"#);
        assert_eq!(
            (a.error.as_deref(), a.description.as_deref()),
            (Some("TooManyValues"), Some("Too many values"))
        );

        let a = api(
            r#"{"error":"invalid_token","error_description":"The access token provided is expired, revoked, malformed or invalid for other reasons."}"#,
        );
        assert_eq!(
            (a.error.as_deref(), a.description.as_deref()),
            (Some("invalid_token"), Some("The access token provided is expired, revoked, malformed or invalid for other reasons."))
        );

        let a = api("Too Many Requests\n");
        assert_eq!(a.description.as_deref(), Some("Too Many Requests"));
        assert_eq!(a.body, "Too Many Requests\n");
    }

    #[test]
    fn a_long_error_body_is_cut_once_and_says_how_long_it_was() {
        let raw = "x".repeat(100 * 1024);
        let a = ApiError::new(500, &HeaderMap::new(), raw.as_bytes());
        assert!(a.body.len() < KEPT_BODY_BYTES + 40, "{}", a.body.len());
        assert!(
            a.body.ends_with("(102400 bytes in all)"),
            "{}",
            &a.body[KEPT_BODY_BYTES..]
        );
    }

    #[test]
    fn statuses_map_to_variants() {
        let h = HeaderMap::new();
        assert!(matches!(
            Error::from_status(404, &h, b""),
            Error::NotFound(_)
        ));
        assert!(matches!(
            Error::from_status(401, &h, b""),
            Error::Unauthorized(_)
        ));
        assert!(matches!(
            Error::from_status(403, &h, b""),
            Error::Forbidden(_)
        ));
        assert!(matches!(
            Error::from_status(400, &h, b""),
            Error::Invalid(_)
        ));
        assert!(matches!(
            Error::from_status(422, &h, b""),
            Error::Invalid(_)
        ));
        assert!(matches!(Error::from_status(503, &h, b""), Error::Server(_)));
        assert!(matches!(
            Error::from_status(409, &h, b""),
            Error::UnexpectedStatus(_)
        ));
        let mut h = HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        h.insert("x-request-id", "req-1".parse().unwrap());
        let e = Error::from_status(429, &h, b"");
        assert!(
            matches!(e, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(7))
        );
        assert_eq!(e.request_id(), Some("req-1"));
        assert_eq!(e.status(), Some(429));
    }
}
