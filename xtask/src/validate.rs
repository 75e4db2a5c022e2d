//! `cargo xtask validate`: the spec's structure, and every captured sample
//! against the schema of its operation and status (closed world), decoded by
//! the generated Rust types, with coverage of operations, statuses and
//! properties.

use crate::json_schema::{self, World};
use crate::progenitor_adapter::{self, resolve};
use crate::samples::{self, Body, Sample, Subject};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Decodes a JSON value as the generated type of a named component schema and
/// encodes it back (`None`: no such type).
pub type Decoder<'a> = &'a dyn Fn(&str, &Value) -> Option<Result<Value, String>>;

/// Everything validation found.
#[derive(Debug, Default)]
pub struct Report {
    /// One line each; any error fails validation.
    pub errors: Vec<String>,
    /// Adaptations made for the generator, for information.
    pub notes: Vec<String>,
    /// What the samples cover.
    pub coverage: Coverage,
}

/// What the samples cover.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Operations with a sample for every status, and all operations.
    pub operations: (usize, usize),
    /// (operation, status) pairs with a sample, and all pairs.
    pub statuses: (usize, usize),
    /// Positive and negative samples.
    pub samples: (usize, usize),
    /// Of all samples, those captured from live accounts by others (`real/`).
    pub real: usize,
    /// Properties seen in a sample, listed as not yet observed, and all.
    pub properties: (usize, usize, usize),
}

impl Report {
    /// The coverage table printed after a run.
    pub fn table(&self) -> String {
        let c = &self.coverage;
        let pct = |a: usize, b: usize| (a * 100).checked_div(b).unwrap_or(100);
        let (seen, listed, all) = c.properties;
        [
            "| what | covered | total | % |".to_string(),
            "|---|---|---|---|".to_string(),
            format!(
                "| operations (every status sampled) | {} | {} | {} |",
                c.operations.0,
                c.operations.1,
                pct(c.operations.0, c.operations.1)
            ),
            format!(
                "| response statuses | {} | {} | {} |",
                c.statuses.0,
                c.statuses.1,
                pct(c.statuses.0, c.statuses.1)
            ),
            format!(
                "| samples (positive + negative) | {} + {} | {} | |",
                c.samples.0,
                c.samples.1,
                c.samples.0 + c.samples.1
            ),
            format!(
                "| of which captured live by others (`real/`, open world) | {} | | |",
                c.real
            ),
            format!(
                "| schema properties (observed + listed unobserved) | {seen} + {listed} | {all} | {} |",
                pct(seen + listed, all)
            ),
        ]
        .join("\n")
    }
}

/// Validates the spec at `spec_path` and the samples in `samples_dir`.
pub fn run(spec_path: &Path, samples_dir: &Path, decoder: Option<Decoder<'_>>) -> Report {
    let mut report = Report::default();
    let spec_name = spec_path.display().to_string();
    let spec: Value = match std::fs::read_to_string(spec_path)
        .map_err(|e| e.to_string())
        .and_then(|t| yaml_serde::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(spec) => spec,
        Err(e) => {
            report.errors.push(format!("{spec_name}: cannot read: {e}"));
            return report;
        }
    };
    structure(&spec, &spec_name, &mut report);

    let (samples, observed) = check_folder(&spec, samples_dir, decoder, &mut report);
    let dir = samples_dir.display().to_string();
    coverage(&spec, &samples, &observed, &dir, &mut report);
    report
}

/// Checks the samples of a folder laid out as `spec/samples/` (an
/// `index.yaml` with each one's provenance), without the coverage of the
/// whole spec: what `cargo xtask validate` would say of each, for samples
/// recorded elsewhere (`zendesk-moderate doctor --record`) before they join
/// `spec/samples/`.
pub fn check_samples(
    spec: &Value,
    samples_dir: &Path,
    decoder: Option<Decoder<'_>>,
) -> Vec<String> {
    let mut report = Report::default();
    check_folder(spec, samples_dir, decoder, &mut report);
    report.errors
}

/// Loads a folder of samples and checks each against the spec; the samples
/// and the schema properties they were seen to carry.
fn check_folder(
    spec: &Value,
    samples_dir: &Path,
    decoder: Option<Decoder<'_>>,
    report: &mut Report,
) -> (samples::Samples, BTreeSet<String>) {
    let samples = samples::load(samples_dir);
    let dir = samples_dir.display().to_string();
    report
        .errors
        .extend(samples.problems.iter().map(|p| format!("{dir}/{p}")));
    let mut observed = BTreeSet::new();
    for sample in &samples.samples {
        check_sample(spec, sample, &dir, decoder, &mut observed, report);
    }
    (samples, observed)
}

// ---------------------------------------------------------------- structure

fn structure(spec: &Value, spec_name: &str, report: &mut Report) {
    let mut error = |what: String| report.errors.push(format!("{spec_name}: {what}"));
    let declared_tags: BTreeSet<&str> = spec
        .get("tags")
        .and_then(Value::as_array)
        .map(|t| t.iter().filter_map(|t| t["name"].as_str()).collect())
        .unwrap_or_default();

    for problem in progenitor_adapter::problems(spec) {
        error(format!("{problem} (the generator cannot take this)"));
    }
    for op in progenitor_adapter::operations(spec) {
        let name = op.name();
        let o = op.operation;
        if o.get("summary")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            error(format!("{name}: no summary"));
        }
        // The reference shows who may call each operation (xtask docs).
        let description = o.get("description").and_then(Value::as_str).unwrap_or("");
        if !description.contains("**Allowed for:**") {
            error(format!(
                "{name}: the description has no `**Allowed for:**` paragraph"
            ));
        }
        match o.get("tags").and_then(Value::as_array) {
            Some(tags) if !tags.is_empty() => {
                for tag in tags.iter().filter_map(Value::as_str) {
                    if !declared_tags.contains(tag) {
                        error(format!("{name}: tag `{tag}` is not declared in `tags`"));
                    }
                }
            }
            _ => error(format!("{name}: no tag")),
        }
        // Path parameters: each `{x}` declared, each declared one used.
        let in_template: BTreeSet<&str> = op
            .path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .collect();
        let declared: BTreeSet<&str> = progenitor_adapter::parameters(spec, &op)
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .filter_map(|p| p["name"].as_str())
            .collect();
        for missing in in_template.difference(&declared) {
            error(format!(
                "{name}: path parameter `{missing}` is not declared"
            ));
        }
        for unused in declared.difference(&in_template) {
            error(format!(
                "{name}: path parameter `{unused}` is not in the path {}",
                op.path
            ));
        }
        // Responses: a described body has an example that validates, and a
        // JSON body is a named schema (its generated type has a stable name).
        for (status, response) in o
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let Some(response) = resolve(spec, response) else {
                continue; // reported with the other references
            };
            for (media, content) in response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let at = format!("{name}: response {status} {media}");
                let example = content
                    .get("example")
                    .or_else(|| content.pointer("/examples").and_then(first_example));
                let schema = content.get("schema");
                match (example, schema) {
                    (None, _) => error(format!("{at}: no example")),
                    (Some(example), Some(schema)) => {
                        for e in schema_errors(spec, schema, example, World::Closed) {
                            error(format!("{at}: example {e}"));
                        }
                    }
                    (Some(_), None) => error(format!("{at}: no schema")),
                }
                if media == "application/json" && schema.and_then(component_name).is_none() {
                    error(format!(
                        "{at}: the body schema must be a `$ref` to a component schema, so that its generated type has a stable name"
                    ));
                }
            }
        }
    }
    // One note per kind of adaptation, naming the operations it touched.
    let mut adapted: Vec<(String, Vec<String>)> = Vec::new();
    for a in progenitor_adapter::adapt(spec).1 {
        match adapted.iter_mut().find(|(what, _)| *what == a.what) {
            Some((_, ops)) => ops.push(a.operation),
            None => adapted.push((a.what, vec![a.operation])),
        }
    }
    for (what, ops) in adapted {
        report.notes.push(format!(
            "adapted for the generator: {what} [{}]",
            ops.join(", ")
        ));
    }
    references(spec, spec_name, report);
}

fn first_example(examples: &Value) -> Option<&Value> {
    examples.as_object()?.values().next()?.get("value")
}

/// `Name` of a `$ref: "#/components/schemas/Name"`.
fn component_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// Every `$ref` resolves, and every component schema is used.
fn references(spec: &Value, spec_name: &str, report: &mut Report) {
    let mut refs = Vec::new();
    collect_refs(spec, "", &mut refs);
    for (at, target) in &refs {
        let resolves = target
            .strip_prefix('#')
            .and_then(|p| spec.pointer(p))
            .is_some();
        if !resolves {
            report.errors.push(format!(
                "{spec_name}: #{at}: `$ref: {target}` does not resolve"
            ));
        }
    }
    for name in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|s| s.keys())
    {
        let own = format!("/components/schemas/{name}/");
        let target = format!("#/components/schemas/{name}");
        let used = refs
            .iter()
            .any(|(at, t)| *t == target && !format!("{at}/").starts_with(&own));
        if !used {
            report.errors.push(format!(
                "{spec_name}: #/components/schemas/{name}: schema is not used by any operation or other schema"
            ));
        }
    }
}

fn collect_refs(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    if let Some(t) = v.as_str() {
                        out.push((at.to_string(), t.to_string()));
                    }
                } else {
                    collect_refs(v, &format!("{at}/{}", escape(k)), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_refs(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

// ---------------------------------------------------------------- samples

/// A validation error: where in the instance, which keyword, where in the
/// spec, and the validator's words.
#[derive(Debug, Clone)]
struct SchemaError {
    pointer: String,
    keyword: String,
    location: String,
    message: String,
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
fn schema_errors(spec: &Value, schema: &Value, instance: &Value, world: World) -> Vec<SchemaError> {
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

/// The response `operation` declares for `status` (its own, or its class's
/// `4XX`), its `$ref` resolved.
fn operation_response<'a>(
    spec: &'a Value,
    operation: &str,
    status: u16,
) -> Result<&'a Value, String> {
    let op = progenitor_adapter::operations(spec)
        .into_iter()
        .find(|o| o.name() == operation)
        .ok_or_else(|| format!("no operation `{operation}` in the spec"))?;
    let responses = op.operation.get("responses").and_then(Value::as_object);
    let response = responses
        .and_then(|r| {
            r.get(&status.to_string())
                .or_else(|| r.get(&format!("{}XX", status / 100)))
        })
        .ok_or_else(|| format!("`{operation}` declares no response {status}"))?;
    resolve(spec, response).ok_or_else(|| "response `$ref` does not resolve".to_string())
}

/// The schema the spec gives the `media` body (`application/json`) of
/// `operation`'s `status` answer; `None` when it declares none. What a tool
/// that reads live answers (`zendesk-moderate doctor --record`) walks beside
/// the body.
pub fn response_schema<'a>(
    spec: &'a Value,
    operation: &str,
    status: u16,
    media: &str,
) -> Option<&'a Value> {
    operation_response(spec, operation, status)
        .ok()?
        .get("content")?
        .get(media)?
        .get("schema")
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

fn check_sample(
    spec: &Value,
    sample: &Sample,
    dir: &str,
    decoder: Option<Decoder<'_>>,
    observed: &mut BTreeSet<String>,
    report: &mut Report,
) {
    let file = format!("{dir}/{}", sample.file);
    let (schema, instance, errors) = match judge(spec, sample) {
        Ok(Some(judged)) => judged,
        Ok(None) => return,
        Err(e) => {
            report.errors.push(format!("{file}: {e}"));
            return;
        }
    };
    if let Some(negative) = &sample.negative {
        if errors.is_empty() {
            report.errors.push(format!(
                "{file}: negative sample passes validation; the schema no longer notices: {}",
                negative.reason
            ));
        } else if !errors
            .iter()
            .any(|e| e.pointer == negative.pointer && e.keyword == negative.keyword)
        {
            let got: Vec<String> = errors
                .iter()
                .map(|e| format!("`{}` at {:?}", e.keyword, e.pointer))
                .collect();
            report.errors.push(format!(
                "{file}: negative sample fails, but not for the stated reason (expected `{}` at {:?}; got {})",
                negative.keyword,
                negative.pointer,
                got.join(", ")
            ));
        }
        return;
    }
    for e in &errors {
        report.errors.push(format!("{file}: {e}"));
    }
    if !errors.is_empty() {
        return;
    }
    // A schema sample is judged by the schema itself, not a `$ref` to it:
    // name its properties after it.
    let at = match &sample.subject {
        Subject::Schema { name } => name.as_str(),
        _ => "",
    };
    observe(spec, schema, &instance, at, observed);
    if let (Some(decode), Some(name), Body::Json(_)) =
        (decoder, component_name(schema), &sample.body)
    {
        match decode(name, &instance) {
            None => report.errors.push(format!(
                "{file}: no generated Rust type for #/components/schemas/{name}"
            )),
            Some(Err(e)) => report.errors.push(format!(
                "{file}: the generated type `types::{name}` cannot read it: {e} (schema #/components/schemas/{name})"
            )),
            Some(Ok(decoded)) => {
                if let Some(pointer) = first_difference(
                    &normalize(&instance),
                    &normalize(&decoded),
                    "",
                    sample.world,
                ) {
                    report.errors.push(format!(
                        "{file}: at {pointer}: the generated type `types::{name}` reads a different value than the sample holds (schema #/components/schemas/{name})"
                    ));
                }
            }
        }
    }
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

// ---------------------------------------------------------------- coverage

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

/// Every property location of the component schemas.
fn all_properties(schema: &Value, at: &str, out: &mut BTreeSet<String>) {
    if schema.get("$ref").is_some() {
        return; // described where it is defined
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            all_properties(branch, at, out);
        }
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (k, p) in props {
            let here = format!("{at}.{k}");
            out.insert(here.clone());
            all_properties(p, &here, out);
        }
    }
    if let Some(items) = schema.get("items") {
        all_properties(items, at, out);
    }
    if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
        all_properties(values, &format!("{at}.*"), out);
    }
}

fn coverage(
    spec: &Value,
    samples: &samples::Samples,
    observed: &BTreeSet<String>,
    dir: &str,
    report: &mut Report,
) {
    let statuses_of = |subject: &dyn Fn(&Subject) -> bool| -> BTreeSet<u16> {
        samples
            .samples
            .iter()
            .filter(|s| s.negative.is_none() && subject(&s.subject))
            .filter_map(|s| match &s.subject {
                Subject::Operation { status, .. } | Subject::Response { status, .. } => {
                    Some(*status)
                }
                Subject::Schema { .. } => None,
            })
            .collect()
    };
    let (mut ops_full, mut ops, mut pairs_covered, mut pairs) = (0, 0, 0, 0);
    for op in progenitor_adapter::operations(spec) {
        let name = op.name();
        ops += 1;
        let own = statuses_of(&|s| matches!(s, Subject::Operation { id, .. } if *id == name));
        let mut all_covered = true;
        for (status, response) in op
            .operation
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            pairs += 1;
            let shared = response
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/responses/"))
                .map(|component| {
                    statuses_of(
                        &|s| matches!(s, Subject::Response { name, .. } if name == component),
                    )
                })
                .unwrap_or_default();
            let fits = |s: &u16| {
                s.to_string() == *status || format!("{}XX", s / 100) == status.to_uppercase()
            };
            if own.iter().any(fits) || shared.iter().any(fits) {
                pairs_covered += 1;
            } else {
                all_covered = false;
                report.errors.push(format!(
                    "{dir}: {name}: no positive sample for response {status}"
                ));
            }
        }
        if all_covered {
            ops_full += 1;
        }
    }

    let mut properties = BTreeSet::new();
    for (name, schema) in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        all_properties(schema, name, &mut properties);
    }
    let mut listed = 0;
    for property in &properties {
        match (observed.contains(property), samples.unobserved.get(property)) {
            (true, Some(_)) => report.errors.push(format!(
                "{dir}/unobserved.yaml: `{property}` is listed as not yet observed, but a sample shows it; remove it from the list"
            )),
            (false, None) => report.errors.push(format!(
                "{dir}: `{property}` appears in no sample; add one, or list it in unobserved.yaml with why"
            )),
            (false, Some(why)) if why.trim().is_empty() => report.errors.push(format!(
                "{dir}/unobserved.yaml: `{property}` needs a reason"
            )),
            (false, Some(_)) => listed += 1,
            (true, None) => {}
        }
    }
    for stale in samples
        .unobserved
        .keys()
        .filter(|p| !properties.contains(*p))
    {
        report.errors.push(format!(
            "{dir}/unobserved.yaml: `{stale}` is not a property of any schema"
        ));
    }
    let negatives = samples
        .samples
        .iter()
        .filter(|s| s.negative.is_some())
        .count();
    report.coverage = Coverage {
        operations: (ops_full, ops),
        statuses: (pairs_covered, pairs),
        samples: (samples.samples.len() - negatives, negatives),
        real: samples.samples.iter().filter(|s| s.is_real()).count(),
        properties: (
            properties.iter().filter(|p| observed.contains(*p)).count(),
            listed,
            properties.len(),
        ),
    };
}
