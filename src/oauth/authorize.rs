//! The authorization code flow with PKCE (S256): the URL to open in a
//! browser, the check of what the browser brings back to the redirect URI,
//! and the token request that trades the code.

use super::endpoint::TokenRequest;
use super::token::Scopes;
use base64::Engine as _;
use secrecy::SecretString;
use sha2::{Digest, Sha256};
use std::fmt;

/// The path of Zendesk's authorization page.
pub const AUTHORIZE_PATH: &str = "/oauth/authorizations/new";

/// One login: the authorization URL with a fresh `state` and PKCE
/// challenge, and what is needed to finish it.
///
/// ```
/// use zendesk_support::oauth::{AuthorizationRequest, Scopes};
///
/// let login = AuthorizationRequest::new(
///     "https://acme.zendesk.com",
///     "acme_moderation",
///     "http://127.0.0.1:47321/callback",
///     &Scopes::parse("read write"),
/// )?;
/// // Open login.url() in a browser; Zendesk sends it back to the redirect URI.
/// let back = format!("code=7xqwtlf3rrdj8uyeb1yf&state={}", login.state());
/// let code = login.code_from_redirect(&back)?;
/// let request = login.token_request(&code); // then TokenEndpoint::request
/// # let _ = request;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct AuthorizationRequest {
    url: reqwest::Url,
    client_id: String,
    redirect_uri: String,
    state: String,
    verifier: SecretString,
}

impl AuthorizationRequest {
    /// A login for the OAuth client `client_id` of the account at
    /// `base_url`, coming back to `redirect_uri` (one of the client's
    /// redirect URLs: `https://`, or `http://` on `localhost` or
    /// `127.0.0.1`, as Zendesk requires), asking for `scopes`.
    pub fn new(
        base_url: &str,
        client_id: &str,
        redirect_uri: &str,
        scopes: &Scopes,
    ) -> Result<AuthorizationRequest, crate::ConfigError> {
        let mut url = crate::client::checked_base_url(base_url)?;
        let redirect = reqwest::Url::parse(redirect_uri)
            .map_err(|e| crate::ConfigError::Invalid(format!("redirect URI: {e}")))?;
        let loopback = matches!(
            redirect.host_str(),
            Some("localhost" | "127.0.0.1" | "[::1]")
        );
        if !(redirect.scheme() == "https" || (redirect.scheme() == "http" && loopback)) {
            return Err(crate::ConfigError::Invalid(
                "a redirect URI is https://, or http:// on localhost or 127.0.0.1".into(),
            ));
        }
        let verifier = random_text(32);
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(Sha256::digest(verifier.as_bytes()));
        let state = random_text(16);
        url.set_path(AUTHORIZE_PATH);
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", &scopes.to_string())
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        Ok(AuthorizationRequest {
            url,
            client_id: client_id.to_string(),
            redirect_uri: redirect_uri.to_string(),
            state,
            verifier: SecretString::from(verifier),
        })
    }

    /// The page to open in a browser.
    pub fn url(&self) -> &reqwest::Url {
        &self.url
    }

    /// The `state` the redirect must bring back (against forged redirects).
    pub fn state(&self) -> &str {
        &self.state
    }

    /// The redirect URI the login comes back to.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The code of a redirect's query string (`code=…&state=…`), once its
    /// `state` is this login's; Zendesk's refusal (`error=access_denied`)
    /// otherwise.
    pub fn code_from_redirect(&self, query: &str) -> Result<String, RedirectError> {
        let pairs: Vec<(String, String)> = reqwest::Url::parse(&format!("http://x/?{query}"))
            .map(|u| u.query_pairs().into_owned().collect())
            .unwrap_or_default();
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        if get("state").as_deref() != Some(self.state.as_str()) {
            return Err(RedirectError::StateMismatch);
        }
        if let Some(error) = get("error") {
            return Err(RedirectError::Denied {
                error,
                description: get("error_description"),
            });
        }
        get("code")
            .filter(|c| !c.is_empty())
            .ok_or(RedirectError::NoCode)
    }

    /// The token request that trades `code` (with this login's verifier).
    pub fn token_request(&self, code: &str) -> TokenRequest {
        TokenRequest::authorization_code(
            self.client_id.clone(),
            code,
            &self.verifier,
            self.redirect_uri.clone(),
        )
    }
}

impl fmt::Debug for AuthorizationRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthorizationRequest")
            .field("url", &self.url.as_str())
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

/// What is wrong with a redirect back from the authorization page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectError {
    /// Its `state` is not the login's: not the answer to this login (or a
    /// forged one).
    StateMismatch,
    /// Zendesk (or the person) refused: `access_denied`, with its
    /// description.
    Denied {
        /// Zendesk's `error`.
        error: String,
        /// Zendesk's `error_description`.
        description: Option<String>,
    },
    /// It carries no code.
    NoCode,
}

impl fmt::Display for RedirectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RedirectError::StateMismatch => f.write_str(
                "the redirect's state is not this login's (an old or forged redirect): nothing done",
            ),
            RedirectError::Denied { error, description } => {
                write!(f, "the authorization was refused: {error}")?;
                match description {
                    Some(d) => write!(f, ": {d}"),
                    None => Ok(()),
                }
            }
            RedirectError::NoCode => f.write_str("the redirect carries no code"),
        }
    }
}

impl std::error::Error for RedirectError {}

/// `bytes` random bytes from the operating system, as base64url text (for
/// PKCE verifiers, 43 characters from 32 bytes, and `state`).
fn random_text(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The OS's generator fails only where no program could run securely.
    getrandom::fill(&mut buf).expect("the operating system's random number generator");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn login() -> AuthorizationRequest {
        AuthorizationRequest::new(
            "https://acme.zendesk.com",
            "acme_moderation",
            "http://127.0.0.1:47321/callback",
            &Scopes::crate_default(),
        )
        .unwrap()
    }

    #[test]
    fn the_url_carries_an_s256_challenge_of_the_verifier() {
        let login = login();
        let query: std::collections::HashMap<String, String> =
            login.url().query_pairs().into_owned().collect();
        assert_eq!(login.url().path(), AUTHORIZE_PATH);
        assert_eq!(query["response_type"], "code");
        assert_eq!(query["scope"], "read write");
        assert_eq!(query["code_challenge_method"], "S256");
        let verifier = login.verifier.expose_secret();
        assert_eq!(verifier.len(), 43);
        let expected = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(Sha256::digest(verifier.as_bytes()));
        assert_eq!(query["code_challenge"], expected);
        assert_eq!(query["state"], login.state());
        assert!(!login.url().as_str().contains(verifier));
        assert!(!format!("{login:?}").contains(verifier));
    }

    #[test]
    fn rfc_7636_appendix_b_challenge() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(Sha256::digest(verifier.as_bytes()));
        assert_eq!(challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn two_logins_share_neither_state_nor_verifier() {
        let (a, b) = (login(), login());
        assert_ne!(a.state(), b.state());
        assert_ne!(a.verifier.expose_secret(), b.verifier.expose_secret());
    }

    #[test]
    fn a_redirect_is_taken_only_with_this_logins_state() {
        let login = login();
        let state = login.state().to_string();
        assert_eq!(
            login.code_from_redirect(&format!("code=abc&state={state}")),
            Ok("abc".into())
        );
        assert_eq!(
            login.code_from_redirect("code=abc&state=forged"),
            Err(RedirectError::StateMismatch)
        );
        assert_eq!(
            login.code_from_redirect("code=abc"),
            Err(RedirectError::StateMismatch)
        );
        let denied = login.code_from_redirect(&format!(
            "error=access_denied&error_description=The+end-user+or+authorization+server+denied+the+request&state={state}"
        ));
        assert!(
            matches!(&denied, Err(RedirectError::Denied { error, description: Some(d) })
                if error == "access_denied" && d.starts_with("The end-user")),
            "{denied:?}"
        );
        assert_eq!(
            login.code_from_redirect(&format!("state={state}")),
            Err(RedirectError::NoCode)
        );
    }

    #[test]
    fn a_redirect_uri_is_https_or_loopback() {
        let scopes = Scopes::crate_default();
        let base = "https://acme.zendesk.com";
        assert!(AuthorizationRequest::new(base, "c", "https://app.example/cb", &scopes).is_ok());
        assert!(AuthorizationRequest::new(base, "c", "http://localhost:9/cb", &scopes).is_ok());
        assert!(AuthorizationRequest::new(base, "c", "http://app.example/cb", &scopes).is_err());
        assert!(AuthorizationRequest::new(
            "http://evil.example",
            "c",
            "http://localhost:9/",
            &scopes
        )
        .is_err());
    }
}
