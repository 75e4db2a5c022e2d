//! Which Zendesk the tool talks to: an account from flags or `ZENDESK_*`
//! variables, or, with none given, a simulator started in this process.

use clap::Args;
use std::time::Duration;
use zendesk_support::{env, Client, ClientBuilder};

/// Connection flags; each has its `ZENDESK_*` variable.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Connection (none set: the embedded simulator)")]
pub struct Account {
    /// The account's subdomain: `acme` for `https://acme.zendesk.com`.
    #[arg(long, env = "ZENDESK_SUBDOMAIN", global = true)]
    pub subdomain: Option<String>,
    /// The API's base URL instead of a subdomain (a proxy, a simulator).
    #[arg(long, env = "ZENDESK_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// The agent's email, for API token authentication (`erase --email`
    /// names the person to erase, not the agent).
    #[arg(long = "agent-email", env = "ZENDESK_EMAIL", global = true)]
    pub agent_email: Option<String>,
    /// The API token (with --agent-email).
    #[arg(long, env = "ZENDESK_API_TOKEN", hide_env_values = true, global = true)]
    pub api_token: Option<String>,
    /// An OAuth access token instead of email and API token.
    #[arg(
        long,
        env = "ZENDESK_OAUTH_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub oauth_token: Option<String>,

    #[command(flatten)]
    pub simulator: SimulatorShape,
}

/// The embedded simulator's shape.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Embedded simulator")]
pub struct SimulatorShape {
    /// Suspended tickets it generates.
    #[arg(long = "simulator-tickets", default_value_t = 3000, global = true)]
    pub tickets: usize,
    /// Soft-deleted tickets it generates.
    #[arg(long = "simulator-deleted", default_value_t = 120, global = true)]
    pub deleted: usize,
    /// Seed of its data and faults.
    #[arg(long = "simulator-seed", default_value_t = 7, global = true)]
    pub seed: u64,
    /// Its requests per minute before 429.
    #[arg(long = "simulator-rate-limit", default_value_t = 700, global = true)]
    pub rate_limit: u32,
    /// Latency it adds to every response, in milliseconds.
    #[arg(long = "simulator-latency-ms", default_value_t = 0, global = true)]
    pub latency_ms: u64,
    /// Fraction of requests (0-1) it answers with a fault (500, 503,
    /// gateway pages, resets, truncated bodies).
    #[arg(long = "simulator-fault-rate", default_value_t = 0.0, global = true)]
    pub fault_rate: f64,
}

/// The embedded simulator's person to try `erase --email` on.
pub const DEMO_PERSON: &str = "jane.doe@customer.example";

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

    /// The first line the tool prints: where it is working.
    pub fn describe(&self) -> String {
        match &self.simulator {
            Some(sim) => format!(
                "no ZENDESK_* settings: running against the embedded simulator at {} ({} suspended, {} soft-deleted tickets)",
                sim.base_url(),
                sim.snapshot().suspended.len(),
                sim.snapshot().deleted.len(),
            ),
            None => format!("account: {}", self.client.base_url()),
        }
    }
}

impl Account {
    fn any_set(&self) -> bool {
        [
            &self.subdomain,
            &self.base_url,
            &self.agent_email,
            &self.api_token,
            &self.oauth_token,
        ]
        .iter()
        .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
    }

    /// Connects: to the account given, or to a new embedded simulator.
    pub async fn connect(
        &self,
        tuned: impl Fn(ClientBuilder) -> ClientBuilder,
    ) -> Result<Connection, String> {
        if self.any_set() {
            let lookup = |name: &str| {
                match name {
                    env::SUBDOMAIN => &self.subdomain,
                    env::BASE_URL => &self.base_url,
                    env::EMAIL => &self.agent_email,
                    env::API_TOKEN => &self.api_token,
                    env::OAUTH_TOKEN => &self.oauth_token,
                    _ => &None,
                }
                .clone()
            };
            let builder = ClientBuilder::from_vars(lookup).map_err(|e| e.to_string())?;
            let client = tuned(builder).build().map_err(|e| e.to_string())?;
            return Ok(Connection {
                client,
                simulator: None,
            });
        }
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
        let client = tuned(sim.client_builder())
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Connection {
            client,
            simulator: Some(sim),
        })
    }
}
