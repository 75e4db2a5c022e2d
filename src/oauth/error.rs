//! Why no access token could be had: a failure class of its own, apart from
//! the API's errors, because it says something else to the person running
//! the program (fix the configuration, or log in again), and because no
//! request of the API was sent.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Which OAuth grant a token was asked for with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Grant {
    /// `client_credentials`: a confidential client's id and secret.
    ClientCredentials,
    /// `refresh_token`: a refresh token from an earlier grant.
    RefreshToken,
    /// `authorization_code`: the code of a login in the browser.
    AuthorizationCode,
}

impl Grant {
    /// The `grant_type` on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Grant::ClientCredentials => "client_credentials",
            Grant::RefreshToken => "refresh_token",
            Grant::AuthorizationCode => "authorization_code",
        }
    }
}

/// Why no access token could be had. Never holds a secret: of a refusal it
/// keeps only Zendesk's `error` and `error_description`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TokenError {
    /// The token endpoint refused the grant (a `4xx`). `invalid_client`: the
    /// client id or secret is wrong (or a public client asked for client
    /// credentials); `invalid_grant`: the refresh token or code expired, was
    /// revoked or was already used.
    Refused {
        /// The grant asked for.
        grant: Grant,
        /// The HTTP status.
        status: u16,
        /// Zendesk's `error` (`invalid_client`, `invalid_grant`, …).
        error: Option<String>,
        /// Zendesk's `error_description`.
        description: Option<String>,
        /// An earlier attempt of this same request may have reached Zendesk
        /// (its answer was lost): a refused refresh then means the refresh
        /// token was spent on an answer that never arrived.
        after_unknown: bool,
    },
    /// The token endpoint did not answer with a token after the retries the
    /// policy allows: `5xx`, `429`, a connection that failed or timed out.
    Unavailable {
        /// The grant asked for.
        grant: Grant,
        /// The last status, when there was an answer.
        status: Option<u16>,
        /// What went wrong.
        reason: String,
    },
    /// A success without a usable token in it (not JSON, no
    /// `access_token`, a `token_type` other than `bearer`). The body is not
    /// kept: it may hold a token.
    Malformed {
        /// The grant asked for.
        grant: Grant,
        /// The HTTP status.
        status: u16,
        /// What is wrong with it.
        reason: String,
    },
    /// There is nothing to renew with: no refresh token is stored.
    NotLoggedIn,
    /// The token store could not load or save the tokens. After a refresh,
    /// a new refresh token that could not be saved is not used either: the
    /// next run would find only the old one, which no longer works.
    Store {
        /// What went wrong (never a token).
        reason: String,
    },
    /// A [`TokenSource`](crate::oauth::TokenSource) of the caller's failed.
    Source {
        /// What went wrong.
        reason: String,
    },
}

impl TokenError {
    /// Whether the person must log in again (in the browser): the refresh
    /// token or the code is no longer any good, or none is stored.
    pub fn needs_login(&self) -> bool {
        match self {
            TokenError::NotLoggedIn => true,
            TokenError::Refused { grant, error, .. } => {
                matches!(grant, Grant::RefreshToken | Grant::AuthorizationCode)
                    && error.as_deref() == Some("invalid_grant")
            }
            _ => false,
        }
    }

    /// Whether trying again cannot help until the configuration changes: a
    /// refusal (wrong client id or secret, a scope the client may not have,
    /// a spent refresh token), no login, a store that fails. `false` for an
    /// endpoint that was out of reach.
    pub fn is_permanent(&self) -> bool {
        !matches!(self, TokenError::Unavailable { .. })
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenError::Refused {
                grant,
                status,
                error,
                description,
                after_unknown,
            } => {
                write!(
                    f,
                    "the OAuth token endpoint refused the {} grant (HTTP {status}",
                    grant.as_str()
                )?;
                if let Some(error) = error {
                    write!(f, ": {error}")?;
                }
                if let Some(description) = description {
                    write!(f, ": {description}")?;
                }
                f.write_str(")")?;
                match (grant, error.as_deref()) {
                    (Grant::RefreshToken, Some("invalid_grant")) if *after_unknown => f.write_str(
                        "; the refresh token was spent by an earlier attempt whose answer was lost: log in again",
                    ),
                    (Grant::RefreshToken | Grant::AuthorizationCode, Some("invalid_grant")) => f
                        .write_str(
                            "; it expired, was revoked or was already used: log in again",
                        ),
                    (_, Some("invalid_client" | "unauthorized_client")) => f.write_str(
                        "; check the client id and secret (Admin Center > Apps and integrations > APIs > OAuth clients; client credentials need a confidential client)",
                    ),
                    (_, Some("invalid_scope")) => f.write_str(
                        "; ask for scopes the OAuth client is allowed (its Allowed scopes in Admin Center)",
                    ),
                    _ => Ok(()),
                }
            }
            TokenError::Unavailable {
                grant,
                status,
                reason,
            } => {
                write!(
                    f,
                    "no OAuth token ({} grant): the token endpoint ",
                    grant.as_str()
                )?;
                match status {
                    Some(status) => write!(f, "answered HTTP {status}: {reason}"),
                    None => write!(f, "could not be reached: {reason}"),
                }
            }
            TokenError::Malformed {
                grant,
                status,
                reason,
            } => write!(
                f,
                "the OAuth token endpoint's HTTP {status} answer to the {} grant holds no usable token: {reason}",
                grant.as_str()
            ),
            TokenError::NotLoggedIn => f.write_str("no refresh token is stored: log in first"),
            TokenError::Store { reason } => write!(f, "the token store failed: {reason}"),
            TokenError::Source { reason } => write!(f, "the token source failed: {reason}"),
        }
    }
}

impl std::error::Error for TokenError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(grant: Grant, error: &str, after_unknown: bool) -> TokenError {
        TokenError::Refused {
            grant,
            status: 400,
            error: Some(error.into()),
            description: Some("The provided access grant is invalid".into()),
            after_unknown,
        }
    }

    #[test]
    fn a_spent_refresh_token_says_to_log_in_again() {
        let e = refused(Grant::RefreshToken, "invalid_grant", false);
        assert!(e.needs_login() && e.is_permanent());
        assert!(e.to_string().ends_with("log in again"), "{e}");
        let lost = refused(Grant::RefreshToken, "invalid_grant", true);
        assert!(lost.to_string().contains("answer was lost"), "{lost}");
    }

    #[test]
    fn a_wrong_secret_names_where_to_look() {
        let e = refused(Grant::ClientCredentials, "invalid_client", false);
        assert!(!e.needs_login() && e.is_permanent());
        assert!(e.to_string().contains("client id and secret"), "{e}");
    }

    #[test]
    fn an_endpoint_out_of_reach_is_not_permanent() {
        let e = TokenError::Unavailable {
            grant: Grant::ClientCredentials,
            status: Some(503),
            reason: "Service Unavailable".into(),
        };
        assert!(!e.is_permanent() && !e.needs_login());
        assert!(e.to_string().contains("HTTP 503"), "{e}");
    }
}
