//! Python, with `requests`.

use super::Language;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const LANGUAGE: Language = Language {
    id: "python",
    label: "Python",
    fence: "python",
    file: "call.py",
    template: include_str!("../../../templates/calls/python.jinja"),
    indent: 0,
    filters: &[("python_literal", python_literal)],
    handwritten: None,
    tool: Some("python3"),
    run: |python, file| {
        let mut c = Command::new(python);
        c.arg(file);
        c
    },
    check: Some(check),
};

/// Every program compiles.
fn check(python: &Path, files: &[PathBuf]) -> Command {
    let mut c = Command::new(python);
    c.args(["-m", "py_compile"]).args(files);
    c
}

/// JSON text as a Python literal (`true` is `True`, `null` is `None`).
fn python_literal(json: String) -> String {
    fn write(v: &Value, out: &mut String) {
        match v {
            Value::Null => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Number(n) => out.push_str(&n.to_string()),
            // A JSON string is a valid Python string literal.
            Value::String(s) => out.push_str(&Value::String(s.clone()).to_string()),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write(item, out);
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (k, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push_str(": ");
                    write(item, out);
                }
                out.push('}');
            }
        }
    }
    match serde_json::from_str::<Value>(&json) {
        Ok(v) => {
            let mut out = String::new();
            write(&v, &mut out);
            out
        }
        Err(_) => json,
    }
}
