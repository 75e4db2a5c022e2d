//! What happens to every request the generated client sends: credentials added
//! only for the configured host, headers Zendesk does not expect removed,
//! pacing by the rate limit, retries by the [`RetryPolicy`], and a `tracing`
//! span per attempt.
//!
//! This is the generated client's `inner` value; progenitor calls the hooks
//! below around every operation.

use crate::generated;
use crate::rate_limit::RateLimit;
use crate::retry::{self, RetryPolicy, Verdict};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderValue, AUTHORIZATION};
use reqwest::Url;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tracing::Instrument;

/// Prefix of the hook error that refuses a request to a foreign host.
pub(crate) const FOREIGN_HOST: &str = "refused: request to a foreign host: ";

/// Per-client state of the request hooks.
///
/// [`Transport::default()`] sends requests as they are, once, with no
/// credentials: what a bare [`generated::Client`] does. The
/// [`crate::Client`] builder fills it in.
#[derive(Clone, Default)]
pub struct Transport {
    /// Only requests to this origin are sent (and get the credentials).
    origin: Option<Url>,
    /// The `Authorization` value, marked sensitive.
    auth: Option<HeaderValue>,
    retry: Option<RetryPolicy>,
    pace: bool,
    rate_limit: Arc<Mutex<Option<RateLimit>>>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("origin", &self.origin.as_ref().map(Url::as_str))
            .field("auth", &self.auth.as_ref().map(|_| "** redacted **"))
            .field("retry", &self.retry)
            .field("pace", &self.pace)
            .finish()
    }
}

impl Transport {
    pub(crate) fn new(
        origin: Url,
        auth: HeaderValue,
        retry: Option<RetryPolicy>,
        pace: bool,
    ) -> Self {
        Transport {
            origin: Some(origin),
            auth: Some(auth),
            retry,
            pace,
            rate_limit: Arc::default(),
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

    fn record(&self, headers: &reqwest::header::HeaderMap) {
        if let Some(observed) = RateLimit::from_headers(headers) {
            *self.rate_limit.lock().unwrap_or_else(|p| p.into_inner()) = Some(observed);
        }
    }

    /// Waits out an exhausted rate-limit window before sending.
    async fn pace(&self) {
        if !self.pace {
            return;
        }
        let cap = self
            .retry
            .as_ref()
            .map_or(Duration::from_secs(60), |r| r.max_retry_after);
        let wait = self
            .rate_limit()
            .map_or(Duration::ZERO, |r| r.wait_before_next());
        if !wait.is_zero() {
            tracing::debug!(
                wait_ms = wait.min(cap).as_millis() as u64,
                "pacing: rate limit used up"
            );
            tokio::time::sleep(wait.min(cap)).await;
        }
    }

    /// Sends `request`, retrying as the policy allows.
    async fn send(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = self.retry.clone().unwrap_or_else(RetryPolicy::none);
        let idempotent = retry::is_idempotent(operation, request.method());
        let started = Instant::now();
        let mut attempt = 1;
        loop {
            self.pace().await;
            // A body that cannot be cloned (a stream) cannot be sent twice.
            let Some(this_try) = request.try_clone() else {
                return http.execute(request).await;
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
            let result = http.execute(this_try).instrument(span.clone()).await;
            span.record("latency_ms", sent.elapsed().as_millis() as u64);
            let verdict = match &result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    self.record(response.headers());
                    retry::classify_status(
                        response.status().as_u16(),
                        response.headers(),
                        idempotent,
                    )
                }
                Err(error) => retry::classify_error(error, idempotent),
            };
            let wait = match verdict {
                Verdict::Final => return result,
                Verdict::RetryAfter(Some(wait)) if wait > policy.max_retry_after => return result,
                Verdict::RetryAfter(Some(wait)) => wait,
                Verdict::RetryAfter(None) | Verdict::Backoff => policy.backoff(attempt),
            };
            if attempt >= policy.max_attempts || started.elapsed() + wait > policy.max_elapsed {
                return result;
            }
            span.in_scope(|| {
                tracing::warn!(
                    wait_ms = wait.as_millis() as u64,
                    outcome = %match &result {
                        Ok(r) => r.status().to_string(),
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
