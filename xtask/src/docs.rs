//! `cargo xtask docs`: the API reference under `docs/`, generated from the
//! spec and the samples so that it cannot disagree with them.
//!
//! The spec's descriptions follow a convention the reference relies on: the
//! paragraphs that start with `**Allowed for:**`, `**Rate limit:**` and
//! `**Deviation from Zendesk's docs:**` become sections of their own.
//! Rendering is done by minijinja templates (`xtask/templates/`); Markdown
//! descriptions become HTML through pulldown-cmark.

use crate::progenitor_adapter::{self, resolve};
use crate::samples::{Body, Samples, Subject};
use minijinja::Environment;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const ALLOWED: &str = "**Allowed for:**";
const RATE: &str = "**Rate limit:**";
const DEVIATION: &str = "**Deviation from Zendesk's docs:**";

/// A piece of a rendered type: text, maybe naming a component schema.
#[derive(Debug, Serialize, Clone, PartialEq)]
struct Part {
    text: String,
    schema: Option<String>,
}

#[derive(Debug, Serialize)]
struct Param {
    name: String,
    location: String,
    ty: Vec<Part>,
    required: bool,
    description: String,
    limits: String,
}

#[derive(Debug, Serialize)]
struct ResponseDoc {
    status: String,
    description: String,
    media: Vec<String>,
    ty: Vec<Part>,
    headers: Vec<(String, String)>,
    sample: Option<String>,
    sample_lang: String,
    sample_source: String,
}

#[derive(Debug, Serialize)]
struct RequestBodyDoc {
    media: String,
    ty: Vec<Part>,
    required: bool,
    /// The spec's example, pretty-printed JSON.
    example: Option<String>,
}

#[derive(Debug, Serialize)]
struct Rejected {
    file: String,
    reason: String,
}

#[derive(Debug, Serialize)]
struct Operation {
    id: String,
    method: String,
    path: String,
    summary: String,
    tag: String,
    description: String,
    allowed_for: String,
    rate_limit: String,
    deviations: Vec<String>,
    rejected_samples: Vec<Rejected>,
    params: Vec<Param>,
    body: Option<RequestBodyDoc>,
    responses: Vec<ResponseDoc>,
    schemas: Vec<String>,
    curl: String,
    rust: String,
}

#[derive(Debug, Serialize)]
struct Field {
    name: String,
    ty: Vec<Part>,
    nullable: bool,
    read_only: bool,
    required: bool,
    description: String,
}

#[derive(Debug, Serialize)]
struct Schema {
    name: String,
    description: String,
    deviations: Vec<String>,
    ty: Vec<Part>,
    fields: Vec<Field>,
    used_by: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Tag {
    name: String,
    description: String,
    operations: Vec<OperationRef>,
}

#[derive(Debug, Serialize)]
struct OperationRef {
    id: String,
    method: String,
    path: String,
    summary: String,
}

#[derive(Debug, Serialize)]
struct Reference {
    title: String,
    version: String,
    description: String,
    server: String,
    tags: Vec<Tag>,
    operations: Vec<Operation>,
    schemas: Vec<Schema>,
}

/// Every file of the reference, by path relative to `docs/`.
pub fn render(
    spec: &Value,
    samples: &Samples,
    calls: &str,
) -> Result<BTreeMap<String, String>, String> {
    let reference = build(spec, samples, calls)?;
    let mut env = Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("markdown", markdown_to_html);
    env.add_filter("cell", cell);
    env.add_filter("anchor", |s: String| s.to_ascii_lowercase());
    for (name, source) in [
        ("index.md", include_str!("../templates/index.md.jinja")),
        (
            "operation.md",
            include_str!("../templates/operation.md.jinja"),
        ),
        ("schema.md", include_str!("../templates/schema.md.jinja")),
        (
            "reference.html",
            include_str!("../templates/reference.html.jinja"),
        ),
        ("type.md", include_str!("../templates/type.md.jinja")),
        (
            "other-languages.md",
            include_str!("../templates/other-languages.md.jinja"),
        ),
    ] {
        env.add_template(name, source)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    let render = |template: &str, ctx: minijinja::Value| {
        env.get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| format!("template {template}: {e:#}"))
    };
    let mut files = BTreeMap::new();
    files.insert(
        "README.md".to_string(),
        render("index.md", minijinja::Value::from_serialize(&reference))?,
    );
    files.insert(
        "reference.html".to_string(),
        render(
            "reference.html",
            minijinja::Value::from_serialize(&reference),
        )?,
    );
    files.insert(
        "other-languages.md".to_string(),
        render(
            "other-languages.md",
            minijinja::context! {
                title => reference.title,
                id_lists => id_lists(spec),
                enums => progenitor_adapter::open_enums(spec)
                    .into_iter()
                    .map(|e| minijinja::context! {
                        schema => e.schema,
                        property => e.property,
                        values => e.values,
                    })
                    .collect::<Vec<_>>(),
            },
        )?,
    );
    for op in &reference.operations {
        files.insert(
            format!("operations/{}.md", op.id),
            render(
                "operation.md",
                minijinja::context! { op => op, title => reference.title },
            )?,
        );
    }
    for schema in &reference.schemas {
        files.insert(
            format!("schemas/{}.md", schema.name),
            render("schema.md", minijinja::context! { schema => schema })?,
        );
    }
    Ok(files)
}

/// The comma-separated id lists: operation, parameter and its pattern.
fn id_lists(spec: &Value) -> Vec<minijinja::Value> {
    let mut out = Vec::new();
    for op in progenitor_adapter::operations(spec) {
        for p in progenitor_adapter::parameters(spec, &op)
            .into_iter()
            .flatten()
        {
            if p["in"] == "query" && p["name"] == "ids" {
                out.push(minijinja::context! {
                    operation => op.name(),
                    name => "ids",
                    pattern => p.pointer("/schema/pattern").and_then(Value::as_str).unwrap_or(""),
                });
            }
        }
    }
    out
}

fn markdown_to_html(text: String) -> minijinja::Value {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
    minijinja::Value::from_safe_string(html)
}

/// Text fit for one Markdown table cell.
fn cell(text: String) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The description without the labelled paragraphs, and those paragraphs.
fn split_description(text: &str) -> (String, String, String, Vec<String>) {
    let (mut plain, mut allowed, mut rate, mut deviations) =
        (Vec::new(), String::new(), String::new(), Vec::new());
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(rest) = paragraph.strip_prefix(ALLOWED) {
            allowed = sentence(rest);
        } else if let Some(rest) = paragraph.strip_prefix(RATE) {
            rate = sentence(rest);
        } else if let Some(rest) = paragraph.strip_prefix(DEVIATION) {
            deviations.push(sentence(rest));
        } else {
            plain.push(paragraph.to_string());
        }
    }
    (plain.join("\n\n"), allowed, rate, deviations)
}

/// A labelled paragraph's text as a sentence of its own.
fn sentence(rest: &str) -> String {
    let rest = rest.trim();
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn text(s: &str) -> Vec<Part> {
    vec![Part {
        text: s.to_string(),
        schema: None,
    }]
}

/// Whether a `oneOf` branch is the spec's `NullValue` (`null` only).
fn is_null_branch(branch: &Value) -> bool {
    branch.get("$ref").and_then(Value::as_str) == Some("#/components/schemas/NullValue")
}

/// Whether a property may be `null`: `nullable`, or a `NullValue` branch.
fn may_be_null(property: &Value) -> bool {
    property.get("nullable") == Some(&Value::Bool(true))
        || ["oneOf", "anyOf"].iter().any(|k| {
            property
                .get(*k)
                .and_then(Value::as_array)
                .is_some_and(|b| b.iter().any(is_null_branch))
        })
}

/// A schema's type as text, with links to the component schemas it names.
fn type_parts(schema: &Value) -> Vec<Part> {
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
    {
        return vec![Part {
            text: name.to_string(),
            schema: Some(name.to_string()),
        }];
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            // `null` is said in the nullable column, not as a type.
            let branches: Vec<&Value> = branches.iter().filter(|b| !is_null_branch(b)).collect();
            if branches.len() == 1 {
                return type_parts(branches[0]);
            }
            let mut parts = text(if key == "allOf" {
                "all of: "
            } else {
                "one of: "
            });
            for (i, b) in branches.iter().enumerate() {
                if i > 0 {
                    parts.extend(text(" or "));
                }
                parts.extend(type_parts(b));
            }
            return parts;
        }
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => {
            let mut parts = text("array of ");
            parts.extend(
                schema
                    .get("items")
                    .map(type_parts)
                    .unwrap_or_else(|| text("any")),
            );
            parts
        }
        Some("object") if schema.get("properties").is_none() => {
            match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    let mut parts = text("map of ");
                    parts.extend(type_parts(values));
                    parts
                }
                _ => text("object"),
            }
        }
        Some(t) => {
            let mut s = t.to_string();
            if let Some(f) = schema.get("format").and_then(Value::as_str) {
                s.push_str(&format!(" ({f})"));
            }
            if let Some(values) = schema.get("enum").and_then(Value::as_array) {
                let v: Vec<String> = values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|v| format!("`{v}`"))
                    .collect();
                s.push_str(&format!(": {}", v.join(", ")));
            }
            text(&s)
        }
        None => text("any"),
    }
}

/// Limits worth stating: ranges, sizes, the wire form (allowed values are
/// part of the type).
fn limits(parameter: &Value, schema: &Value) -> String {
    let mut out = Vec::new();
    match (schema.get("minimum"), schema.get("maximum")) {
        (Some(a), Some(b)) => out.push(format!("{a} to {b}")),
        (None, Some(b)) => out.push(format!("at most {b}")),
        (Some(a), None) => out.push(format!("at least {a}")),
        (None, None) => {}
    }
    if let Some(max) = schema.get("maxItems") {
        out.push(format!("at most {max} items"));
    }
    if parameter.get("explode") == Some(&Value::Bool(false)) {
        out.push("comma-separated on the wire".into());
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        out.push(format!("pattern `{pattern}`"));
    }
    out.join("; ")
}

/// The `$ref` names reachable from `value`.
fn refs_in(spec: &Value, value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                if out.insert(name.to_string()) {
                    if let Some(s) = spec.pointer(&format!("/components/schemas/{name}")) {
                        refs_in(spec, s, out);
                    }
                }
            }
            map.values().for_each(|v| refs_in(spec, v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs_in(spec, v, out)),
        _ => {}
    }
}

/// The Rust call shown for an operation: the body of its function in
/// `tests/doc_calls.rs`.
fn rust_call(calls: &str, operation: &str) -> Result<String, String> {
    let marker = format!("// doc: {operation}");
    let mut lines = calls.lines().skip_while(|l| l.trim() != marker).skip(1);
    let header = lines.next().ok_or_else(|| {
        format!(
            "tests/doc_calls.rs has no `{marker}` function: add the call the reference should show"
        )
    })?;
    if !header.trim_end().ends_with('{') {
        return Err(format!(
            "tests/doc_calls.rs: `{marker}` must be followed by a function"
        ));
    }
    let body: Vec<&str> = lines
        .take_while(|l| *l != "}")
        .filter(|l| l.trim() != "Ok(())")
        .collect();
    Ok(body
        .iter()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n"))
}

fn curl(method: &str, path: &str, params: &[Param], data: Option<&str>) -> String {
    let query: Vec<String> = params
        .iter()
        .filter(|p| p.location == "query" && p.required)
        .map(|p| {
            format!(
                "{}={{{}}}",
                p.name,
                if p.name == "ids" {
                    "id1},{id2"
                } else {
                    &p.name
                }
            )
        })
        .collect();
    let url = if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    };
    let body = data
        .map(|d| format!(" \\\n  -H \"Content-Type: application/json\" -d '{d}'"))
        .unwrap_or_default();
    format!("curl -u \"{{email}}/token:{{api_token}}\" -X {method}{body} \\\n  \"https://{{subdomain}}.zendesk.com{url}\"")
}

fn sample_text(body: &Body) -> (String, String) {
    match body {
        Body::Json(v) => (
            serde_json::to_string_pretty(v).unwrap_or_default(),
            "json".into(),
        ),
        Body::Text(t) => (t.trim_end().to_string(), "text".into()),
        Body::Html(t) => (t.trim_end().to_string(), "html".into()),
        Body::Empty => ("(no body)".into(), "text".into()),
    }
}

fn build(spec: &Value, samples: &Samples, calls: &str) -> Result<Reference, String> {
    let s = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_string();
    let mut operations = Vec::new();
    for op in progenitor_adapter::operations(spec) {
        let o = op.operation;
        let id = op.name();
        let (description, allowed_for, rate_limit, deviations) =
            split_description(&s(o.get("description")));
        let params: Vec<Param> = progenitor_adapter::parameters(spec, &op)
            .into_iter()
            .flatten()
            .map(|p| {
                let schema = p
                    .get("schema")
                    .and_then(|x| resolve(spec, x))
                    .unwrap_or(&Value::Null);
                Param {
                    name: s(p.get("name")),
                    location: s(p.get("in")),
                    ty: p
                        .get("schema")
                        .map(type_parts)
                        .unwrap_or_else(|| text("any")),
                    required: p.get("required") == Some(&Value::Bool(true)),
                    description: s(p.get("description")),
                    limits: limits(p, schema),
                }
            })
            .collect();
        let mut responses = Vec::new();
        let mut used = BTreeSet::new();
        for (status, response) in o
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let shared = response
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.rsplit('/').next())
                .map(str::to_string);
            let r = resolve(spec, response).unwrap_or(&Value::Null);
            refs_in(spec, r, &mut used);
            let content = r.get("content").and_then(Value::as_object);
            let media: Vec<String> = content
                .map(|c| c.keys().cloned().collect())
                .unwrap_or_default();
            let ty = content
                .and_then(|c| c.get("application/json").or_else(|| c.values().next()))
                .and_then(|m| m.get("schema"))
                .map(type_parts)
                .unwrap_or_else(|| text("no body"));
            let headers = r
                .get("headers")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(name, h)| {
                    (
                        name.clone(),
                        s(resolve(spec, h).and_then(|h| h.get("description"))),
                    )
                })
                .collect();
            let code: u16 = status.parse().unwrap_or(0);
            // Ours and the docs' samples first: they are written to show the
            // whole shape; a real one where there is no other.
            let positive = || samples.samples.iter().filter(|x| x.negative.is_none());
            let sample = positive()
                .filter(|x| !x.is_real())
                .chain(positive().filter(|x| x.is_real()))
                .find(|x| match &x.subject {
                    Subject::Operation { id: i, status } => *i == id && *status == code,
                    Subject::Response { name, status } => {
                        Some(name) == shared.as_ref() && *status == code
                    }
                    Subject::Schema { .. } => false,
                });
            let (text, lang, source) = match sample {
                Some(x) => {
                    let (t, l) = sample_text(&x.body);
                    (Some(t), l, format!("spec/samples/{}", x.file))
                }
                None => (None, String::new(), String::new()),
            };
            responses.push(ResponseDoc {
                status: status.clone(),
                description: s(r.get("description")),
                media,
                ty,
                headers,
                sample: text,
                sample_lang: lang,
                sample_source: source,
            });
        }
        let rejected_samples = samples
            .samples
            .iter()
            .filter(|x| matches!(&x.subject, Subject::Operation { id: i, .. } if *i == id))
            .filter_map(|x| {
                x.negative.as_ref().map(|n| Rejected {
                    file: format!("spec/samples/{}", x.file),
                    reason: n.reason.clone(),
                })
            })
            .collect();
        let method = op.method.to_uppercase();
        let body = o
            .get("requestBody")
            .and_then(|b| resolve(spec, b))
            .and_then(|b| {
                let (media, content) = b.get("content")?.as_object()?.iter().next()?;
                Some(RequestBodyDoc {
                    media: media.clone(),
                    ty: content.get("schema").map(type_parts).unwrap_or_default(),
                    required: b.get("required").and_then(Value::as_bool).unwrap_or(false),
                    example: content
                        .get("example")
                        .map(|e| serde_json::to_string_pretty(e).unwrap_or_default()),
                })
            });
        let data = body
            .as_ref()
            .and_then(|b| b.example.as_deref())
            .and_then(|e| serde_json::from_str::<Value>(e).ok())
            .map(|e| e.to_string());
        operations.push(Operation {
            curl: curl(&method, op.path, &params, data.as_deref()),
            body,
            rust: rust_call(calls, &id)?,
            tag: o
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .unwrap_or("Other")
                .to_string(),
            summary: s(o.get("summary")),
            id,
            method,
            path: op.path.to_string(),
            description,
            allowed_for,
            rate_limit,
            deviations,
            rejected_samples,
            params,
            responses,
            schemas: used.into_iter().collect(),
        });
    }
    // In the order of the spec's tags (as the index shows them), then by path.
    let tag_order: Vec<String> = spec
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| s(t.get("name")))
        .collect();
    let tag_rank = |tag: &str| {
        tag_order
            .iter()
            .position(|t| t == tag)
            .unwrap_or(tag_order.len())
    };
    operations.sort_by(|a, b| {
        (tag_rank(&a.tag), &a.path, &a.method).cmp(&(tag_rank(&b.tag), &b.path, &b.method))
    });

    let tags = spec
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            let name = s(t.get("name"));
            Tag {
                operations: operations
                    .iter()
                    .filter(|o| o.tag == name)
                    .map(|o| OperationRef {
                        id: o.id.clone(),
                        method: o.method.clone(),
                        path: o.path.clone(),
                        summary: o.summary.clone(),
                    })
                    .collect(),
                description: s(t.get("description")),
                name,
            }
        })
        .collect();

    let mut schemas = Vec::new();
    for (name, schema) in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let (description, _, _, deviations) = split_description(&s(schema.get("description")));
        let required: BTreeSet<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let fields = schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(field, p)| Field {
                name: field.clone(),
                ty: type_parts(p),
                nullable: may_be_null(p),
                read_only: p.get("readOnly") == Some(&Value::Bool(true)),
                required: required.contains(field.as_str()),
                description: s(p.get("description")),
            })
            .collect();
        schemas.push(Schema {
            name: name.clone(),
            description,
            deviations,
            ty: type_parts(schema),
            fields,
            used_by: operations
                .iter()
                .filter(|o| o.schemas.contains(name))
                .map(|o| o.id.clone())
                .collect(),
        });
    }

    let (description, _, _, _) = split_description(&s(spec.pointer("/info/description")));
    Ok(Reference {
        title: s(spec.pointer("/info/title")),
        version: s(spec.pointer("/info/version")),
        description,
        server: s(spec.pointer("/servers/0/url")),
        tags,
        operations,
        schemas,
    })
}

/// Every file under `docs/` of the repository at `root`: the reference
/// (from the spec, its samples and tests/doc_calls.rs) and the comparison
/// with Zendesk's own document (`upstream.md`, see `crate::upstream`).
pub fn generate(root: &std::path::Path) -> Result<BTreeMap<String, String>, String> {
    let spec = crate::read_spec(root)?;
    let samples = crate::samples::load(&root.join("spec/samples"));
    let calls = std::fs::read_to_string(root.join("tests/doc_calls.rs"))
        .map_err(|e| format!("tests/doc_calls.rs: {e}"))?;
    let mut files = render(&spec, &samples, &calls)?;
    files.insert(
        "upstream.md".to_string(),
        crate::upstream::page(root, &spec)?,
    );
    Ok(files)
}

/// Whether the files on disk under `docs` equal `files`: the lines to print
/// when they do not (changed, missing and extra files, and each first
/// differing line).
pub fn differences(docs: &std::path::Path, files: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (path, expected) in files {
        match std::fs::read_to_string(docs.join(path)) {
            Err(_) => out.push(format!("docs/{path}: missing")),
            Ok(actual) if actual != *expected => {
                let line = actual
                    .lines()
                    .zip(expected.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
                out.push(format!(
                    "docs/{path}: out of date from line {} ({} lines on disk, {} generated)",
                    line + 1,
                    actual.lines().count(),
                    expected.lines().count()
                ));
            }
            Ok(_) => {}
        }
    }
    for extra in existing(docs)
        .into_iter()
        .filter(|p| !files.contains_key(p))
    {
        out.push(format!(
            "docs/{extra}: not generated from the spec any more"
        ));
    }
    out
}

/// Writes `files` under `docs`, removing files it no longer generates.
pub fn write(docs: &std::path::Path, files: &BTreeMap<String, String>) -> std::io::Result<()> {
    for stale in existing(docs)
        .into_iter()
        .filter(|p| !files.contains_key(p))
    {
        std::fs::remove_file(docs.join(stale))?;
    }
    for (path, text) in files {
        let target = docs.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if std::fs::read_to_string(&target).ok().as_deref() != Some(text) {
            std::fs::write(target, text)?;
        }
    }
    Ok(())
}

/// The generated kinds of files now under `docs`, relative.
fn existing(docs: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for sub in ["", "operations", "schemas"] {
        let Ok(entries) = std::fs::read_dir(docs.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && (name.ends_with(".md") || name.ends_with(".html")) {
                out.push(if sub.is_empty() {
                    name
                } else {
                    format!("{sub}/{name}")
                });
            }
        }
    }
    out.sort();
    out
}
