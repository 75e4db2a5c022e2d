//! Credentials, held so that they never show up in `Debug`, `Display`, errors
//! or logs, and turned into an `Authorization` header marked sensitive.

use base64::Engine as _;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use std::fmt;

/// How the client authenticates.
///
/// `Debug` prints `** redacted **` in place of the token:
///
/// ```
/// use zendesk_support::Credentials;
///
/// let credentials = Credentials::api_token("agent@example.com", "s3cr3t-t0ken");
/// let shown = format!("{credentials:?}");
/// assert!(!shown.contains("s3cr3t"));
/// assert!(shown.contains("** redacted **"));
/// ```
#[derive(Clone)]
pub enum Credentials {
    /// An API token: HTTP Basic with `{email}/token:{token}`.
    ApiToken {
        /// The agent's email address.
        email: String,
        /// The API token.
        token: SecretString,
    },
    /// An OAuth access token: `Authorization: Bearer {token}`.
    OAuth {
        /// The access token.
        token: SecretString,
    },
}

const REDACTED: &str = "** redacted **";

impl Credentials {
    /// API token credentials for the agent with this email address.
    pub fn api_token(email: impl Into<String>, token: impl Into<String>) -> Self {
        Credentials::ApiToken {
            email: email.into(),
            token: SecretString::from(token.into()),
        }
    }

    /// OAuth bearer token credentials.
    pub fn oauth(token: impl Into<String>) -> Self {
        Credentials::OAuth {
            token: SecretString::from(token.into()),
        }
    }

    /// The `Authorization` header value, marked sensitive so that reqwest and
    /// `Debug` never show it. `None` when the credentials contain characters
    /// a header cannot carry.
    pub(crate) fn header_value(&self) -> Option<HeaderValue> {
        let text = match self {
            Credentials::ApiToken { email, token } => {
                let raw = format!("{email}/token:{}", token.expose_secret());
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(raw)
                )
            }
            Credentials::OAuth { token } => format!("Bearer {}", token.expose_secret()),
        };
        let mut value = HeaderValue::from_str(&text).ok()?;
        value.set_sensitive(true);
        Some(value)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::ApiToken { email, .. } => f
                .debug_struct("ApiToken")
                .field("email", email)
                .field("token", &format_args!("{REDACTED}"))
                .finish(),
            Credentials::OAuth { .. } => f
                .debug_struct("OAuth")
                .field("token", &format_args!("{REDACTED}"))
                .finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_token_header_is_basic_email_slash_token() {
        let value = Credentials::api_token("a@example.com", "t0k")
            .header_value()
            .unwrap();
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
        let value = Credentials::oauth("abc").header_value().unwrap();
        assert_eq!(value.to_str().unwrap(), "Bearer abc");
        assert!(value.is_sensitive());
    }

    #[test]
    fn debug_never_shows_a_token() {
        for c in [
            Credentials::api_token("a@example.com", "t0k3n"),
            Credentials::oauth("t0k3n"),
        ] {
            let shown = format!("{c:?} {c:#?}");
            assert!(!shown.contains("t0k3n"), "{shown}");
            assert!(shown.contains(REDACTED));
        }
    }

    #[test]
    fn a_token_a_header_cannot_carry_gives_no_header() {
        assert!(Credentials::oauth("line\nbreak").header_value().is_none());
    }
}
