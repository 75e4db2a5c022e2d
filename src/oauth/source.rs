//! Where access tokens come from: the client credentials grant, the refresh
//! token grant (with a store the caller provides, so that a rotated refresh
//! token outlives the process), or a source of the caller's own.

use super::endpoint::{TokenEndpoint, TokenRequest};
use super::error::TokenError;
use super::token::{AccessToken, RefreshToken, Scopes};
use futures::future::BoxFuture;
use secrecy::SecretString;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Hands out access tokens. The client asks for one when it holds none,
/// when the one it holds is about to expire, and after Zendesk refused the
/// one it sent (`401`); it asks once however many requests are waiting
/// (single flight), and keeps what it got until then.
///
/// Implement it for a token kept elsewhere (a vault, a sidecar, a
/// platform's workload identity):
///
/// ```
/// use futures::future::BoxFuture;
/// use zendesk_support::oauth::{AccessToken, TokenError, TokenSource};
///
/// #[derive(Debug)]
/// struct FromFile(std::path::PathBuf);
///
/// impl TokenSource for FromFile {
///     fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
///         Box::pin(async move {
///             let token = std::fs::read_to_string(&self.0)
///                 .map_err(|e| TokenError::Source { reason: e.to_string() })?;
///             Ok(AccessToken::new(token.trim()))
///         })
///     }
/// }
///
/// let credentials = zendesk_support::Credentials::token_source(FromFile("/run/zendesk-token".into()));
/// # let _ = credentials;
/// ```
pub trait TokenSource: Send + Sync + fmt::Debug + 'static {
    /// A new access token (with its expiry, when known: a token of unknown
    /// expiry is used until Zendesk refuses it).
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>>;
}

/// The client credentials grant, for scripts and background jobs: a
/// confidential OAuth client's identifier and secret. The token acts as the
/// admin who created the client, and comes without a refresh token: the
/// client asks for a new one when it runs out.
///
/// ```
/// use std::time::Duration;
/// use zendesk_support::oauth::{ClientCredentials, Scopes};
/// use zendesk_support::Client;
///
/// let client = Client::builder()
///     .subdomain("acme")
///     .credentials(
///         ClientCredentials::new("acme_moderation", "s3cr3t")
///             .scopes(Scopes::parse("read write"))
///             .lifetime(Duration::from_secs(3600))
///             .into(),
///     )
///     .build()?;
/// # Ok::<(), zendesk_support::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ClientCredentials {
    request: TokenRequest,
}

impl ClientCredentials {
    /// The OAuth client's identifier (its "Unique identifier" in Admin
    /// Center) and secret; scopes `read write`, tokens of 30 minutes.
    pub fn new(client_id: impl Into<String>, secret: impl Into<String>) -> ClientCredentials {
        ClientCredentials {
            request: TokenRequest::client_credentials(client_id, secret),
        }
    }

    /// The scopes to ask for (default `read write`).
    pub fn scopes(mut self, scopes: Scopes) -> ClientCredentials {
        self.request = self.request.scopes(scopes);
        self
    }

    /// The token lifetime to ask for (default 30 minutes).
    pub fn lifetime(mut self, lifetime: Duration) -> ClientCredentials {
        self.request = self.request.lifetime(lifetime);
        self
    }

    /// The client's secret, to scrub from what others may read.
    pub(crate) fn secrets(&self) -> Vec<SecretString> {
        self.request
            .secrets()
            .into_iter()
            .map(|s| SecretString::from(s.to_string()))
            .collect()
    }

    pub(crate) fn bind(self, endpoint: TokenEndpoint) -> Arc<dyn TokenSource> {
        Arc::new(Minting {
            endpoint,
            request: self.request,
        })
    }
}

/// Client credentials bound to an account's token endpoint.
#[derive(Debug)]
struct Minting {
    endpoint: TokenEndpoint,
    request: TokenRequest,
}

impl TokenSource for Minting {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move { Ok(self.endpoint.request(&self.request).await?.access) })
    }
}

/// What a [`TokenStore`] keeps between runs: the refresh token, and the
/// access token that came with it (reused while it is good, so that a
/// short run does not spend a refresh).
#[derive(Debug, Clone)]
pub struct StoredTokens {
    /// The refresh token: the only way to a new access token without
    /// logging in again.
    pub refresh: RefreshToken,
    /// The access token granted with it, with its expiry.
    pub access: Option<AccessToken>,
}

/// Where refresh tokens are kept between runs (the OS keyring, a file only
/// its owner reads, a secrets manager). Called once per refresh (every half
/// hour or so) and once at start, so it may block briefly.
///
/// Zendesk rotates refresh tokens: a refresh answers a new pair and the old
/// refresh token stops working at once. The client saves the new pair
/// before it uses the new access token; a save that fails is an error, and
/// the new token is not used.
pub trait TokenStore: Send + Sync + fmt::Debug + 'static {
    /// The tokens stored, if any.
    fn load(&self) -> Result<Option<StoredTokens>, Box<dyn std::error::Error + Send + Sync>>;
    /// Stores `tokens` in place of what was there.
    fn save(&self, tokens: &StoredTokens) -> Result<(), Box<dyn std::error::Error + Send + Sync>>;
}

/// The refresh token grant: access tokens from a refresh token (of a login
/// through the authorization code flow), kept in a [`TokenStore`].
#[derive(Debug, Clone)]
pub struct RefreshGrant {
    client_id: String,
    client_secret: Option<SecretString>,
    store: Arc<dyn TokenStore>,
    lifetime: Option<Duration>,
}

impl RefreshGrant {
    /// Refresh tokens of the OAuth client `client_id`, kept in `store`.
    pub fn new(client_id: impl Into<String>, store: impl TokenStore) -> RefreshGrant {
        RefreshGrant {
            client_id: client_id.into(),
            client_secret: None,
            store: Arc::new(store),
            lifetime: None,
        }
    }

    /// The client's secret, for a confidential client (a public one relies
    /// on PKCE and has none).
    pub fn client_secret(mut self, secret: impl Into<String>) -> RefreshGrant {
        self.client_secret = Some(SecretString::from(secret.into()));
        self
    }

    /// The access-token lifetime to ask for (default 30 minutes).
    pub fn lifetime(mut self, lifetime: Duration) -> RefreshGrant {
        self.lifetime = Some(lifetime);
        self
    }

    /// The client's secret, if it has one, to scrub from what others may
    /// read.
    pub(crate) fn secrets(&self) -> Vec<SecretString> {
        self.client_secret.iter().cloned().collect()
    }

    pub(crate) fn bind(self, endpoint: TokenEndpoint) -> Arc<dyn TokenSource> {
        Arc::new(Refreshing {
            endpoint,
            grant: self,
            held: Mutex::new(Held::Unloaded),
        })
    }
}

/// A refresh grant bound to an account's token endpoint, with the refresh
/// token it holds now.
#[derive(Debug)]
struct Refreshing {
    endpoint: TokenEndpoint,
    grant: RefreshGrant,
    held: Mutex<Held>,
}

#[derive(Debug)]
enum Held {
    /// The store has not been read yet.
    Unloaded,
    /// The refresh token to use next.
    Refresh(RefreshToken),
}

impl Refreshing {
    fn held(&self) -> std::sync::MutexGuard<'_, Held> {
        self.held.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The refresh token to use, and, on the first call, a stored access
    /// token still good enough to use instead of refreshing.
    fn current(&self) -> Result<(RefreshToken, Option<AccessToken>), TokenError> {
        if let Held::Refresh(refresh) = &*self.held() {
            return Ok((refresh.clone(), None));
        }
        let stored = self
            .grant
            .store
            .load()
            .map_err(|e| TokenError::Store {
                reason: format!("cannot load the tokens: {e}"),
            })?
            .ok_or(TokenError::NotLoggedIn)?;
        *self.held() = Held::Refresh(stored.refresh.clone());
        let access = stored.access.filter(|a| !a.due_for_renewal(Instant::now()));
        Ok((stored.refresh, access))
    }
}

impl TokenSource for Refreshing {
    fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
        Box::pin(async move {
            let (refresh, stored_access) = self.current()?;
            if let Some(access) = stored_access {
                return Ok(access);
            }
            match self.refresh(&refresh).await {
                // Another process sharing the store (an overlapping cron
                // run) may have spent this refresh token and saved the new
                // pair: take that pair rather than send the person to log
                // in again. Its save may be a moment behind its answer.
                Err(e) if e.needs_login() => {
                    for pause in [Duration::ZERO, Duration::from_millis(500)] {
                        tokio::time::sleep(pause).await;
                        if let Some(token) = self.rotated_elsewhere(&refresh).await? {
                            return Ok(token);
                        }
                    }
                    Err(e)
                }
                other => other,
            }
        })
    }
}

impl Refreshing {
    /// Trades `refresh` for a new pair, saved before the access token is
    /// handed out.
    async fn refresh(&self, refresh: &RefreshToken) -> Result<AccessToken, TokenError> {
        let mut request = TokenRequest::refresh(self.grant.client_id.clone(), refresh)
            .client_secret_held(self.grant.client_secret.clone());
        if let Some(lifetime) = self.grant.lifetime {
            request = request.lifetime(lifetime);
        }
        let granted = self.endpoint.request(&request).await?;
        let Some(new_refresh) = granted.refresh else {
            // Zendesk always rotates; without a new refresh token the
            // old one is all there is (and may still work).
            tracing::warn!("the refresh grant answered no new refresh token");
            return Ok(granted.access);
        };
        // Saved before use: Zendesk has already invalidated `refresh`.
        let stored = StoredTokens {
            refresh: new_refresh.clone(),
            access: Some(granted.access.clone()),
        };
        let saved = self.grant.store.save(&stored);
        // Held in memory either way: it is the only one that works now.
        *self.held() = Held::Refresh(new_refresh);
        saved.map_err(|e| TokenError::Store {
            reason: format!("cannot save the new refresh token (the old one no longer works): {e}"),
        })?;
        Ok(granted.access)
    }

    /// After `spent` was refused: the store's tokens, when they are another
    /// pair than `spent`'s (rotated by someone else): its access token while
    /// good, else a refresh with its refresh token.
    async fn rotated_elsewhere(
        &self,
        spent: &RefreshToken,
    ) -> Result<Option<AccessToken>, TokenError> {
        use secrecy::ExposeSecret;
        let Some(stored) = self.grant.store.load().map_err(|e| TokenError::Store {
            reason: format!("cannot load the tokens: {e}"),
        })?
        else {
            return Ok(None);
        };
        if stored.refresh.secret().expose_secret() == spent.secret().expose_secret() {
            return Ok(None);
        }
        *self.held() = Held::Refresh(stored.refresh.clone());
        match stored.access.filter(|a| !a.due_for_renewal(Instant::now())) {
            Some(access) => Ok(Some(access)),
            None => self.refresh(&stored.refresh).await.map(Some),
        }
    }
}
