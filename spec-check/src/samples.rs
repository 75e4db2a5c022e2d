//! The captured samples under `spec/samples/`: what each is a sample of,
//! where it comes from, and which schema properties no sample shows yet.
//!
//! A sample's place says what it is a sample of:
//! - `<operationId>/<status>[-<label>].<ext>`: a response of that operation;
//! - `responses/<Name>/<status>[-<label>].<ext>`: the shared response `Name`;
//! - `schemas/<Name>/<label>.json`: one value of the component schema `Name`.
//!
//! The extension says what the body is: `.json`, `.txt` (text/plain),
//! `.html` (text/html), or
//! `.empty` (no body). `index.yaml` gives each sample's source and marks the
//! negative ones; `unobserved.yaml` lists the properties no sample shows, each
//! with why.
//!
//! Under `real/` the same layout holds bodies that others captured from live
//! Zendesk accounts (other clients' recorded fixtures). They are judged open
//! world: Zendesk adds properties we do not describe, and that is no error;
//! everything the spec does describe (types, nulls, enums, formats) must hold.

use crate::json_schema::World;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a sample is a sample of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A response of an operation, at a status.
    Operation {
        /// The operationId.
        id: String,
        /// The HTTP status.
        status: u16,
    },
    /// A shared response component, at a status.
    Response {
        /// The name under `components/responses`.
        name: String,
        /// The HTTP status.
        status: u16,
    },
    /// A value of a component schema.
    Schema {
        /// The name under `components/schemas`.
        name: String,
    },
}

/// A response body as captured.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// `application/json`.
    Json(Value),
    /// `text/plain`.
    Text(String),
    /// `text/html`: an error page from a proxy or load balancer.
    Html(String),
    /// No body.
    Empty,
}

/// A negative sample: a doc sample known to be wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    /// Why the docs are wrong here.
    pub reason: String,
    /// Where in the sample validation must fail (a JSON pointer).
    pub pointer: String,
    /// The schema keyword that must fail there.
    pub keyword: String,
}

/// One sample file.
#[derive(Debug, Clone)]
pub struct Sample {
    /// Path relative to the samples folder, with `/` separators.
    pub file: String,
    /// What it is a sample of.
    pub subject: Subject,
    /// Its body.
    pub body: Body,
    /// Set for negative samples.
    pub negative: Option<Negative>,
    /// How strictly it is judged: closed for ours and the docs', open for
    /// bodies captured from live accounts (`real/`).
    pub world: World,
}

impl Sample {
    /// Captured from a live account by someone else (`real/`).
    pub fn is_real(&self) -> bool {
        self.world == World::Open
    }
}

/// The samples folder, read.
#[derive(Debug, Default)]
pub struct Samples {
    /// Every sample, in file order.
    pub samples: Vec<Sample>,
    /// Property locations (`Schema.property`) no sample shows, with why.
    pub unobserved: BTreeMap<String, String>,
    /// Problems with the folder itself (unreadable files, unknown names,
    /// samples missing from the index), one line each.
    pub problems: Vec<String>,
}

/// Reads every sample under `dir`.
pub fn load(dir: &Path) -> Samples {
    let mut out = Samples::default();
    let index = match read_yaml(&dir.join("index.yaml")) {
        Ok(v) => v,
        Err(e) => {
            out.problems.push(e);
            Value::Null
        }
    };
    let unobserved_file = dir.join("unobserved.yaml");
    if unobserved_file.exists() {
        match read_yaml(&unobserved_file) {
            Ok(Value::Object(map)) => {
                for (k, v) in map {
                    out.unobserved
                        .insert(k, v.as_str().unwrap_or_default().to_string());
                }
            }
            Ok(Value::Null) => {}
            Ok(_) => out
                .problems
                .push("unobserved.yaml: must map `Schema.property` to a reason".into()),
            Err(e) => out.problems.push(e),
        }
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    files.sort();
    for file in &files {
        // The index, the unobserved list and a folder's README are not samples.
        if file == "index.yaml" || file == "unobserved.yaml" || file.ends_with("README.md") {
            continue;
        }
        match load_one(dir, file, index.get(file)) {
            Ok(sample) => out.samples.push(sample),
            Err(e) => out.problems.push(format!("{file}: {e}")),
        }
    }
    if let Some(entries) = index.as_object() {
        for name in entries.keys() {
            if !files.contains(name) {
                out.problems.push(format!(
                    "index.yaml: `{name}` is listed but there is no such sample"
                ));
            }
        }
    }
    out
}

fn read_yaml(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    yaml_serde::from_str(&text).map_err(|e| format!("{}: not valid YAML: {e}", path.display()))
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path: PathBuf = entry.path();
        if path.is_dir() {
            walk(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
}

fn load_one(dir: &Path, file: &str, entry: Option<&Value>) -> Result<Sample, String> {
    let entry = entry.ok_or("not listed in index.yaml (every sample needs its source)")?;
    let source = entry
        .get("source")
        .and_then(Value::as_str)
        .ok_or("index.yaml gives no `source`")?;
    let (world, place) = match file.strip_prefix("real/") {
        Some(place) => (World::Open, place),
        None => (World::Closed, file),
    };
    match (world, source) {
        (World::Open, "real") => {
            // Someone else's data: say whose, where, and under what licence.
            for key in ["from", "license"] {
                if entry
                    .get(key)
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
                {
                    return Err(format!(
                        "index.yaml: a real sample needs `{key}` (its provenance)"
                    ));
                }
            }
        }
        (World::Open, _) => return Err("a sample under real/ needs `source: real`".into()),
        (World::Closed, "real") => return Err("a `source: real` sample belongs under real/".into()),
        (World::Closed, _) => {}
    }
    let parts: Vec<&str> = place.split('/').collect();
    let name = *parts.last().unwrap_or(&"");
    let status = || -> Result<u16, String> {
        name.split(['-', '.'])
            .next()
            .and_then(|s| s.parse().ok())
            .filter(|s| (100..600).contains(s))
            .ok_or_else(|| "the file name must start with an HTTP status".to_string())
    };
    let subject = match parts.as_slice() {
        ["responses", component, _] => Subject::Response {
            name: component.to_string(),
            status: status()?,
        },
        ["schemas", component, _] => Subject::Schema {
            name: component.to_string(),
        },
        [operation, _] => Subject::Operation {
            id: operation.to_string(),
            status: status()?,
        },
        _ => {
            return Err(
                "not in an <operationId>/, responses/<Name>/ or schemas/<Name>/ folder".into(),
            )
        }
    };
    let text = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("cannot read: {e}"))?;
    let body = match name.rsplit('.').next() {
        Some("json") => {
            Body::Json(serde_json::from_str(&text).map_err(|e| format!("not valid JSON: {e}"))?)
        }
        Some("txt") => Body::Text(text),
        Some("html") => Body::Html(text),
        Some("empty") if text.is_empty() => Body::Empty,
        Some("empty") => return Err("an .empty sample must be empty".into()),
        _ => return Err("the extension must be .json, .txt, .html or .empty".into()),
    };
    let negative = match entry.get("negative") {
        None => None,
        Some(n) => {
            let field = |key: &str| {
                n.get(key)
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or_else(|| format!("index.yaml: negative sample needs `{key}`"))
            };
            Some(Negative {
                reason: field("reason")?,
                pointer: field("pointer")?,
                keyword: field("keyword")?,
            })
        }
    };
    Ok(Sample {
        file: file.to_string(),
        subject,
        body,
        negative,
        world,
    })
}
