//! OAuth access tokens that renew themselves.
//!
//! Zendesk is retiring API tokens (none can be created since 2026-10-27;
//! every one stops working on 2027-04-30), and its OAuth access tokens now
//! expire (30 minutes by default, 5 minutes to 48 hours; refresh tokens 30
//! days, rotated on every refresh). A client built with these credentials
//! keeps working through a run of any length:
//!
//! - [`ClientCredentials`]: a confidential OAuth client's id and secret, for
//!   scripts and background jobs. The client asks the token endpoint for an
//!   access token, renews it ahead of expiry, and asks once however many
//!   requests are waiting.
//! - [`RefreshGrant`]: refresh tokens of a login in the browser
//!   ([`AuthorizationRequest`], PKCE), kept in a [`TokenStore`]; a rotated
//!   refresh token is saved before the new access token is used.
//! - [`TokenSource`]: tokens from elsewhere (a vault, a sidecar).
//!
//! A `401` answer means Zendesk refused the token and did nothing: the
//! client renews the token and sends the request once more, whatever the
//! call (even one that is never retried otherwise); a second `401` is
//! [`Error::Unauthorized`](crate::Error::Unauthorized).
//!
//! Secrets (client secrets, access and refresh tokens) never appear in
//! `Debug`, `Display`, errors or `tracing` output; the token endpoint is
//! the configured host's, and redirects are not followed.

mod authorize;
mod endpoint;
mod error;
pub(crate) mod renewing;
mod source;
mod token;

pub use authorize::{AuthorizationRequest, RedirectError, AUTHORIZE_PATH};
pub use endpoint::{TokenEndpoint, TokenRequest, DEFAULT_LIFETIME, TOKEN_PATH};
pub use error::{Grant, TokenError};
pub use renewing::TokenStatus;
pub use source::{ClientCredentials, RefreshGrant, StoredTokens, TokenSource, TokenStore};
pub use token::{AccessToken, RefreshToken, Scopes, TokenGrant};
