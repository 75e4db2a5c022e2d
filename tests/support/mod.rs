//! Shared by the tests of the generated client: the spec and samples on disk,
//! one call per operation, and how a call's result is judged.
#![allow(dead_code)]

use futures::future::BoxFuture;
use httpmock::MockServer;
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use zendesk_support::generated::{Client, Error, ResponseValue};
use zendesk_support::types;

/// `Basic base64("agent@example.com/token:s3cr3t")`.
pub const AUTH: &str = "Basic YWdlbnRAZXhhbXBsZS5jb20vdG9rZW46czNjcjN0";

/// A generated client pointed at `server`, authenticating the way a user
/// would wire it by hand: a default header on the reqwest client.
pub fn client(server: &MockServer) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        reqwest::header::HeaderValue::from_static(AUTH),
    );
    let http = zendesk_support::http_client()
        .unwrap()
        .default_headers(headers)
        .build()
        .unwrap();
    Client::new_with_client(
        &server.base_url(),
        http,
        zendesk_support::Transport::default(),
    )
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn spec() -> Value {
    let text = std::fs::read_to_string(root().join("spec/openapi.yaml")).unwrap();
    yaml_serde::from_str(&text).unwrap()
}

pub fn read_sample(relative: &str) -> String {
    std::fs::read_to_string(root().join("spec/samples").join(relative)).unwrap()
}

/// An operation as the spec declares it.
pub struct SpecOperation {
    pub id: String,
    pub method: &'static str,
    pub path: String,
    pub responses: serde_json::Map<String, Value>,
}

pub fn spec_operations(spec: &Value) -> Vec<SpecOperation> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, upper) in [
            ("get", "GET"),
            ("put", "PUT"),
            ("post", "POST"),
            ("delete", "DELETE"),
            ("patch", "PATCH"),
        ] {
            if let Some(op) = item.get(method) {
                out.push(SpecOperation {
                    id: op["operationId"].as_str().unwrap().to_string(),
                    method: upper,
                    path: path.clone(),
                    responses: op["responses"].as_object().unwrap().clone(),
                });
            }
        }
    }
    out
}

pub fn spec_operation(spec: &Value, id: &str) -> SpecOperation {
    spec_operations(spec)
        .into_iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the spec"))
}

/// Whether a concrete path fits a template such as `/a/{id}/b`.
pub fn path_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t == p)
}

/// A response body as captured.
#[derive(Debug, Clone)]
pub enum Body {
    Json(Value),
    Text(String),
    Empty,
}

/// One sample, as served for one operation.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Relative to spec/samples/.
    pub file: String,
    pub status: u16,
    pub body: Body,
}

fn load_sample(file: String) -> Sample {
    let name = Path::new(&file).file_name().unwrap().to_str().unwrap();
    let status: u16 = name
        .split(['-', '.'])
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{file}: the file name must start with the status"));
    let text = read_sample(&file);
    let body = if file.ends_with(".json") {
        Body::Json(serde_json::from_str(&text).unwrap())
    } else if file.ends_with(".txt") || file.ends_with(".html") {
        Body::Text(text)
    } else if file.ends_with(".empty") {
        assert!(text.is_empty(), "{file}: an .empty sample must be empty");
        Body::Empty
    } else {
        panic!("{file}: unknown sample extension")
    };
    Sample { file, status, body }
}

fn files_in(folder: &str) -> Vec<String> {
    let dir = root().join("spec/samples").join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<String> = entries
        .map(|e| format!("{folder}/{}", e.unwrap().file_name().to_str().unwrap()))
        .collect();
    files.sort();
    files
}

/// The samples that apply to an operation: its own folder, and the folders of
/// the shared responses it refers to (at the status it refers to them).
pub fn samples_for(spec: &Value, operation: &str) -> Vec<Sample> {
    let op = spec_operation(spec, operation);
    let mut samples: Vec<Sample> = files_in(operation).into_iter().map(load_sample).collect();
    for (status, response) in &op.responses {
        if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap();
            for sample in files_in(&format!("responses/{name}"))
                .into_iter()
                .map(load_sample)
            {
                let range = format!("{}XX", sample.status / 100);
                if sample.status.to_string() == *status || range == *status {
                    samples.push(sample);
                }
            }
        }
    }
    samples
}

/// spec/samples/index.yaml: sources and negative samples.
pub struct SampleIndex(Value);

pub fn sample_index() -> SampleIndex {
    SampleIndex(yaml_serde::from_str(&read_sample("index.yaml")).unwrap())
}

impl SampleIndex {
    pub fn is_negative(&self, file: &str) -> bool {
        self.0
            .get(file)
            .unwrap_or_else(|| panic!("{file} is not in spec/samples/index.yaml"))
            .get("negative")
            .is_some()
    }
}

/// What a call gave back.
#[derive(Debug)]
pub enum Outcome {
    /// A success, its body as JSON (`None` for an empty body).
    Success(Option<Value>),
    /// An error status: the generated client leaves every one to the caller.
    Unexpected(u16, Vec<u8>),
    /// A documented status whose body did not decode.
    Invalid(String),
    /// Anything else.
    Other(String),
}

async fn outcome<T: Serialize>(result: Result<ResponseValue<T>, Error<()>>) -> Outcome {
    match result {
        Ok(value) => {
            let json = serde_json::to_value(value.into_inner()).unwrap();
            Outcome::Success((!json.is_null()).then_some(json))
        }
        // A success of the wrong shape comes back whole, its status kept
        // (`transport::decoded`), not as `InvalidResponsePayload`.
        Err(Error::UnexpectedResponse(response)) if response.status().is_success() => {
            let status = response.status().as_u16();
            let body = response.bytes().await.unwrap();
            Outcome::Invalid(format!("HTTP {status}: {}", String::from_utf8_lossy(&body)))
        }
        Err(Error::UnexpectedResponse(response)) => {
            let status = response.status().as_u16();
            Outcome::Unexpected(status, response.bytes().await.unwrap().to_vec())
        }
        Err(Error::InvalidResponsePayload(_, e)) => Outcome::Invalid(e.to_string()),
        Err(other) => Outcome::Other(other.to_string()),
    }
}

/// One call of one operation, with the request it must make.
pub struct Case {
    pub id: &'static str,
    pub method: &'static str,
    /// The concrete path this case requests.
    pub path: &'static str,
    pub query: &'static [(&'static str, &'static str)],
    /// A success the server answers in the wire test.
    pub ok_status: u16,
    pub ok_body: &'static str,
    pub call: fn(Client) -> BoxFuture<'static, Outcome>,
}

macro_rules! case {
    ($id:literal, $method:literal, $path:literal, [$(($k:literal, $v:literal)),*],
     $status:literal, $body:literal, |$c:ident| $call:expr) => {
        Case {
            id: $id,
            method: $method,
            path: $path,
            query: &[$(($k, $v)),*],
            ok_status: $status,
            ok_body: $body,
            call: |$c| Box::pin(async move { outcome($call.send().await).await }),
        }
    };
}

/// One case per operation of the spec.
pub fn operations() -> Vec<Case> {
    use types::*;
    vec![
        case!(
            "list_suspended_tickets",
            "GET",
            "/api/v2/suspended_tickets",
            [
                ("sort_by", "author_email"),
                ("sort_order", "asc"),
                ("page[size]", "50"),
                ("page[after]", "xyz")
            ],
            200,
            r#"{"suspended_tickets":[]}"#,
            |c| c
                .list_suspended_tickets()
                .sort_by(ListSuspendedTicketsSortBy::AuthorEmail)
                .sort_order(ListSuspendedTicketsSortOrder::Asc)
                .page_size(std::num::NonZeroU64::new(50).unwrap())
                .page_after("xyz")
        ),
        case!(
            "show_suspended_ticket",
            "GET",
            "/api/v2/suspended_tickets/35436",
            [],
            200,
            r#"{"suspended_ticket":{"id":35436}}"#,
            |c| c.show_suspended_ticket().id(35436)
        ),
        case!(
            "delete_suspended_ticket",
            "DELETE",
            "/api/v2/suspended_tickets/35436",
            [],
            204,
            "",
            |c| c.delete_suspended_ticket().id(35436)
        ),
        case!(
            "recover_suspended_ticket",
            "PUT",
            "/api/v2/suspended_tickets/14668816692628/recover",
            [],
            200,
            r#"{"ticket":[]}"#,
            |c| c.recover_suspended_ticket().id(14668816692628_i64)
        ),
        case!(
            "recover_suspended_tickets",
            "PUT",
            "/api/v2/suspended_tickets/recover_many",
            [("ids", "14,77")],
            200,
            r#"{"tickets":[]}"#,
            |c| c.recover_suspended_tickets().ids("14,77")
        ),
        case!(
            "bulk_recover_suspended_tickets",
            "PUT",
            "/api/v2/suspended_tickets/bulk_recover",
            [("ids", "14,77")],
            200,
            r#"{"job_status":{"id":"V3-1","status":"queued"}}"#,
            |c| c.bulk_recover_suspended_tickets().ids("14,77")
        ),
        case!(
            "delete_suspended_tickets",
            "DELETE",
            "/api/v2/suspended_tickets/destroy_many",
            [("ids", "94,141")],
            204,
            "",
            |c| c.delete_suspended_tickets().ids("94,141")
        ),
        case!(
            "suspended_ticket_attachments",
            "POST",
            "/api/v2/suspended_tickets/435/attachments",
            [],
            200,
            r#"{"upload":{"token":"t","attachments":[]}}"#,
            |c| c.suspended_ticket_attachments().id(435)
        ),
        case!(
            "export_suspended_tickets",
            "POST",
            "/api/v2/suspended_tickets/export",
            [],
            200,
            r#"{"export":{"status":"enqueued","view_id":"suspended"}}"#,
            |c| c.export_suspended_tickets()
        ),
        case!(
            "list_deleted_tickets",
            "GET",
            "/api/v2/deleted_tickets",
            [
                ("sort_by", "id"),
                ("sort_order", "desc"),
                ("page[size]", "100"),
                ("page[before]", "abc")
            ],
            200,
            r#"{"deleted_tickets":[]}"#,
            |c| c
                .list_deleted_tickets()
                .sort_by(ListDeletedTicketsSortBy::Id)
                .sort_order(ListDeletedTicketsSortOrder::Desc)
                .page_size(std::num::NonZeroU64::new(100).unwrap())
                .page_before("abc")
        ),
        case!(
            "delete_ticket_permanently",
            "DELETE",
            "/api/v2/deleted_tickets/581",
            [],
            200,
            r#"{"job_status":{"id":"j1","status":"queued"}}"#,
            |c| c.delete_ticket_permanently().ticket_id(581)
        ),
        case!(
            "restore_deleted_ticket",
            "PUT",
            "/api/v2/deleted_tickets/581/restore",
            [],
            200,
            "{}",
            |c| c.restore_deleted_ticket().ticket_id(581)
        ),
        case!(
            "restore_deleted_tickets",
            "PUT",
            "/api/v2/deleted_tickets/restore_many",
            [("ids", "1,2,3")],
            200,
            "",
            |c| c.restore_deleted_tickets().ids("1,2,3")
        ),
        case!(
            "delete_tickets_permanently",
            "DELETE",
            "/api/v2/deleted_tickets/destroy_many",
            [("ids", "1,2,3")],
            200,
            r#"{"job_status":{"id":"j2","status":"queued"}}"#,
            |c| c.delete_tickets_permanently().ids("1,2,3")
        ),
        case!(
            "show_ticket",
            "GET",
            "/api/v2/tickets/24000000000042",
            [],
            200,
            r#"{"ticket":{"id":24000000000042,"status":"open"}}"#,
            |c| c.show_ticket().ticket_id(24000000000042_i64)
        ),
        case!(
            "delete_ticket",
            "DELETE",
            "/api/v2/tickets/42",
            [],
            204,
            "",
            |c| c.delete_ticket().ticket_id(42)
        ),
        case!(
            "delete_tickets",
            "DELETE",
            "/api/v2/tickets/destroy_many",
            [("ids", "42,43")],
            200,
            r#"{"job_status":{"id":"j3","status":"queued"}}"#,
            |c| c.delete_tickets().ids("42,43")
        ),
        case!(
            "mark_ticket_as_spam",
            "PUT",
            "/api/v2/tickets/42/mark_as_spam",
            [],
            200,
            "",
            |c| c.mark_ticket_as_spam().ticket_id(42)
        ),
        case!(
            "mark_tickets_as_spam",
            "PUT",
            "/api/v2/tickets/mark_many_as_spam",
            [("ids", "42,43")],
            200,
            r#"{"job_status":{"id":"j4","status":"queued"}}"#,
            |c| c.mark_tickets_as_spam().ids("42,43")
        ),
        case!(
            "search_users",
            "GET",
            "/api/v2/users/search",
            [
                ("query", "ada@customer.example"),
                ("page", "2"),
                ("per_page", "100")
            ],
            200,
            r#"{"users":[],"count":0}"#,
            |c| c
                .search_users()
                .query("ada@customer.example")
                .page(std::num::NonZeroU64::new(2).unwrap())
                .per_page(std::num::NonZeroU64::new(100).unwrap())
        ),
        case!(
            "show_user",
            "GET",
            "/api/v2/users/14668816692628",
            [],
            200,
            r#"{"user":{"id":14668816692628,"role":"end-user"}}"#,
            |c| c.show_user().user_id(14668816692628_i64)
        ),
        case!(
            "update_user",
            "PUT",
            "/api/v2/users/35436",
            [],
            200,
            r#"{"user":{"id":35436,"suspended":true}}"#,
            |c| c.update_user().user_id(35436).body(UserUpdateRequest {
                user: UserUpdate {
                    suspended: Some(true)
                }
            })
        ),
        case!(
            "delete_user",
            "DELETE",
            "/api/v2/users/35436",
            [],
            200,
            r#"{"user":{"id":35436,"active":false}}"#,
            |c| c.delete_user().user_id(35436)
        ),
        case!(
            "list_requested_tickets",
            "GET",
            "/api/v2/users/35436/tickets/requested",
            [("page[size]", "100"), ("page[after]", "c1")],
            200,
            r#"{"tickets":[]}"#,
            |c| c
                .list_requested_tickets()
                .user_id(35436)
                .page_size(std::num::NonZeroU64::new(100).unwrap())
                .page_after("c1")
        ),
        case!(
            "list_ccd_tickets",
            "GET",
            "/api/v2/users/35436/tickets/ccd",
            [("page[size]", "10")],
            200,
            r#"{"tickets":[]}"#,
            |c| c
                .list_ccd_tickets()
                .user_id(35436)
                .page_size(std::num::NonZeroU64::new(10).unwrap())
        ),
        case!(
            "list_deleted_users",
            "GET",
            "/api/v2/deleted_users",
            [("page[size]", "100")],
            200,
            r#"{"deleted_users":[]}"#,
            |c| c
                .list_deleted_users()
                .page_size(std::num::NonZeroU64::new(100).unwrap())
        ),
        case!(
            "show_deleted_user",
            "GET",
            "/api/v2/deleted_users/35436",
            [],
            200,
            r#"{"deleted_user":{"id":35436,"active":false}}"#,
            |c| c.show_deleted_user().deleted_user_id(35436)
        ),
        case!(
            "delete_user_permanently",
            "DELETE",
            "/api/v2/deleted_users/35436",
            [],
            200,
            r#"{"deleted_user":{"id":35436,"active":false}}"#,
            |c| c.delete_user_permanently().deleted_user_id(35436)
        ),
        case!(
            "list_job_statuses",
            "GET",
            "/api/v2/job_statuses",
            [("page[size]", "25")],
            200,
            r#"{"job_statuses":[]}"#,
            |c| c
                .list_job_statuses()
                .page_size(std::num::NonZeroU64::new(25).unwrap())
        ),
        case!(
            "show_job_statuses",
            "GET",
            "/api/v2/job_statuses/show_many",
            [("ids", "V3-a,V3-b")],
            200,
            r#"{"job_statuses":[]}"#,
            |c| c.show_job_statuses().ids("V3-a,V3-b")
        ),
        case!(
            "create_token_for_grant_type",
            "POST",
            "/oauth/tokens",
            [],
            200,
            r#"{"access_token":"at","token_type":"bearer","scope":"read write","expires_in":1800}"#,
            |c| c
                .create_token_for_grant_type()
                .body(TokenRequest::ClientCredentialsGrant(
                    ClientCredentialsGrant {
                        client_id: OAuthClientIdentifier("acme_moderation".into()),
                        client_secret: "s3cr3t".into(),
                        expires_in: None,
                        grant_type: ClientCredentialsGrantGrantType::ClientCredentials,
                        scope: Some(OAuthScope("read write".into())),
                    }
                ))
        ),
        case!(
            "show_current_token",
            "GET",
            "/api/v2/oauth/tokens/current",
            [],
            200,
            r#"{"token":{"id":223443,"scopes":["read"]}}"#,
            |c| c.show_current_token()
        ),
        case!(
            "show_job_status",
            "GET",
            "/api/v2/job_statuses/V3-6f2c0b7d4a9e8f1c",
            [],
            200,
            r#"{"job_status":{"id":"V3-6f2c0b7d4a9e8f1c","status":"working"}}"#,
            |c| c.show_job_status().job_status_id("V3-6f2c0b7d4a9e8f1c")
        ),
    ]
}

/// Drops what the generated types leave out when they serialize (`null` and
/// empty lists), so that a decoded value can be compared with its sample.
pub fn normalize(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), normalize(v)))
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normalize).collect()),
        other => other.clone(),
    }
}

/// Judges one sample's outcome: decoded into the spec's type with nothing
/// lost, or (negative samples) refused.
pub fn assert_decoded(operation: &str, sample: &Sample, negative: bool, outcome: Outcome) {
    let what = format!("{operation} ← {}", sample.file);
    if negative {
        assert!(
            matches!(outcome, Outcome::Invalid(_)),
            "{what}: a negative sample must not decode, got {outcome:?}"
        );
        return;
    }
    match (&sample.body, outcome) {
        (Body::Empty, Outcome::Success(None)) if sample.status < 300 => {}
        // A body that says nothing (restore's `{}`) is handed to progenitor as
        // no body (build/progenitor_adapter.rs), so it reads as `()`.
        (Body::Json(expected), Outcome::Success(None))
            if sample.status < 300 && expected == &serde_json::json!({}) => {}
        (Body::Json(expected), Outcome::Success(Some(got))) if sample.status < 300 => {
            assert_eq!(
                normalize(&got),
                normalize(expected),
                "{what}: decoded value differs"
            );
        }
        // Every error status arrives unparsed (the build hands progenitor no
        // error bodies): decode each with the type the spec names for it.
        (body, Outcome::Unexpected(status, bytes)) => {
            assert_eq!(status, sample.status, "{what}");
            match (operation, status, body) {
                ("recover_suspended_ticket", 422, Body::Json(expected)) => {
                    let v: types::RecoverSuspendedTicketFailure =
                        serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(
                        normalize(&serde_json::to_value(v).unwrap()),
                        normalize(expected),
                        "{what}"
                    );
                }
                ("recover_suspended_tickets", 422, Body::Json(expected)) => {
                    let v: types::RecoverSuspendedTicketsFailure =
                        serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(
                        normalize(&serde_json::to_value(v).unwrap()),
                        normalize(expected),
                        "{what}"
                    );
                }
                // Zendesk's error body, or (429, 5xx) plain text.
                (_, 400..=599, Body::Json(expected)) => {
                    let v: types::ErrorBody = serde_json::from_slice(&bytes).unwrap();
                    assert_eq!(
                        normalize(&serde_json::to_value(v).unwrap()),
                        normalize(expected),
                        "{what}"
                    );
                }
                (_, 429 | 500..=599, Body::Text(text)) => {
                    assert_eq!(bytes, text.as_bytes(), "{what}")
                }
                _ => panic!("{what}: status {status} with a body the spec does not allow"),
            }
        }
        (_, outcome) => panic!("{what}: unexpected outcome {outcome:?}"),
    }
}
