//! Secrets stay secret: the token never appears in `Debug`, `Display`,
//! errors or `tracing` output, even while requests are retried.
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
}
