//! The page's search index: operations (id, summary, method and path),
//! schemas and their properties, parameters, error codes and the prose,
//! each with the anchor it links to. It is embedded in the page (JSON), so
//! the search works offline and from the file system.

use super::text::plain;
use super::Reference;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// One thing to find: `[kind, anchor, title, detail, text]` on the page.
#[derive(Debug, Serialize, PartialEq)]
pub struct Entry(
    pub &'static str,
    pub String,
    pub String,
    pub String,
    pub String,
);

/// The anchor of a parameter of an operation.
pub fn param_anchor(op: &str, name: &str) -> String {
    format!("op-{op}-param-{}", slug(name))
}

/// The anchor of a property of a schema.
pub fn property_anchor(schema_anchor: &str, name: &str) -> String {
    format!("{schema_anchor}-{}", slug(name))
}

/// A name as an anchor: `page[size]` is `page-size-`.
pub fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Every entry of the reference, in the page's order.
pub fn index(reference: &Reference) -> Vec<Entry> {
    let mut out = Vec::new();
    for p in &reference.overview {
        if let (Some(anchor), Some(title)) = (&p.anchor, &p.title) {
            out.push(Entry(
                "guide",
                anchor.clone(),
                title.clone(),
                "overview".into(),
                plain(&p.text),
            ));
        }
    }
    out.push(Entry(
        "guide",
        "calling".into(),
        "Calling the API: base URL and OAuth token".into(),
        "set-up".into(),
        "ZENDESK_BASE_URL ZENDESK_SUBDOMAIN ZENDESK_OAUTH_TOKEN ZENDESK_CLIENT_ID ZENDESK_CLIENT_SECRET ZENDESK_OAUTH_SCOPES client credentials curl python typescript go rust".into(),
    ));
    for tag in &reference.tags {
        out.push(Entry(
            "tag",
            tag.anchor.clone(),
            tag.name.clone(),
            "tag".into(),
            plain(&tag.description),
        ));
    }
    let mut errors: BTreeMap<(String, String), (String, Vec<String>)> = BTreeMap::new();
    for op in &reference.operations {
        let anchor = format!("op-{}", op.id);
        out.push(Entry(
            "operation",
            anchor.clone(),
            op.summary.clone(),
            format!("{} {} · {}", op.method, op.path, op.id),
            plain(&format!(
                "{} {} {} {}",
                op.description, op.allowed_for, op.rate_limit, op.tag
            )),
        ));
        for p in &op.params {
            out.push(Entry(
                "parameter",
                param_anchor(&op.id, &p.name),
                p.name.clone(),
                format!("{} parameter of {}", p.location, op.id),
                plain(&p.description),
            ));
        }
        for (i, d) in op.deviations.iter().enumerate() {
            out.push(Entry(
                "deviation",
                format!("{anchor}-deviations"),
                format!("Deviation: {}", op.summary),
                format!("{} · {}", op.id, i + 1),
                plain(d),
            ));
        }
        for r in &op.responses {
            let code = r
                .sample
                .as_deref()
                .and_then(|s| serde_json::from_str::<Value>(s).ok())
                .and_then(|v| v.get("error").and_then(Value::as_str).map(str::to_string));
            if let Some(code) = code {
                let entry = errors
                    .entry((code, r.status.clone()))
                    .or_insert_with(|| (format!("{anchor}-{}", slug(&r.status)), Vec::new()));
                entry.1.push(op.id.clone());
            }
        }
    }
    for ((code, status), (anchor, ops)) in errors {
        out.push(Entry(
            "error",
            anchor,
            code,
            format!("{status} error"),
            format!("answered by {}", ops.join(", ")),
        ));
    }
    for s in &reference.schemas {
        out.push(Entry(
            "schema",
            s.anchor.clone(),
            s.name.clone(),
            "schema".into(),
            plain(&format!("{} {}", s.description, s.values.join(" "))),
        ));
        for f in &s.fields {
            out.push(Entry(
                "property",
                property_anchor(&s.anchor, &f.name),
                format!("{}.{}", s.name, f.name),
                "property".into(),
                plain(&f.description),
            ));
        }
    }
    out
}

/// The index as JSON fit for a `<script type="application/json">` element
/// (`</` is written `<\/`, which JSON reads as `</`).
pub fn json(entries: &[Entry]) -> String {
    serde_json::to_string(entries)
        .unwrap_or_else(|_| "[]".into())
        .replace("</", "<\\/")
}
