//! The client a Rust developer builds: where Zendesk is, how to authenticate,
//! timeouts, retries; from code or from the environment.

use crate::auth::{AuthMethod, Credentials};
use crate::error::{ConfigError, Error};
use crate::oauth::TokenEndpoint;
use crate::rate_limit::RateLimit;
use crate::retry::RetryPolicy;
use crate::transport::Transport;
use crate::{generated, types};
use progenitor_client::ClientInfo;
use reqwest::Url;
use std::future::Future;
use std::net::IpAddr;
use std::time::Duration;

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("zendesk-support/", env!("CARGO_PKG_VERSION"));

/// A Zendesk Support client.
///
/// Wraps the [generated client](generated::Client) (reachable through
/// [`Client::raw`]) with authentication, retries and rate-limit pacing, and
/// adds cursor pagination streams, batch operations that account for every
/// id, and job waiting.
///
/// ```no_run
/// # async fn run() -> Result<(), zendesk_support::Error> {
/// let client = zendesk_support::Client::builder()
///     .subdomain("acme")
///     .api_token("agent@acme.com", "token")
///     .build()?;
/// let ticket = client.show_suspended_ticket(435).await?;
/// println!("{:?}", ticket.cause);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    raw: generated::Client,
}

impl Client {
    /// A builder for a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment; see [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The generated client, for every operation this layer does not wrap.
    /// Its requests get the same credentials, retries and pacing.
    pub fn raw(&self) -> &generated::Client {
        &self.raw
    }

    /// The base URL, such as `https://acme.zendesk.com`.
    pub fn base_url(&self) -> &str {
        self.raw.baseurl()
    }

    /// What the last response said about the account's rate limit.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.raw.inner().rate_limit()
    }

    /// What the client is waiting for before its next request (the rate
    /// limit, an endpoint's limit, a retry) and until when; `None` when it
    /// is not waiting. For progress reports.
    pub fn waiting(&self) -> Option<crate::Waiting> {
        self.raw.inner().waiting()
    }

    /// The most background jobs this client has queued or running at once
    /// (see [`ClientBuilder::job_limit`]).
    pub fn job_limit(&self) -> usize {
        self.raw.inner().job_limit()
    }

    pub(crate) fn job_slots(&self) -> std::sync::Arc<tokio::sync::Semaphore> {
        self.raw.inner().job_slots()
    }

    /// The transport behind the generated client, for the crate's tests.
    #[cfg(test)]
    pub(crate) fn transport(&self) -> &crate::transport::Transport {
        self.raw.inner()
    }

    /// The kind of credentials the client authenticates with.
    pub fn auth_method(&self) -> Option<AuthMethod> {
        self.raw.inner().auth_method()
    }

    /// What the client knows of the OAuth access token it holds (when it
    /// renews its tokens): when it expires, its scopes, how many were
    /// fetched. `None` for an API token or a fixed access token.
    pub fn token_status(&self) -> Option<crate::oauth::TokenStatus> {
        self.raw.inner().token_status()
    }

    /// `text` with the credentials this client authenticates with replaced
    /// by `** redacted **` wherever they occur: the `Authorization` value it
    /// sends now and the token inside it (for an API token, also the token
    /// alone and its `email/token:…` form), an OAuth client's secret. For
    /// tools that write down what a server answered, where others may read
    /// it: a debugging proxy may echo a request's headers into the body.
    /// A renewed access token is the one held now, so call it as soon as
    /// the answer comes.
    ///
    /// ```
    /// let client = zendesk_support::Client::builder()
    ///     .subdomain("acme")
    ///     .api_token("agent@acme.example", "s3cr3t-t0ken")
    ///     .build()?;
    /// let echoed = r#"{"token": "s3cr3t-t0ken"}"#;
    /// assert_eq!(client.redact_credentials(echoed), r#"{"token": "** redacted **"}"#);
    /// # Ok::<(), zendesk_support::Error>(())
    /// ```
    pub fn redact_credentials(&self, text: &str) -> String {
        self.raw.inner().redact_credentials(text)
    }

    /// Shows the OAuth access token the client sends (its scopes, when it
    /// expires, the user it acts as; Zendesk answers only the token's first
    /// 10 characters). `404` for an API token, which has none.
    pub async fn current_token(&self) -> Result<types::OAuthToken, Error> {
        call(self.raw.show_current_token().send())
            .await
            .map(|r| r.token)
    }

    /// Shows one suspended ticket.
    pub async fn show_suspended_ticket(&self, id: i64) -> Result<types::SuspendedTicket, Error> {
        call(self.raw.show_suspended_ticket().id(id).send())
            .await
            .map(|r| r.suspended_ticket)
    }

    /// Deletes one suspended ticket.
    pub async fn delete_suspended_ticket(&self, id: i64) -> Result<(), Error> {
        call(self.raw.delete_suspended_ticket().id(id).send()).await
    }

    /// Shows one ticket.
    pub async fn show_ticket(&self, id: i64) -> Result<types::Ticket, Error> {
        call(self.raw.show_ticket().ticket_id(id).send())
            .await
            .map(|r| r.ticket)
    }

    /// Soft-deletes one ticket; it can then be restored or purged.
    pub async fn delete_ticket(&self, id: i64) -> Result<(), Error> {
        call(self.raw.delete_ticket().ticket_id(id).send()).await
    }

    /// Marks one ticket as spam: Zendesk deletes it (soft: it can still be
    /// restored or purged) and suspends its requester.
    pub async fn mark_spam(&self, id: i64) -> Result<(), Error> {
        call(self.raw().mark_ticket_as_spam().ticket_id(id).send()).await
    }

    /// Restores one soft-deleted ticket.
    pub async fn restore_deleted_ticket(&self, id: i64) -> Result<(), Error> {
        call(self.raw.restore_deleted_ticket().ticket_id(id).send()).await
    }

    /// Permanently deletes one soft-deleted ticket. Answers the queued job;
    /// see [`Client::wait_for_job`].
    pub async fn delete_ticket_permanently(&self, id: i64) -> Result<types::JobStatus, Error> {
        call(self.raw.delete_ticket_permanently().ticket_id(id).send())
            .await
            .map(|r| r.job_status)
    }
}

/// Sends a request built on the [generated client](Client::raw) and converts
/// its outcome to this crate's [`Error`].
///
/// ```no_run
/// # async fn run(client: &zendesk_support::Client) -> Result<(), zendesk_support::Error> {
/// let upload = zendesk_support::call(
///     client.raw().suspended_ticket_attachments().id(435).send(),
/// )
/// .await?
/// .upload;
/// # Ok(()) }
/// ```
pub async fn call<T, E>(
    request: impl Future<Output = Result<generated::ResponseValue<T>, generated::Error<E>>>,
) -> Result<T, Error> {
    match request.await {
        Ok(value) => Ok(value.into_inner()),
        Err(e) => Err(Error::from_generated(e).await),
    }
}

/// Where the client sends requests.
#[derive(Debug, Clone)]
enum Location {
    Subdomain(String),
    BaseUrl(String),
}

/// Builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    location: Option<Location>,
    credentials: Option<Credentials>,
    timeout: Duration,
    connect_timeout: Duration,
    retry: Option<RetryPolicy>,
    pace: bool,
    max_response_bytes: u64,
    job_limit: usize,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            location: None,
            credentials: None,
            timeout: crate::defaults::TIMEOUT,
            connect_timeout: crate::defaults::CONNECT_TIMEOUT,
            retry: Some(RetryPolicy::default()),
            pace: true,
            max_response_bytes: crate::defaults::MAX_BODY_BYTES,
            job_limit: crate::defaults::JOB_LIMIT,
        }
    }
}

/// The environment variables [`ClientBuilder::from_env`] reads.
pub mod env {
    /// The account's subdomain: `acme` for `https://acme.zendesk.com`.
    pub const SUBDOMAIN: &str = "ZENDESK_SUBDOMAIN";
    /// A full base URL instead of a subdomain (a proxy, or a local simulator).
    pub const BASE_URL: &str = "ZENDESK_BASE_URL";
    /// The agent's email address, for API token authentication.
    pub const EMAIL: &str = "ZENDESK_EMAIL";
    /// The API token, for API token authentication.
    pub const API_TOKEN: &str = "ZENDESK_API_TOKEN";
    /// An OAuth access token (not renewed), instead of the others.
    pub const OAUTH_TOKEN: &str = "ZENDESK_OAUTH_TOKEN";
    /// An OAuth client's identifier, for the client credentials grant
    /// (with [`CLIENT_SECRET`]).
    pub const CLIENT_ID: &str = "ZENDESK_CLIENT_ID";
    /// The OAuth client's secret (with [`CLIENT_ID`]).
    pub const CLIENT_SECRET: &str = "ZENDESK_CLIENT_SECRET";
    /// The scopes to ask for with client credentials, space-separated
    /// (default `read write`).
    pub const OAUTH_SCOPES: &str = "ZENDESK_OAUTH_SCOPES";
}

impl ClientBuilder {
    /// Reads the configuration from the process environment:
    /// [`ZENDESK_SUBDOMAIN`](env::SUBDOMAIN) or
    /// [`ZENDESK_BASE_URL`](env::BASE_URL), and one way to authenticate:
    /// [`ZENDESK_CLIENT_ID`](env::CLIENT_ID) with
    /// [`ZENDESK_CLIENT_SECRET`](env::CLIENT_SECRET) (OAuth client
    /// credentials, scopes from [`ZENDESK_OAUTH_SCOPES`](env::OAUTH_SCOPES)),
    /// [`ZENDESK_OAUTH_TOKEN`](env::OAUTH_TOKEN) (a fixed access token), or
    /// [`ZENDESK_EMAIL`](env::EMAIL) with
    /// [`ZENDESK_API_TOKEN`](env::API_TOKEN) (retired by Zendesk on
    /// 2027-04-30). The error names the variable that is missing,
    /// malformed, or set but empty (a secret that did not load is never
    /// taken for "use another method").
    pub fn from_env() -> Result<ClientBuilder, ConfigError> {
        ClientBuilder::from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`ClientBuilder::from_env`], reading variables through `lookup`
    /// (for tests, or configuration kept elsewhere). A variable that is
    /// present but empty is an error that names it.
    pub fn from_vars(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<ClientBuilder, ConfigError> {
        const ALL: [&str; 8] = [
            env::SUBDOMAIN,
            env::BASE_URL,
            env::EMAIL,
            env::API_TOKEN,
            env::OAUTH_TOKEN,
            env::CLIENT_ID,
            env::CLIENT_SECRET,
            env::OAUTH_SCOPES,
        ];
        if let Some(empty) = ALL
            .into_iter()
            .find(|name| lookup(name).is_some_and(|v| v.trim().is_empty()))
        {
            return Err(ConfigError::EmptyVar(empty));
        }
        let var = |name: &str| lookup(name);
        let location = match (var(env::SUBDOMAIN), var(env::BASE_URL)) {
            (Some(_), Some(_)) => {
                return Err(ConfigError::InvalidVar {
                    name: env::BASE_URL,
                    reason: format!(
                        "set either {} or {}, not both",
                        env::SUBDOMAIN,
                        env::BASE_URL
                    ),
                })
            }
            (Some(s), None) => {
                validate_subdomain(&s).map_err(|reason| ConfigError::InvalidVar {
                    name: env::SUBDOMAIN,
                    reason,
                })?;
                Location::Subdomain(s)
            }
            (None, Some(u)) => {
                validate_base_url(&u).map_err(|reason| ConfigError::InvalidVar {
                    name: env::BASE_URL,
                    reason,
                })?;
                Location::BaseUrl(u)
            }
            (None, None) => {
                return Err(ConfigError::MissingVar(
                    "ZENDESK_SUBDOMAIN (or ZENDESK_BASE_URL)",
                ))
            }
        };
        let credentials = credentials_from(&var)?;
        Ok(ClientBuilder {
            location: Some(location),
            credentials: Some(credentials),
            ..ClientBuilder::default()
        })
    }

    /// The account's subdomain: `acme` for `https://acme.zendesk.com`.
    pub fn subdomain(mut self, subdomain: impl Into<String>) -> Self {
        self.location = Some(Location::Subdomain(subdomain.into()));
        self
    }

    /// A full base URL instead of a subdomain. It must be `https://`, or
    /// `http://` on a loopback address (a local simulator).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.location = Some(Location::BaseUrl(url.into()));
        self
    }

    /// The credentials.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// API token authentication for the agent with this email address.
    pub fn api_token(self, email: impl Into<String>, token: impl Into<String>) -> Self {
        self.credentials(Credentials::api_token(email, token))
    }

    /// OAuth bearer token authentication with a fixed access token (not
    /// renewed).
    pub fn oauth_token(self, token: impl Into<String>) -> Self {
        self.credentials(Credentials::oauth(token))
    }

    /// OAuth client credentials: a confidential OAuth client's identifier
    /// and secret; access tokens are minted and renewed as they run out.
    pub fn client_credentials(
        self,
        client_id: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.credentials(Credentials::client_credentials(client_id, secret))
    }

    /// The longest one attempt may take, body included (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Sends every request once.
    pub fn no_retries(mut self) -> Self {
        self.retry = None;
        self
    }

    /// Whether to wait when the last response said the rate-limit window is
    /// used up and when it resets (default on).
    pub fn pace_requests(mut self, pace: bool) -> Self {
        self.pace = pace;
        self
    }

    /// The largest response body the client reads (default 64 MiB),
    /// counted after decompression: a small gzip body that inflates past it
    /// is cut there. A larger success is [`Error::BodyTooLarge`]; of a larger
    /// error response, the error keeps the start.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// The most background jobs this client keeps queued or running at once
    /// (default 30, Zendesk's limit per account; at least 1). Lower it when
    /// other tools run jobs on the same account: Zendesk refuses a job past
    /// its limit with `429`, which the client waits out, but each refusal
    /// costs a request.
    pub fn job_limit(mut self, jobs: usize) -> Self {
        self.job_limit = jobs;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let base = match self.location {
            Some(Location::Subdomain(s)) => {
                validate_subdomain(&s)
                    .map_err(|r| ConfigError::Invalid(format!("subdomain: {r}")))?;
                format!("https://{}.zendesk.com", s.to_ascii_lowercase())
            }
            Some(Location::BaseUrl(u)) => {
                validate_base_url(&u)
                    .map_err(|r| ConfigError::Invalid(format!("base URL: {r}")))?;
                u.trim_end_matches('/').to_string()
            }
            None => return Err(ConfigError::Invalid("no subdomain or base URL".into()).into()),
        };
        let origin =
            Url::parse(&base).map_err(|e| ConfigError::Invalid(format!("base URL: {e}")))?;
        let credentials = self
            .credentials
            .ok_or_else(|| ConfigError::Invalid("no credentials".into()))?;
        let method = credentials.method();
        let http = api_http_client(&origin, self.timeout, self.connect_timeout)?;
        // Tokens are asked for on the configured host, through the same
        // HTTP client (no redirects), with the same retry policy.
        let endpoint = TokenEndpoint::with_client(&origin, http.clone(), self.retry.clone());
        let auth = credentials.authorizer(endpoint).ok_or_else(|| {
            ConfigError::Invalid("the credentials contain characters a header cannot carry".into())
        })?;
        let transport = Transport::new(
            origin,
            auth,
            method,
            self.retry,
            self.pace,
            self.max_response_bytes,
            self.job_limit,
        );
        Ok(Client {
            raw: generated::Client::new_with_client(&base, http, transport),
        })
    }
}

/// A `reqwest` client builder with the TLS this crate's clients use: rustls
/// with *ring* as its crypto provider and the platform's certificate
/// verifier, as reqwest's default configures it but without aws-lc (whose C
/// build a dependent would otherwise compile), over HTTP/1.1.
///
/// For a [`generated::Client`](crate::generated::Client) wired by hand
/// (`new_with_client`). This crate turns on reqwest's `rustls-no-provider`:
/// a reqwest client built with reqwest's own TLS defaults finds no crypto
/// provider unless reqwest's `rustls` feature is on (it is among reqwest's
/// default features) or one is installed for the process
/// (`rustls::crypto::ring::default_provider().install_default()`); build it
/// from here instead. Nothing is installed for the rest of the process.
///
/// Fails as reqwest's default does where the system has no CA certificates.
pub fn http_client() -> Result<reqwest::ClientBuilder, ConfigError> {
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())
        .map_err(|e| ConfigError::Invalid(format!("TLS certificate verifier: {e}")))?;
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ConfigError::Invalid(format!("TLS: {e}")))?
        .dangerous() // a custom verifier: the platform's, as reqwest's default
        .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(reqwest::Client::builder().tls_backend_preconfigured(tls))
}

/// The credentials the variables name: exactly one way to authenticate.
fn credentials_from(var: &dyn Fn(&str) -> Option<String>) -> Result<Credentials, ConfigError> {
    let client = var(env::CLIENT_ID).is_some() || var(env::CLIENT_SECRET).is_some();
    let api_token = var(env::EMAIL).is_some() || var(env::API_TOKEN).is_some();
    let access_token = var(env::OAUTH_TOKEN).is_some();
    let ways = [
        (client, "ZENDESK_CLIENT_ID with ZENDESK_CLIENT_SECRET"),
        (access_token, "ZENDESK_OAUTH_TOKEN"),
        (api_token, "ZENDESK_EMAIL with ZENDESK_API_TOKEN"),
    ];
    let given: Vec<&str> = ways.iter().filter(|(set, _)| *set).map(|w| w.1).collect();
    if given.len() > 1 {
        return Err(ConfigError::InvalidVar {
            name: if client {
                env::CLIENT_ID
            } else {
                env::OAUTH_TOKEN
            },
            reason: format!("set one way to authenticate, not {}", given.join(" and ")),
        });
    }
    if var(env::OAUTH_SCOPES).is_some() && !client {
        return Err(ConfigError::InvalidVar {
            name: env::OAUTH_SCOPES,
            reason: "scopes are asked for with client credentials (ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET)".into(),
        });
    }
    if client {
        let id = var(env::CLIENT_ID).ok_or(ConfigError::MissingVar(env::CLIENT_ID))?;
        let secret = var(env::CLIENT_SECRET).ok_or(ConfigError::MissingVar(env::CLIENT_SECRET))?;
        let mut grant = crate::oauth::ClientCredentials::new(id, secret);
        if let Some(scopes) = var(env::OAUTH_SCOPES) {
            grant = grant.scopes(crate::oauth::Scopes::parse(&scopes));
        }
        return Ok(grant.into());
    }
    if let Some(token) = var(env::OAUTH_TOKEN) {
        return Ok(Credentials::oauth(token));
    }
    match (var(env::EMAIL), var(env::API_TOKEN)) {
        (Some(email), Some(token)) => {
            validate_email(&email).map_err(|reason| ConfigError::InvalidVar {
                name: env::EMAIL,
                reason,
            })?;
            Ok(Credentials::api_token(email, token))
        }
        (Some(_), None) => Err(ConfigError::MissingVar(env::API_TOKEN)),
        (None, Some(_)) => Err(ConfigError::MissingVar(env::EMAIL)),
        (None, None) => Err(ConfigError::MissingVar(
            "ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (or ZENDESK_OAUTH_TOKEN, or ZENDESK_EMAIL and ZENDESK_API_TOKEN)",
        )),
    }
}

/// The HTTP client every request to `origin` goes through: gzip, timeouts,
/// our user agent, and no redirects (a redirect could carry a credential to
/// another host; Zendesk's API does not redirect). A loopback origin (a
/// simulator on this machine) is reached directly, never through the
/// `HTTP_PROXY` of a company machine, which cannot reach it.
pub(crate) fn api_http_client(
    origin: &Url,
    timeout: Duration,
    connect_timeout: Duration,
) -> Result<reqwest::Client, ConfigError> {
    let builder = http_client()?;
    let builder = if origin.host_str().is_some_and(is_loopback) {
        builder.no_proxy()
    } else {
        builder
    };
    builder
        .user_agent(USER_AGENT)
        // `Accept-Encoding: gzip`: a page of 100 tickets is several times
        // smaller. The body limit counts the bytes decompressed.
        .gzip(true)
        .timeout(timeout)
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| ConfigError::Invalid(format!("HTTP client: {e}")))
}

/// A base URL as the builder takes it, checked and parsed.
pub(crate) fn checked_base_url(base_url: &str) -> Result<Url, ConfigError> {
    validate_base_url(base_url).map_err(|r| ConfigError::Invalid(format!("base URL: {r}")))?;
    Url::parse(base_url.trim_end_matches('/'))
        .map_err(|e| ConfigError::Invalid(format!("base URL: {e}")))
}

/// A Zendesk subdomain: letters, digits and inner hyphens, nothing that could
/// name another host.
fn validate_subdomain(s: &str) -> Result<(), String> {
    let ok = !s.is_empty()
        && s.len() <= 63
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err("a subdomain is letters, digits and inner hyphens only (the `acme` of acme.zendesk.com)".into())
    }
}

/// `https://`, or `http://` on loopback; no credentials, query or fragment,
/// and nothing a URL parser reads differently from a person: a backslash
/// (`https://evil.com\@acme.zendesk.com` goes to evil.com), an `@`, spaces or
/// control characters.
fn validate_base_url(u: &str) -> Result<(), String> {
    if let Some(c) = u
        .chars()
        .find(|c| matches!(c, '\\' | '@') || c.is_whitespace() || c.is_control())
    {
        return Err(format!(
            "must not contain {c:?}: the host it names would not be the one it appears to"
        ));
    }
    let url = Url::parse(u).map_err(|e| format!("not a URL: {e}"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not contain credentials".into());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("must not have a query or fragment".into());
    }
    let host = url.host_str().ok_or("has no host")?;
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(host) => Ok(()),
        "http" => Err("plain http:// is only allowed on a loopback address; use https://".into()),
        other => Err(format!("scheme `{other}` is not http(s)")),
    }
}

/// Whether `host` names this machine (`localhost`, `127.0.0.0/8`, `::1`).
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn validate_email(email: &str) -> Result<(), String> {
    match email.split_once('@') {
        Some((user, domain))
            if !user.is_empty() && domain.contains('.') && !email.contains(char::is_whitespace) =>
        {
            Ok(())
        }
        _ => Err("not an email address".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// TLS with ring, for this client alone: building clients installs no
    /// crypto provider for the process (another library's reqwest client
    /// keeps its own choice), and the generated client's `new` works too.
    #[test]
    fn clients_take_ring_and_install_nothing_for_the_process() {
        let client = Client::builder()
            .subdomain("acme")
            .credentials(crate::Credentials::api_token("agent@example.com", "s3cr3t"))
            .build();
        assert!(client.is_ok(), "{:?}", client.err());
        let _generated =
            crate::generated::Client::new("https://acme.zendesk.com", Transport::default());
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    }

    #[test]
    fn subdomains_cannot_name_another_host() {
        for good in ["acme", "acme-support", "a1"] {
            assert!(validate_subdomain(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "evil.com#",
            "acme.evil.com",
            "acme/x",
            "user@evil",
            "-acme",
            "acme:80",
            "ac me",
        ] {
            assert!(validate_subdomain(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn base_urls_are_https_or_loopback_http() {
        assert!(validate_base_url("https://acme.zendesk.com").is_ok());
        assert!(validate_base_url("http://127.0.0.1:8080").is_ok());
        assert!(validate_base_url("http://localhost:8080/").is_ok());
        assert!(validate_base_url("http://[::1]:8080").is_ok());
        assert!(validate_base_url("http://acme.zendesk.com").is_err());
        assert!(validate_base_url("http://10.0.0.1").is_err());
        assert!(validate_base_url("https://user:pw@acme.zendesk.com").is_err());
        assert!(validate_base_url("https://acme.zendesk.com?x=1").is_err());
        assert!(validate_base_url("ftp://acme.zendesk.com").is_err());
        assert!(validate_base_url("https://evil.com\\@acme.zendesk.com").is_err());
        assert!(validate_base_url("https://evil.com\\.acme.zendesk.com").is_err());
        assert!(validate_base_url("https://acme.zendesk.com@evil.com").is_err());
        assert!(validate_base_url("https://acme.zendesk.com\t").is_err());
    }
}
