//! Whatever a client sends, the simulator answers with a Zendesk-shaped body:
//! never a panic, a hang or a framework's own error page.

use zendesk_simulator::Config;

#[tokio::test]
async fn odd_requests_get_zendesk_shaped_answers() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let http = zendesk_support::http_client().unwrap().build().unwrap();
    let auth = (format!("{}/token", sim.email()), sim.token());
    let cases = [
        (
            reqwest::Method::GET,
            "/api/v2/no_such_thing",
            404,
            "InvalidEndpoint",
        ),
        (
            reqwest::Method::PATCH,
            "/api/v2/suspended_tickets/1",
            405,
            "MethodNotAllowed",
        ),
        (
            reqwest::Method::GET,
            "/api/v2/suspended_tickets/%FF%FE",
            404,
            "RecordNotFound",
        ),
        (
            reqwest::Method::GET,
            "/api/v2/suspended_tickets/99999999999999999999999",
            404,
            "RecordNotFound",
        ),
        (
            reqwest::Method::GET,
            "/api/v2/suspended_tickets?page%5Bsize%5D=abc",
            400,
            "InvalidPaginationParameter",
        ),
        (
            reqwest::Method::GET,
            "/api/v2/suspended_tickets?sort_order=sideways",
            400,
            "InvalidValue",
        ),
        (
            reqwest::Method::DELETE,
            "/api/v2/tickets/destroy_many?ids=1,,2",
            400,
            "InvalidValue",
        ),
        (
            reqwest::Method::GET,
            "/api/v2/job_statuses/show_many?ids=",
            400,
            "InvalidValue",
        ),
    ];
    for (method, path, status, code) in cases {
        let response = http
            .request(method.clone(), format!("{}{path}", sim.base_url()))
            .basic_auth(&auth.0, Some(&auth.1))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status, "{method} {path}");
        let body: serde_json::Value = response
            .json()
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        assert_eq!(body["error"], code, "{method} {path}: {body}");
    }
    // An offset page number far past Zendesk's depth limit is refused as
    // Zendesk refuses it, not a panic (nor an overflow).
    let far = http
        .get(format!(
            "{}/api/v2/suspended_tickets?page=18446744073709551615&per_page=100",
            sim.base_url()
        ))
        .basic_auth(&auth.0, Some(&auth.1))
        .send()
        .await
        .unwrap();
    assert_eq!(far.status(), 400);
    let body: serde_json::Value = far.json().await.unwrap();
    assert_eq!(
        body["errors"][0]["code"], "InvalidPaginationDepth",
        "{body}"
    );
    // Still serving.
    assert!(sim.client().show_ticket(24000000000042).await.is_ok());
}
