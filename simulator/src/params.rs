//! The query parameters each operation takes, and what the simulator does
//! with a request that sends others.
//!
//! Zendesk (Rails) keeps one value of a parameter sent twice and ignores
//! parameters it does not know; of the latter it says only, in an
//! `x-zendesk-api-warn` header, that they were not permitted. So a client
//! generated from a spec that describes `ids` as an exploded array sends
//! `ids=1&ids=2&ids=3`, Zendesk acts on one id and answers success.
//!
//! The simulator is stricter than Zendesk here, and only here: unless it was
//! started `--lenient`, a repeated parameter, and an unknown one on the bulk
//! endpoints, is answered `400` with a Zendesk error body that says what was
//! wrong, so that such a bot fails its tests instead of production. Lenient,
//! it does what Zendesk does: the last value counts, unknown parameters are
//! ignored and named in `x-zendesk-api-warn`.

use crate::reply::error;
use crate::shared::{lock, App};
use axum::extract::{MatchedPath, Request, State as Shared};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The header Zendesk names ignored parameters in.
pub const WARN_HEADER: &str = "x-zendesk-api-warn";

/// What an operation accepts: its Rails controller and action (as Zendesk's
/// warning names them), its query parameters, and whether it is a bulk
/// operation (one that acts on every id it is given).
struct Accepts {
    controller: &'static str,
    action: &'static str,
    params: &'static [&'static str],
    bulk: bool,
}

const PAGES: &[&str] = &["page[size]", "page[after]", "page[before]"];
const SORTED_PAGES: &[&str] = &[
    "page[size]",
    "page[after]",
    "page[before]",
    "sort_by",
    "sort_order",
];
/// The deleted-ticket list also takes offset pagination's parameters.
const SORTED_PAGES_AND_OFFSET: &[&str] = &[
    "page[size]",
    "page[after]",
    "page[before]",
    "sort_by",
    "sort_order",
    "page",
    "per_page",
];

/// The operation a matched route and method are, by the route's pattern.
fn accepts(method: &Method, route: &str) -> Option<Accepts> {
    // The token endpoint is the one operation outside `/api/v2`.
    let route = route
        .strip_prefix("/api/v2/")
        .or_else(|| (route == "/oauth/tokens").then_some("oauth/tokens"))?;
    let m = method.as_str();
    let (controller, action, params, bulk): (_, _, &'static [&'static str], _) = match (m, route) {
        ("GET", "suspended_tickets") => ("suspended_tickets", "index", SORTED_PAGES, false),
        ("PUT", "suspended_tickets/recover_many") => {
            ("suspended_tickets", "recover_many", &["ids"], true)
        }
        ("PUT", "suspended_tickets/bulk_recover") => {
            ("suspended_tickets", "bulk_recover", &["ids"], true)
        }
        ("DELETE", "suspended_tickets/destroy_many") => {
            ("suspended_tickets", "destroy_many", &["ids"], true)
        }
        ("GET", "deleted_tickets") => ("deleted_tickets", "index", SORTED_PAGES_AND_OFFSET, false),
        ("PUT", "deleted_tickets/restore_many") => {
            ("deleted_tickets", "restore_many", &["ids"], true)
        }
        ("DELETE", "deleted_tickets/destroy_many") => {
            ("deleted_tickets", "destroy_many", &["ids"], true)
        }
        ("DELETE", "tickets/destroy_many") => ("tickets", "destroy_many", &["ids"], true),
        ("PUT", "tickets/mark_many_as_spam") => ("tickets", "mark_many_as_spam", &["ids"], true),
        ("GET", "users/search") => (
            "users",
            "search",
            &["query", "external_id", "page", "per_page"],
            false,
        ),
        ("GET", "users/{user_id}/tickets/requested") => ("tickets", "requested", PAGES, false),
        ("GET", "users/{user_id}/tickets/ccd") => ("tickets", "ccd", PAGES, false),
        ("GET", "deleted_users") => ("deleted_users", "index", PAGES, false),
        ("GET", "job_statuses") => ("job_statuses", "index", PAGES, false),
        ("GET", "job_statuses/show_many") => ("job_statuses", "show_many", &["ids"], false),
        ("GET", "oauth/tokens/current") => ("oauth/tokens", "show", &[], false),
        ("POST", "oauth/tokens") => ("oauth/tokens", "create", &[], false),
        (_, r) => {
            let controller = r.split('/').next()?;
            let controller: &'static str = match controller {
                "suspended_tickets" => "suspended_tickets",
                "deleted_tickets" => "deleted_tickets",
                "tickets" => "tickets",
                "job_statuses" => "job_statuses",
                "users" => "users",
                "deleted_users" => "deleted_users",
                _ => return None,
            };
            let action = match (m, r.rsplit('/').next()) {
                (_, Some(last)) if !last.starts_with('{') => match last {
                    "recover" => "recover",
                    "restore" => "restore",
                    "attachments" => "attachments",
                    "export" => "export",
                    "mark_as_spam" => "mark_as_spam",
                    _ => "unknown",
                },
                ("GET", _) => "show",
                ("DELETE", _) => "destroy",
                ("PUT", _) => "update",
                _ => "unknown",
            };
            (controller, action, &[], false)
        }
    };
    Some(Accepts {
        controller,
        action,
        params,
        bulk,
    })
}

/// Checks the query of every routed request against what its operation
/// accepts (see the module's description).
pub async fn check(
    Shared(app): Shared<App>,
    route: MatchedPath,
    request: Request,
    next: Next,
) -> Response {
    let lenient = lock(&app).config.lenient;
    let Some(accepts) = accepts(request.method(), route.as_str()) else {
        return next.run(request).await;
    };
    let pairs: Vec<(String, String)> =
        form_urlencoded_pairs(request.uri().query().unwrap_or_default());
    let mut seen: Vec<&str> = Vec::new();
    let mut repeated: Vec<&str> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for (name, _) in &pairs {
        if seen.contains(&name.as_str()) {
            if !repeated.contains(&name.as_str()) {
                repeated.push(name);
            }
            continue;
        }
        seen.push(name);
        if !accepts.params.contains(&name.as_str()) {
            unknown.push(name);
        }
    }
    if !lenient {
        if let Some(name) = repeated.first() {
            return error(
                400,
                "InvalidValue",
                &format!(
                    "{name} was sent more than once; Zendesk keeps one value and ignores the rest. \
                     Send one value{} (this simulator refuses what Zendesk would misread; start it \
                     with --lenient to behave as Zendesk does)",
                    if *name == "ids" {
                        ", the ids comma-separated: ids=1,2,3"
                    } else {
                        ""
                    }
                ),
            )
            .into_response();
        }
        if accepts.bulk && !unknown.is_empty() {
            return error(
                400,
                "InvalidValue",
                &format!(
                    "unknown parameter{} {} for {}#{}; Zendesk would ignore {} and act on `ids` \
                     alone. It takes: {} (this simulator refuses what Zendesk would misread; \
                     start it with --lenient to behave as Zendesk does)",
                    if unknown.len() > 1 { "s" } else { "" },
                    unknown.join(", "),
                    accepts.controller,
                    accepts.action,
                    if unknown.len() > 1 { "them" } else { "it" },
                    accepts.params.join(", ")
                ),
            )
            .into_response();
        }
    }
    let warning = (!unknown.is_empty()).then(|| warning(&accepts, &unknown));
    let mut response = next.run(request).await;
    if let Some(value) = warning.and_then(|w| HeaderValue::from_str(&w).ok()) {
        response.headers_mut().insert(WARN_HEADER, value);
    }
    response
}

/// Zendesk's warning, in its own (Ruby hash) words, as recorded live:
/// `{:allowed_parameters=>{:controller=>"tickets", :action=>"destroy_many",
/// :unpermitted_keys=>["tickets"], :invalid_values=>[]}}`.
fn warning(accepts: &Accepts, unknown: &[&str]) -> String {
    let keys: Vec<String> = unknown.iter().map(|k| format!("{k:?}")).collect();
    format!(
        "{{:allowed_parameters=>{{:controller=>\"{}\", :action=>\"{}\", :unpermitted_keys=>[{}], :invalid_values=>[]}}}}",
        accepts.controller,
        accepts.action,
        keys.join(", ")
    )
}

/// The decoded `name=value` pairs of a query, in order, repeats kept.
fn form_urlencoded_pairs(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of accepted parameters is hand-written; the spec is the
    /// truth. Every operation's query parameters are exactly the table's.
    #[test]
    fn the_table_matches_the_spec() {
        use std::collections::BTreeSet;
        use zendesk_spec_check::{operations, parameters};
        let spec = zendesk_spec_check::read_spec_text(zendesk_support::OPENAPI_SPEC).unwrap();
        let ops = operations(&spec);
        assert!(ops.len() >= 19);
        for op in ops {
            let method = Method::from_bytes(op.method.to_uppercase().as_bytes()).unwrap();
            let accepted = accepts(&method, op.path)
                .unwrap_or_else(|| panic!("{} {} is not in the table", op.method, op.path));
            let in_spec: BTreeSet<String> = parameters(&spec, &op)
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            let in_table: BTreeSet<String> =
                accepted.params.iter().map(|p| p.to_string()).collect();
            assert_eq!(in_table, in_spec, "{}", op.name());
        }
    }

    #[test]
    fn every_route_has_its_operation() {
        let a = accepts(&Method::PUT, "/api/v2/suspended_tickets/recover_many").unwrap();
        assert!(a.bulk);
        assert_eq!(
            (a.controller, a.action),
            ("suspended_tickets", "recover_many")
        );
        let a = accepts(&Method::GET, "/api/v2/suspended_tickets/{id}").unwrap();
        assert_eq!((a.action, a.params.len()), ("show", 0));
        let a = accepts(&Method::PUT, "/api/v2/deleted_tickets/{ticket_id}/restore").unwrap();
        assert_eq!(a.action, "restore");
    }

    #[test]
    fn the_warning_reads_as_zendesks() {
        let a = accepts(&Method::DELETE, "/api/v2/tickets/destroy_many").unwrap();
        assert_eq!(
            warning(&a, &["tickets"]),
            r#"{:allowed_parameters=>{:controller=>"tickets", :action=>"destroy_many", :unpermitted_keys=>["tickets"], :invalid_values=>[]}}"#
        );
    }

    #[test]
    fn repeats_are_kept_in_order() {
        assert_eq!(
            form_urlencoded_pairs("ids=1&ids=2&page%5Bsize%5D=3"),
            vec![
                ("ids".into(), "1".into()),
                ("ids".into(), "2".into()),
                ("page[size]".into(), "3".into())
            ]
        );
    }
}
