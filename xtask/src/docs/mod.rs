//! `cargo xtask docs`: the API reference under `docs/`, generated from the
//! spec and the samples so that it cannot disagree with them.
//!
//! One module per part of the reference: [`operation`] and [`schema`] (what
//! the pages say of each), [`calls`] (the call in every language, one file
//! and one template per language), [`search`] (the page's index), [`llms`]
//! (`llms.txt` and `llms-full.txt`), [`files`] (writing and checking
//! `docs/`). Rendering is done by minijinja templates (`xtask/templates/`);
//! Markdown descriptions become HTML through pulldown-cmark.

pub mod calls;
pub mod files;
pub mod llms;
pub mod operation;
pub mod schema;
pub mod search;
pub mod text;
pub mod types;

pub use files::{differences, write};

use crate::progenitor_adapter;
use crate::samples::Samples;
use calls::{Renderer, Setup};
use minijinja::Environment;
use operation::Operation;
use schema::Schema;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use text::{split_description, string};

/// The page the simulator serves at `/docs/` (`zendesk-simulator --docs`):
/// the reference with a try-it form under each operation. It lives in the
/// simulator's crate, which embeds it.
pub const TRY_IT_PAGE: &str = "simulator/docs/reference.html";

/// Where the generated files live, from the repository root: the reference
/// under `docs/`, the try-it page in the simulator's crate.
pub const DIRECTORIES: [&str; 4] = ["docs", "docs/operations", "docs/schemas", "simulator/docs"];

/// Where, in the try-it page, the simulator writes its OAuth client's
/// credentials, from which the page mints its token.
pub const CLIENT_ID_PLACEHOLDER: &str = "__SIMULATOR_CLIENT_ID__";
pub const CLIENT_SECRET_PLACEHOLDER: &str = "__SIMULATOR_CLIENT_SECRET__";

#[derive(Debug, Serialize)]
pub struct Tag {
    pub name: String,
    pub anchor: String,
    pub description: String,
    pub operations: Vec<OperationRef>,
}

#[derive(Debug, Serialize)]
pub struct OperationRef {
    pub id: String,
    pub method: String,
    pub path: String,
    pub summary: String,
}

/// A paragraph of the overview; one that starts with a bold title
/// (`**Rate limits.**`) has an anchor of its own.
#[derive(Debug, Serialize)]
pub struct Paragraph {
    pub anchor: Option<String>,
    pub title: Option<String>,
    pub text: String,
}

/// Everything the reference says, ready for the templates.
#[derive(Debug, Serialize)]
pub struct Reference {
    pub title: String,
    pub version: String,
    pub description: String,
    /// `description` by paragraph.
    pub overview: Vec<Paragraph>,
    pub server: String,
    pub tags: Vec<Tag>,
    pub operations: Vec<Operation>,
    pub schemas: Vec<Schema>,
    /// Each language's set-up, shown once.
    pub setups: Vec<Setup>,
}

/// The anchor of a tag on the page.
pub fn tag_anchor(name: &str) -> String {
    let slug: String = name
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("tag-{slug}")
}

/// The reference of `spec`, its samples and the Rust calls of
/// `tests/doc_calls.rs`.
pub fn build(spec: &Value, samples: &Samples, doc_calls: &str) -> Result<Reference, String> {
    let renderer = Renderer::new()?;
    let mut operations = operation::operations(spec, samples, doc_calls)?;
    for op in &mut operations {
        op.samples = renderer.samples(op)?;
    }
    let tags = spec
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            let name = string(t.get("name"));
            Tag {
                anchor: tag_anchor(&name),
                operations: operations
                    .iter()
                    .filter(|o| o.tag == name)
                    .map(|o| OperationRef {
                        id: o.id.clone(),
                        method: o.method.clone(),
                        path: o.path.clone(),
                        summary: o.summary.clone(),
                    })
                    .collect(),
                description: string(t.get("description")),
                name,
            }
        })
        .collect();
    let schemas = schema::schemas(spec, &operations);
    let setups = calls::LANGUAGES
        .iter()
        .map(|l| renderer.setup(l))
        .collect::<Result<_, _>>()?;
    let (description, _, _, _) = split_description(&string(spec.pointer("/info/description")));
    Ok(Reference {
        title: string(spec.pointer("/info/title")),
        version: string(spec.pointer("/info/version")),
        overview: overview(&description),
        description,
        server: string(spec.pointer("/servers/0/url")),
        tags,
        operations,
        schemas,
        setups,
    })
}

fn overview(description: &str) -> Vec<Paragraph> {
    description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let title = p
                .strip_prefix("**")
                .and_then(|rest| rest.split_once("**"))
                .map(|(t, _)| t.trim_end_matches('.').to_string());
            Paragraph {
                anchor: title
                    .as_deref()
                    .map(|t| format!("overview-{}", search::slug(t))),
                title,
                text: p.to_string(),
            }
        })
        .collect()
}

fn environment() -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("markdown", text::markdown_to_html);
    env.add_filter("cell", text::cell);
    env.add_filter("anchor", |s: String| s.to_ascii_lowercase());
    env.add_filter("slug", |s: String| search::slug(&s));
    for (name, source) in [
        ("index.md", include_str!("../../templates/index.md.jinja")),
        (
            "operation.md",
            include_str!("../../templates/operation.md.jinja"),
        ),
        ("schema.md", include_str!("../../templates/schema.md.jinja")),
        ("type.md", include_str!("../../templates/type.md.jinja")),
        ("calls.md", include_str!("../../templates/calls.md.jinja")),
        (
            "other-languages.md",
            include_str!("../../templates/other-languages.md.jinja"),
        ),
        ("llms.txt", include_str!("../../templates/llms.txt.jinja")),
        (
            "reference.html",
            include_str!("../../templates/reference.html.jinja"),
        ),
        (
            "html/operation.html",
            include_str!("../../templates/html/operation.html.jinja"),
        ),
        (
            "html/schema.html",
            include_str!("../../templates/html/schema.html.jinja"),
        ),
        (
            "html/type.html",
            include_str!("../../templates/html/type.html.jinja"),
        ),
    ] {
        env.add_template(name, source)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    Ok(env)
}

/// Every file of the reference, by its path from the repository root.
pub fn render(
    spec: &Value,
    samples: &Samples,
    doc_calls: &str,
    spec_text: &str,
) -> Result<BTreeMap<String, String>, String> {
    let reference = build(spec, samples, doc_calls)?;
    let env = environment()?;
    let render = |template: &str, ctx: minijinja::Value| {
        env.get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| format!("template {template}: {e:#}"))
    };
    let ctx = minijinja::Value::from_serialize(&reference);
    let mut files = BTreeMap::new();
    files.insert(
        "docs/README.md".to_string(),
        render("index.md", ctx.clone())?,
    );
    files.insert(
        "docs/calls.md".to_string(),
        render("calls.md", ctx.clone())?,
    );
    // The page carries the spec in a <script> element, which ends at the
    // first `</script` (and `<!--` changes how it is read).
    if spec_text.contains("</script") || spec_text.contains("<!--") {
        return Err(
            "spec/openapi.yaml holds `</script` or `<!--`: it cannot be embedded in the page"
                .into(),
        );
    }
    let index = search::json(&search::index(&reference));
    let page = |try_it: bool| {
        render(
            "reference.html",
            minijinja::context! {
                try_it => try_it,
                client_id_placeholder => CLIENT_ID_PLACEHOLDER,
                client_secret_placeholder => CLIENT_SECRET_PLACEHOLDER,
                search_index => index,
                spec_text => spec_text,
                // Not templates: copied into the page as they are.
                style => include_str!("../../templates/html/style.css"),
                page_js => include_str!("../../templates/html/page.js"),
                try_it_js => include_str!("../../templates/html/try-it.js"),
                ..ctx.clone()
            },
        )
    };
    files.insert("docs/reference.html".to_string(), page(false)?);
    files.insert(TRY_IT_PAGE.to_string(), page(true)?);
    files.insert(
        "docs/other-languages.md".to_string(),
        render(
            "other-languages.md",
            minijinja::context! {
                title => reference.title,
                id_lists => id_lists(spec),
                enums => progenitor_adapter::open_enums(spec)
                    .into_iter()
                    .map(|e| minijinja::context! {
                        schema => e.schema,
                        property => e.property,
                        values => e.values,
                    })
                    .collect::<Vec<_>>(),
            },
        )?,
    );
    let mut pages = Vec::new();
    for op in &reference.operations {
        let path = format!("operations/{}.md", op.id);
        let page = |whole_programs: bool| {
            render(
                "operation.md",
                minijinja::context! { op => op, title => reference.title, whole_programs => whole_programs },
            )
        };
        files.insert(format!("docs/{path}"), page(true)?);
        // In the one file, each language's set-up once (calls.md), then
        // the calls alone.
        pages.push((path, page(false)?));
    }
    for schema in &reference.schemas {
        let path = format!("schemas/{}.md", schema.name);
        let text = render("schema.md", minijinja::context! { schema => schema })?;
        files.insert(format!("docs/{path}"), text.clone());
        pages.push((path, text));
    }
    files.insert(
        "docs/llms.txt".to_string(),
        render("llms.txt", ctx.clone())?,
    );
    files.insert(
        "docs/llms-full.txt".to_string(),
        llms::full(&files["docs/README.md"], &files["docs/calls.md"], &pages),
    );
    Ok(files)
}

/// The comma-separated id lists: operation, parameter and its pattern.
fn id_lists(spec: &Value) -> Vec<minijinja::Value> {
    let mut out = Vec::new();
    for op in progenitor_adapter::operations(spec) {
        for p in progenitor_adapter::parameters(spec, &op)
            .into_iter()
            .flatten()
        {
            if p["in"] == "query" && p["name"] == "ids" {
                out.push(minijinja::context! {
                    operation => op.name(),
                    name => "ids",
                    pattern => p.pointer("/schema/pattern").and_then(Value::as_str).unwrap_or(""),
                });
            }
        }
    }
    out
}

/// The reference of the repository at `root`: its spec, samples and
/// tests/doc_calls.rs.
pub fn reference(root: &std::path::Path) -> Result<Reference, String> {
    let spec = crate::read_spec(root)?;
    let samples = crate::samples::load(&root.join("spec/samples"));
    let doc_calls = std::fs::read_to_string(root.join("tests/doc_calls.rs"))
        .map_err(|e| format!("tests/doc_calls.rs: {e}"))?;
    build(&spec, &samples, &doc_calls)
}

/// Every generated file of the repository at `root`, by path from it: the
/// reference (from the spec, its samples and
/// tests/doc_calls.rs) and the comparison with Zendesk's own document
/// (`upstream.md`, see `crate::upstream`).
pub fn generate(root: &std::path::Path) -> Result<BTreeMap<String, String>, String> {
    let spec_text = std::fs::read_to_string(root.join("spec/openapi.yaml"))
        .map_err(|e| format!("spec/openapi.yaml: {e}"))?;
    let spec = crate::read_spec_text(&spec_text)?;
    let samples = crate::samples::load(&root.join("spec/samples"));
    let doc_calls = std::fs::read_to_string(root.join("tests/doc_calls.rs"))
        .map_err(|e| format!("tests/doc_calls.rs: {e}"))?;
    let mut files = render(&spec, &samples, &doc_calls, &spec_text)?;
    files.insert(
        "docs/upstream.md".to_string(),
        crate::upstream::page(root, &spec)?,
    );
    Ok(files)
}
