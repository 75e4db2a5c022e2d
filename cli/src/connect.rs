//! Which Zendesk the tool talks to: a profile (`--profile`,
//! `ZENDESK_PROFILE`), an account from flags or `ZENDESK_*` variables
//! (OAuth client credentials, an access token, or an API token until
//! Zendesk switches them off), or, with none of them present, a simulator
//! started in this process. A variable present but empty (a secret that did
//! not load in cron) is an error that names it, never a reason to fall back
//! to the simulator.

use crate::output::count;
use crate::profiles::{Method, Profiles};
use crate::vault::{ProfileTokens, Vault};
use clap::Args;
use secrecy::ExposeSecret;
use std::time::Duration;
use zendesk_support::oauth::{ClientCredentials, RefreshGrant, Scopes};
use zendesk_support::{env, AuthMethod, Client, ClientBuilder, Credentials};

/// The variable that names a profile.
pub const PROFILE: &str = "ZENDESK_PROFILE";

/// Connection flags; each has its `ZENDESK_*` variable. Given before the
/// command (`zendesk-moderate --subdomain acme plan …`). The OAuth client
/// secret is read from `ZENDESK_CLIENT_SECRET` or a profile, never a flag
/// (a flag shows in `ps` and in shell history). `Debug` shows the tokens as
/// `** redacted **`.
#[derive(Args, Clone)]
#[command(next_help_heading = "Connection (none set: the embedded simulator)")]
pub struct Account {
    /// A profile of `auth login` (its account, method and stored secrets).
    #[arg(long, env = "ZENDESK_PROFILE")]
    pub profile: Option<String>,
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
    /// An OAuth access token (not renewed) instead of client credentials.
    #[arg(long, env = "ZENDESK_OAUTH_TOKEN", hide_env_values = true)]
    pub oauth_token: Option<String>,
    /// An OAuth client's identifier, for client credentials (its secret in
    /// ZENDESK_CLIENT_SECRET).
    #[arg(long, env = "ZENDESK_CLIENT_ID")]
    pub client_id: Option<String>,
    /// The scopes to ask for with client credentials (default `read write`).
    #[arg(long, env = "ZENDESK_OAUTH_SCOPES")]
    pub oauth_scopes: Option<String>,

    #[command(flatten)]
    pub simulator: SimulatorShape,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secret = |s: &Option<String>| s.as_ref().map(|_| "** redacted **");
        f.debug_struct("Account")
            .field("profile", &self.profile)
            .field("subdomain", &self.subdomain)
            .field("base_url", &self.base_url)
            .field("agent_email", &self.agent_email)
            .field("api_token", &secret(&self.api_token))
            .field("oauth_token", &secret(&self.oauth_token))
            .field("client_id", &self.client_id)
            .field("oauth_scopes", &self.oauth_scopes)
            .field("simulator", &self.simulator)
            .finish()
    }
}

/// The embedded simulator's shape.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Embedded simulator")]
pub struct SimulatorShape {
    /// Suspended tickets it generates; it also holds the 4 of Zendesk's
    /// documentation samples (3000 serves 3004).
    #[arg(long = "simulator-tickets", default_value_t = 3000)]
    pub tickets: usize,
    /// Soft-deleted tickets it generates; it also holds the 2 of the
    /// documentation samples (120 serves 122).
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
    /// The most its OAuth access tokens live, in seconds (a few, to watch
    /// tokens expire and renew mid-run).
    #[arg(long = "simulator-token-ttl", default_value_t = 1800)]
    pub token_ttl: u64,
}

/// The embedded simulator's person to try `erase --email` on.
pub const DEMO_PERSON: &str = "jane.doe@customer.example";

/// What plans made on the embedded simulator name as their account: every
/// embedded simulator (same seed) is the same account.
pub const EMBEDDED: &str = "embedded simulator";

/// The variables of a connection, in the order they are checked.
const VARIABLES: [&str; 8] = [
    env::SUBDOMAIN,
    env::BASE_URL,
    env::EMAIL,
    env::API_TOKEN,
    env::OAUTH_TOKEN,
    env::CLIENT_ID,
    env::CLIENT_SECRET,
    env::OAUTH_SCOPES,
];

/// A connected client, and the simulator behind it when there is one.
pub struct Connection {
    pub client: Client,
    pub simulator: Option<zendesk_simulator::Running>,
    /// The profile it came from, if any.
    pub profile: Option<String>,
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

    /// How it signs in.
    pub fn method(&self) -> AuthMethod {
        self.client
            .auth_method()
            .unwrap_or(AuthMethod::ClientCredentials)
    }

    /// The first line the tool prints: where it is working.
    pub fn describe(&self) -> String {
        match &self.simulator {
            Some(sim) => {
                let snapshot = sim.snapshot();
                format!(
                    "no ZENDESK_* settings: running against the {EMBEDDED} at {} ({}, {})",
                    sim.base_url(),
                    count(snapshot.suspended.len(), "suspended ticket"),
                    count(snapshot.deleted.len(), "soft-deleted ticket"),
                )
            }
            None => match &self.profile {
                Some(profile) => format!("account: {} (profile {profile})", self.client.base_url()),
                None => format!("account: {}", self.client.base_url()),
            },
        }
    }
}

impl Account {
    /// The connection settings given (flags, or variables present in the
    /// environment even when empty), by variable name.
    fn given(&self) -> Vec<(&'static str, String)> {
        // The secret has no flag: it is read from its variable only.
        let secret = std::env::var(env::CLIENT_SECRET).ok();
        let flags = [
            &self.subdomain,
            &self.base_url,
            &self.agent_email,
            &self.api_token,
            &self.oauth_token,
            &self.client_id,
            &secret,
            &self.oauth_scopes,
        ];
        VARIABLES
            .iter()
            .zip(flags)
            .filter_map(|(name, flag)| match flag {
                Some(value) => Some((*name, value.clone())),
                // Clap reads an empty variable as absent: look again.
                None => std::env::var_os(name).map(|_| (*name, String::new())),
            })
            .collect()
    }

    /// The profile named, if one is (`--profile` or `ZENDESK_PROFILE`).
    pub fn profile_name(&self) -> Result<Option<String>, String> {
        match self.profile.as_deref() {
            Some(name) if !name.trim().is_empty() => {
                crate::profiles::check_name(name)?;
                Ok(Some(name.to_string()))
            }
            // Clap reads an empty variable as absent: look again.
            _ if std::env::var_os(PROFILE).is_some() || self.profile.is_some() => Err(format!(
                "{PROFILE} is set but empty: name a profile or unset it"
            )),
            _ => Ok(None),
        }
    }

    /// Connects: to the profile or the account given, or, with no setting
    /// present at all, to a new embedded simulator.
    pub async fn connect(&self) -> Result<Connection, String> {
        let given = self.given();
        if let Some((name, _)) = given.iter().find(|(_, value)| value.trim().is_empty()) {
            return Err(format!(
                "{name} is set but empty (a secret that did not load?): give it a value or unset it; with no ZENDESK_* setting at all the embedded simulator is used"
            ));
        }
        if let Some(profile) = self.profile_name()? {
            if let Some((name, _)) = given.first() {
                return Err(format!(
                    "profile {profile} names the account, and so does {name}: use one or the other"
                ));
            }
            let client = profile_client(&profile)?
                .build()
                .map_err(|e| e.to_string())?;
            return Ok(Connection {
                client,
                simulator: None,
                profile: Some(profile),
            });
        }
        if !given.is_empty() {
            let lookup = |name: &str| {
                given
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.clone())
            };
            let builder = ClientBuilder::from_vars(lookup).map_err(|e| e.to_string())?;
            let client = builder.build().map_err(|e| e.to_string())?;
            return Ok(Connection {
                client,
                simulator: None,
                profile: None,
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
            token_ttl: Duration::from_secs(shape.token_ttl.max(1)),
            ..zendesk_simulator::Config::default()
        };
        let sim = zendesk_simulator::start(config)
            .await
            .map_err(|e| format!("cannot start the simulator: {e}"))?;
        // Someone to try `erase` on: a dozen tickets, and copied on another's.
        let (jane, _) = sim.add_person("Jane Doe", DEMO_PERSON, 12);
        let (_, other) = sim.add_person("John Roe", "john.roe@customer.example", 1);
        sim.add_cc(other[0], jane);
        // OAuth client credentials, as an account is reached from now on.
        let client = sim
            .oauth_client_builder()
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Connection {
            client,
            simulator: Some(sim),
            profile: None,
        })
    }
}

/// A client builder for a profile: its account, and its credentials from
/// the keyring (or its file).
pub fn profile_client(name: &str) -> Result<ClientBuilder, String> {
    let profiles = Profiles::load()?;
    let profile = profiles.get(name)?;
    let vault = Vault::new(name, profile.secrets);
    let login_again = || {
        format!("profile {name} has no stored credentials: run `zendesk-moderate auth login --profile {name}`")
    };
    let client_id = || {
        profile
            .client_id
            .clone()
            .ok_or_else(|| format!("profile {name} names no client_id in config.toml: run `zendesk-moderate auth login --profile {name}`"))
    };
    let credentials: Credentials = match profile.method {
        Method::ClientCredentials => {
            let secrets = vault.load()?.ok_or_else(login_again)?;
            let secret = secrets.client_secret.ok_or_else(login_again)?;
            let mut grant = ClientCredentials::new(client_id()?, secret.expose_secret());
            if let Some(scopes) = &profile.scopes {
                grant = grant.scopes(Scopes::parse(scopes));
            }
            grant.into()
        }
        Method::AuthorizationCode => RefreshGrant::new(client_id()?, ProfileTokens(vault)).into(),
        Method::ApiToken => {
            let secrets = vault.load()?.ok_or_else(login_again)?;
            let token = secrets.api_token.ok_or_else(login_again)?;
            let email = profile.agent_email.clone().ok_or_else(login_again)?;
            Credentials::api_token(email, token.expose_secret())
        }
    };
    let builder = match (&profile.base_url, &profile.subdomain) {
        (Some(url), _) => Client::builder().base_url(url.clone()),
        (None, Some(sub)) => Client::builder().subdomain(sub.clone()),
        (None, None) => return Err(format!("profile {name} names no subdomain or base_url")),
    };
    Ok(builder.credentials(credentials))
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    #[test]
    fn debug_shows_no_token() {
        let cli = crate::args::Cli::try_parse_from([
            "zendesk-moderate",
            "--subdomain",
            "acme",
            "--api-token",
            "s3cr3t-api-token",
            "--oauth-token",
            "s3cr3t-oauth-token",
            "doctor",
        ])
        .expect("the command line parses");
        let shown = format!("{cli:?}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("** redacted **"), "{shown}");
        assert!(shown.contains("acme"), "{shown}");
    }
}
