//! Which Zendesk the tool talks to: an account from flags or `ZENDESK_*`
//! variables, or, with none of them present, a simulator started in this
//! process. A variable present but empty (a secret that did not load in
//! cron) is an error that names it, never a reason to fall back to the
//! simulator.

use clap::Args;
use std::time::Duration;
use zendesk_support::{env, Client, ClientBuilder};

/// Connection flags; each has its `ZENDESK_*` variable. Given before the
/// command (`zendesk-moderate --subdomain acme plan …`).
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Connection (none set: the embedded simulator)")]
pub struct Account {
    /// The account's subdomain: `acme` for `https://acme.zendesk.com`.
    #[arg(long, env = "ZENDESK_SUBDOMAIN")]
    pub subdomain: Option<String>,
    /// The API's base URL instead of a subdomain (a proxy, a simulator).
    #[arg(long, env = "ZENDESK_BASE_URL")]
    pub base_url: Option<String>,
    /// The agent's email, for API token authentication (`erase --email`
    /// names the person to erase, not the agent).
    #[arg(long = "agent-email", env = "ZENDESK_EMAIL")]
    pub agent_email: Option<String>,
    /// The API token (with --agent-email).
    #[arg(long, env = "ZENDESK_API_TOKEN", hide_env_values = true)]
    pub api_token: Option<String>,
    /// An OAuth access token instead of email and API token.
    #[arg(long, env = "ZENDESK_OAUTH_TOKEN", hide_env_values = true)]
    pub oauth_token: Option<String>,

    #[command(flatten)]
    pub simulator: SimulatorShape,
}

/// The embedded simulator's shape.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Embedded simulator")]
pub struct SimulatorShape {
    /// Suspended tickets it generates.
    #[arg(long = "simulator-tickets", default_value_t = 3000)]
    pub tickets: usize,
    /// Soft-deleted tickets it generates.
    #[arg(long = "simulator-deleted", default_value_t = 120)]
    pub deleted: usize,
    /// Seed of its data and faults (the same seed, the same tickets: a plan
    /// made on it applies on the next one).
    #[arg(long = "simulator-seed", default_value_t = 7)]
    pub seed: u64,
    /// Its requests per minute before 429.
    #[arg(long = "simulator-rate-limit", default_value_t = 700)]
    pub rate_limit: u32,
    /// Latency it adds to every response, in milliseconds.
    #[arg(long = "simulator-latency-ms", default_value_t = 0)]
    pub latency_ms: u64,
    /// How long its background jobs take, in milliseconds.
    #[arg(long = "simulator-job-ms", default_value_t = 1000)]
    pub job_ms: u64,
    /// Fraction of requests (0-1) it answers with a fault (500, 503,
    /// gateway pages, resets, truncated bodies).
    #[arg(long = "simulator-fault-rate", default_value_t = 0.0)]
    pub fault_rate: f64,
}

/// The embedded simulator's person to try `erase --email` on.
pub const DEMO_PERSON: &str = "jane.doe@customer.example";

/// What plans made on the embedded simulator name as their account: every
/// embedded simulator (same seed) is the same account.
pub const EMBEDDED: &str = "embedded simulator";

/// The variables of a connection, in the order they are checked.
const VARIABLES: [&str; 5] = [
    env::SUBDOMAIN,
    env::BASE_URL,
    env::EMAIL,
    env::API_TOKEN,
    env::OAUTH_TOKEN,
];

/// A connected client, and the simulator behind it when there is one.
pub struct Connection {
    pub client: Client,
    pub simulator: Option<zendesk_simulator::Running>,
}

impl Connection {
    /// Whether this is a real account (not the embedded simulator).
    pub fn is_real(&self) -> bool {
        self.simulator.is_none()
    }

    /// What the tool works on: `embedded simulator`, or the account's URL.
    /// Plans are made for it.
    pub fn target(&self) -> String {
        if self.is_real() {
            self.client.base_url().to_string()
        } else {
            EMBEDDED.to_string()
        }
    }

    /// The account's short name, typed back to confirm what cannot be
    /// undone: the subdomain (`acme`), or the host of another base URL.
    pub fn name(&self) -> String {
        let url = self.client.base_url();
        let host = url
            .split_once("://")
            .map_or(url, |(_, rest)| rest)
            .trim_end_matches('/');
        host.strip_suffix(".zendesk.com")
            .unwrap_or(host)
            .to_string()
    }

    /// The first line the tool prints: where it is working.
    pub fn describe(&self) -> String {
        match &self.simulator {
            Some(sim) => {
                let snapshot = sim.snapshot();
                format!(
                    "no ZENDESK_* settings: running against the {EMBEDDED} at {} ({} suspended, {} soft-deleted tickets)",
                    sim.base_url(),
                    snapshot.suspended.len(),
                    snapshot.deleted.len(),
                )
            }
            None => format!("account: {}", self.client.base_url()),
        }
    }
}

impl Account {
    /// The connection settings given (flags, or variables present in the
    /// environment even when empty), by variable name.
    fn given(&self) -> Vec<(&'static str, Option<&str>)> {
        let flags = [
            &self.subdomain,
            &self.base_url,
            &self.agent_email,
            &self.api_token,
            &self.oauth_token,
        ];
        VARIABLES
            .iter()
            .zip(flags)
            .filter_map(|(name, flag)| match flag.as_deref() {
                Some(value) => Some((*name, Some(value))),
                // Clap reads an empty variable as absent: look again.
                None => std::env::var_os(name).map(|_| (*name, Some(""))),
            })
            .collect()
    }

    /// Connects: to the account given, or, with no setting present at all,
    /// to a new embedded simulator.
    pub async fn connect(&self) -> Result<Connection, String> {
        let given = self.given();
        if let Some((name, _)) = given
            .iter()
            .find(|(_, value)| value.is_none_or(|v| v.trim().is_empty()))
        {
            return Err(format!(
                "{name} is set but empty (a secret that did not load?): give it a value or unset it; with no ZENDESK_* setting at all the embedded simulator is used"
            ));
        }
        if !given.is_empty() {
            let lookup = |name: &str| {
                given
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, v)| v.map(str::to_string))
            };
            let builder = ClientBuilder::from_vars(lookup).map_err(|e| e.to_string())?;
            let client = builder.build().map_err(|e| e.to_string())?;
            return Ok(Connection {
                client,
                simulator: None,
            });
        }
        self.embedded().await
    }

    async fn embedded(&self) -> Result<Connection, String> {
        let shape = &self.simulator;
        if !(0.0..=1.0).contains(&shape.fault_rate) {
            return Err("--simulator-fault-rate must be between 0 and 1".into());
        }
        let config = zendesk_simulator::Config {
            suspended: shape.tickets,
            deleted: shape.deleted,
            seed: shape.seed,
            rate_limit: shape.rate_limit,
            latency: Duration::from_millis(shape.latency_ms),
            job_duration: Duration::from_millis(shape.job_ms),
            fault_rate: shape.fault_rate,
            people: 20,
            ..zendesk_simulator::Config::default()
        };
        let sim = zendesk_simulator::start(config)
            .await
            .map_err(|e| format!("cannot start the simulator: {e}"))?;
        // Someone to try `erase` on: a dozen tickets, and copied on another's.
        let (jane, _) = sim.add_person("Jane Doe", DEMO_PERSON, 12);
        let (_, other) = sim.add_person("John Roe", "john.roe@customer.example", 1);
        sim.add_cc(other[0], jane);
        let client = sim.client_builder().build().map_err(|e| e.to_string())?;
        Ok(Connection {
            client,
            simulator: Some(sim),
        })
    }
}
