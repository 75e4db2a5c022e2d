//! OpenAPI 3.0 schemas as JSON Schema, for a real validator.
//!
//! OpenAPI 3.0's schema dialect differs from JSON Schema in a few places that
//! matter here: `nullable: true` (JSON Schema spells it with a `"null"` type),
//! `$ref` siblings (ignored in 3.0), and annotations such as `example`. In
//! closed-world mode every object schema that lists `properties` and says
//! nothing about `additionalProperties` is closed, so a sample property the
//! spec does not describe is an error instead of passing silently.

use serde_json::{json, Map, Value};

/// How strictly to read objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum World {
    /// Properties not described are errors.
    Closed,
    /// Properties not described are allowed (JSON Schema's default).
    Open,
}

/// Converts one OpenAPI 3.0 schema (and everything inside it) to JSON Schema
/// draft 4, which shares OpenAPI 3.0's keyword meanings (boolean
/// `exclusiveMaximum`, …).
pub fn convert(schema: &Value, world: World) -> Value {
    let Some(object) = schema.as_object() else {
        return schema.clone();
    };
    // In OpenAPI 3.0 everything beside a `$ref` is ignored.
    if let Some(reference) = object.get("$ref") {
        return json!({ "$ref": reference });
    }
    let mut out = Map::new();
    for (key, value) in object {
        let converted = match key.as_str() {
            // Annotations JSON Schema does not know, or that we handle below.
            "nullable" | "example" | "examples" | "xml" | "externalDocs" | "discriminator"
            | "deprecated" | "readOnly" | "writeOnly" => continue,
            "properties" => Value::Object(
                value
                    .as_object()
                    .map(|props| {
                        props
                            .iter()
                            .map(|(name, s)| (name.clone(), convert(s, world)))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
            "items" | "not" => convert(value, world),
            "additionalProperties" if value.is_object() => convert(value, world),
            // An inline member of `allOf` is left open: closed, it would
            // reject the properties the other members describe (draft 4 has
            // no `unevaluatedProperties`). A `$ref` member stays as closed
            // as its component.
            "allOf" => Value::Array(
                value
                    .as_array()
                    .map(|members| members.iter().map(|m| convert(m, World::Open)).collect())
                    .unwrap_or_default(),
            ),
            "oneOf" | "anyOf" => Value::Array(
                value
                    .as_array()
                    .map(|branches| branches.iter().map(|b| convert(b, world)).collect())
                    .unwrap_or_default(),
            ),
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if world == World::Closed
        && out.contains_key("properties")
        && !out.contains_key("additionalProperties")
    {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    if object.get("nullable") == Some(&Value::Bool(true)) {
        return with_null(out);
    }
    Value::Object(out)
}

/// Allows `null` in a converted schema.
fn with_null(mut schema: Map<String, Value>) -> Value {
    if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
        if !values.contains(&Value::Null) {
            values.push(Value::Null);
        }
    }
    match schema.get("type").cloned() {
        Some(Value::String(t)) => {
            schema.insert("type".into(), json!([t, "null"]));
            Value::Object(schema)
        }
        // No single type (composition, or any value): allow null beside it.
        _ => json!({ "anyOf": [Value::Object(schema), { "type": "null" }] }),
    }
}

/// A JSON Schema document that validates against `schema` and resolves
/// `#/components/schemas/…` references inside the converted components.
pub fn document(spec: &Value, schema: &Value, world: World) -> Value {
    let components: Map<String, Value> = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .map(|(name, s)| (name.clone(), convert(s, world)))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "$schema": "http://json-schema.org/draft-04/schema#",
        "allOf": [convert(schema, world)],
        "components": { "schemas": components },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_adds_null_to_type_and_enum() {
        let s = convert(
            &json!({"type": "string", "nullable": true, "enum": ["a", "b"]}),
            World::Closed,
        );
        assert_eq!(
            s,
            json!({"type": ["string", "null"], "enum": ["a", "b", null]})
        );
    }

    #[test]
    fn nullable_composition_becomes_any_of_null() {
        let s = convert(
            &json!({"nullable": true, "allOf": [{"$ref": "#/x"}]}),
            World::Closed,
        );
        assert_eq!(
            s,
            json!({"anyOf": [{"allOf": [{"$ref": "#/x"}]}, {"type": "null"}]})
        );
    }

    #[test]
    fn inline_members_of_all_of_stay_open_in_a_closed_world() {
        let s = convert(
            &json!({"allOf": [{"$ref": "#/x"}, {"type": "object", "required": ["a"], "properties": {"a": {}}}]}),
            World::Closed,
        );
        assert_eq!(
            s,
            json!({"allOf": [{"$ref": "#/x"}, {"type": "object", "required": ["a"], "properties": {"a": {}}}]})
        );
    }

    #[test]
    fn closed_world_closes_objects_with_properties_only() {
        let s = convert(
            &json!({"type": "object", "properties": {"a": {"type": "object"}}}),
            World::Closed,
        );
        assert_eq!(s["additionalProperties"], json!(false));
        assert!(s["properties"]["a"].get("additionalProperties").is_none());
        let open = convert(&json!({"type": "object", "properties": {}}), World::Open);
        assert!(open.get("additionalProperties").is_none());
    }

    #[test]
    fn ref_siblings_are_ignored_as_in_openapi_3_0() {
        let s = convert(
            &json!({"$ref": "#/a", "description": "d", "nullable": true}),
            World::Closed,
        );
        assert_eq!(s, json!({"$ref": "#/a"}));
    }
}
