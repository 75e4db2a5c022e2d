#![doc = include_str!("../README.md")]

mod account;
mod config;
mod docs;
mod gate;
mod limits;
mod model;
mod pages;
mod params;
mod reply;
mod routes;
mod seed;
mod shared;

pub use account::Snapshot;
pub use config::{Config, Fault, OAuthClient};
pub use limits::Counters;
pub use seed::{recoverable, Cause, CAUSES, CUSTOMER_DOMAINS};

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;
use zendesk_support::types;

/// A running simulator.
pub struct Running {
    base_url: String,
    app: shared::App,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

/// Starts a simulator on a free loopback port.
pub async fn start(config: Config) -> std::io::Result<Running> {
    start_on(SocketAddr::from(([127, 0, 0, 1], 0)), config).await
}

/// Starts a simulator on `addr`.
pub async fn start_on(addr: SocketAddr, config: Config) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let app: shared::App = Arc::new(Mutex::new(account::Account::new(config, base_url.clone())));
    let router = routes::router(app.clone());
    let (shutdown, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let server = axum::serve(listener, router).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = server.await {
            eprintln!("zendesk-simulator: server error: {e}");
        }
    });
    Ok(Running {
        base_url,
        app,
        shutdown: Some(shutdown),
        task: Some(task),
    })
}

impl Running {
    /// The base URL, such as `http://127.0.0.1:41234`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The agent email the simulator accepts.
    pub fn email(&self) -> String {
        shared::lock(&self.app).config.email.clone()
    }

    /// The API reference this simulator serves, with a try-it form under
    /// each operation (filled in with [`Config::oauth_token`]).
    pub fn docs_url(&self) -> String {
        format!("{}/docs/", self.base_url)
    }

    /// The API token the simulator accepts.
    pub fn token(&self) -> String {
        shared::lock(&self.app).config.token.clone()
    }

    /// The first OAuth client's identifier and secret (`simulator-client`
    /// and `simulator-secret` by default); `None` when it has none.
    pub fn oauth_client(&self) -> Option<(String, String)> {
        let state = shared::lock(&self.app);
        let client = state.config.oauth_clients.first()?;
        Some((client.id.clone(), client.secret.clone()?))
    }

    /// A client builder for this simulator on OAuth client credentials
    /// (tokens minted and renewed), to adjust before building.
    pub fn oauth_client_builder(&self) -> zendesk_support::ClientBuilder {
        let (id, secret) = self
            .oauth_client()
            .expect("the simulator has a confidential OAuth client");
        zendesk_support::Client::builder()
            .base_url(self.base_url.clone())
            .client_credentials(id, secret)
    }

    /// A client for this simulator, authenticated with its API token.
    pub fn client(&self) -> zendesk_support::Client {
        self.client_builder()
            .build()
            .expect("the simulator's own URL and credentials are valid")
    }

    /// A client builder for this simulator, to adjust before building.
    pub fn client_builder(&self) -> zendesk_support::ClientBuilder {
        zendesk_support::Client::builder()
            .base_url(self.base_url.clone())
            .api_token(self.email(), self.token())
    }

    /// A copy of the simulated account.
    pub fn snapshot(&self) -> Snapshot {
        shared::lock(&self.app).snapshot()
    }

    /// Adds suspended tickets under fresh ids (any id they carry is
    /// replaced); returns the ids.
    pub fn add_suspended(&self, tickets: Vec<types::SuspendedTicket>) -> Vec<i64> {
        shared::lock(&self.app).add_suspended(tickets)
    }

    /// Adds an end user who requested `tickets` live tickets; returns the
    /// user's id and the tickets' ids.
    pub fn add_person(&self, name: &str, email: &str, tickets: usize) -> (i64, Vec<i64>) {
        shared::lock(&self.app).add_person(name, email, tickets)
    }

    /// Copies a user on a live ticket (a CC); `false` if either is unknown.
    pub fn add_cc(&self, ticket_id: i64, user_id: i64) -> bool {
        shared::lock(&self.app).add_cc(ticket_id, user_id)
    }

    /// Stops the server and waits for it.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
