//! What the layer's tests share: the credentials they send, retries short
//! enough for tests, a client for a mock server, short job waits, and a
//! matcher for the first requests a mock sees.
#![allow(dead_code)]

use httpmock::HttpMockRequest;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use zendesk_support::{Client, ClientBuilder, RetryPolicy, WaitOptions};

pub const EMAIL: &str = "agent@example.com";
/// A token that must never appear in any output.
pub const TOKEN: &str = "tok-3f9a2c-SECRET";

/// `Basic base64("agent@example.com/token:tok-3f9a2c-SECRET")`.
pub fn basic() -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{EMAIL}/token:{TOKEN}"))
    )
}

/// Retries as in production, with backoffs short enough for tests.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

/// A client builder for a test server: its credentials, fast retries.
pub fn builder_for(base_url: &str) -> ClientBuilder {
    Client::builder()
        .base_url(base_url)
        .api_token(EMAIL, TOKEN)
        .retry_policy(fast_retries())
}

/// Two pages of a listing at `path`: `first` (which leads on to the
/// cursor `c2`) and `last`, each the page's JSON.
pub async fn two_pages(
    server: &httpmock::MockServer,
    path: &str,
    first: serde_json::Value,
    last: serde_json::Value,
) {
    server
        .mock_async(|when, then| {
            when.path(path).query_param("page[after]", "c2");
            then.status(200).json_body(last);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path(path).query_param_missing("page[after]");
            then.status(200).json_body(first);
        })
        .await;
}

/// A client for a test server.
pub fn client_for(base_url: &str) -> Client {
    builder_for(base_url).build().unwrap()
}

/// Job waits that poll every few milliseconds, giving up after `timeout`.
pub fn quick_wait(timeout: Duration) -> WaitOptions {
    WaitOptions {
        timeout,
        initial_interval: Duration::from_millis(10),
        max_interval: Duration::from_millis(20),
        ..WaitOptions::default()
    }
}

/// A matcher true for the first `n` requests it sees: mocks are tried in
/// the order they were created, so this mock answers first, then the next.
pub fn first(n: usize) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync + 'static {
    let seen = Arc::new(AtomicUsize::new(0));
    move |_| seen.fetch_add(1, Ordering::SeqCst) < n
}
