//! A response body, or a recorded sample, judged against the spec: each
//! error names where in the body, which rule, and where in the spec.
//!
//! Closed world for bodies that claim to be as the spec says (our own
//! samples, the simulator's answers): a property the spec does not describe
//! is an error. Open world for bodies from a live account (`real/` samples,
//! `zendesk-moderate doctor`): Zendesk adds properties, which is no error;
//! everything the spec does describe (types, nulls, enums, formats,
//! required properties) must hold.

use crate::json_schema::{self, World};
use crate::samples::{self, Body, Sample, Samples, Subject};
use crate::spec::{component_name, escape, operation_response};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Decodes a JSON value as the generated type of a named component schema and
/// encodes it back (`None`: no such type). The Rust types live in
/// `zendesk-support` (`zendesk_support::schemas::roundtrip`); the caller
/// passes them in.
pub type Decoder<'a> = &'a dyn Fn(&str, &Value) -> Option<Result<Value, String>>;

/// A validation error: where in the instance, which keyword, where in the
/// spec, and the validator's words.
#[derive(Debug, Clone)]
pub struct SchemaError {
    /// Where in the instance (a JSON pointer; empty for the root).
    pub pointer: String,
    /// The JSON Schema keyword that failed (`type`, `required`, …).
    pub keyword: String,
    /// Where in the spec (`#/components/schemas/X/properties/y/type`).
    pub location: String,
    /// The validator's words.
    pub message: String,
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "at {pointer}: {} (schema {})",
            self.message, self.location
        )
    }
}

/// Validation of `instance` against the OpenAPI `schema`, closed or open world.
pub fn schema_errors(
    spec: &Value,
    schema: &Value,
    instance: &Value,
    world: World,
) -> Vec<SchemaError> {
    let document = json_schema::document(spec, schema, world);
    let validator = match jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .build(&document)
    {
        Ok(v) => v,
        Err(e) => {
            return vec![SchemaError {
                pointer: String::new(),
                keyword: "schema".into(),
                location: "(spec)".into(),
                message: format!("the schema itself is invalid: {e}"),
            }]
        }
    };
    let start = component_name(schema)
        .map(|n| format!("#/components/schemas/{n}"))
        .unwrap_or_else(|| "(inline schema)".into());
    validator
        .iter_errors(instance)
        .map(|e| SchemaError {
            pointer: e.instance_path().to_string(),
            keyword: e.kind().keyword().to_string(),
            location: spec_location(&e.schema_path().to_string(), &start),
            message: e.to_string(),
        })
        .collect()
}

/// Turns the validator's keyword location in our wrapper document into a
/// location in the spec (`#/components/schemas/X/properties/y/type`).
fn spec_location(path: &str, start: &str) -> String {
    if let Some(rest) = path.strip_prefix("/components/schemas/") {
        return format!("#/components/schemas/{rest}");
    }
    match path.strip_prefix("/allOf/0") {
        Some(rest) => format!("{start}{}", rest.strip_prefix("/$ref").unwrap_or(rest)),
        None => path.to_string(),
    }
}

/// The schema a sample is judged by, or why there is none.
fn target<'a>(spec: &'a Value, sample: &Sample) -> Result<Option<&'a Value>, String> {
    let (response, status) = match &sample.subject {
        Subject::Schema { name } => {
            return spec
                .pointer(&format!("/components/schemas/{name}"))
                .map(Some)
                .ok_or_else(|| format!("no component schema `{name}`"));
        }
        Subject::Response { name, status } => (
            spec.pointer(&format!("/components/responses/{}", escape(name)))
                .ok_or_else(|| format!("no component response `{name}`"))?,
            *status,
        ),
        Subject::Operation { id, status } => (operation_response(spec, id, *status)?, *status),
    };
    let content = response.get("content").and_then(Value::as_object);
    let media = match &sample.body {
        Body::Json(_) => "application/json",
        Body::Text(_) => "text/plain",
        Body::Html(_) => "text/html",
        Body::Empty => {
            return match content {
                Some(c) if !c.is_empty() => Err(format!(
                    "the spec gives status {status} a body, but the sample is empty"
                )),
                _ => Ok(None),
            }
        }
    };
    content
        .and_then(|c| c.get(media))
        .and_then(|m| m.get("schema"))
        .map(Some)
        .ok_or_else(|| format!("the spec gives status {status} no {media} body"))
}

/// The schema a sample is judged by, the sample as a JSON instance, and its
/// validation errors (in the sample's world); `None` for an empty body where
/// the spec has none.
#[allow(clippy::type_complexity)]
fn judge<'a>(
    spec: &'a Value,
    sample: &Sample,
) -> Result<Option<(&'a Value, Value, Vec<SchemaError>)>, String> {
    let Some(schema) = target(spec, sample)? else {
        return Ok(None);
    };
    let instance = match &sample.body {
        Body::Json(v) => v.clone(),
        Body::Text(t) | Body::Html(t) => Value::String(t.clone()),
        Body::Empty => return Ok(None),
    };
    let errors = schema_errors(spec, schema, &instance, sample.world);
    Ok(Some((schema, instance, errors)))
}

/// Checks one live response of `operation` against the spec: the error
/// lines, empty when it conforms. Closed world for servers that claim to
/// answer as the spec says (the simulator); open world for a real account
/// (`zendesk-moderate doctor`), which may send properties the spec does not
/// describe.
pub fn check_response(
    spec: &Value,
    world: World,
    operation: &str,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Vec<String> {
    let label = format!("{operation} → {status}");
    let body = if body.is_empty() {
        Body::Empty
    } else if content_type.is_some_and(|c| c.starts_with("application/json")) {
        match serde_json::from_slice(body) {
            Ok(v) => Body::Json(v),
            Err(e) => return vec![format!("{label}: the body is not JSON: {e}")],
        }
    } else if content_type.is_some_and(|c| c.starts_with("text/html")) {
        Body::Html(String::from_utf8_lossy(body).into_owned())
    } else {
        Body::Text(String::from_utf8_lossy(body).into_owned())
    };
    let sample = Sample {
        file: label.clone(),
        subject: Subject::Operation {
            id: operation.to_string(),
            status,
        },
        body,
        negative: None,
        world,
    };
    match judge(spec, &sample) {
        Err(e) => vec![format!("{label}: {e}")],
        Ok(None) => Vec::new(),
        Ok(Some((_, _, errors))) => errors.iter().map(|e| format!("{label}: {e}")).collect(),
    }
}

/// Checks one sample (a negative one must fail for its stated reason), and
/// with a `decoder` proves the generated Rust type reads what it holds. The
/// error lines name `dir/<sample file>`; the schema properties the sample
/// shows are added to `observed`.
pub fn check_sample(
    spec: &Value,
    sample: &Sample,
    dir: &str,
    decoder: Option<Decoder<'_>>,
    observed: &mut BTreeSet<String>,
) -> Vec<String> {
    let file = format!("{dir}/{}", sample.file);
    let (schema, instance, errors) = match judge(spec, sample) {
        Ok(Some(judged)) => judged,
        Ok(None) => return Vec::new(),
        Err(e) => return vec![format!("{file}: {e}")],
    };
    if let Some(negative) = &sample.negative {
        if errors.is_empty() {
            return vec![format!(
                "{file}: negative sample passes validation; the schema no longer notices: {}",
                negative.reason
            )];
        }
        if !errors
            .iter()
            .any(|e| e.pointer == negative.pointer && e.keyword == negative.keyword)
        {
            let got: Vec<String> = errors
                .iter()
                .map(|e| format!("`{}` at {:?}", e.keyword, e.pointer))
                .collect();
            return vec![format!(
                "{file}: negative sample fails, but not for the stated reason (expected `{}` at {:?}; got {})",
                negative.keyword,
                negative.pointer,
                got.join(", ")
            )];
        }
        return Vec::new();
    }
    if !errors.is_empty() {
        return errors.iter().map(|e| format!("{file}: {e}")).collect();
    }
    // A schema sample is judged by the schema itself, not a `$ref` to it:
    // name its properties after it.
    let at = match &sample.subject {
        Subject::Schema { name } => name.as_str(),
        _ => "",
    };
    observe(spec, schema, &instance, at, observed);
    let (Some(decode), Some(name), Body::Json(_)) = (decoder, component_name(schema), &sample.body)
    else {
        return Vec::new();
    };
    match decode(name, &instance) {
        None => vec![format!(
            "{file}: no generated Rust type for #/components/schemas/{name}"
        )],
        Some(Err(e)) => vec![format!(
            "{file}: the generated type `types::{name}` cannot read it: {e} (schema #/components/schemas/{name})"
        )],
        Some(Ok(decoded)) => first_difference(
            &normalize(&instance),
            &normalize(&decoded),
            "",
            sample.world,
        )
        .map(|pointer| {
            format!(
                "{file}: at {pointer}: the generated type `types::{name}` reads a different value than the sample holds (schema #/components/schemas/{name})"
            )
        })
        .into_iter()
        .collect(),
    }
}

/// A folder of samples laid out as `spec/samples/` (an `index.yaml` with
/// each one's provenance), checked.
#[derive(Debug, Default)]
pub struct FolderCheck {
    /// The samples read.
    pub samples: Samples,
    /// The schema properties the valid samples show (`Schema.property`).
    pub observed: BTreeSet<String>,
    /// One line each: the folder's problems, then each sample's.
    pub errors: Vec<String>,
}

/// Loads a folder of samples and checks each against the spec.
pub fn check_folder(spec: &Value, samples_dir: &Path, decoder: Option<Decoder<'_>>) -> FolderCheck {
    let samples = samples::load(samples_dir);
    let dir = samples_dir.display().to_string();
    let mut errors: Vec<String> = samples
        .problems
        .iter()
        .map(|p| format!("{dir}/{p}"))
        .collect();
    let mut observed = BTreeSet::new();
    for sample in &samples.samples {
        errors.extend(check_sample(spec, sample, &dir, decoder, &mut observed));
    }
    FolderCheck {
        samples,
        observed,
        errors,
    }
}

/// What `cargo xtask validate` would say of each sample of a folder, without
/// the coverage of the whole spec: for samples recorded elsewhere
/// (`zendesk-moderate doctor --record`) before they join `spec/samples/`.
pub fn check_samples(
    spec: &Value,
    samples_dir: &Path,
    decoder: Option<Decoder<'_>>,
) -> Vec<String> {
    check_folder(spec, samples_dir, decoder).errors
}

/// Drops what the generated types leave out when they serialize (`null` and
/// empty lists), so that a decoded value can be compared with its sample.
fn normalize(value: &Value) -> Value {
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

/// Where the sample `a` and its decoded-and-encoded `b` first differ. In the
/// open world a property only the sample has is one the spec does not
/// describe, so the generated type drops it: no difference.
fn first_difference(a: &Value, b: &Value, at: &str, world: World) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(p, q, &format!("{at}/{}", escape(k)), world),
                (Some(_), None) if world == World::Open => None,
                _ => Some(format!("{at}/{}", escape(k))),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}/{i}"), world)),
        _ if a == b => None,
        _ => Some(if at.is_empty() {
            "(root)".into()
        } else {
            at.into()
        }),
    }
}

/// Marks the properties (`Schema.property`, nested `Schema.property.inner`)
/// that a valid sample shows.
fn observe(spec: &Value, schema: &Value, instance: &Value, at: &str, seen: &mut BTreeSet<String>) {
    if let Some(name) = component_name(schema) {
        if let Some(s) = spec.pointer(&format!("/components/schemas/{name}")) {
            observe(spec, s, instance, name, seen);
        }
        return;
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            observe(spec, branch, instance, at, seen);
        }
    }
    if let (Some(props), Some(object)) = (
        schema.get("properties").and_then(Value::as_object),
        instance.as_object(),
    ) {
        for (k, v) in object {
            if let Some(p) = props.get(k) {
                let here = format!("{at}.{k}");
                seen.insert(here.clone());
                observe(spec, p, v, &here, seen);
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), instance.as_array()) {
        for v in array {
            observe(spec, items, v, at, seen);
        }
    }
    if let (Some(values), Some(object)) = (
        schema.get("additionalProperties").filter(|v| v.is_object()),
        instance.as_object(),
    ) {
        let described = schema.get("properties").and_then(Value::as_object);
        for (k, v) in object {
            if described.is_none_or(|p| !p.contains_key(k)) {
                observe(spec, values, v, &format!("{at}.*"), seen);
            }
        }
    }
}
