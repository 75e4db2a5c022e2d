//! How a simulator behaves: who may log in, what it holds at start, its rate
//! limit, and the faults it injects.

use std::time::Duration;

/// A fault the simulator can inject in place of a normal response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// `500` with a Zendesk error body.
    ServerError,
    /// `503` with `Retry-After: 1`.
    Unavailable,
    /// The connection is dropped in the middle of the response.
    DropConnection,
    /// `200` with a body that is not valid JSON.
    MalformedBody,
}

impl Fault {
    /// Every kind of fault.
    pub const ALL: [Fault; 4] = [
        Fault::ServerError,
        Fault::Unavailable,
        Fault::DropConnection,
        Fault::MalformedBody,
    ];
}

/// The simulator's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The agent email accepted for API token authentication.
    pub email: String,
    /// The API token accepted with `email`.
    pub token: String,
    /// An OAuth access token accepted as `Bearer`, if any.
    pub oauth_token: Option<String>,
    /// Generated suspended tickets, beside those from the captured samples.
    pub suspended: usize,
    /// Generated soft-deleted tickets, beside those from the captured samples.
    pub deleted: usize,
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
    /// How long a job stays `queued`, then `working`, before it completes.
    pub job_step: Duration,
    /// The user id of the authenticated agent (the requester of tickets
    /// recovered one by one).
    pub agent_id: i64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            email: "agent@example.com".into(),
            token: "simulator-token".into(),
            oauth_token: None,
            suspended: 0,
            deleted: 0,
            seed: 1,
            rate_limit: 700,
            rate_window: Duration::from_secs(60),
            latency: Duration::ZERO,
            fault_rate: 0.0,
            faults: Fault::ALL.to_vec(),
            job_step: Duration::from_millis(100),
            agent_id: 1_000_001,
        }
    }
}
