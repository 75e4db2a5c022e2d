//! The call of every operation in every language, made from one description
//! of it ([`Call`]: method, path, parameters, body and the spec's example
//! values) by one template per language (`xtask/templates/calls/`).
//!
//! A language is a file here and its template. The template has three
//! macros: `head()` (the set-up every call shares: base URL and token from
//! the environment), `call(c)` (this operation's call) and `tail()`. The
//! program a reader copies, the Markdown pages show and CI runs
//! (`cargo xtask calls`) is head, the call indented by the language's
//! `indent`, and tail.

pub mod curl;
pub mod go;
pub mod python;
pub mod run;
pub mod rust;
pub mod typescript;

use super::operation::Operation;
use crate::progenitor_adapter::{self, resolve, OperationRef};
use minijinja::Environment;
use serde::Serialize;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// Every language, in the order of the tabs.
pub const LANGUAGES: [&Language; 5] = [
    &curl::LANGUAGE,
    &python::LANGUAGE,
    &typescript::LANGUAGE,
    &go::LANGUAGE,
    &rust::LANGUAGE,
];

/// A template filter of a language: text in, text out.
pub type Filter = fn(String) -> String;

/// A language the reference shows calls in.
pub struct Language {
    /// `data-lang` of its blocks, and its name in `cargo xtask calls --lang`.
    pub id: &'static str,
    /// The tab's label.
    pub label: &'static str,
    /// The Markdown fence's info string.
    pub fence: &'static str,
    /// The file a program is written to before it is run.
    pub file: &'static str,
    /// The template (`head`, `call`, `tail` macros).
    pub template: &'static str,
    /// Spaces before each line of the call inside the program.
    pub indent: usize,
    /// Filters its template uses, on the call's compact JSON body.
    pub filters: &'static [(&'static str, Filter)],
    /// Where the call comes from when not from the template (Rust's are
    /// written by hand in `tests/doc_calls.rs`).
    pub handwritten: Option<fn(&Operation) -> String>,
    /// The tool that runs a program and its default name on `PATH`; `None`
    /// where CI runs the calls otherwise (Rust: `cargo test --test doc_calls`).
    pub tool: Option<&'static str>,
    /// How `tool` runs the program at `file`.
    pub run: fn(tool: &Path, file: &Path) -> Command,
    /// A check of all programs at once before they run (a formatter, a type
    /// checker), given the tool and the programs.
    pub check: Option<fn(tool: &Path, files: &[std::path::PathBuf]) -> Command>,
}

/// One description of an operation's call, from the spec: what every
/// language's sample is made of.
#[derive(Debug, Serialize, Clone)]
pub struct Call {
    pub operation: String,
    /// Upper case: `PUT`.
    pub method: String,
    /// The path with the example values of its parameters.
    pub path: String,
    /// The query parameters sent (the required ones and those with an
    /// example), with their example values, as text.
    pub query: Vec<(String, String)>,
    /// `query` percent-encoded (`page%5Bsize%5D=100`); empty for none.
    pub query_string: String,
    /// `path` and `?query_string`.
    pub url: String,
    /// The body's example as compact JSON.
    pub body: Option<String>,
    /// The body's properties, when it holds credentials: those are read
    /// from the environment, never written into a call.
    pub fields: Option<Vec<BodyField>>,
    /// Whether the call sends the access token (the token endpoint is
    /// called without one).
    pub authenticated: bool,
    /// The success status the reference shows and the runs check.
    pub status: u16,
}

/// A property of a body that holds credentials: its example as compact
/// JSON, or the environment variable it comes from (with a default).
#[derive(Debug, Serialize, Clone)]
pub struct BodyField {
    pub name: String,
    pub json: String,
    pub env: Option<&'static str>,
    pub default: Option<&'static str>,
}

/// The body properties a call reads from the environment, as the set-up's
/// own token minting does.
const FROM_ENVIRONMENT: [(&str, &str, Option<&str>); 3] = [
    ("client_id", "ZENDESK_CLIENT_ID", None),
    ("client_secret", "ZENDESK_CLIENT_SECRET", None),
    ("scope", "ZENDESK_OAUTH_SCOPES", Some("read write")),
];

/// The body's properties, if it carries an OAuth client's credentials.
fn credential_fields(body: &Value) -> Option<Vec<BodyField>> {
    let object = body.as_object()?;
    if !object.contains_key("client_id") {
        return None;
    }
    Some(
        object
            .iter()
            .map(|(name, value)| {
                let bound = FROM_ENVIRONMENT.iter().find(|(n, _, _)| n == name);
                BodyField {
                    name: name.clone(),
                    json: value.to_string(),
                    env: bound.map(|b| b.1),
                    default: bound.and_then(|b| b.2),
                }
            })
            .collect(),
    )
}

/// A parameter's example value: its own, or its schema's.
pub fn example(parameter: &Value) -> Option<Value> {
    parameter
        .get("example")
        .or_else(|| parameter.pointer("/schema/example"))
        .cloned()
}

/// An example value as it goes on the wire.
pub fn wire_value(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Percent-encodes all but unreserved characters and the comma of id lists.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn missing(operation: &str, parameter: &str) -> String {
    format!("{operation}: parameter `{parameter}` has no `example`: the reference's calls need one")
}

/// The call of `op`, with the spec's example values. A path parameter or
/// a required query parameter without an example is an error: the
/// reference could not show a call that runs.
pub fn describe(spec: &Value, op: &OperationRef) -> Result<Call, String> {
    let id = op.name();
    let mut path = op.path.to_string();
    let mut query = Vec::new();
    for p in progenitor_adapter::parameters(spec, op)
        .into_iter()
        .flatten()
    {
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
        let required = p.get("required") == Some(&Value::Bool(true));
        let value = example(p).map(|v| wire_value(&v));
        match (location, value) {
            ("path", Some(v)) => path = path.replace(&format!("{{{name}}}"), &encode(&v)),
            ("query", Some(v)) => query.push((name.to_string(), v)),
            ("path", None) => return Err(missing(&id, name)),
            ("query", None) if required => return Err(missing(&id, name)),
            _ => {}
        }
    }
    let query_string = query
        .iter()
        .map(|(n, v)| format!("{}={}", encode(n), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let example_body = op
        .operation
        .get("requestBody")
        .and_then(|b| resolve(spec, b))
        .and_then(|b| {
            b.get("content")?
                .as_object()?
                .values()
                .next()?
                .get("example")
        });
    let status = op
        .operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(s, _)| s.parse::<u16>().ok())
        .filter(|s| (200..300).contains(s))
        .min()
        .ok_or_else(|| format!("{id}: no success response to show"))?;
    Ok(Call {
        operation: id,
        method: op.method.to_uppercase(),
        url: if query_string.is_empty() {
            path.clone()
        } else {
            format!("{path}?{query_string}")
        },
        path,
        query,
        query_string,
        body: example_body.map(Value::to_string),
        fields: example_body.and_then(credential_fields),
        authenticated: op.operation.get("security") != Some(&Value::Array(Vec::new())),
        status,
    })
}

/// A language's call of one operation, and the whole program it makes.
#[derive(Debug, Serialize, Clone)]
pub struct Sample {
    pub lang: String,
    pub label: String,
    pub fence: String,
    /// What the page shows under the operation.
    pub call: String,
    /// What a reader copies and CI runs: set-up, call and end.
    pub program: String,
}

/// A language's set-up, shown once on the page; the copy button puts the
/// call between `head` and `tail`, indented by `indent`.
#[derive(Debug, Serialize, Clone)]
pub struct Setup {
    pub lang: String,
    pub label: String,
    pub fence: String,
    pub head: String,
    pub tail: String,
    pub indent: usize,
}

/// The templates of every language, ready to render.
pub struct Renderer {
    env: Environment<'static>,
}

impl Renderer {
    pub fn new() -> Result<Renderer, String> {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        for lang in LANGUAGES {
            env.add_template(lang.id, lang.template)
                .map_err(|e| format!("template calls/{}: {e}", lang.id))?;
            for (name, filter) in lang.filters {
                env.add_filter(*name, *filter);
            }
        }
        Ok(Renderer { env })
    }

    fn macro_text(
        &self,
        lang: &Language,
        name: &str,
        args: &[minijinja::Value],
    ) -> Result<String, String> {
        let error = |e: minijinja::Error| format!("template calls/{} {name}: {e:#}", lang.id);
        let template = self.env.get_template(lang.id).map_err(error)?;
        let captured = template.render_captured(()).map_err(error)?;
        let text = captured.state().call_macro(name, args).map_err(error)?;
        // Templates indent their macros' bodies for reading: one leading
        // newline and the trailing blank lines are theirs, not the code's.
        Ok(format!("{}\n", text.trim_start_matches('\n').trim_end()))
    }

    pub fn setup(&self, lang: &Language) -> Result<Setup, String> {
        let tail = self.macro_text(lang, "tail", &[])?;
        Ok(Setup {
            lang: lang.id.into(),
            label: lang.label.into(),
            fence: lang.fence.into(),
            head: self.macro_text(lang, "head", &[])?,
            tail: if tail.trim().is_empty() {
                String::new()
            } else {
                tail
            },
            indent: lang.indent,
        })
    }

    /// Every language's sample of `op`.
    pub fn samples(&self, op: &Operation) -> Result<Vec<Sample>, String> {
        let mut out = Vec::new();
        for lang in LANGUAGES {
            let call = match lang.handwritten {
                Some(code) => format!("{}\n", code(op).trim_end()),
                None => {
                    self.macro_text(lang, "call", &[minijinja::Value::from_serialize(&op.call)])?
                }
            };
            let setup = self.setup(lang)?;
            out.push(Sample {
                lang: lang.id.into(),
                label: lang.label.into(),
                fence: lang.fence.into(),
                program: program(&setup, &call),
                call,
            });
        }
        Ok(out)
    }
}

/// head, a blank line, the call indented, tail: the program (as the page's
/// copy button builds it too).
pub fn program(setup: &Setup, call: &str) -> String {
    let pad = " ".repeat(setup.indent);
    let mut out = format!("{}\n", setup.head);
    for line in call.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("{pad}{line}\n"));
        }
    }
    out.push_str(&setup.tail);
    out
}
