//! What the spec says of the value at one place of a body, for the
//! redaction: the schemas the value must match there, `$ref`s resolved and
//! compositions (`allOf`, `oneOf`, `anyOf`) flattened into one list. Where
//! the spec says nothing (a property it does not describe, a value of any
//! type) the list is empty, and nothing there is known not to be personal.

use serde_json::Value;
use std::collections::BTreeSet;
use zendesk_spec_check::resolve;

/// The schemas of one place.
#[derive(Clone, Default)]
pub struct Place<'s> {
    spec: Option<&'s Value>,
    schemas: Vec<&'s Value>,
}

/// Keywords that say something of a value (a schema with none of them, such
/// as `CustomFieldValue.value`, takes anything).
const SAYS_SOMETHING: [&str; 6] = [
    "type",
    "enum",
    "properties",
    "items",
    "additionalProperties",
    "format",
];

impl<'s> Place<'s> {
    /// The place `schema` describes (nothing known without one).
    pub fn of(spec: &'s Value, schema: Option<&'s Value>) -> Place<'s> {
        let mut place = Place {
            spec: Some(spec),
            schemas: Vec::new(),
        };
        if let Some(schema) = schema {
            place.add(schema, 0);
        }
        place
    }

    fn add(&mut self, schema: &'s Value, depth: usize) {
        // Bounded: a cycle of references must not hang the tool.
        let (Some(spec), true) = (self.spec, depth < 16) else {
            return;
        };
        let Some(schema) = resolve(spec, schema) else {
            return;
        };
        self.schemas.push(schema);
        for composition in ["allOf", "oneOf", "anyOf"] {
            for member in schema
                .get(composition)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.add(member, depth + 1);
            }
        }
    }

    fn empty(&self) -> Place<'s> {
        Place {
            spec: self.spec,
            schemas: Vec::new(),
        }
    }

    fn gather(&self, pick: impl Fn(&'s Value) -> Option<&'s Value>) -> Place<'s> {
        let mut place = self.empty();
        for schema in self.schemas.iter().copied().filter_map(pick) {
            place.add(schema, 0);
        }
        place
    }

    /// Whether the spec says anything of the value here.
    pub fn is_described(&self) -> bool {
        self.schemas
            .iter()
            .any(|s| SAYS_SOMETHING.iter().any(|k| s.get(k).is_some()))
    }

    /// The place of property `key`, when the spec declares it here.
    pub fn property(&self, key: &str) -> Option<Place<'s>> {
        let place = self.gather(|s| s.get("properties")?.get(key));
        (!place.schemas.is_empty()).then_some(place)
    }

    /// Whether this is a record the spec describes property by property (a
    /// property it does not list is one Zendesk added, named by Zendesk).
    pub fn is_record(&self) -> bool {
        self.schemas
            .iter()
            .any(|s| s.get("properties").is_some_and(Value::is_object))
    }

    /// The place of a property the spec does not declare here: what
    /// `additionalProperties` says of it, or nothing.
    pub fn undeclared(&self) -> Place<'s> {
        self.gather(|s| s.get("additionalProperties").filter(|a| a.is_object()))
    }

    /// The place of an array's items.
    pub fn items(&self) -> Place<'s> {
        self.gather(|s| s.get("items"))
    }

    /// Whether the spec lists `text` among the values allowed here.
    pub fn lists(&self, text: &str) -> bool {
        self.schemas.iter().any(|s| {
            s.get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().any(|v| v.as_str() == Some(text)))
        })
    }

    /// Whether the spec says a timestamp goes here.
    pub fn is_date_time(&self) -> bool {
        self.schemas
            .iter()
            .any(|s| s.get("format").and_then(Value::as_str) == Some("date-time"))
    }

    /// Whether the spec types the value here as text.
    pub fn is_text(&self) -> bool {
        self.has_type("string")
    }

    /// Whether the spec types the value here as a number.
    pub fn is_number(&self) -> bool {
        self.has_type("integer") || self.has_type("number")
    }

    fn has_type(&self, name: &str) -> bool {
        self.schemas
            .iter()
            .any(|s| s.get("type").and_then(Value::as_str) == Some(name))
    }
}

/// Every property name the spec declares anywhere: Zendesk's names for
/// things (`id`, `file_name`, `value`), never a person's data.
pub fn property_names(spec: &Value) -> BTreeSet<String> {
    fn walk(value: &Value, names: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    names.extend(properties.keys().cloned());
                }
                map.values().for_each(|v| walk(v, names));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, names)),
            _ => {}
        }
    }
    let mut names = BTreeSet::new();
    walk(spec, &mut names);
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({ "components": { "schemas": {
            "Page": { "type": "object", "properties": {
                "items": { "type": "array", "items": { "$ref": "#/components/schemas/Item" } },
            } },
            "Item": { "type": "object", "properties": {
                "kind": { "type": "string", "enum": ["a", "b"] },
                "at": { "type": "string", "format": "date-time" },
                "fields": { "type": "object", "additionalProperties": true },
                "result": { "oneOf": [
                    { "type": "array", "items": { "type": "integer" } },
                    { "$ref": "#/components/schemas/Outcome" },
                ] },
                "value": { "description": "anything" },
            } },
            "Outcome": { "type": "object", "properties": { "success": { "type": "boolean" } } },
        } } })
    }

    #[test]
    fn places_follow_references_and_compositions() {
        let spec = spec();
        let page = Place::of(&spec, spec.pointer("/components/schemas/Page"));
        let item = page.property("items").unwrap().items();
        assert!(item.is_record());
        let kind = item.property("kind").unwrap();
        assert!(kind.lists("a") && !kind.lists("c") && kind.is_text());
        assert!(item.property("at").unwrap().is_date_time());
        assert!(item.property("nobody").is_none());
        let fields = item.property("fields").unwrap();
        assert!(!fields.is_record());
        assert!(!fields.undeclared().is_described(), "any value, any key");
        let result = item.property("result").unwrap();
        assert!(result.items().is_number());
        assert!(result.property("success").is_some());
        assert!(!item.property("value").unwrap().is_described());
        let names = property_names(&spec);
        assert!(names.contains("success") && names.contains("kind"));
        assert!(!names.contains("Item") && !names.contains("type"));
    }
}
