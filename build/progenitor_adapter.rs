//! What progenitor 0.15 cannot take, and the copy of the spec it is handed.
//!
//! `spec/openapi.yaml` describes the live API. Progenitor cannot express all of
//! it, so build.rs hands it an adapted copy. This module is shared by build.rs
//! and `cargo xtask validate` (through `#[path]`), so both report the same
//! problems in the same words.
//!
//! Adaptations (the spec file itself is never changed):
//! - A property that may be `null` is written the OpenAPI 3.0.3 way, as a
//!   `oneOf` with a branch `$ref: NullValue` (a schema matching `null` only).
//!   Typify would make that branch an enum variant of its own; the copy
//!   folds it back into `nullable: true` on the property (with `allOf` when
//!   one branch is left), which typify reads as `Option<…>`.
//! - Error responses are left out, all of them: progenitor allows one error
//!   body type per operation (recover's 422 lists the failed suspended tickets
//!   instead), and when a body fails to decode (an HTML 404 from a proxy, a
//!   `text/plain` 429, an empty 401) it drops the status and headers the
//!   caller needs. Every error therefore reaches the caller as
//!   `Error::UnexpectedResponse` with status, headers and raw body intact; the
//!   handwritten layer classifies it by status first and then reads whichever
//!   of Zendesk's error shapes the body has.
//! - A string `enum` on a property of a component schema (ticket `status`,
//!   job `status`, …) is hoisted into a schema of its own, named as typify
//!   would name it (`TicketStatus`), and build.rs replaces that type with an
//!   *open* enum: the documented values plus `Unknown(String)`, so that a value
//!   Zendesk adds tomorrow decodes instead of failing the whole response. The
//!   spec keeps its `enum`, which the validator still enforces on samples.
//!
//! - A success body that describes nothing (a component schema that is a bare
//!   `type: object`, as restore's `{}`) is handed to progenitor as no body:
//!   the call returns `()` without reading the body, so an answer with no
//!   body at all (as Zendesk's docs claim) reads as well as the live `{}`.
//!
//! Shapes that cannot be adapted truthfully are reported as [`Problem`]s, one
//! line each, naming the operation and the reason. One of them is an array
//! query parameter sent comma-separated (`style: form, explode: false`):
//! progenitor, openapi-python-client and openapi-fetch all ignore
//! `explode: false` and send `ids=1&ids=2`, of which Zendesk keeps one. The
//! spec describes such a list as what goes on the wire, a string with a
//! pattern (as Zendesk's reference does for `ids`).

use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;
// The spec's operations and references, as every reader of the spec walks them.
pub use zendesk_spec_check::{operations, parameters, resolve, OperationRef};

/// A string enum of a component schema's property, generated as an open enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenEnum {
    /// The type name typify gives it: schema name + property name, in PascalCase.
    pub name: String,
    /// The component schema and the property it is on.
    pub schema: String,
    /// The property.
    pub property: String,
    /// The documented values (`null` left out: nullability is the field's).
    pub values: Vec<String>,
    /// The property's description.
    pub description: String,
}

/// Every string enum on a property of a component schema.
pub fn open_enums(spec: &Value) -> Vec<OpenEnum> {
    let mut out = Vec::new();
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return out;
    };
    for (schema_name, schema) in schemas {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (property, p) in properties {
            let Some(values) = p.get("enum").and_then(Value::as_array) else {
                continue;
            };
            if p.get("type").and_then(Value::as_str) != Some("string") {
                continue;
            }
            out.push(OpenEnum {
                name: format!("{schema_name}{}", pascal_case(property)),
                schema: schema_name.clone(),
                property: property.clone(),
                values: values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect(),
                description: p
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
            });
        }
    }
    out
}

/// `custom_status` → `CustomStatus`, as typify names types.
pub fn pascal_case(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A shape progenitor cannot take, found in one operation (or the document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `operationId`, or `METHOD path` when it has none, or `document`.
    pub operation: String,
    /// What is wrong, in words.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.operation, self.reason)
    }
}

/// A change made to the copy handed to progenitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adaptation {
    /// The operation changed.
    pub operation: String,
    /// What was changed and why.
    pub what: String,
}

/// The shapes in `spec` that progenitor cannot take even after adaptation.
pub fn problems(spec: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let version = spec.get("openapi").and_then(Value::as_str).unwrap_or("");
    if !version.starts_with("3.0.") {
        problems.push(Problem {
            operation: "document".into(),
            reason: format!("OpenAPI version `{version}`: progenitor reads only 3.0.x"),
        });
    }
    let mut seen_ids = BTreeSet::new();
    for op in operations(spec) {
        let name = op.name();
        let mut problem = |reason: String| {
            problems.push(Problem {
                operation: name.clone(),
                reason,
            })
        };
        match op.operation.get("operationId").and_then(Value::as_str) {
            None => problem("no operationId: progenitor names every method after it".into()),
            Some(id) if !seen_ids.insert(id.to_string()) => {
                problem(format!("operationId `{id}` is used twice"))
            }
            Some(_) => {}
        }
        for parameter in parameters(spec, &op) {
            let Some(parameter) = parameter else {
                problem("a parameter `$ref` does not resolve".into());
                continue;
            };
            let pname = parameter.get("name").and_then(Value::as_str).unwrap_or("?");
            match parameter.get("in").and_then(Value::as_str) {
                Some("cookie") => problem(format!(
                    "parameter `{pname}` is a cookie parameter, which progenitor does not support"
                )),
                Some("path") if parameter.get("required") != Some(&Value::Bool(true)) => {
                    problem(format!("path parameter `{pname}` must be `required: true`"))
                }
                _ => {}
            }
            if is_comma_list(parameter) {
                problem(format!(
                    "query parameter `{pname}` is an array sent comma-separated (`explode: false`), \
                     which progenitor and other generators send as `{pname}=1&{pname}=2`; \
                     describe it as a string with a pattern, as `ids` is"
                ));
            }
            if parameter.get("style").and_then(Value::as_str) == Some("deepObject") {
                problem(format!(
                    "parameter `{pname}` uses `style: deepObject`, which progenitor does not support"
                ));
            }
            let schema = parameter
                .get("schema")
                .and_then(|s| resolve(spec, s))
                .unwrap_or(&Value::Null);
            if parameter.get("in").and_then(Value::as_str) == Some("query")
                && schema.get("type").and_then(Value::as_str) == Some("object")
            {
                problem(format!(
                    "query parameter `{pname}` is an object, which makes progenitor's builder interface panic"
                ));
            }
        }
        if let Some(body) = op
            .operation
            .get("requestBody")
            .and_then(|b| resolve(spec, b))
        {
            let content = body.get("content").and_then(Value::as_object);
            let types: Vec<&String> = content.map(|c| c.keys().collect()).unwrap_or_default();
            if types.iter().any(|t| t.starts_with("multipart/")) {
                problem("a multipart request body, which progenitor does not support".into());
            }
        }
        let responses = op.operation.get("responses").and_then(Value::as_object);
        let Some(responses) = responses else {
            problem("no responses".into());
            continue;
        };
        let mut success_bodies = BTreeSet::new();
        for (status, response) in responses {
            if status == "default" {
                problem(
                    "a `default` response counts as both success and error in progenitor; \
                     list the statuses (or `4XX`/`5XX`) instead"
                        .into(),
                );
                continue;
            }
            let Some(response) = resolve(spec, response) else {
                problem(format!("response {status}: `$ref` does not resolve"));
                continue;
            };
            if status.starts_with('2') {
                success_bodies.insert(body_key(response));
            }
        }
        if success_bodies.len() > 1 {
            problem(format!(
                "success responses have {} different bodies ({}); progenitor takes one success body type per operation",
                success_bodies.len(),
                success_bodies.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    problems
}

/// What identifies a response body's type for progenitor: the JSON schema
/// (its `$ref`, or the inline schema), `raw` for non-JSON content, `none`.
fn body_key(response: &Value) -> String {
    let content = response.get("content").and_then(Value::as_object);
    match content {
        None => "none".into(),
        Some(c) if c.is_empty() => "none".into(),
        Some(c) => match c
            .iter()
            .find(|(t, _)| *t == "application/json" || t.starts_with("application/json;"))
        {
            Some((_, media)) => match media.get("schema") {
                Some(schema) => match schema.get("$ref").and_then(Value::as_str) {
                    Some(r) => r.to_string(),
                    None => schema.to_string(),
                },
                None => "json without schema".into(),
            },
            None => "raw".into(),
        },
    }
}

/// The copy of `spec` handed to progenitor, and what was changed in it.
pub fn adapt(spec: &Value) -> (Value, Vec<Adaptation>) {
    // Say what changes, reading the original (parameters resolved).
    let mut adaptations = Vec::new();
    for op in operations(spec) {
        for status in error_statuses(op.operation) {
            adaptations.push(Adaptation {
                operation: op.name(),
                what: format!(
                    "response {status} left out: it reaches the caller as `Error::UnexpectedResponse` with status, headers and raw body"
                ),
            });
        }
    }
    let enums = open_enums(spec);
    for e in &enums {
        adaptations.push(Adaptation {
            operation: format!("schema {}", e.schema),
            what: format!(
                "property `{}`: its enum is generated as the open enum `{}` (unknown values decode as `Unknown`)",
                e.property, e.name
            ),
        });
    }

    for (schema, property) in null_branches(spec) {
        adaptations.push(Adaptation {
            operation: format!("schema {schema}"),
            what: format!(
                "property `{property}`: its `NullValue` branch is handed to progenitor as `nullable: true` (an `Option`)"
            ),
        });
    }

    let undocumented = undocumented_items(spec);
    for (schema, property) in &undocumented {
        adaptations.push(Adaptation {
            operation: format!("schema {schema}"),
            what: format!(
                "property `{property}`: its items are objects whose properties nobody documents; progenitor is handed items of any type (`serde_json::Value`), so that an item of another shape (a string) is read, not a lost record"
            ),
        });
    }

    let mut bodiless = Vec::new();
    for op in operations(spec) {
        for status in empty_bodies(spec, op.operation) {
            adaptations.push(Adaptation {
                operation: op.name(),
                what: format!(
                    "response {status}: its body describes nothing and is handed to progenitor as no body (the call returns `()`, with or without `{{}}`)"
                ),
            });
            bodiless.push((op.path.to_string(), op.method, status));
        }
    }

    // Then change the copy: every operation's responses, and the schemas.
    let mut copy = spec.clone();
    let mut dropped = Vec::new();
    for op in operations(spec) {
        dropped.push((op.path.to_string(), op.method, error_statuses(op.operation)));
    }
    for (path, method, status) in bodiless {
        if let Some(response) = copy
            .get_mut("paths")
            .and_then(|p| p.get_mut(&path))
            .and_then(|i| i.get_mut(method))
            .and_then(|o| o.get_mut("responses"))
            .and_then(|r| r.get_mut(&status))
            .and_then(Value::as_object_mut)
        {
            response.remove("content");
        }
    }
    for (path, method, statuses) in dropped {
        let Some(operation) = copy
            .get_mut("paths")
            .and_then(|p| p.get_mut(&path))
            .and_then(|i| i.get_mut(method))
        else {
            continue;
        };
        if let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        {
            for status in statuses {
                responses.remove(&status);
            }
        }
    }
    hoist_enums(&mut copy, &enums);
    fold_null_branches(&mut copy);
    for (schema, property) in undocumented {
        if let Some(items) = copy.pointer_mut(&format!(
            "/components/schemas/{schema}/properties/{property}/items"
        )) {
            *items = serde_json::json!({});
        }
    }
    (copy, adaptations)
}

/// The (schema, property) pairs of arrays whose items are a bare object:
/// `type: object` with no properties and no composition.
fn undocumented_items(spec: &Value) -> Vec<(String, String)> {
    properties_where(spec, |p| {
        p.get("type").and_then(Value::as_str) == Some("array")
            && p.get("items").is_some_and(describes_nothing)
    })
}

/// The (schema, property) pairs of the component schemas whose property
/// satisfies `wanted`.
fn properties_where(spec: &Value, wanted: impl Fn(&Value) -> bool) -> Vec<(String, String)> {
    let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, schema) in schemas {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (property, p) in properties {
            if wanted(p) {
                out.push((name.clone(), property.clone()));
            }
        }
    }
    out
}

/// The `$ref` of the schema that matches `null` only.
const NULL_VALUE: &str = "#/components/schemas/NullValue";

fn is_null_branch(branch: &Value) -> bool {
    branch.get("$ref").and_then(Value::as_str) == Some(NULL_VALUE)
}

/// The (schema, property) pairs whose `oneOf` has a `NullValue` branch.
fn null_branches(spec: &Value) -> Vec<(String, String)> {
    properties_where(spec, |p| {
        let branches = p.get("oneOf").and_then(Value::as_array);
        branches.is_some_and(|b| b.iter().any(is_null_branch))
    })
}

/// Folds each `oneOf` branch `NullValue` into `nullable: true` on its
/// property, and drops the `NullValue` schema, which typify cannot take.
fn fold_null_branches(copy: &mut Value) {
    let places = null_branches(copy);
    let Some(schemas) = copy
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (schema, property) in places {
        let Some(p) = schemas
            .get_mut(&schema)
            .and_then(|s| s.get_mut("properties"))
            .and_then(|p| p.get_mut(&property))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let rest: Vec<Value> = match p.remove("oneOf") {
            Some(Value::Array(branches)) => branches
                .into_iter()
                .filter(|b| !is_null_branch(b))
                .collect(),
            _ => continue,
        };
        let key = if rest.len() == 1 { "allOf" } else { "oneOf" };
        p.insert(key.into(), Value::Array(rest));
        p.insert("nullable".into(), Value::Bool(true));
    }
    schemas.remove("NullValue");
}

/// Replaces each open enum's property with a `$ref` to a schema of its own
/// (nullability is kept by the property being optional: typify reads an
/// optional property as `Option<…>`, and `null` as `None`).
fn hoist_enums(copy: &mut Value, enums: &[OpenEnum]) {
    let Some(schemas) = copy
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for e in enums {
        let reference = serde_json::json!({ "$ref": format!("#/components/schemas/{}", e.name) });
        if let Some(p) = schemas
            .get_mut(&e.schema)
            .and_then(|s| s.get_mut("properties"))
            .and_then(|p| p.get_mut(&e.property))
        {
            *p = reference;
        }
        schemas.insert(
            e.name.clone(),
            serde_json::json!({ "type": "string", "enum": e.values }),
        );
    }
}

/// The success statuses whose JSON body is a component schema that describes
/// nothing: a bare `type: object` (no properties, no composition).
fn empty_bodies(spec: &Value, operation: &Value) -> Vec<String> {
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .filter(|(_, response)| {
            resolve(spec, response)
                .and_then(|r| r.pointer("/content/application~1json/schema"))
                .and_then(|s| resolve(spec, s))
                .is_some_and(describes_nothing)
        })
        .map(|(status, _)| status.clone())
        .collect()
}

fn describes_nothing(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("object")
        && [
            "properties",
            "additionalProperties",
            "allOf",
            "oneOf",
            "anyOf",
            "required",
        ]
        .iter()
        .all(|k| schema.get(k).is_none())
}

/// The error statuses of an operation (everything but `2XX`).
fn error_statuses(operation: &Value) -> Vec<String> {
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    responses
        .keys()
        .filter(|status| !status.starts_with('2'))
        .cloned()
        .collect()
}

/// Whether a (resolved) parameter is an array query parameter sent
/// comma-separated (`style: form, explode: false`).
fn is_comma_list(parameter: &Value) -> bool {
    parameter.get("in").and_then(Value::as_str) == Some("query")
        && parameter.get("explode") == Some(&Value::Bool(false))
        && parameter
            .get("schema")
            .and_then(|s| s.get("type"))
            .and_then(Value::as_str)
            == Some("array")
}
