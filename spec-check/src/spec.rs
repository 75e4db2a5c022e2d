//! The spec read as data: the YAML document as a JSON value, its operations
//! and its local references.

use serde_json::Value;
use std::path::Path;

/// Parses the spec's YAML into a JSON value, as every reader takes it.
pub fn read_spec_text(text: &str) -> Result<Value, String> {
    yaml_serde::from_str(text).map_err(|e| e.to_string())
}

/// Reads and parses the spec at `path`; errors name the file.
pub fn read_spec_file(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    read_spec_text(&text).map_err(|e| format!("{}: {e}", path.display()))
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec, with its location.
pub struct OperationRef<'a> {
    /// The path template.
    pub path: &'a str,
    /// The lower-case HTTP method.
    pub method: &'a str,
    /// The operation object.
    pub operation: &'a Value,
    /// Parameters declared on the path item, shared by its operations.
    pub path_parameters: &'a [Value],
}

impl OperationRef<'_> {
    /// The operationId, or `METHOD path` when it has none.
    pub fn name(&self) -> String {
        match self.operation.get("operationId").and_then(Value::as_str) {
            Some(id) => id.to_string(),
            None => format!("{} {}", self.method.to_uppercase(), self.path),
        }
    }
}

/// Every operation of `spec`, in document order.
pub fn operations(spec: &Value) -> Vec<OperationRef<'_>> {
    let mut out = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let path_parameters = item
                .get("parameters")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for method in METHODS {
                if let Some(operation) = item.get(method) {
                    out.push(OperationRef {
                        path,
                        method,
                        operation,
                        path_parameters,
                    });
                }
            }
        }
    }
    out
}

/// Follows a local `$ref` (`#/a/b`) inside `spec`; a value without `$ref` is
/// returned as it is. `None` when the reference does not resolve.
pub fn resolve<'a>(spec: &'a Value, value: &'a Value) -> Option<&'a Value> {
    let mut current = value;
    // Bounded: a cycle of references must not hang the build.
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => current = spec.pointer(reference.strip_prefix('#')?)?,
            None => return Some(current),
        }
    }
    None
}

/// The parameters of an operation, path-level ones included, each resolved
/// (`None` for a `$ref` that does not resolve).
pub fn parameters<'a>(spec: &'a Value, op: &OperationRef<'a>) -> Vec<Option<&'a Value>> {
    let own = op
        .operation
        .get("parameters")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    op.path_parameters
        .iter()
        .chain(own)
        .map(|p| resolve(spec, p))
        .collect()
}

/// `Name` of a `$ref: "#/components/schemas/Name"`.
pub fn component_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// A key escaped for a JSON pointer (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The response `operation` declares for `status` (its own, or its class's
/// `4XX`), its `$ref` resolved.
pub fn operation_response<'a>(
    spec: &'a Value,
    operation: &str,
    status: u16,
) -> Result<&'a Value, String> {
    let op = operations(spec)
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
