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

use crate::auth::{AuthMethod, Authorization, Authorizer};
use crate::generated;
use crate::rate_limit::{self, RateLimit};
use crate::refusal::{Refusal, WrongShape};
use crate::retry::{self, RetryPolicy, Verdict};
use crate::waiting::WaitReason;
use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::header::{HeaderMap, HeaderName, AUTHORIZATION};
use reqwest::{ResponseBuilderExt, Url};
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tracing::Instrument;

/// Per-client state of the request hooks.
///
/// [`Transport::default()`] sends requests as they are, once, with no
/// credentials: what a bare [`generated::Client`] does. The
/// [`crate::Client`] builder fills it in.
#[derive(Clone)]
pub struct Transport {
    /// Only requests to this origin are sent (and get the credentials).
    origin: Option<Url>,
    /// What each attempt's `Authorization` header comes from.
    auth: Option<Authorizer>,
    method: Option<AuthMethod>,
    retry: Option<RetryPolicy>,
    pace: bool,
    max_body_bytes: u64,
    rate_limit: Arc<Mutex<Option<RateLimit>>>,
    /// The tightest endpoint budget each operation last reported.
    budgets: Arc<Mutex<HashMap<&'static str, RateLimit>>>,
    /// Requests sent whose answer has not arrived: the server may not have
    /// counted them in the `remaining` it reports.
    in_flight: Arc<AtomicU32>,
    /// One slot per background job this client may have queued or running
    /// (Zendesk's job limit), shared by every bulk operation it runs.
    job_slots: Arc<tokio::sync::Semaphore>,
    job_limit: usize,
    /// The waits under way, for progress reports.
    waits: crate::waiting::Waits,
}

impl Default for Transport {
    fn default() -> Self {
        Transport {
            origin: None,
            auth: None,
            method: None,
            retry: None,
            pace: false,
            max_body_bytes: crate::defaults::MAX_BODY_BYTES,
            rate_limit: Arc::default(),
            budgets: Arc::default(),
            in_flight: Arc::default(),
            job_slots: Arc::new(tokio::sync::Semaphore::new(crate::defaults::JOB_LIMIT)),
            job_limit: crate::defaults::JOB_LIMIT,
            waits: Default::default(),
        }
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("origin", &self.origin.as_ref().map(Url::as_str))
            .field("auth", &self.method)
            .field("retry", &self.retry)
            .field("pace", &self.pace)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("job_limit", &self.job_limit)
            .finish()
    }
}

/// A response with its body read.
struct Buffered {
    /// The response as it came, its body read out of it (into `body`).
    response: reqwest::Response,
    body: Bytes,
    found: Found,
}

/// What was found in a body when it was read.
#[derive(Debug)]
enum Found {
    /// A success decoded into its operation's type: the value is in the
    /// response's extensions, as [`Decoded`].
    Decoded,
    /// Nothing decoded here: an error status, an empty body, or JSON not of
    /// the operation's type (left to the generated code, which reports it).
    Left,
    /// A body no one should be handed.
    Refusal(Refusal),
}

/// A success body decoded once, in the transport, into its operation's type:
/// the generated code takes it ([`decoded`]) instead of decoding the body
/// again.
#[derive(Clone)]
pub(crate) struct Decoded<T>(pub(crate) T);

/// What a success body holds: larger than the limit, not what the spec
/// promises, or its decoded value (put into `extensions`). Every success body
/// of this API is JSON, or empty where the operation answers nothing (`204`,
/// the `200` of a restore); an empty body where JSON is due is malformed, so
/// that an idempotent call is sent again and the error keeps the status. JSON
/// that is not of the operation's type is left to the generated code, which
/// reports it (and a page of them is then read record by record).
fn judge(
    operation: &str,
    status: reqwest::StatusCode,
    body: &[u8],
    truncated: bool,
    limit: u64,
    extensions: &mut http::Extensions,
) -> Found {
    if !status.is_success() {
        return Found::Left;
    }
    if truncated {
        return Found::Refusal(Refusal::TooLarge {
            status: status.as_u16(),
            limit,
        });
    }
    let malformed = |reason: String| {
        Found::Refusal(Refusal::Malformed {
            status: status.as_u16(),
            reason,
            body: crate::error::kept(body),
        })
    };
    let empty = body.iter().all(u8::is_ascii_whitespace);
    let json_left = || match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
        Ok(_) => Found::Left,
        Err(e) => malformed(format!("not JSON: {e}")),
    };
    match generated::decode_success(operation, body, extensions) {
        Some(Ok(())) => Found::Decoded,
        None if empty => Found::Left,
        Some(Err(_)) if empty => {
            malformed("an empty body where the spec promises JSON".to_string())
        }
        // The decoder stops at the first wrong field: the body may still be
        // cut short after it.
        Some(Err(e)) if e.is_data() => json_left(),
        Some(Err(e)) => malformed(format!("not JSON: {e}")),
        None => json_left(),
    }
}

/// What the generated code calls instead of `ResponseValue::from_response`
/// (see `build/decode_once.rs`): the value the transport decoded, or, when it
/// did not, the body decoded here. A body that does not decode goes back as
/// `UnexpectedResponse`, whole and with its status, [`WrongShape`] saying
/// why (progenitor's `InvalidResponsePayload` would lose the status).
pub(crate) async fn decoded<T, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, generated::Error<E>>
where
    T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    let status = response.status();
    if let Some(Decoded(value)) = response.extensions_mut().remove::<Decoded<T>>() {
        let headers = std::mem::take(response.headers_mut());
        return Ok(ResponseValue::new(value, status, headers));
    }
    let url = response.url().clone();
    let version = response.version();
    let headers = std::mem::take(response.headers_mut());
    let body = response
        .bytes()
        .await
        .map_err(generated::Error::ResponseBodyError)?;
    match serde_json::from_slice::<T>(&body) {
        Ok(value) => Ok(ResponseValue::new(value, status, headers)),
        Err(e) => {
            let mut whole = with_body(status, version, headers, &url, body);
            whole.extensions_mut().insert(WrongShape(e.to_string()));
            Err(generated::Error::UnexpectedResponse(whole))
        }
    }
}

/// A response rebuilt around a body already read, naming the URL that
/// answered (reqwest keeps it in an extension only its builder can set;
/// without it reqwest would parse a placeholder URL).
fn with_body(
    status: reqwest::StatusCode,
    version: http::Version,
    headers: HeaderMap,
    url: &Url,
    body: Bytes,
) -> reqwest::Response {
    let mut response = http::Response::new(body);
    if let Ok(with_url) = http::Response::builder().url(url.clone()).body(()) {
        *response.extensions_mut() = with_url.into_parts().0.extensions;
    }
    *response.status_mut() = status;
    *response.version_mut() = version;
    *response.headers_mut() = headers;
    reqwest::Response::from(response)
}

impl Buffered {
    fn status(&self) -> reqwest::StatusCode {
        self.response.status()
    }

    /// Whether a retry could give a readable body (one that is too large
    /// would be as large again).
    fn malformed(&self) -> bool {
        matches!(self.found, Found::Refusal(Refusal::Malformed { .. }))
    }

    /// Hands the response to the generated code, with what is wrong with it
    /// (if anything) for the `post` hook.
    ///
    /// A success decoded here goes on as it came, the value in its
    /// extensions: the generated code takes that value ([`decoded`]) and
    /// never reads the body. Any other response is rebuilt around the body
    /// read, so that whoever reads it (the error layer, the generated
    /// decoder, a caller of the raw client) finds it whole.
    fn into_response(mut self) -> reqwest::Response {
        let problem = match self.found {
            Found::Decoded => return self.response,
            Found::Left => None,
            Found::Refusal(problem) => Some(problem),
        };
        let mut response = with_body(
            self.response.status(),
            self.response.version(),
            std::mem::take(self.response.headers_mut()),
            self.response.url(),
            self.body,
        );
        if let Some(problem) = problem {
            response.extensions_mut().insert(problem);
        }
        response
    }
}

/// Reads at most `limit` bytes of the body; a reset or a stall past the
/// timeout is an error here. (Error bodies are read to the same limit: a
/// `recover_many` 422 lists up to 100 suspended tickets and must be read
/// whole; what an error keeps is cut shorter later.)
async fn read_body(
    mut response: reqwest::Response,
    operation: &str,
    max_bytes: u64,
) -> reqwest::Result<Buffered> {
    let status = response.status();
    let limit = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    // A body that arrives in one chunk is kept as it came; only one in
    // several chunks is copied together, into room for the declared length
    // (up to 8 MiB: a declared length is only a claim).
    let declared = response.content_length().unwrap_or(0);
    let capacity = usize::try_from(declared)
        .unwrap_or(usize::MAX)
        .min(limit)
        .min(8 << 20);
    // Left in the headers only when reqwest did not decode it: an encoding
    // the client did not ask for (it asks for gzip).
    let undecoded = response
        .headers()
        .get(reqwest::header::CONTENT_ENCODING)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .filter(|e| !e.trim().eq_ignore_ascii_case("identity"));
    let mut body = Chunks::None;
    let mut len = 0;
    let mut truncated = false;
    let mut undecodable = None;
    loop {
        let mut chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            // The gzip stream is broken (not gzip, cut short): an answer
            // that cannot be read, which says why.
            Err(e) if e.is_decode() => {
                undecodable = Some(e);
                break;
            }
            Err(e) => return Err(e),
        };
        let room = limit - len;
        if chunk.len() > room {
            chunk.truncate(room);
            truncated = true;
        }
        len += chunk.len();
        body = match body {
            Chunks::None => Chunks::One(chunk),
            Chunks::One(first) => {
                let mut all = Vec::with_capacity(capacity.max(len));
                all.extend_from_slice(&first);
                all.extend_from_slice(&chunk);
                Chunks::Many(all)
            }
            Chunks::Many(mut all) => {
                all.extend_from_slice(&chunk);
                Chunks::Many(all)
            }
        };
        if truncated {
            break;
        }
    }
    let body = match body {
        Chunks::None => Bytes::new(),
        Chunks::One(chunk) => chunk,
        Chunks::Many(all) => Bytes::from(all),
    };
    let encoded = match (&undecodable, &undecoded) {
        _ if !status.is_success() => None,
        (Some(e), _) => Some(format!(
            "the body, sent as Content-Encoding: gzip, does not decompress: {}",
            source_of(e)
        )),
        (None, Some(encoding)) => Some(format!(
            "the body is sent as Content-Encoding: {encoding}, which the client did not ask for (it asks for gzip)"
        )),
        // What is left after decoding is gzip again: compressed twice.
        (None, None) if body.starts_with(&[0x1f, 0x8b]) => Some(
            "the body is still gzip-compressed after decoding its Content-Encoding (compressed twice)"
                .to_string(),
        ),
        (None, None) => None,
    };
    let found = match encoded {
        Some(reason) => Found::Refusal(Refusal::Malformed {
            status: status.as_u16(),
            reason,
            body: crate::error::kept(&body),
        }),
        None => judge(
            operation,
            status,
            &body,
            truncated,
            max_bytes,
            response.extensions_mut(),
        ),
    };
    Ok(Buffered {
        found,
        response,
        body,
    })
}

/// The innermost cause of `error`, which says what went wrong (reqwest's
/// own message is only "error decoding response body").
fn source_of(error: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// The chunks of a body read so far.
enum Chunks {
    None,
    One(Bytes),
    Many(Vec<u8>),
}

impl Transport {
    pub(crate) fn new(
        origin: Url,
        auth: Authorizer,
        method: AuthMethod,
        retry: Option<RetryPolicy>,
        pace: bool,
        max_body_bytes: u64,
        job_limit: usize,
    ) -> Self {
        let job_limit = job_limit.max(1);
        Transport {
            origin: Some(origin),
            auth: Some(auth),
            method: Some(method),
            retry,
            pace,
            max_body_bytes,
            job_slots: Arc::new(tokio::sync::Semaphore::new(job_limit)),
            job_limit,
            ..Transport::default()
        }
    }

    /// The kind of credentials requests are sent with.
    pub(crate) fn auth_method(&self) -> Option<AuthMethod> {
        self.method
    }

    /// The renewed access token's state, when the credentials renew.
    pub(crate) fn token_status(&self) -> Option<crate::oauth::TokenStatus> {
        self.auth.as_ref().and_then(Authorizer::status)
    }

    /// `text` with every form of the credentials in use replaced.
    pub(crate) fn redact_credentials(&self, text: &str) -> String {
        let mut text = text.to_string();
        for secret in self.auth.iter().flat_map(Authorizer::secrets) {
            text = text.replace(&secret, crate::auth::REDACTED);
        }
        text
    }

    /// The most background jobs this client has queued or running at once.
    pub(crate) fn job_limit(&self) -> usize {
        self.job_limit
    }

    /// The wait under way, if one is.
    pub(crate) fn waiting(&self) -> Option<crate::Waiting> {
        self.waits.current()
    }

    /// The slots of [`Transport::job_limit`], one taken per job in flight.
    pub(crate) fn job_slots(&self) -> Arc<tokio::sync::Semaphore> {
        self.job_slots.clone()
    }

    /// What the last response said about the rate limit.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        *self.rate_limit.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The configured base URL, parsed (none for a bare generated client).
    pub(crate) fn origin(&self) -> Option<&Url> {
        self.origin.as_ref()
    }

    /// Whether `url` is on the configured origin (always, when none is set).
    pub(crate) fn allows(&self, url: &Url) -> bool {
        self.origin.as_ref().is_none_or(|o| same_origin(o, url))
    }

    /// Refuses `request` when it does not go to the configured origin
    /// (nothing is sent); only requests that pass get the credentials, in
    /// [`Transport::send`].
    pub(crate) fn check_origin(&self, request: &reqwest::Request) -> Result<(), Refusal> {
        if self.allows(request.url()) {
            return Ok(());
        }
        let mut shown = request.url().clone();
        shown.set_query(None);
        Err(Refusal::ForeignHost {
            url: shown.to_string(),
        })
    }

    /// The `Authorization` header for one attempt, put into `request`:
    /// `None` when none is due (no credentials, or the token endpoint,
    /// which takes its credentials in the body).
    async fn authorize(
        &self,
        request: &mut reqwest::Request,
        operation: &str,
    ) -> Result<Option<Authorization>, Refusal> {
        self.check_origin(request)?;
        let Some(auth) = self.auth.as_ref().filter(|_| operation != TOKEN_OPERATION) else {
            return Ok(None);
        };
        let authorization = auth.authorization().await.map_err(Refusal::Token)?;
        request
            .headers_mut()
            .insert(AUTHORIZATION, authorization.header.clone());
        Ok(Some(authorization))
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
        let (account, tightest) = rate_limit::observe(headers);
        if let Some(observed) = account {
            *self.rate_limit.lock().unwrap_or_else(|p| p.into_inner()) = Some(lowered(observed));
        }
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
            let (account_wait, own_wait) = {
                let mut account = self.rate_limit.lock().unwrap_or_else(|p| p.into_inner());
                let mut budgets = self.budgets.lock().unwrap_or_else(|p| p.into_inner());
                // Most endpoints have no budget of their own: no need to
                // hash the operation's name to find that out.
                let own = match budgets.is_empty() {
                    true => None,
                    false => budgets.get_mut(operation),
                };
                (
                    account
                        .as_mut()
                        .map(RateLimit::take_one)
                        .unwrap_or_default(),
                    own.map(RateLimit::take_one).unwrap_or_default(),
                )
            };
            let wait = account_wait.max(own_wait).min(cap);
            if wait.is_zero() {
                return;
            }
            tracing::debug!(
                operation,
                wait_ms = wait.as_millis() as u64,
                "pacing: rate limit used up"
            );
            let reason = if own_wait > account_wait {
                WaitReason::EndpointLimit
            } else {
                WaitReason::RateLimit
            };
            self.waits.begin(wait, reason);
            tokio::time::sleep(wait).await;
            // Then take a share of the new window like everyone else.
        }
    }

    /// Sends `request` and reads its body, retrying as the policy allows.
    ///
    /// Each attempt gets the credentials afresh (a token renewed during a
    /// wait is the one sent). A `401` to a renewed token drops it and sends
    /// the request once more with a new one, whatever the call: Zendesk did
    /// nothing. That resend is not a retry of the policy's.
    pub(crate) async fn send(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let none = RetryPolicy::none();
        let policy = self.retry.as_ref().unwrap_or(&none);
        let idempotent = retry::is_idempotent(operation, request.method());
        let renewable = self.method.is_some_and(AuthMethod::renews);
        let started = Instant::now();
        let mut original = Some(request);
        let mut attempt = 1;
        let mut renewed = false;
        loop {
            self.pace(operation).await;
            // Keep the original for another send only while one can happen;
            // a body that cannot be cloned (a stream) is sent once.
            let may_resend = attempt < policy.max_attempts || (renewable && !renewed);
            let this_try = match original.as_ref() {
                Some(r) if may_resend => copy_for_retry(r),
                _ => None,
            };
            let last_try = this_try.is_none();
            let Some(mut this_try) = this_try.or_else(|| original.take()) else {
                unreachable!("the original request is kept until the last attempt");
            };
            let authorization = match self.authorize(&mut this_try, operation).await {
                Ok(authorization) => authorization,
                Err(problem) => return Ok(refused_before_sending(&this_try, problem)),
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
                let response = {
                    let _in_flight = InFlight::count(&self.in_flight);
                    let response = http.execute(this_try).await?;
                    tracing::Span::current().record("status", response.status().as_u16());
                    self.record(operation, response.headers());
                    response
                };
                warn_if_ignored(response.headers());
                read_body(response, operation, self.max_body_bytes).await
            }
            .instrument(span.clone())
            .await;
            span.record("latency_ms", sent.elapsed().as_millis() as u64);
            let refused_token = matches!(&result, Ok(b) if b.status() == 401);
            if refused_token && !renewed && !last_try {
                if let (Some(auth), Some(sent)) = (&self.auth, &authorization) {
                    if auth.refused(sent) {
                        renewed = true;
                        span.in_scope(|| {
                            tracing::info!(
                                "the access token was refused (401): renewing it and sending again"
                            )
                        });
                        continue;
                    }
                }
            }
            let verdict = match &result {
                Ok(b) => match retry::classify_status(
                    b.status().as_u16(),
                    b.response.headers(),
                    idempotent,
                ) {
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
            // A server's numbers must not overflow the arithmetic: a wait
            // past any deadline is simply too long.
            let wait = wait.filter(|wait| {
                !last_try
                    && attempt < policy.max_attempts
                    && started
                        .elapsed()
                        .checked_add(*wait)
                        .is_some_and(|end| end <= policy.max_elapsed)
            });
            let Some(wait) = wait else {
                return result.map(Buffered::into_response);
            };
            span.in_scope(|| {
                tracing::warn!(
                    wait_ms = wait.as_millis() as u64,
                    outcome = %match &result {
                        Ok(b) => match &b.found {
                            Found::Refusal(Refusal::Malformed { reason, .. }) => {
                                format!("{}: {reason}", b.status())
                            }
                            _ => b.status().to_string(),
                        },
                        Err(e) => e.to_string(),
                    },
                    "retrying"
                )
            });
            drop(result);
            self.waits.begin(wait, WaitReason::Retry);
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }
}

/// The operation of the token endpoint: its credentials travel in the body,
/// never in an `Authorization` header.
const TOKEN_OPERATION: &str = "create_token_for_grant_type";

/// One request in flight, counted while it lives: a caller that drops the
/// request's future (a timeout, `select!`, Ctrl-C) still takes it off the
/// count that pacing reads.
struct InFlight<'a>(&'a AtomicU32);

impl<'a> InFlight<'a> {
    fn count(counter: &'a AtomicU32) -> InFlight<'a> {
        counter.fetch_add(1, Ordering::Relaxed);
        InFlight(counter)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The answer for a request the transport did not send: a response that
/// carries `problem`, which the `post` hook (or [`Client::get_raw`]) turns
/// into the caller's error.
///
/// [`Client::get_raw`]: crate::Client::get_raw
fn refused_before_sending(request: &reqwest::Request, problem: Refusal) -> reqwest::Response {
    let mut response = with_body(
        reqwest::StatusCode::UNAUTHORIZED,
        http::Version::HTTP_11,
        HeaderMap::new(),
        request.url(),
        Bytes::new(),
    );
    response.extensions_mut().insert(problem);
    response
}

/// A copy of `request` to send while the original is kept for a retry;
/// `None` when it cannot be copied (a streamed body).
///
/// `Request::try_clone` also copies the request's extension map, which it
/// first allocates even when empty (it looks the timeout up there). The
/// generated code keeps nothing else in it, so a request without a body is
/// copied field by field.
fn copy_for_retry(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() {
        return request.try_clone();
    }
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    Some(copy)
}

/// Zendesk names the parameters it ignored in `x-zendesk-api-warn`: the
/// request was carried out without them, which the caller must hear of.
fn warn_if_ignored(headers: &HeaderMap) {
    const API_WARN: HeaderName = HeaderName::from_static("x-zendesk-api-warn");
    if let Some(warning) = headers.get(API_WARN) {
        tracing::warn!(
            warning = %String::from_utf8_lossy(warning.as_bytes()),
            "Zendesk ignored part of the request (x-zendesk-api-warn)"
        );
    }
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

// No `pre` hook: `Transport::send` checks the origin before each attempt
// (and refuses a foreign host with a response that `post` turns into the
// error), so checking here too would only do it twice.
impl ClientHooks<Transport> for generated::Client {
    async fn post<E>(
        &self,
        result: &reqwest::Result<reqwest::Response>,
        _info: &OperationInfo,
    ) -> Result<(), generated::Error<E>> {
        match result
            .as_ref()
            .ok()
            .and_then(|r| r.extensions().get::<Refusal>())
        {
            Some(problem) => Err(problem.clone().into_generated()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    const OK: reqwest::StatusCode = reqwest::StatusCode::OK;

    fn page(tickets: &str) -> String {
        format!(r#"{{"suspended_tickets":[{tickets}],"meta":{{"has_more":false}}}}"#)
    }

    #[test]
    fn a_success_body_is_decoded_once_into_the_operations_type() {
        let body = page(r#"{"id":7,"subject":"hi"}"#);
        let mut extensions = http::Extensions::new();
        let found = judge(
            "list_suspended_tickets",
            OK,
            body.as_bytes(),
            false,
            1 << 20,
            &mut extensions,
        );
        assert!(matches!(found, Found::Decoded), "{found:?}");
        let Some(Decoded(page)) =
            extensions.remove::<Decoded<crate::types::SuspendedTicketsPage>>()
        else {
            panic!("not decoded into the operation's own type");
        };
        assert_eq!(page.suspended_tickets[0].id, 7);
    }

    #[test]
    fn json_of_another_shape_is_left_to_the_generated_code() {
        let body = page(r#"{"id":"seven"}"#);
        let found = judged("list_suspended_tickets", body.as_bytes(), false, 1 << 20);
        assert!(matches!(found, Found::Left));
    }

    /// `judge` with extensions of its own.
    fn judged(operation: &str, body: &[u8], truncated: bool, limit: u64) -> Found {
        judge(
            operation,
            OK,
            body,
            truncated,
            limit,
            &mut http::Extensions::new(),
        )
    }

    #[test]
    fn a_body_cut_short_is_malformed_even_after_a_wrong_field() {
        // The decoder stops at `"seven"`; the cut comes later.
        let body = page(r#"{"id":"seven"},{"id":8,"subj"#);
        let cut = &body[..body.len() - 20];
        let found = judged("list_suspended_tickets", cut.as_bytes(), false, 1 << 20);
        assert!(
            matches!(found, Found::Refusal(Refusal::Malformed { .. })),
            "{found:?}"
        );
        let html = b"<html>502</html>";
        let found = judged("list_suspended_tickets", html, false, 1 << 20);
        assert!(matches!(found, Found::Refusal(Refusal::Malformed { .. })));
    }

    #[test]
    fn bodies_without_a_decoder_are_still_checked_for_json() {
        let delete = "delete_suspended_ticket";
        assert!(matches!(judged(delete, b"{}", false, 9), Found::Left));
        assert!(matches!(judged(delete, b"   ", false, 9), Found::Left));
        assert!(matches!(
            judged(delete, b"{", false, 9),
            Found::Refusal(Refusal::Malformed { .. })
        ));
        assert!(matches!(
            judged(delete, b"{}", true, 9),
            Found::Refusal(Refusal::TooLarge { limit: 9, .. })
        ));
    }

    #[test]
    fn a_copy_for_retry_is_the_request_again() {
        let url = Url::parse("https://acme.zendesk.com/api/v2/suspended_tickets?page%5Bsize%5D=1")
            .unwrap();
        let mut request = reqwest::Request::new(reqwest::Method::GET, url);
        request
            .headers_mut()
            .insert(AUTHORIZATION, HeaderValue::from_static("Basic x"));
        *request.version_mut() = reqwest::Version::HTTP_2;
        *request.timeout_mut() = Some(Duration::from_secs(7));
        let same = |a: &reqwest::Request, b: &reqwest::Request| {
            (a.method(), a.url(), a.headers(), a.version(), a.timeout())
                == (b.method(), b.url(), b.headers(), b.version(), b.timeout())
        };
        let copy = copy_for_retry(&request).unwrap();
        assert!(same(&copy, &request));
        assert!(same(&copy, &request.try_clone().unwrap()));

        *request.body_mut() = Some(reqwest::Body::from("{}"));
        let copy = copy_for_retry(&request).unwrap();
        assert_eq!(copy.body().and_then(|b| b.as_bytes()), Some(&b"{}"[..]));
        assert!(same(&copy, &request));
    }

    /// A request given up on (a timeout, `select!`, Ctrl-C drop the future)
    /// is not counted in flight for good: pacing reads that count.
    #[tokio::test]
    async fn a_request_given_up_on_is_no_longer_counted_in_flight() {
        // A server that takes the connection and never answers.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            let held: Vec<_> = listener.incoming().take(2).collect();
            std::thread::sleep(std::time::Duration::from_secs(10));
            drop(held);
        });
        let client = crate::Client::builder()
            .base_url(&url)
            .api_token("agent@example.com", "token")
            .no_retries()
            .build()
            .unwrap();
        let counted = || client.transport().in_flight.load(Ordering::Relaxed);
        let mut call = Box::pin(client.show_ticket(1));
        let given_up =
            tokio::time::timeout(std::time::Duration::from_millis(300), call.as_mut()).await;
        assert!(given_up.is_err(), "the server never answers");
        assert_eq!(counted(), 1, "in flight while it waits");
        drop(call);
        assert_eq!(counted(), 0);
    }

    /// A response as reqwest hands it over, from `url`, its body already read.
    fn arrived(status: u16, url: &Url) -> reqwest::Response {
        let response = http::Response::builder()
            .status(status)
            .url(url.clone())
            .body(Bytes::new())
            .unwrap();
        reqwest::Response::from(response)
    }

    #[tokio::test]
    async fn a_response_handed_on_names_the_url_that_answered_and_keeps_its_body() {
        let url = Url::parse("https://acme.zendesk.com/api/v2/suspended_tickets/7").unwrap();
        let body = br#"{"error":"RecordNotFound"}"#;
        let buffered = Buffered {
            response: arrived(404, &url),
            body: Bytes::from_static(body),
            found: Found::Left,
        };
        let response = buffered.into_response();
        assert_eq!(response.url(), &url);
        assert_eq!(response.status(), 404);
        assert_eq!(&response.bytes().await.unwrap()[..], body);
    }

    #[tokio::test]
    async fn a_decoded_success_goes_on_with_its_value() {
        let url = Url::parse("https://acme.zendesk.com/api/v2/suspended_tickets").unwrap();
        let body = page(r#"{"id":7}"#);
        let mut response = arrived(200, &url);
        let found = judge(
            "list_suspended_tickets",
            OK,
            body.as_bytes(),
            false,
            1 << 20,
            response.extensions_mut(),
        );
        let buffered = Buffered {
            response,
            found,
            body: Bytes::from(body),
        };
        let response = buffered.into_response();
        assert_eq!(response.url(), &url);
        let value = decoded::<crate::types::SuspendedTicketsPage, ()>(response)
            .await
            .unwrap();
        assert_eq!(value.into_inner().suspended_tickets[0].id, 7);
    }
}
