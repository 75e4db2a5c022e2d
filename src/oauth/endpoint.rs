//! `POST {base}/oauth/tokens`: Zendesk's token endpoint for the three
//! grants (client credentials, refresh token, authorization code), with
//! JSON bodies as Zendesk documents them.
//!
//! Kept apart from the API's transport on purpose: its requests carry a
//! client secret or a refresh token in the body and never an
//! `Authorization` header, its answers hold tokens (so no body is ever kept
//! in an error or a log), and its failures are a class of their own
//! ([`TokenError`]).

use super::error::{Grant, TokenError};
use super::token::{AccessToken, RefreshToken, Scopes, TokenGrant};
use crate::retry::{self, RetryPolicy, Verdict};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::time::{Duration, Instant, SystemTime};
use tracing::Instrument;

/// The path of the token endpoint (not under `/api/v2`).
pub const TOKEN_PATH: &str = "/oauth/tokens";

/// The access-token lifetime asked for when the caller sets none: Zendesk's
/// default, 30 minutes. Asking is what makes the answer say when the token
/// expires (without `expires_in` in the request, Zendesk's answer omits it).
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// The shortest and longest access-token lifetimes Zendesk accepts
/// (exclusive: "more than 300 seconds and less than 172,800 seconds").
const LIFETIMES: (u64, u64) = (300, 172_800);

/// The most of a token endpoint's answer that is read.
const MAX_BODY: usize = 64 * 1024;

/// A request to the token endpoint, for one grant.
///
/// ```
/// use zendesk_support::oauth::{Scopes, TokenRequest};
///
/// let request = TokenRequest::client_credentials("acme_moderation", "s3cr3t")
///     .scopes(Scopes::parse("read write"));
/// assert!(!format!("{request:?}").contains("s3cr3t"));
/// ```
#[derive(Clone)]
pub struct TokenRequest {
    grant: Grant,
    client_id: String,
    client_secret: Option<SecretString>,
    scopes: Option<Scopes>,
    code: Option<SecretString>,
    code_verifier: Option<SecretString>,
    redirect_uri: Option<String>,
    refresh_token: Option<SecretString>,
    lifetime: Option<Duration>,
    refresh_lifetime: Option<Duration>,
}

impl TokenRequest {
    fn new(grant: Grant, client_id: impl Into<String>) -> TokenRequest {
        TokenRequest {
            grant,
            client_id: client_id.into(),
            client_secret: None,
            scopes: None,
            code: None,
            code_verifier: None,
            redirect_uri: None,
            refresh_token: None,
            lifetime: Some(DEFAULT_LIFETIME),
            refresh_lifetime: None,
        }
    }

    /// The client credentials grant: a confidential OAuth client's
    /// identifier and secret. The token acts as the admin who created the
    /// client; no refresh token comes with it (ask again when it runs out).
    pub fn client_credentials(client_id: impl Into<String>, secret: impl Into<String>) -> Self {
        let mut request = TokenRequest::new(Grant::ClientCredentials, client_id);
        request.client_secret = Some(SecretString::from(secret.into()));
        request.scopes = Some(Scopes::crate_default());
        request
    }

    /// The refresh token grant: trades `refresh` for a new access token and
    /// a new refresh token; `refresh` stops working at once.
    pub fn refresh(client_id: impl Into<String>, refresh: &RefreshToken) -> Self {
        let mut request = TokenRequest::new(Grant::RefreshToken, client_id);
        request.refresh_token = Some(refresh.secret().clone());
        request
    }

    /// The authorization code grant with PKCE: the `code` the browser
    /// brought back to `redirect_uri`, and the verifier whose challenge the
    /// authorization request carried (see
    /// [`AuthorizationRequest`](crate::oauth::AuthorizationRequest)).
    pub fn authorization_code(
        client_id: impl Into<String>,
        code: impl Into<String>,
        code_verifier: &SecretString,
        redirect_uri: impl Into<String>,
    ) -> Self {
        let mut request = TokenRequest::new(Grant::AuthorizationCode, client_id);
        request.code = Some(SecretString::from(code.into()));
        request.code_verifier = Some(code_verifier.clone());
        request.redirect_uri = Some(redirect_uri.into());
        request
    }

    /// A client secret (a confidential client's; public clients have none
    /// and rely on PKCE).
    pub fn client_secret(mut self, secret: impl Into<String>) -> Self {
        self.client_secret = Some(SecretString::from(secret.into()));
        self
    }

    pub(crate) fn client_secret_held(mut self, secret: Option<SecretString>) -> Self {
        self.client_secret = secret;
        self
    }

    /// The scopes asked for (client credentials default: `read write`).
    pub fn scopes(mut self, scopes: Scopes) -> Self {
        self.scopes = Some(scopes);
        self
    }

    /// The access token's lifetime to ask for (default 30 minutes; Zendesk
    /// allows more than 5 minutes and less than 48 hours). A server may
    /// grant less.
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = Some(lifetime);
        self
    }

    /// The refresh token's lifetime to ask for (Zendesk: 7 to 90 days,
    /// 30 by default).
    pub fn refresh_lifetime(mut self, lifetime: Duration) -> Self {
        self.refresh_lifetime = Some(lifetime);
        self
    }

    /// The grant this request asks for.
    pub fn grant(&self) -> Grant {
        self.grant
    }

    /// The JSON body; the one place the secrets are read out.
    fn body(&self) -> Result<serde_json::Value, String> {
        let mut body = serde_json::Map::new();
        let mut put = |key: &str, value: &str| {
            body.insert(key.into(), serde_json::Value::String(value.into()));
        };
        put("grant_type", self.grant.as_str());
        put("client_id", &self.client_id);
        if let Some(secret) = &self.client_secret {
            put("client_secret", secret.expose_secret());
        }
        if let Some(scopes) = self.scopes.as_ref().filter(|s| !s.is_empty()) {
            put("scope", &scopes.to_string());
        }
        if let Some(code) = &self.code {
            put("code", code.expose_secret());
        }
        if let Some(verifier) = &self.code_verifier {
            put("code_verifier", verifier.expose_secret());
        }
        if let Some(uri) = &self.redirect_uri {
            put("redirect_uri", uri);
        }
        if let Some(refresh) = &self.refresh_token {
            put("refresh_token", refresh.expose_secret());
        }
        if let Some(lifetime) = self.lifetime {
            let seconds = lifetime.as_secs();
            if seconds <= LIFETIMES.0 || seconds >= LIFETIMES.1 {
                return Err(format!(
                    "an access token lifetime must be more than {} and less than {} seconds (Zendesk's bounds), not {seconds}",
                    LIFETIMES.0, LIFETIMES.1
                ));
            }
            body.insert("expires_in".into(), seconds.into());
        }
        if let Some(lifetime) = self.refresh_lifetime {
            body.insert("refresh_token_expires_in".into(), lifetime.as_secs().into());
        }
        Ok(serde_json::Value::Object(body))
    }

    /// The secrets this request carries, to scrub from anything an answer
    /// echoes back.
    pub(crate) fn secrets(&self) -> Vec<&str> {
        [
            &self.client_secret,
            &self.code,
            &self.code_verifier,
            &self.refresh_token,
        ]
        .into_iter()
        .flatten()
        .map(|s| s.expose_secret())
        .filter(|s| !s.is_empty())
        .collect()
    }
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest")
            .field("grant", &self.grant)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| crate::auth::REDACTED),
            )
            .field("scopes", &self.scopes)
            .field("redirect_uri", &self.redirect_uri)
            .field("lifetime", &self.lifetime)
            .finish_non_exhaustive()
    }
}

/// An account's token endpoint, `{base}/oauth/tokens`.
#[derive(Debug, Clone)]
pub struct TokenEndpoint {
    url: reqwest::Url,
    http: reqwest::Client,
    retry: RetryPolicy,
}

/// The answer of a grant, as Zendesk documents it.
#[derive(Deserialize)]
struct Granted {
    access_token: SecretString,
    token_type: Option<String>,
    scope: Option<String>,
    expires_in: Option<u64>,
    refresh_token: Option<SecretString>,
    refresh_token_expires_in: Option<u64>,
}

/// A refusal, as OAuth servers write it.
#[derive(Deserialize)]
struct Refusal {
    error: Option<String>,
    error_description: Option<String>,
}

impl TokenEndpoint {
    /// The token endpoint of the account at `base_url`
    /// (`https://acme.zendesk.com`; `http://` only on loopback), with the
    /// default retry policy. Redirects are not followed: a secret goes to
    /// this host or nowhere.
    pub fn new(base_url: &str) -> Result<TokenEndpoint, crate::ConfigError> {
        let base = crate::client::checked_base_url(base_url)?;
        let http = crate::client::api_http_client(
            &base,
            crate::defaults::TIMEOUT,
            crate::defaults::CONNECT_TIMEOUT,
        )?;
        Ok(TokenEndpoint::with_client(
            &base,
            http,
            Some(RetryPolicy::default()),
        ))
    }

    /// The endpoint on `base`, through `http` (the client's own, which
    /// follows no redirect).
    pub(crate) fn with_client(
        base: &reqwest::Url,
        http: reqwest::Client,
        retry: Option<RetryPolicy>,
    ) -> TokenEndpoint {
        let mut url = base.clone();
        url.set_path(TOKEN_PATH);
        TokenEndpoint {
            url,
            http,
            retry: retry.unwrap_or_else(RetryPolicy::none),
        }
    }

    /// The endpoint's URL.
    pub fn url(&self) -> &reqwest::Url {
        &self.url
    }

    /// Asks for a token. `429` and `503` are waited out (`Retry-After`, up
    /// to the policy's cap), other `5xx` and failed connections retried with
    /// backoff, as the retry policy allows; a `4xx` is a refusal, at once.
    pub async fn request(&self, request: &TokenRequest) -> Result<TokenGrant, TokenError> {
        let grant = request.grant;
        let body = request
            .body()
            .map_err(|reason| TokenError::Source { reason })?;
        let secrets = request.secrets();
        let started = Instant::now();
        // Whether an attempt may have reached Zendesk without its answer
        // reaching us (a refresh token spent on it is gone).
        let mut after_unknown = false;
        let mut attempt = 1;
        loop {
            let span = tracing::info_span!(
                "zendesk.oauth_token",
                grant = grant.as_str(),
                attempt,
                status = tracing::field::Empty,
            );
            let sent = (Instant::now(), SystemTime::now());
            let answer = async {
                let response = self.http.post(self.url.clone()).json(&body).send().await?;
                let status = response.status().as_u16();
                tracing::Span::current().record("status", status);
                let headers = response.headers().clone();
                let body = read_bounded(response).await;
                Ok::<_, reqwest::Error>((status, headers, body))
            }
            .instrument(span.clone())
            .await;
            let (verdict, failure) = match answer {
                Ok((status, _, Ok(body))) if (200..300).contains(&status) => {
                    return granted(grant, status, &body, sent);
                }
                Ok((status, _, Ok(body))) if (400..500).contains(&status) && status != 429 => {
                    return Err(refused(grant, status, &body, &secrets, after_unknown));
                }
                Ok((status, headers, Ok(_))) => {
                    // 429 and 503 say nothing was done; any other status
                    // leaves it open.
                    after_unknown |= !matches!(status, 429 | 503);
                    let reason = reqwest::StatusCode::from_u16(status)
                        .ok()
                        .and_then(|s| s.canonical_reason())
                        .unwrap_or("unexpected status");
                    (
                        retry::classify_status(status, &headers, true),
                        TokenError::Unavailable {
                            grant,
                            status: Some(status),
                            reason: reason.to_string(),
                        },
                    )
                }
                Ok((status, _, Err(e))) => {
                    after_unknown = true;
                    (
                        retry::classify_error(&e, true),
                        unavailable(grant, Some(status), &e),
                    )
                }
                Err(e) => {
                    after_unknown |= !e.is_connect();
                    (
                        retry::classify_error(&e, true),
                        unavailable(grant, None, &e),
                    )
                }
            };
            let Some(wait) = self.wait(verdict, attempt, started) else {
                return Err(failure);
            };
            span.in_scope(|| {
                tracing::warn!(
                    wait_ms = wait.as_millis() as u64,
                    failure = %failure,
                    "retrying the token request"
                )
            });
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// How long to wait before the next attempt, if there is one.
    fn wait(&self, verdict: Verdict, attempt: u32, started: Instant) -> Option<Duration> {
        let policy = &self.retry;
        let wait = match verdict {
            Verdict::Final => return None,
            Verdict::RetryAfter(Some(wait)) if wait > policy.max_retry_after => return None,
            Verdict::RetryAfter(Some(wait)) => wait.max(policy.backoff(attempt)),
            Verdict::RetryAfter(None) | Verdict::Backoff => policy.backoff(attempt),
        };
        let in_time = started
            .elapsed()
            .checked_add(wait)
            .is_some_and(|end| end <= policy.max_elapsed);
        (attempt < policy.max_attempts && in_time).then_some(wait)
    }
}

/// Reads at most [`MAX_BODY`] bytes of an answer.
async fn read_bounded(mut response: reqwest::Response) -> reqwest::Result<Vec<u8>> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = MAX_BODY - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_BODY {
            break;
        }
    }
    Ok(body)
}

fn unavailable(grant: Grant, status: Option<u16>, error: &reqwest::Error) -> TokenError {
    // reqwest's message names the URL (no query here) and never the body.
    TokenError::Unavailable {
        grant,
        status,
        reason: error.to_string(),
    }
}

/// The grant of a success, its expiry counted from when the request was
/// sent (a token is never thought to live longer than it does).
fn granted(
    grant: Grant,
    status: u16,
    body: &[u8],
    sent: (Instant, SystemTime),
) -> Result<TokenGrant, TokenError> {
    let malformed = |reason: String| TokenError::Malformed {
        grant,
        status,
        reason,
    };
    // serde's message names the field and position, never the value.
    let answer: Granted =
        serde_json::from_slice(body).map_err(|e| malformed(format!("not a token answer: {e}")))?;
    if answer.access_token.expose_secret().trim().is_empty() {
        return Err(malformed("an empty access_token".into()));
    }
    if let Some(kind) = answer
        .token_type
        .as_deref()
        .filter(|t| !t.eq_ignore_ascii_case("bearer"))
    {
        return Err(malformed(format!(
            "token_type {kind:?}: only bearer tokens are known"
        )));
    }
    let mut access = AccessToken::from_secret(answer.access_token);
    if let Some(seconds) = answer.expires_in {
        access = access.expiring(sent, Duration::from_secs(seconds));
    }
    if let Some(scope) = answer.scope.as_deref() {
        access = access.with_scopes(Scopes::parse(scope));
    }
    let refresh = answer.refresh_token.map(|secret| {
        let token = RefreshToken::from_secret(secret);
        match answer
            .refresh_token_expires_in
            .and_then(|s| sent.1.checked_add(Duration::from_secs(s)))
        {
            Some(at) => token.expires_at(at),
            None => token,
        }
    });
    Ok(TokenGrant { access, refresh })
}

/// A refusal: Zendesk's `error` and `error_description`, cut short, with
/// anything the request carried scrubbed out (a proxy may echo a body).
fn refused(
    grant: Grant,
    status: u16,
    body: &[u8],
    secrets: &[&str],
    after_unknown: bool,
) -> TokenError {
    let clean = |text: String| {
        let mut text: String = text.chars().take(300).collect();
        for secret in secrets {
            text = text.replace(secret, crate::auth::REDACTED);
        }
        text
    };
    let refusal = serde_json::from_slice::<Refusal>(body).ok();
    let (error, description) = match refusal {
        Some(r) => (r.error.map(clean), r.error_description.map(clean)),
        None => (None, None),
    };
    TokenError::Refused {
        grant,
        status,
        error,
        description,
        after_unknown,
    }
}
