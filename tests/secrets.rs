//! Secrets stay secret: API tokens, OAuth client secrets, access and
//! refresh tokens never appear in `Debug`, `Display`, errors or `tracing`
//! output at any level, even while requests are retried and tokens renewed.
//!
//! A test binary of its own: it installs the global `tracing` subscriber, so
//! that every callsite is enabled whatever other tests did first.

mod captured_logs;
mod common;

use captured_logs::Captured;
use common::{first, EMAIL, TOKEN};
use httpmock::prelude::*;
use serde_json::json;
use std::time::Duration;
use zendesk_support::{Client, ClientBuilder, RetryPolicy};

#[tokio::test]
async fn the_token_never_appears_in_debug_errors_or_traces() {
    let captured = Captured::default();
    let writer = captured.clone();
    // Everything the client side logs, at every level; not the mock server's
    // own logs, which show the requests it received, credentials included.
    use tracing_subscriber::layer::SubscriberExt as _;
    let client_side = tracing_subscriber::filter::Targets::new()
        .with_default(tracing::Level::TRACE)
        .with_target("httpmock", tracing_subscriber::filter::LevelFilter::OFF);
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry()
            .with(
                // Plain text whatever features the workspace turns on.
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(move || writer.clone()),
            )
            .with(client_side),
    )
    .unwrap();

    let server = MockServer::start_async().await;
    // A 503 first, so that the retry is logged inside the request's span.
    server
        .mock_async(|when, then| {
            when.is_true(first(1));
            then.status(503).header("retry-after", "0");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(401)
                .json_body(json!({ "error": "Couldn't authenticate you" }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token(EMAIL, TOKEN)
        .retry_policy(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    let builder = ClientBuilder::from_vars(|k| match k {
        "ZENDESK_SUBDOMAIN" => Some("acme".into()),
        "ZENDESK_EMAIL" => Some(EMAIL.into()),
        "ZENDESK_API_TOKEN" => Some(TOKEN.into()),
        _ => None,
    })
    .unwrap();
    let traces = captured.text();
    assert!(
        traces.contains("zendesk.request"),
        "the request was traced: {traces}"
    );
    assert!(traces.contains("retrying"), "{traces}");
    assert!(traces.contains("operation=\"show_ticket\""), "{traces}");

    use base64::Engine as _;
    let encoded =
        base64::engine::general_purpose::STANDARD.encode(format!("{EMAIL}/token:{TOKEN}"));
    let shown = format!("{client:?} {client:#?} {err} {err:?} {builder:?} {traces}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(!shown.contains(&encoded), "{shown}");
    assert!(shown.contains("** redacted **"));

    // OAuth, through every path a secret travels: minted, refused and
    // renewed, a refresh rotated, and a token endpoint that echoes the
    // secret back in its refusal (as a debugging proxy might).
    let shown = oauth_paths().await;
    let traces = captured.text();
    assert!(traces.contains("zendesk.oauth_token"), "{traces}");
    assert!(traces.contains("renewing it and sending again"), "{traces}");
    let everything = format!("{shown} {traces}");
    for secret in OAUTH_SECRETS {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}

/// Every OAuth secret the scenario below handles.
const OAUTH_SECRETS: [&str; 5] = [
    "cl13nt-s3cr3t",
    "acc3ss-first",
    "acc3ss-second",
    "r3fr3sh-old",
    "r3fr3sh-new",
];

#[derive(Debug)]
struct Store(std::sync::Mutex<Option<zendesk_support::oauth::StoredTokens>>);

impl zendesk_support::oauth::TokenStore for Store {
    fn load(
        &self,
    ) -> Result<
        Option<zendesk_support::oauth::StoredTokens>,
        Box<dyn std::error::Error + Send + Sync>,
    > {
        Ok(self.0.lock().unwrap().clone())
    }
    fn save(
        &self,
        tokens: &zendesk_support::oauth::StoredTokens,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        *self.0.lock().unwrap() = Some(tokens.clone());
        Ok(())
    }
}

/// Runs the OAuth paths; what they showed (Debug and Display of clients,
/// credentials, errors, grants).
async fn oauth_paths() -> String {
    use zendesk_support::oauth::{
        RefreshGrant, RefreshToken, StoredTokens, TokenEndpoint, TokenRequest,
    };
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth/tokens")
                .json_body_includes(r#"{"grant_type":"client_credentials"}"#)
                .is_true(first(1));
            then.status(200).json_body(json!({
                "access_token": "acc3ss-first", "token_type": "bearer", "expires_in": 1800
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(200).json_body(json!({
                "access_token": "acc3ss-second", "token_type": "bearer",
                "refresh_token": "r3fr3sh-new", "expires_in": 1800
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.header("authorization", "Bearer acc3ss-first");
            then.status(401).json_body(json!({
                "error": "invalid_token",
                "error_description": "The access token provided is expired, revoked, malformed or invalid for other reasons."
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({ "ticket": { "id": 1 } }));
        })
        .await;
    let minting = Client::builder()
        .base_url(server.base_url())
        .client_credentials("acme", "cl13nt-s3cr3t")
        .build()
        .unwrap();
    let ticket = minting.show_ticket(1).await;
    let refreshing = Client::builder()
        .base_url(server.base_url())
        .credentials(
            RefreshGrant::new(
                "acme",
                Store(std::sync::Mutex::new(Some(StoredTokens {
                    refresh: RefreshToken::new("r3fr3sh-old"),
                    access: None,
                }))),
            )
            .client_secret("cl13nt-s3cr3t")
            .into(),
        )
        .build()
        .unwrap();
    let refreshed = refreshing.show_ticket(1).await;

    let echo = MockServer::start_async().await;
    echo.mock_async(|when, then| {
        when.any_request();
        then.status(401).json_body(json!({
            "error": "invalid_client",
            "error_description": "no client acme with secret cl13nt-s3cr3t"
        }));
    })
    .await;
    let endpoint = TokenEndpoint::new(&echo.base_url()).unwrap();
    let request = TokenRequest::client_credentials("acme", "cl13nt-s3cr3t");
    let refused = endpoint.request(&request).await;
    let echoing = Client::builder()
        .base_url(echo.base_url())
        .client_credentials("acme", "cl13nt-s3cr3t")
        .build()
        .unwrap();
    let err = echoing.show_ticket(1).await.unwrap_err();
    assert!(
        format!("{err}").contains("** redacted **"),
        "the echoed secret is scrubbed: {err}"
    );
    format!(
        "{minting:?} {minting:#?} {ticket:?} {refreshing:?} {refreshed:?} {request:?} {refused:?} {err} {err:?} {:?}",
        minting.token_status()
    )
}

/// The generated token types (the grants, their builders, the token
/// response) print their secrets as `** redacted **` in `Debug`, and every
/// other field as it is.
#[test]
fn the_generated_token_types_print_no_secret_in_debug() {
    use zendesk_support::types::{self, builder};
    let code: types::AuthorizationCodeGrant = serde_json::from_value(json!({
        "grant_type": "authorization_code", "client_id": "acme_moderation",
        "client_secret": "s3cr3t-client", "code": "s3cr3t-code",
        "code_verifier": "s3cr3t-verifier-0123456789012345678901234567890",
        "redirect_uri": "http://127.0.0.1:47321/callback", "scope": "read"
    }))
    .unwrap();
    let credentials: types::ClientCredentialsGrant = serde_json::from_value(json!({
        "grant_type": "client_credentials", "client_id": "acme_moderation",
        "client_secret": "s3cr3t-client", "scope": "read"
    }))
    .unwrap();
    let refresh: types::RefreshTokenGrant = serde_json::from_value(json!({
        "grant_type": "refresh_token", "client_id": "acme_moderation",
        "client_secret": "s3cr3t-client", "refresh_token": "s3cr3t-refresh", "scope": "read"
    }))
    .unwrap();
    let token: types::TokenResponse = serde_json::from_value(json!({
        "access_token": "s3cr3t-access", "refresh_token": "s3cr3t-refresh",
        "token_type": "bearer", "scope": "read", "expires_in": 1800
    }))
    .unwrap();
    let shown = [
        format!("{code:?}"),
        format!("{credentials:?}"),
        format!("{refresh:?}"),
        format!("{token:?}"),
        format!("{:?}", types::TokenRequest::from(credentials.clone())),
        format!("{:?}", builder::AuthorizationCodeGrant::from(code)),
        format!("{:?}", builder::ClientCredentialsGrant::from(credentials)),
        format!("{:?}", builder::RefreshTokenGrant::from(refresh)),
        format!("{:?}", builder::TokenResponse::from(token)),
    ];
    for shown in shown {
        assert!(!shown.contains("s3cr3t"), "{shown}");
        assert!(shown.contains("** redacted **"), "{shown}");
        assert!(
            shown.contains("read"),
            "the other fields are shown: {shown}"
        );
    }
}
