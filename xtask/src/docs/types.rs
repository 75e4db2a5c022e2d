//! Types as the reference writes them: text, with links to the component
//! schemas they name; and the limits of a parameter worth stating.

use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

/// A piece of a rendered type: text, maybe naming a component schema.
#[derive(Debug, Serialize, Clone, PartialEq)]
pub struct Part {
    pub text: String,
    pub schema: Option<String>,
}

pub fn text(s: &str) -> Vec<Part> {
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
pub fn may_be_null(property: &Value) -> bool {
    property.get("nullable") == Some(&Value::Bool(true))
        || ["oneOf", "anyOf"].iter().any(|k| {
            property
                .get(*k)
                .and_then(Value::as_array)
                .is_some_and(|b| b.iter().any(is_null_branch))
        })
}

/// A schema's type as text, with links to the component schemas it names.
pub fn type_parts(schema: &Value) -> Vec<Part> {
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
pub fn limits(parameter: &Value, schema: &Value) -> String {
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
pub fn refs_in(spec: &Value, value: &Value, out: &mut BTreeSet<String>) {
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
