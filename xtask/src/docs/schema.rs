//! A component schema as the reference shows it: its properties, its
//! deviations from Zendesk's docs, and the operations that use it.

use super::operation::Operation;
use super::text::{split_description, string};
use super::types::{may_be_null, type_parts, Part};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

#[derive(Debug, Serialize)]
pub struct Field {
    pub name: String,
    pub ty: Vec<Part>,
    pub nullable: bool,
    pub read_only: bool,
    pub required: bool,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct Schema {
    pub name: String,
    /// The page's anchor: `schema-<name in lower case>`.
    pub anchor: String,
    pub description: String,
    pub deviations: Vec<String>,
    pub ty: Vec<Part>,
    pub fields: Vec<Field>,
    /// The values of a string enum (the error codes, for one).
    pub values: Vec<String>,
    pub used_by: Vec<String>,
}

/// The anchor of a schema on the page.
pub fn anchor(name: &str) -> String {
    format!("schema-{}", name.to_ascii_lowercase())
}

/// Every component schema, in the spec's order.
pub fn schemas(spec: &Value, operations: &[Operation]) -> Vec<Schema> {
    let mut out = Vec::new();
    for (name, schema) in spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let (description, _, _, deviations) = split_description(&string(schema.get("description")));
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
                description: string(p.get("description")),
            })
            .collect();
        out.push(Schema {
            anchor: anchor(name),
            name: name.clone(),
            description,
            deviations,
            ty: type_parts(schema),
            fields,
            values: schema
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            used_by: operations
                .iter()
                .filter(|o| o.schemas.contains(name))
                .map(|o| o.id.clone())
                .collect(),
        });
    }
    out
}
