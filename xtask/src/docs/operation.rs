//! An operation as the reference shows it: who may call it, its limits,
//! parameters, request body, each response with a captured sample, its
//! deviations from Zendesk's docs, and the call in every language.

use super::calls::{self, Call, Sample};
use super::text::{split_description, string};
use super::types::{limits, refs_in, text, type_parts, Part};
use crate::progenitor_adapter::{self, resolve};
use crate::samples::{Body, Samples, Subject};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

#[derive(Debug, Serialize)]
pub struct Param {
    pub name: String,
    pub location: String,
    pub ty: Vec<Part>,
    pub required: bool,
    pub description: String,
    pub limits: String,
    /// The spec's example, as it goes on the wire.
    pub example: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ResponseDoc {
    pub status: String,
    pub description: String,
    pub media: Vec<String>,
    pub ty: Vec<Part>,
    pub headers: Vec<(String, String)>,
    pub sample: Option<String>,
    pub sample_lang: String,
    pub sample_source: String,
}

#[derive(Debug, Serialize)]
pub struct RequestBodyDoc {
    pub media: String,
    pub ty: Vec<Part>,
    pub required: bool,
    /// The spec's example, pretty-printed JSON.
    pub example: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Rejected {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Operation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub tag: String,
    pub description: String,
    pub allowed_for: String,
    pub rate_limit: String,
    pub deviations: Vec<String>,
    pub rejected_samples: Vec<Rejected>,
    pub params: Vec<Param>,
    pub body: Option<RequestBodyDoc>,
    pub responses: Vec<ResponseDoc>,
    pub schemas: Vec<String>,
    /// The one description of the call every language's sample is made from.
    pub call: Call,
    /// The Rust call, as `tests/doc_calls.rs` has it.
    pub rust: String,
    /// The call in every language (filled in by rendering).
    pub samples: Vec<Sample>,
}

/// Every operation of the spec, in the order of its tags, then by path.
pub fn operations(
    spec: &Value,
    samples: &Samples,
    doc_calls: &str,
) -> Result<Vec<Operation>, String> {
    let mut out = Vec::new();
    for op in progenitor_adapter::operations(spec) {
        out.push(operation(spec, samples, doc_calls, &op)?);
    }
    let tag_order = tag_names(spec);
    let tag_rank = |tag: &str| {
        tag_order
            .iter()
            .position(|t| t == tag)
            .unwrap_or(tag_order.len())
    };
    out.sort_by(|a, b| {
        (tag_rank(&a.tag), &a.path, &a.method).cmp(&(tag_rank(&b.tag), &b.path, &b.method))
    });
    Ok(out)
}

/// The spec's tags, in order.
pub fn tag_names(spec: &Value) -> Vec<String> {
    spec.get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| string(t.get("name")))
        .collect()
}

fn operation(
    spec: &Value,
    samples: &Samples,
    doc_calls: &str,
    op: &progenitor_adapter::OperationRef,
) -> Result<Operation, String> {
    let o = op.operation;
    let id = op.name();
    let (description, allowed_for, rate_limit, deviations) =
        split_description(&string(o.get("description")));
    let params: Vec<Param> = progenitor_adapter::parameters(spec, op)
        .into_iter()
        .flatten()
        .map(|p| param(spec, p))
        .collect();
    let mut used = BTreeSet::new();
    let mut responses = Vec::new();
    for (status, response) in o
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        responses.push(response_doc(
            spec, samples, &id, status, response, &mut used,
        ));
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
    let method = op.method.to_uppercase();
    Ok(Operation {
        call: calls::describe(spec, op)?,
        rust: calls::rust::doc_call(doc_calls, &id)?,
        samples: Vec::new(),
        body,
        tag: o
            .get("tags")
            .and_then(|t| t.get(0))
            .and_then(Value::as_str)
            .unwrap_or("Other")
            .to_string(),
        summary: string(o.get("summary")),
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
    })
}

fn param(spec: &Value, p: &Value) -> Param {
    let schema = p
        .get("schema")
        .and_then(|x| resolve(spec, x))
        .unwrap_or(&Value::Null);
    Param {
        name: string(p.get("name")),
        location: string(p.get("in")),
        ty: p
            .get("schema")
            .map(type_parts)
            .unwrap_or_else(|| text("any")),
        required: p.get("required") == Some(&Value::Bool(true)),
        description: string(p.get("description")),
        limits: limits(p, schema),
        example: calls::example(p).map(|v| calls::wire_value(&v)),
    }
}

fn response_doc(
    spec: &Value,
    samples: &Samples,
    id: &str,
    status: &str,
    response: &Value,
    used: &mut BTreeSet<String>,
) -> ResponseDoc {
    let shared = response
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_string);
    let r = resolve(spec, response).unwrap_or(&Value::Null);
    refs_in(spec, r, used);
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
                string(resolve(spec, h).and_then(|h| h.get("description"))),
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
            Subject::Operation { id: i, status } => i == id && *status == code,
            Subject::Response { name, status } => Some(name) == shared.as_ref() && *status == code,
            Subject::Schema { .. } => false,
        });
    let (text, lang, source) = match sample {
        Some(x) => {
            let (t, l) = sample_text(&x.body);
            (Some(t), l, format!("spec/samples/{}", x.file))
        }
        None => (None, String::new(), String::new()),
    };
    ResponseDoc {
        status: status.to_string(),
        description: string(r.get("description")),
        media,
        ty,
        headers,
        sample: text,
        sample_lang: lang,
        sample_source: source,
    }
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
