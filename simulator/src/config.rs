//! How a simulator behaves: who may log in, what it holds at start, its rate
//! limit, and the faults it injects.

use std::time::Duration;

/// A fault the simulator can inject in place of a normal response, as a real
/// network and Zendesk's own front end produce them. Only `Unavailable`
/// comes before the work; every other fault is injected *after* the request
/// was carried out, so the client cannot know whether it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// `500` with a Zendesk error body.
    ServerError,
    /// `503` with `Retry-After: 1`; nothing was done.
    Unavailable,
    /// The connection is reset in the middle of the response body.
    DropConnection,
    /// A complete response whose JSON body is cut short.
    MalformedBody,
    /// The body starts, then stalls for [`Config::stall`] before the
    /// connection is reset: the client's timeout decides.
    StalledBody,
    /// `502 Bad Gateway` with a load balancer's HTML page.
    BadGateway,
    /// `504 Gateway Timeout` with a load balancer's HTML page.
    GatewayTimeout,
}

impl Fault {
    /// Every kind of fault.
    pub const ALL: [Fault; 7] = [
        Fault::ServerError,
        Fault::Unavailable,
        Fault::DropConnection,
        Fault::MalformedBody,
        Fault::StalledBody,
        Fault::BadGateway,
        Fault::GatewayTimeout,
    ];

    /// The fault's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Fault::ServerError => "500",
            Fault::Unavailable => "503",
            Fault::DropConnection => "reset",
            Fault::MalformedBody => "truncated",
            Fault::StalledBody => "stall",
            Fault::BadGateway => "502",
            Fault::GatewayTimeout => "504",
        }
    }
}

impl std::str::FromStr for Fault {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Fault::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Fault::ALL.iter().map(|f| f.name()).collect();
                format!("unknown fault `{s}`; one of {}", names.join(", "))
            })
    }
}

/// An OAuth client the simulator knows: a confidential one (with a secret:
/// client credentials, or the authorization code flow with or without
/// PKCE) or a public one (no secret: PKCE only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthClient {
    /// Its unique identifier (`client_id`).
    pub id: String,
    /// Its secret; `None` for a public client.
    pub secret: Option<String>,
}

impl OAuthClient {
    /// A confidential client.
    pub fn confidential(id: impl Into<String>, secret: impl Into<String>) -> Self {
        OAuthClient {
            id: id.into(),
            secret: Some(secret.into()),
        }
    }
}

impl std::str::FromStr for OAuthClient {
    type Err = String;

    /// `ID:SECRET` (confidential) or `ID` (public).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (id, secret) = match s.split_once(':') {
            Some((id, secret)) => (id, Some(secret)),
            None => (s, None),
        };
        if id.is_empty() || secret.is_some_and(str::is_empty) {
            return Err("an OAuth client is ID:SECRET (confidential) or ID (public)".into());
        }
        Ok(OAuthClient {
            id: id.to_string(),
            secret: secret.map(str::to_string),
        })
    }
}

/// The simulator's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The agent email accepted for API token authentication.
    pub email: String,
    /// The API token accepted with `email`.
    pub token: String,
    /// An OAuth access token accepted as `Bearer`, if any (it never
    /// expires); tokens granted by `POST /oauth/tokens` are accepted too.
    pub oauth_token: Option<String>,
    /// The OAuth clients tokens may be granted to.
    pub oauth_clients: Vec<OAuthClient>,
    /// The most an access token lives, whatever was asked for (Zendesk
    /// allows 5 minutes to 48 hours; tests use seconds to watch tokens
    /// expire mid-run).
    pub token_ttl: Duration,
    /// Whether API tokens work; off, every API-token call is refused `401`
    /// as Zendesk will refuse them from 2027-04-30.
    pub api_tokens: bool,
    /// Generated suspended tickets, beside those from the captured samples.
    pub suspended: usize,
    /// Generated soft-deleted tickets, beside those from the captured samples.
    pub deleted: usize,
    /// Generated end users, each the requester of 1 to 5 live tickets (beside
    /// the users behind the samples' tickets).
    pub people: usize,
    /// Seed of everything random: data and faults.
    pub seed: u64,
    /// Requests per window before `429` (Zendesk Enterprise: 700 a minute).
    pub rate_limit: u32,
    /// The rate-limit window: a minute, as Zendesk's; shorter in tests that
    /// would otherwise wait a minute for it to reset.
    pub rate_window: Duration,
    /// Added to every response.
    pub latency: Duration,
    /// The fraction of requests (0.0–1.0) answered with a fault.
    pub fault_rate: f64,
    /// The faults to choose from, uniformly.
    pub faults: Vec<Fault>,
    /// How long a [`Fault::StalledBody`] stalls before the reset.
    pub stall: Duration,
    /// How long a job takes: `queued` for the first half, `working` for
    /// the second, then done. Zendesk's take seconds to minutes; the default
    /// is short, for tests.
    pub job_duration: Duration,
    /// The most jobs queued or running at once; a bulk call past it is
    /// refused with `429` and does nothing (Zendesk's job limit: 30).
    pub job_limit: usize,
    /// The user id of the authenticated agent (the requester of tickets
    /// recovered one by one).
    pub agent_id: i64,
    /// Whether to read requests as Zendesk does: the last value of a repeated
    /// parameter counts and unknown parameters are ignored (named in
    /// `x-zendesk-api-warn`). Off, such requests are answered `400`: the one
    /// place the simulator is stricter than Zendesk (see `params.rs`).
    pub lenient: bool,
    /// Whether to answer gzip when the client asks (`Accept-Encoding`), as
    /// Zendesk does. Off, bodies go as they are (benchmarks of the client's
    /// own cost turn it off, so as not to measure compression).
    pub gzip: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            email: "agent@example.com".into(),
            token: "simulator-token".into(),
            oauth_token: None,
            oauth_clients: vec![OAuthClient::confidential(
                "simulator-client",
                "simulator-secret",
            )],
            token_ttl: Duration::from_secs(1800),
            api_tokens: true,
            suspended: 0,
            deleted: 0,
            people: 0,
            seed: 1,
            rate_limit: 700,
            rate_window: Duration::from_secs(60),
            latency: Duration::ZERO,
            fault_rate: 0.0,
            faults: Fault::ALL.to_vec(),
            stall: Duration::from_secs(2),
            job_duration: Duration::from_millis(200),
            job_limit: 30,
            agent_id: 1_000_001,
            lenient: false,
            gzip: true,
        }
    }
}
