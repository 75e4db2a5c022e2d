//! The generated client against httpmock: for every operation of the spec, the
//! request on the wire (method, path, query, auth header passed through), and
//! the decoding of every captured sample of that operation, errors included.

mod support;

use httpmock::prelude::*;
use serde_json::Value;
use support::{operations, samples_for, Body, Outcome, AUTH};
use zendesk_support::types;

/// Every operation in the spec has a case here, and every case is in the spec.
#[test]
fn every_spec_operation_has_a_wire_case() {
    let spec = support::spec();
    let mut in_spec: Vec<String> = support::spec_operations(&spec)
        .into_iter()
        .map(|o| o.id)
        .collect();
    let mut cased: Vec<String> = operations().iter().map(|o| o.id.to_string()).collect();
    in_spec.sort();
    cased.sort();
    assert_eq!(in_spec, cased);
}

/// Method, path and query of each operation as Zendesk expects them; the
/// Authorization header set on the reqwest client reaches the server.
#[tokio::test]
async fn requests_on_the_wire_match_the_spec() {
    let spec = support::spec();
    for case in operations() {
        let server = MockServer::start_async().await;
        let op = support::spec_operation(&spec, case.id);
        assert_eq!(op.method, case.method, "{}: method", case.id);
        let mock = server
            .mock_async(|when, then| {
                let mut when = when
                    .method(case.method)
                    .path(case.path)
                    .header("authorization", AUTH);
                for (k, v) in case.query {
                    when = when.query_param(*k, *v);
                }
                // Those parameters and no others: none sent empty or twice.
                when.query_param_count(".*", ".*", case.query.len());
                then.status(case.ok_status)
                    .header("content-type", "application/json")
                    .body(case.ok_body);
            })
            .await;
        let outcome = (case.call)(support::client(&server)).await;
        mock.assert_async().await;
        assert!(
            matches!(outcome, Outcome::Success(_)),
            "{}: {outcome:?}",
            case.id
        );
        // The path template in the spec, with this case's ids filled in.
        assert!(
            support::path_matches(&op.path, case.path),
            "{}: {} does not fit {}",
            case.id,
            case.path,
            op.path
        );
    }
}

/// `ids` goes out as one comma-separated value, never as repeated `ids=`.
#[tokio::test]
async fn id_lists_are_sent_comma_separated() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/api/v2/suspended_tickets/recover_many")
                .query_param("ids", "14,77,9007199254740993")
                .query_param_count("ids", ".*", 1);
            then.status(200)
                .json_body(serde_json::json!({ "tickets": [] }));
        })
        .await;
    let client = support::client(&server);
    client
        .recover_suspended_tickets()
        .ids("14,77,9007199254740993")
        .send()
        .await
        .expect("recover_many answers 200");
    mock.assert_async().await;
}

/// `page[size]` and the cursor keep their bracketed names on the wire.
#[tokio::test]
async fn cursor_parameters_keep_their_bracketed_names() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/api/v2/deleted_tickets")
                .query_param("page[size]", "100")
                .query_param("page[after]", "abc=")
                .query_param("sort_by", "deleted_at")
                .query_param("sort_order", "desc");
            then.status(200)
                .json_body(serde_json::json!({ "deleted_tickets": [] }));
        })
        .await;
    let client = support::client(&server);
    client
        .list_deleted_tickets()
        .page_size(std::num::NonZeroU64::new(100).unwrap())
        .page_after("abc=")
        .sort_by(types::ListDeletedTicketsSortBy::DeletedAt)
        .sort_order(types::ListDeletedTicketsSortOrder::Desc)
        .send()
        .await
        .expect("list answers 200");
    mock.assert_async().await;
}

/// Every sample of every operation (and of the shared responses it uses),
/// served with its status, decodes through the generated client into the
/// type the spec names, losing nothing; negative samples fail to decode.
#[tokio::test]
async fn every_sample_decodes_through_the_client() {
    let spec = support::spec();
    let index = support::sample_index();
    let mut checked = 0;
    for case in operations() {
        for sample in samples_for(&spec, case.id) {
            let server = MockServer::start_async().await;
            server
                .mock_async(|when, then| {
                    when.any_request();
                    let then = then.status(sample.status);
                    match &sample.body {
                        Body::Json(v) => {
                            then.header("content-type", "application/json")
                                .body(v.to_string());
                        }
                        Body::Text(t) => {
                            let media = if sample.file.ends_with(".html") {
                                "text/html"
                            } else {
                                "text/plain"
                            };
                            then.header("content-type", media).body(t.clone());
                        }
                        Body::Empty => {}
                    }
                })
                .await;
            let outcome = (case.call)(support::client(&server)).await;
            let negative = index.is_negative(&sample.file);
            support::assert_decoded(case.id, &sample, negative, outcome);
            checked += 1;
        }
    }
    // Each operation has a success sample and at least four shared error
    // samples; a walk that finds far fewer has lost its way.
    assert!(checked > 100, "only {checked} samples were checked");
}

/// A 422 from recover carries the failed suspended tickets; it arrives
/// unparsed (its body is not the common error shape) and decodes with the
/// generated failure type.
#[tokio::test]
async fn recover_failures_decode_with_the_generated_type() {
    let server = MockServer::start_async().await;
    let body = support::read_sample("recover_suspended_ticket/422-docs.json");
    server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/api/v2/suspended_tickets/14668816692628/recover");
            then.status(422)
                .header("content-type", "application/json")
                .body(body.clone());
        })
        .await;
    let client = support::client(&server);
    let err = client
        .recover_suspended_ticket()
        .id(14668816692628_i64)
        .send()
        .await
        .expect_err("422 is an error");
    let zendesk_support::generated::Error::UnexpectedResponse(response) = err else {
        panic!("422 should arrive as UnexpectedResponse, got {err:?}");
    };
    assert_eq!(response.status(), 422);
    let failure: types::RecoverSuspendedTicketFailure =
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    assert_eq!(failure.ticket.len(), 1);
    assert_eq!(failure.ticket[0].id, 14668816692628);
    assert_eq!(
        failure.ticket[0].cause.as_deref(),
        Some("Received from support address")
    );
    let _: Value = serde_json::from_str(&body).unwrap();
}

/// With the `schemars` feature every model has a JSON Schema: the
/// properties of the spec, and open enums that accept any string.
#[test]
fn models_have_json_schemas() {
    let schema = serde_json::to_value(schemars::schema_for!(types::JobStatus)).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for field in ["id", "status", "results", "total", "progress"] {
        assert!(properties.contains_key(field), "{field}: {schema:#}");
    }
    let status = &schema["$defs"]["JobStatusStatus"];
    assert_eq!(status["type"], "string", "{schema:#}");
    assert!(status.get("enum").is_none(), "open, not closed: {status}");
    assert!(status["examples"]
        .as_array()
        .unwrap()
        .contains(&Value::from("completed")));
    let ticket = serde_json::to_value(schemars::schema_for!(types::SuspendedTicket)).unwrap();
    assert!(ticket["properties"]["cause_id"].is_object(), "{ticket:#}");
}
