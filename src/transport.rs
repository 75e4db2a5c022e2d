//! What happens to every request the generated client sends: credentials added
//! only for the configured host, headers Zendesk does not expect removed,
//! pacing by the rate limit (the account's and the endpoint's own), retries by
//! the [`RetryPolicy`], a bounded read of the body, and a `tracing` span per
//! attempt.
//!
//! The body is read here, inside the retry loop, not by the generated code
//! after it: a body cut by a reset, stalled past the timeout or arriving
//! malformed is retried like any other failure of an idempotent call, and no
//! body larger than the configured limit is ever held in memory. What the
//! generated code then decodes is the buffered copy.
//!
//! This is the generated client's `inner` value; progenitor calls the hooks
//! below around every operation.

use crate::generated;
use crate::rate_limit::{EndpointBudget, RateLimit};
use crate::retry::{self, RetryPolicy, Verdict};
use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use reqwest::Url;
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tracing::Instrument;

/// Prefix of the hook error that refuses a request to a foreign host.
pub(crate) const FOREIGN_HOST: &str = "refused: request to a foreign host: ";
/// Prefix of the hook error for a body the transport would not hand on.
pub(crate) const BODY_PROBLEM: &str = "unusable response body: ";

/// The default limit on a response body: generous (a page of 100 tickets
/// with long descriptions is a few MiB), but bounded.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 64 * 1024 * 1024;

/// What the transport found wrong with a success body, passed from `exec` to
/// the `post` hook in the response's extensions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) enum BodyProblem {
    /// Larger than the limit; nothing of it is handed on.
    TooLarge { status: u16, limit: u64 },
    /// Not JSON (cut short, an HTML page, empty where JSON is due).
    Malformed {
        status: u16,
        reason: String,
        body: String,
    },
}

/// Per-client state of the request hooks.
///
/// [`Transport::default()`] sends requests as they are, once, with no
/// credentials: what a bare [`generated::Client`] does. The
/// [`crate::Client`] builder fills it in.
#[derive(Clone)]
pub struct Transport {
    /// Only requests to this origin are sent (and get the credentials).
    origin: Option<Url>,
    /// The `Authorization` value, marked sensitive.
    auth: Option<HeaderValue>,
    retry: Option<RetryPolicy>,
    pace: bool,
    max_body_bytes: u64,
    rate_limit: Arc<Mutex<Option<RateLimit>>>,
    /// The tightest endpoint budget each operation last reported.
    budgets: Arc<Mutex<HashMap<&'static str, RateLimit>>>,
    /// Requests sent whose answer has not arrived: the server may not have
    /// counted them in the `remaining` it reports.
    in_flight: Arc<AtomicU32>,
}

impl Default for Transport {
    fn default() -> Self {
        Transport {
            origin: None,
            auth: None,
            retry: None,
            pace: false,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            rate_limit: Arc::default(),
            budgets: Arc::default(),
            in_flight: Arc::default(),
        }
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("origin", &self.origin.as_ref().map(Url::as_str))
            .field("auth", &self.auth.as_ref().map(|_| "** redacted **"))
            .field("retry", &self.retry)
            .field("pace", &self.pace)
            .field("max_body_bytes", &self.max_body_bytes)
            .finish()
    }
}

/// A response with its body read.
struct Buffered {
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: HeaderMap,
    body: Bytes,
    /// What is wrong with a success body, judged once when it was read.
    problem: Option<BodyProblem>,
}

/// What is wrong with a success body, if anything: larger than the limit, or
/// not what the spec promises (every success body of this API is JSON or
/// empty: `204`, and the `200` of a restore; an empty body where JSON is due
/// is left to the decoder to report).
fn judge(
    status: reqwest::StatusCode,
    body: &[u8],
    truncated: bool,
    limit: u64,
) -> Option<BodyProblem> {
    if !status.is_success() {
        return None;
    }
    if truncated {
        return Some(BodyProblem::TooLarge {
            status: status.as_u16(),
            limit,
        });
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let e = serde_json::from_slice::<serde::de::IgnoredAny>(body).err()?;
    Some(BodyProblem::Malformed {
        status: status.as_u16(),
        reason: format!("not JSON: {e}"),
        body: crate::error::kept(body),
    })
}

impl Buffered {
    /// Whether a retry could give a readable body (one that is too large
    /// would be as large again).
    fn malformed(&self) -> bool {
        matches!(self.problem, Some(BodyProblem::Malformed { .. }))
    }

    /// Hands the buffered response to the generated code, with what is wrong
    /// with it (if anything) for the `post` hook.
    fn into_response(self) -> reqwest::Response {
        let mut response = http::Response::new(self.body);
        *response.status_mut() = self.status;
        *response.version_mut() = self.version;
        *response.headers_mut() = self.headers;
        if let Some(problem) = self.problem {
            response.extensions_mut().insert(problem);
        }
        reqwest::Response::from(response)
    }
}

/// Reads at most `limit` bytes of the body; a reset or a stall past the
/// timeout is an error here. (Error bodies are read to the same limit: a
/// `recover_many` 422 lists up to 100 suspended tickets and must be read
/// whole; what an error keeps is cut shorter later.)
async fn read_body(mut response: reqwest::Response, max_bytes: u64) -> reqwest::Result<Buffered> {
    let status = response.status();
    let limit = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    // Room for the declared length up front (up to 8 MiB: a declared length
    // is only a claim), so a large body is not copied again and again.
    let declared = response.content_length().unwrap_or(0);
    let mut body = Vec::with_capacity(
        usize::try_from(declared)
            .unwrap_or(usize::MAX)
            .min(limit)
            .min(8 << 20),
    );
    let mut truncated = false;
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            truncated = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Buffered {
        status,
        version: response.version(),
        headers: std::mem::take(response.headers_mut()),
        problem: judge(status, &body, truncated, max_bytes),
        body: Bytes::from(body),
    })
}

impl Transport {
    pub(crate) fn new(
        origin: Url,
        auth: HeaderValue,
        retry: Option<RetryPolicy>,
        pace: bool,
        max_body_bytes: u64,
    ) -> Self {
        Transport {
            origin: Some(origin),
            auth: Some(auth),
            retry,
            pace,
            max_body_bytes,
            ..Transport::default()
        }
    }

    /// What the last response said about the rate limit.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        *self.rate_limit.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether `url` is on the configured origin (always, when none is set).
    pub(crate) fn allows(&self, url: &Url) -> bool {
        self.origin.as_ref().is_none_or(|o| same_origin(o, url))
    }

    /// Takes in what a response said about the rate limit. Its `remaining`
    /// is lowered by the other requests still in flight, which the server
    /// may not have counted yet.
    fn record(&self, operation: &'static str, headers: &HeaderMap) {
        let others = self.in_flight.load(Ordering::Relaxed).saturating_sub(1);
        let lowered = |mut limit: RateLimit| {
            limit.remaining = limit.remaining.map(|r| r.saturating_sub(others));
            limit
        };
        if let Some(observed) = RateLimit::from_headers(headers) {
            *self.rate_limit.lock().unwrap_or_else(|p| p.into_inner()) = Some(lowered(observed));
        }
        let tightest = EndpointBudget::from_headers(headers)
            .into_iter()
            .map(|b| b.limit)
            .min_by_key(|l| l.remaining.unwrap_or(u32::MAX));
        if let Some(budget) = tightest {
            self.budgets
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(operation, lowered(budget));
        }
    }

    /// Waits until the rate limit (the account's, and this operation's own
    /// budget) has room for one more request, then takes that room: with
    /// many requests in flight, each counts against the `remaining` last
    /// reported, so together they do not overrun the window and meet `429`.
    async fn pace(&self, operation: &'static str) {
        if !self.pace {
            return;
        }
        let cap = self
            .retry
            .as_ref()
            .map_or(Duration::from_secs(60), |r| r.max_retry_after);
        loop {
            let wait = {
                let mut account = self.rate_limit.lock().unwrap_or_else(|p| p.into_inner());
                let mut budgets = self.budgets.lock().unwrap_or_else(|p| p.into_inner());
                [account.as_mut(), budgets.get_mut(operation)]
                    .into_iter()
                    .flatten()
                    .map(RateLimit::take_one)
                    .max()
                    .unwrap_or_default()
            };
            if wait.is_zero() {
                return;
            }
            tracing::debug!(
                operation,
                wait_ms = wait.as_millis() as u64,
                "pacing: rate limit used up"
            );
            tokio::time::sleep(wait.min(cap)).await;
            // Then take a share of the new window like everyone else.
        }
    }

    /// Sends `request` and reads its body, retrying as the policy allows.
    async fn send(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let none = RetryPolicy::none();
        let policy = self.retry.as_ref().unwrap_or(&none);
        let idempotent = retry::is_idempotent(operation, request.method());
        let started = Instant::now();
        let mut original = Some(request);
        let mut attempt = 1;
        loop {
            self.pace(operation).await;
            // Keep the original for a retry only while one can happen; a
            // body that cannot be cloned (a stream) is sent once.
            let this_try = match original.as_ref() {
                Some(r) if attempt < policy.max_attempts => r.try_clone(),
                _ => None,
            };
            let last_try = this_try.is_none();
            let Some(this_try) = this_try.or_else(|| original.take()) else {
                unreachable!("the original request is kept until the last attempt");
            };
            let span = tracing::info_span!(
                "zendesk.request",
                operation,
                method = %this_try.method(),
                path = %this_try.url().path(),
                attempt,
                status = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            let sent = Instant::now();
            let result = async {
                self.in_flight.fetch_add(1, Ordering::Relaxed);
                let response = http.execute(this_try).await;
                let response = response.inspect_err(|_| {
                    self.in_flight.fetch_sub(1, Ordering::Relaxed);
                })?;
                tracing::Span::current().record("status", response.status().as_u16());
                self.record(operation, response.headers());
                self.in_flight.fetch_sub(1, Ordering::Relaxed);
                read_body(response, self.max_body_bytes).await
            }
            .instrument(span.clone())
            .await;
            span.record("latency_ms", sent.elapsed().as_millis() as u64);
            let verdict = match &result {
                Ok(b) => match retry::classify_status(b.status.as_u16(), &b.headers, idempotent) {
                    Verdict::Final if idempotent && b.malformed() => Verdict::Backoff,
                    verdict => verdict,
                },
                Err(error) => retry::classify_error(error, idempotent),
            };
            let wait = match verdict {
                Verdict::Final => None,
                Verdict::RetryAfter(Some(wait)) if wait > policy.max_retry_after => None,
                // `Retry-After: 0` (or a date gone by) must not spin.
                Verdict::RetryAfter(Some(wait)) => Some(wait.max(policy.backoff(attempt))),
                Verdict::RetryAfter(None) | Verdict::Backoff => Some(policy.backoff(attempt)),
            };
            let wait = wait.filter(|wait| {
                !last_try
                    && attempt < policy.max_attempts
                    && started.elapsed() + *wait <= policy.max_elapsed
            });
            let Some(wait) = wait else {
                return result.map(Buffered::into_response);
            };
            span.in_scope(|| {
                tracing::warn!(
                    wait_ms = wait.as_millis() as u64,
                    outcome = %match &result {
                        Ok(b) => match &b.problem {
                            Some(BodyProblem::Malformed { reason, .. }) => {
                                format!("{}: {reason}", b.status)
                            }
                            _ => b.status.to_string(),
                        },
                        Err(e) => e.to_string(),
                    },
                    "retrying"
                )
            });
            drop(result);
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

impl ClientHooks<Transport> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), generated::Error<E>> {
        let transport = self.inner();
        if !transport.allows(request.url()) {
            let mut shown = request.url().clone();
            shown.set_query(None);
            return Err(generated::Error::Custom(format!("{FOREIGN_HOST}{shown}")));
        }
        // progenitor adds `api-version: <info.version>`; Zendesk has no such header.
        request.headers_mut().remove("api-version");
        if let Some(auth) = &transport.auth {
            request.headers_mut().insert(AUTHORIZATION, auth.clone());
        }
        Ok(())
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        _info: &OperationInfo,
    ) -> Result<(), generated::Error<E>> {
        match result
            .as_ref()
            .ok()
            .and_then(|r| r.extensions().get::<BodyProblem>())
        {
            Some(problem) => Err(generated::Error::Custom(format!(
                "{BODY_PROBLEM}{}",
                serde_json::to_string(problem).unwrap_or_default()
            ))),
            None => Ok(()),
        }
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.inner()
            .send(self.client(), request, info.operation_id)
            .await
    }
}
