//! `zendesk-simulator`: a local Zendesk for your tests and bots.

use clap::Parser;
use std::net::SocketAddr;
use std::time::Duration;
use zendesk_simulator::{Config, Fault, OAuthClient};

/// A stateful local Zendesk Support (ticket moderation API).
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Generated suspended tickets, beside the 4 of the documentation
    /// samples it always holds (1000 serves 1004).
    #[arg(long, default_value_t = 1000)]
    suspended: usize,
    /// Generated soft-deleted tickets, beside the 2 of the documentation
    /// samples it always holds (50 serves 52).
    #[arg(long, default_value_t = 50)]
    deleted: usize,
    /// Generated end users, each the requester of 1 to 5 live tickets.
    #[arg(long, default_value_t = 20)]
    people: usize,
    /// Seed of the generated data and the faults.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Requests per minute before 429 (Enterprise: 700).
    #[arg(long = "rate-limit", default_value_t = 700)]
    rate_limit: u32,
    /// Latency added to every response, in milliseconds.
    #[arg(long = "latency-ms", default_value_t = 0)]
    latency_ms: u64,
    /// Fraction of requests (0.0-1.0) answered with a fault, chosen
    /// uniformly from --faults. Deterministic from --seed.
    #[arg(long = "fault-rate", default_value_t = 0.0)]
    fault_rate: f64,
    /// The faults to inject, comma-separated: 500 and 503 (Zendesk error
    /// bodies), 502 and 504 (HTML pages), reset (connection reset mid-body),
    /// stall (body stalls, then resets), truncated (JSON cut short). Every
    /// fault but 503 comes after the request was carried out.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "500,503,502,504,reset,stall,truncated"
    )]
    faults: Vec<Fault>,
    /// How long a background job takes, in milliseconds: queued for the
    /// first half, working for the second (Zendesk's take seconds to
    /// minutes).
    #[arg(long = "job-ms", default_value_t = 2000)]
    job_ms: u64,
    /// The most jobs queued or running at once; a bulk call past it is
    /// refused with 429 and does nothing (Zendesk's job limit).
    #[arg(long = "job-limit", default_value_t = 30)]
    job_limit: usize,
    /// How long a `stall` fault stalls the body, in milliseconds.
    #[arg(long = "stall-ms", default_value_t = 2000)]
    stall_ms: u64,
    /// Read requests as Zendesk does: of a repeated parameter the last value
    /// counts, unknown parameters are ignored and named in the
    /// `x-zendesk-api-warn` header. Without it, such requests are answered
    /// `400` (a repeated `ids=` would make Zendesk act on one id alone).
    #[arg(long)]
    lenient: bool,
    /// The agent email to accept.
    #[arg(long, default_value = "agent@example.com")]
    email: String,
    /// The API token to accept.
    #[arg(long, default_value = "simulator-token")]
    token: String,
    /// Whether API tokens work: `off` refuses every API-token call with
    /// Zendesk's 401, as Zendesk will from 2027-04-30 (rehearse it).
    #[arg(long = "api-tokens", value_enum, default_value = "on")]
    api_tokens: Switch,
    /// An OAuth client to accept: `ID:SECRET` (confidential: client
    /// credentials, and the authorization code flow) or `ID` (public: the
    /// authorization code flow with PKCE). Repeat for several; the first
    /// is printed.
    #[arg(
        long = "oauth-client",
        default_value = "simulator-client:simulator-secret"
    )]
    oauth_clients: Vec<OAuthClient>,
    /// The most an OAuth access token lives, in seconds, whatever was asked
    /// for (Zendesk: 30 minutes by default, 5 minutes to 48 hours); a few
    /// seconds to watch tokens expire mid-run.
    #[arg(long = "token-ttl", default_value_t = 1800)]
    token_ttl: u64,
    /// Say where the API reference is: the simulator serves it at `/docs/`,
    /// with a try-it form under each operation that sends its request here
    /// with a token minted from the first OAuth client's credentials.
    #[arg(long)]
    docs: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Switch {
    On,
    Off,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    if !(0.0..=1.0).contains(&args.fault_rate) {
        eprintln!("--fault-rate must be between 0 and 1");
        std::process::exit(2);
    }
    let config = Config {
        email: args.email,
        token: args.token,
        suspended: args.suspended,
        deleted: args.deleted,
        people: args.people,
        seed: args.seed,
        rate_limit: args.rate_limit,
        latency: Duration::from_millis(args.latency_ms),
        fault_rate: args.fault_rate,
        faults: args.faults,
        stall: Duration::from_millis(args.stall_ms),
        job_duration: Duration::from_millis(args.job_ms),
        job_limit: args.job_limit,
        lenient: args.lenient,
        api_tokens: args.api_tokens == Switch::On,
        oauth_clients: args.oauth_clients,
        token_ttl: Duration::from_secs(args.token_ttl.max(1)),
        ..Config::default()
    };
    let (email, token) = (config.email.clone(), config.token.clone());
    let api_tokens = config.api_tokens;
    let sim = zendesk_simulator::start_on(args.addr, config).await?;
    // The simulator's credentials are test values of the user's choosing;
    // printing them is what makes it usable.
    println!("zendesk-simulator listening on {}", sim.base_url());
    let held = sim.snapshot();
    println!(
        "  holding {} suspended, {} soft-deleted and {} live tickets (the documentation samples' records among them)",
        held.suspended.len(),
        held.deleted.len(),
        held.tickets.len()
    );
    println!("  ZENDESK_BASE_URL={}", sim.base_url());
    if let Some((id, secret)) = sim.oauth_client() {
        println!("  ZENDESK_CLIENT_ID={id}");
        println!("  ZENDESK_CLIENT_SECRET={secret}");
    }
    if api_tokens {
        println!("  or, until Zendesk switches API tokens off on 2027-04-30:");
        println!("  ZENDESK_EMAIL={email}");
        println!("  ZENDESK_API_TOKEN={token}");
    } else {
        println!("  API tokens are off (as on 2027-04-30): every API-token call is refused 401");
    }
    println!("  what it counted: GET {}/simulator/stats", sim.base_url());
    if args.docs {
        println!("  the API reference, with try-it forms: {}", sim.docs_url());
    }
    tokio::signal::ctrl_c().await?;
    sim.stop().await;
    Ok(())
}
