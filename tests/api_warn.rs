//! Zendesk's `x-zendesk-api-warn` (parameters it ignored) reaches the caller
//! as a `tracing` warning.

mod captured_logs;

use captured_logs::Captured;
use httpmock::prelude::*;
use serde_json::json;
use zendesk_support::Client;

const WARNING: &str = r#"{:allowed_parameters=>{:controller=>"tickets", :action=>"destroy_many", :unpermitted_keys=>["tickets"], :invalid_values=>[]}}"#;

#[tokio::test]
async fn an_ignored_parameter_is_logged_as_a_warning() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_max_level(tracing::Level::WARN)
        .with_writer(move || writer.clone())
        .finish();
    // This test's thread only (the runtime is current-thread).
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(DELETE).path("/api/v2/tickets/destroy_many");
            then.status(200)
                .header("x-zendesk-api-warn", WARNING)
                .json_body(json!({ "job_status": { "id": "j1", "status": "queued" } }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .api_token("agent@example.com", "t")
        .build()
        .unwrap();
    client
        .raw()
        .delete_tickets()
        .ids("1,2")
        .send()
        .await
        .expect("a queued job");
    let logged = captured.text();
    assert!(logged.contains("WARN"), "{logged}");
    assert!(logged.contains("x-zendesk-api-warn"), "{logged}");
    assert!(
        logged.contains(r#":unpermitted_keys=>[\"tickets\"]"#)
            || logged.contains(r#":unpermitted_keys=>["tickets"]"#),
        "{logged}"
    );
}
