//! `cargo xtask validate`: the spec's structure, and every captured sample
//! against the schema of its operation and status (closed world), decoded by
//! the generated Rust types, with coverage of operations, statuses and
//! properties.

use crate::progenitor_adapter;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use zendesk_spec_check::samples::{self, Subject};
pub use zendesk_spec_check::Decoder;
use zendesk_spec_check::{check_folder, component_name, escape, resolve, schema_errors, World};

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

    let checked = check_folder(&spec, samples_dir, decoder);
    report.errors.extend(checked.errors);
    let dir = samples_dir.display().to_string();
    coverage(
        &spec,
        &checked.samples,
        &checked.observed,
        &dir,
        &mut report,
    );
    report
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

// ---------------------------------------------------------------- coverage

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
