//! Credentials, held so that they never show up in `Debug`, `Display`,
//! errors or logs, and what the transport puts in each request's
//! `Authorization` header (marked sensitive) from them.

use crate::oauth::renewing::{Bearer, Renewing};
use crate::oauth::{ClientCredentials, RefreshGrant, TokenEndpoint, TokenError, TokenSource};
use base64::Engine as _;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use std::sync::Arc;

/// How secrets are shown.
pub(crate) const REDACTED: &str = "** redacted **";

/// How the client authenticates.
///
/// OAuth first: [`Credentials::client_credentials`] for scripts and
/// background jobs, [`Credentials::refresh_token`] after a login in the
/// browser; both renew their access tokens. API tokens still work until
/// Zendesk switches them off on 2027-04-30.
///
/// `Debug` prints `** redacted **` in place of every secret:
///
/// ```
/// use zendesk_support::Credentials;
///
/// let credentials = Credentials::client_credentials("acme_moderation", "s3cr3t");
/// let shown = format!("{credentials:?}");
/// assert!(!shown.contains("s3cr3t"));
/// assert!(shown.contains("** redacted **"));
/// ```
#[derive(Clone)]
pub struct Credentials(Kind);

#[derive(Clone)]
enum Kind {
    ApiToken { email: String, token: SecretString },
    AccessToken(SecretString),
    ClientCredentials(ClientCredentials),
    Refresh(RefreshGrant),
    Source(Arc<dyn TokenSource>),
}

/// The kind of credentials a client uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthMethod {
    /// An API token (HTTP Basic); Zendesk switches every one off on
    /// 2027-04-30.
    ApiToken,
    /// A fixed OAuth access token: it is not renewed.
    AccessToken,
    /// OAuth client credentials: tokens minted and renewed.
    ClientCredentials,
    /// OAuth refresh tokens (of a login in the browser): renewed, rotated.
    RefreshToken,
    /// The caller's own [`TokenSource`].
    TokenSource,
}

impl AuthMethod {
    /// Whether its tokens are renewed when they run out.
    pub fn renews(self) -> bool {
        matches!(
            self,
            AuthMethod::ClientCredentials | AuthMethod::RefreshToken | AuthMethod::TokenSource
        )
    }
}

impl fmt::Display for AuthMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AuthMethod::ApiToken => "API token",
            AuthMethod::AccessToken => "OAuth access token (not renewed)",
            AuthMethod::ClientCredentials => "OAuth client credentials",
            AuthMethod::RefreshToken => "OAuth refresh token",
            AuthMethod::TokenSource => "OAuth token source",
        })
    }
}

/// The day Zendesk switches every API token off.
pub const API_TOKENS_END: &str = "2027-04-30";

impl Credentials {
    /// OAuth client credentials: a confidential OAuth client's identifier
    /// and secret, scopes `read write`, tokens of 30 minutes renewed ahead
    /// of expiry. For other scopes or lifetimes, build a
    /// [`ClientCredentials`] and convert it.
    pub fn client_credentials(client_id: impl Into<String>, secret: impl Into<String>) -> Self {
        ClientCredentials::new(client_id, secret).into()
    }

    /// OAuth refresh tokens, kept in a [`TokenStore`](crate::oauth::TokenStore).
    pub fn refresh_token(grant: RefreshGrant) -> Self {
        Credentials(Kind::Refresh(grant))
    }

    /// Access tokens from a source of the caller's own.
    pub fn token_source(source: impl TokenSource) -> Self {
        Credentials(Kind::Source(Arc::new(source)))
    }

    /// A fixed OAuth access token, sent as `Authorization: Bearer …`. It is
    /// not renewed: when it expires, requests fail with
    /// [`Error::Unauthorized`](crate::Error::Unauthorized).
    pub fn oauth(token: impl Into<String>) -> Self {
        Credentials(Kind::AccessToken(SecretString::from(token.into())))
    }

    /// An API token: HTTP Basic with `{email}/token:{token}`. Zendesk
    /// switches every API token off on 2027-04-30 (and one unused for 30
    /// days before that); prefer [`Credentials::client_credentials`].
    pub fn api_token(email: impl Into<String>, token: impl Into<String>) -> Self {
        Credentials(Kind::ApiToken {
            email: email.into(),
            token: SecretString::from(token.into()),
        })
    }

    /// The kind of credentials.
    pub fn method(&self) -> AuthMethod {
        match &self.0 {
            Kind::ApiToken { .. } => AuthMethod::ApiToken,
            Kind::AccessToken(_) => AuthMethod::AccessToken,
            Kind::ClientCredentials(_) => AuthMethod::ClientCredentials,
            Kind::Refresh(_) => AuthMethod::RefreshToken,
            Kind::Source(_) => AuthMethod::TokenSource,
        }
    }

    /// What the transport authorizes requests with; OAuth grants are bound
    /// to the account's token endpoint. `None` when a fixed credential has
    /// characters a header cannot carry.
    pub(crate) fn authorizer(self, endpoint: TokenEndpoint) -> Option<Authorizer> {
        let fixed = |text: String| {
            let mut value = HeaderValue::from_str(&text).ok()?;
            value.set_sensitive(true);
            Some(Authorizer::Fixed(value))
        };
        let (source, made_of) = match self.0 {
            Kind::ApiToken { email, token } => {
                let raw = format!("{email}/token:{}", token.expose_secret());
                let encoded = base64::engine::general_purpose::STANDARD.encode(raw);
                return fixed(format!("Basic {encoded}"));
            }
            Kind::AccessToken(token) => return fixed(format!("Bearer {}", token.expose_secret())),
            Kind::ClientCredentials(grant) => {
                let secrets = grant.secrets();
                (grant.bind(endpoint), secrets)
            }
            Kind::Refresh(grant) => {
                let secrets = grant.secrets();
                (grant.bind(endpoint), secrets)
            }
            Kind::Source(source) => (source, Vec::new()),
        };
        let renewing = Renewing::new(source).made_of(made_of);
        Some(Authorizer::Renewing(Arc::new(renewing)))
    }
}

impl From<ClientCredentials> for Credentials {
    fn from(grant: ClientCredentials) -> Self {
        Credentials(Kind::ClientCredentials(grant))
    }
}

impl From<RefreshGrant> for Credentials {
    fn from(grant: RefreshGrant) -> Self {
        Credentials(Kind::Refresh(grant))
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::ApiToken { email, .. } => f
                .debug_struct("ApiToken")
                .field("email", email)
                .field("token", &format_args!("{REDACTED}"))
                .finish(),
            Kind::AccessToken(_) => f
                .debug_struct("AccessToken")
                .field("token", &format_args!("{REDACTED}"))
                .finish(),
            Kind::ClientCredentials(grant) => grant.fmt(f),
            Kind::Refresh(grant) => grant.fmt(f),
            Kind::Source(source) => f.debug_tuple("TokenSource").field(source).finish(),
        }
    }
}

/// What goes into each request's `Authorization` header.
#[derive(Clone)]
pub(crate) enum Authorizer {
    /// The same value every time (an API token, a fixed access token).
    Fixed(HeaderValue),
    /// An access token renewed as it runs out or is refused.
    Renewing(Arc<Renewing>),
}

/// The header for one attempt, and, for a renewed token, which one it was
/// (so that a `401` drops that one and no newer).
pub(crate) struct Authorization {
    pub(crate) header: HeaderValue,
    pub(crate) generation: Option<u64>,
}

impl Authorizer {
    /// The header to send now.
    pub(crate) async fn authorization(&self) -> Result<Authorization, TokenError> {
        match self {
            Authorizer::Fixed(header) => Ok(Authorization {
                header: header.clone(),
                generation: None,
            }),
            Authorizer::Renewing(renewing) => {
                let Bearer { header, generation } = renewing.bearer().await?;
                Ok(Authorization {
                    header,
                    generation: Some(generation),
                })
            }
        }
    }

    /// Zendesk refused `sent` with `401`. Whether a renewed token may be
    /// had: then the request is sent once more.
    pub(crate) fn refused(&self, sent: &Authorization) -> bool {
        match (self, sent.generation) {
            (Authorizer::Renewing(renewing), Some(generation)) => {
                renewing.refused(generation);
                true
            }
            _ => false,
        }
    }

    /// Every form of the credentials in use that a server could echo, the
    /// longest first: the `Authorization` value sent now, the token in it
    /// (for an API token also `email/token:…` and the token alone), an
    /// OAuth client's secret. Refresh tokens only ever go to the token
    /// endpoint, and are not among them.
    pub(crate) fn secrets(&self) -> Vec<String> {
        let (header, made_of) = match self {
            Authorizer::Fixed(header) => (Some(header.clone()), Vec::new()),
            Authorizer::Renewing(renewing) => renewing.secrets(),
        };
        let mut out: Vec<String> = made_of
            .iter()
            .map(|s| s.expose_secret().to_string())
            .collect();
        if let Some(value) = header.as_ref().and_then(|h| h.to_str().ok()) {
            out.push(value.to_string());
            if let Some((scheme, credential)) = value.split_once(' ') {
                out.push(credential.to_string());
                let decoded = (scheme == "Basic")
                    .then(|| {
                        base64::engine::general_purpose::STANDARD
                            .decode(credential)
                            .ok()
                    })
                    .flatten()
                    .and_then(|bytes| String::from_utf8(bytes).ok());
                if let Some(decoded) = decoded {
                    if let Some((_, token)) = decoded.split_once("/token:") {
                        out.push(token.to_string());
                    }
                    out.push(decoded);
                }
            }
        }
        out.retain(|s| !s.is_empty());
        out.sort_by_key(|s| std::cmp::Reverse(s.len()));
        out.dedup();
        out
    }

    pub(crate) fn status(&self) -> Option<crate::oauth::TokenStatus> {
        match self {
            Authorizer::Fixed(_) => None,
            Authorizer::Renewing(renewing) => Some(renewing.status()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint() -> TokenEndpoint {
        TokenEndpoint::new("https://acme.zendesk.com").unwrap()
    }

    fn fixed(credentials: Credentials) -> HeaderValue {
        match credentials.authorizer(endpoint()) {
            Some(Authorizer::Fixed(value)) => value,
            _ => panic!("not a fixed header"),
        }
    }

    #[test]
    fn api_token_header_is_basic_email_slash_token() {
        let value = fixed(Credentials::api_token("a@example.com", "t0k"));
        // base64("a@example.com/token:t0k")
        assert_eq!(
            value.to_str().unwrap(),
            "Basic YUBleGFtcGxlLmNvbS90b2tlbjp0MGs="
        );
        assert!(value.is_sensitive());
        assert!(!format!("{value:?}").contains("YUBl"));
    }

    #[test]
    fn oauth_header_is_bearer() {
        let value = fixed(Credentials::oauth("abc"));
        assert_eq!(value.to_str().unwrap(), "Bearer abc");
        assert!(value.is_sensitive());
    }

    #[test]
    fn debug_never_shows_a_secret() {
        for c in [
            Credentials::api_token("a@example.com", "t0k3n"),
            Credentials::oauth("t0k3n"),
            Credentials::client_credentials("client", "t0k3n"),
        ] {
            let shown = format!("{c:?} {c:#?}");
            assert!(!shown.contains("t0k3n"), "{shown}");
            assert!(shown.contains(REDACTED), "{shown}");
        }
    }

    #[test]
    fn every_form_of_a_credential_a_server_could_echo_is_known() {
        let secrets = |c: Credentials| c.authorizer(endpoint()).unwrap().secrets();
        let api = secrets(Credentials::api_token("a@example.com", "t0k"));
        for form in [
            "Basic YUBleGFtcGxlLmNvbS90b2tlbjp0MGs=",
            "YUBleGFtcGxlLmNvbS90b2tlbjp0MGs=",
            "a@example.com/token:t0k",
            "t0k",
        ] {
            assert!(api.iter().any(|s| s == form), "{form}");
        }
        // The longest first, so that the whole header goes at once.
        assert!(api.windows(2).all(|w| w[0].len() >= w[1].len()));
        assert_eq!(
            secrets(Credentials::oauth("abc")),
            vec!["Bearer abc".to_string(), "abc".to_string()]
        );
        // Before a token is minted: the client's secret.
        assert_eq!(
            secrets(Credentials::client_credentials("client", "s3cr3t")),
            vec!["s3cr3t".to_string()]
        );
    }

    #[test]
    fn a_token_a_header_cannot_carry_gives_no_header() {
        assert!(Credentials::oauth("line\nbreak")
            .authorizer(endpoint())
            .is_none());
    }

    #[test]
    fn grants_renew_fixed_tokens_do_not() {
        assert!(Credentials::client_credentials("c", "s").method().renews());
        assert!(!Credentials::oauth("t").method().renews());
        assert!(!Credentials::api_token("a@example.com", "t")
            .method()
            .renews());
    }
}
