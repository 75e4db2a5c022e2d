//! Requests Zendesk would silently misread: refused by default, read as
//! Zendesk reads them with `lenient` (see `src/params.rs`).

use zendesk_simulator::{Config, Running};

async fn start(lenient: bool) -> Running {
    zendesk_simulator::start(Config {
        suspended: 10,
        lenient,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn ids(sim: &Running) -> Vec<i64> {
    let mut ids: Vec<i64> = sim.snapshot().suspended.iter().map(|t| t.id).collect();
    ids.sort();
    ids
}

async fn send(sim: &Running, method: reqwest::Method, path_and_query: &str) -> reqwest::Response {
    zendesk_support::http_client()
        .unwrap()
        .build()
        .unwrap()
        .request(method, format!("{}{path_and_query}", sim.base_url()))
        .basic_auth(format!("{}/token", sim.email()), Some(sim.token()))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_repeated_ids_is_refused_and_nothing_is_done() {
    let sim = start(false).await;
    let before = ids(&sim);
    let query = format!("?ids={}&ids={}", before[0], before[1]);
    let r = send(
        &sim,
        reqwest::Method::DELETE,
        &format!("/api/v2/suspended_tickets/destroy_many{query}"),
    )
    .await;
    assert_eq!(r.status(), 400);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"], "InvalidValue");
    let description = body["description"].as_str().unwrap();
    assert!(description.contains("ids=1,2,3"), "{description}");
    assert!(description.contains("--lenient"), "{description}");
    assert_eq!(ids(&sim), before, "nothing deleted");
}

#[tokio::test]
async fn an_unknown_parameter_on_a_bulk_endpoint_is_refused() {
    let sim = start(false).await;
    let before = ids(&sim);
    let r = send(
        &sim,
        reqwest::Method::PUT,
        &format!(
            "/api/v2/suspended_tickets/recover_many?ids={}&tickets=1",
            before[0]
        ),
    )
    .await;
    assert_eq!(r.status(), 400);
    let body: serde_json::Value = r.json().await.unwrap();
    assert!(body["description"].as_str().unwrap().contains("tickets"));
    assert_eq!(ids(&sim), before, "nothing recovered");
}

#[tokio::test]
async fn elsewhere_an_unknown_parameter_is_ignored_with_zendesks_warning() {
    let sim = start(false).await;
    let r = send(
        &sim,
        reqwest::Method::GET,
        "/api/v2/suspended_tickets?page%5Bsize%5D=2&color=blue",
    )
    .await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["x-zendesk-api-warn"],
        r#"{:allowed_parameters=>{:controller=>"suspended_tickets", :action=>"index", :unpermitted_keys=>["color"], :invalid_values=>[]}}"#
    );
}

#[tokio::test]
async fn lenient_reads_as_zendesk_does_the_last_value_and_a_warning() {
    let sim = start(true).await;
    let before = ids(&sim);
    let r = send(
        &sim,
        reqwest::Method::DELETE,
        &format!(
            "/api/v2/suspended_tickets/destroy_many?ids={}&ids={}&tickets=x",
            before[0], before[1]
        ),
    )
    .await;
    assert!(r.status().is_success(), "{}", r.status());
    assert!(r.headers()["x-zendesk-api-warn"]
        .to_str()
        .unwrap()
        .contains(r#":unpermitted_keys=>["tickets"]"#));
    // One of the two ids was acted on: the last, as Rails keeps it.
    let after = ids(&sim);
    assert!(after.contains(&before[0]));
    assert!(!after.contains(&before[1]));
    assert_eq!(after.len(), before.len() - 1);
}

#[tokio::test]
async fn ids_outside_the_specs_grammar_are_refused_and_nothing_is_done() {
    let sim = start(false).await;
    let before = ids(&sim);
    let first = before[0];
    // Each breaks `^[1-9][0-9]{0,17}(,[1-9][0-9]{0,17}){0,99}$`.
    for bad in [
        "0".to_string(),
        "-1".into(),
        format!("{first},0"),
        format!("%20{first}"),
        format!("0{first}"),
        format!("{first},"),
        "1234567890123456789".into(),
    ] {
        let r = send(
            &sim,
            reqwest::Method::DELETE,
            &format!("/api/v2/suspended_tickets/destroy_many?ids={bad}"),
        )
        .await;
        assert_eq!(r.status(), 400, "ids={bad}");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"], "InvalidValue", "ids={bad}");
    }
    assert_eq!(ids(&sim), before, "nothing deleted");
}
