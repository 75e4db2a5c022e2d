//! `docs/upstream.md`: our spec beside Zendesk's own OpenAPI document
//! (`spec/upstream/`), for the operations of the families we cover.
//!
//! For each of Zendesk's operations in those families: covered, covered with
//! a deviation (our note), or not covered and why (`coverage.yaml` must say
//! why, or the page is not written: a new operation such as `bulk_recover`
//! cannot pass unnoticed); our operations Zendesk's document lacks, and why;
//! the query parameters and the properties each side has that the other
//! lacks. Operations are matched by method and path (path parameters by
//! position), or by `same_as` where our path deviates.

use crate::progenitor_adapter::{operations, parameters, resolve, OperationRef};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const DEVIATION: &str = "**Deviation from Zendesk's docs:**";

/// What `spec/upstream/coverage.yaml` says.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Coverage {
    document: String,
    families: Vec<String>,
    #[serde(default)]
    same_as: BTreeMap<String, String>,
    #[serde(default)]
    not_covered: BTreeMap<String, String>,
    #[serde(default)]
    ours_only: BTreeMap<String, String>,
    #[serde(default)]
    schemas: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
struct Row {
    method: String,
    path: String,
    theirs: String,
    ours: Option<String>,
    /// `covered`, `deviation` or `not covered`.
    status: &'static str,
    /// The deviation or the reason, and the query parameters only one side
    /// has.
    note: String,
}

#[derive(Debug, Serialize)]
struct Family {
    name: String,
    rows: Vec<Row>,
}

#[derive(Debug, Serialize)]
struct OursOnly {
    id: String,
    method: String,
    path: String,
    why: String,
}

#[derive(Debug, Serialize)]
struct SchemaDiff {
    ours: String,
    theirs: String,
    theirs_only: Vec<String>,
    ours_only: Vec<String>,
    /// Required in Zendesk's document, optional in ours; and the reverse.
    required_there: Vec<String>,
    required_here: Vec<String>,
    /// Our deviations from Zendesk's docs on this schema and its
    /// properties, each `property: first sentence`.
    deviations: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Page {
    document: String,
    title: String,
    version: String,
    families: Vec<Family>,
    ours_only: Vec<OursOnly>,
    schemas: Vec<SchemaDiff>,
    counts: BTreeMap<&'static str, usize>,
}

/// One operation of a document.
struct Op<'a> {
    id: String,
    method: String,
    path: String,
    value: &'a Value,
    at: OperationRef<'a>,
}

/// The operations of `doc` that have an id, with their method in capitals.
fn ops(doc: &Value) -> Vec<Op<'_>> {
    operations(doc)
        .into_iter()
        .filter_map(|at| {
            Some(Op {
                id: at.operation.get("operationId")?.as_str()?.to_string(),
                method: at.method.to_ascii_uppercase(),
                path: at.path.to_string(),
                value: at.operation,
                at,
            })
        })
        .collect()
}

/// A path with its parameters' names left out: `/a/{id}` → `/a/{}`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

/// The names of an operation's query parameters.
fn query_names(doc: &Value, op: &Op<'_>) -> BTreeSet<String> {
    parameters(doc, &op.at)
        .into_iter()
        .flatten()
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// An operation's success responses as `200 application/json` or `200 (no
/// body)`, one per status and media type.
fn success_bodies(doc: &Value, op: &Op<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for (status, response) in op
        .value
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(status, _)| status.starts_with('2'))
    {
        let content = resolve(doc, response)
            .and_then(|r| r.get("content"))
            .and_then(Value::as_object)
            .filter(|c| !c.is_empty());
        match content {
            Some(content) => out.extend(content.keys().map(|media| format!("{status} {media}"))),
            None => out.push(format!("{status} (no body)")),
        }
    }
    out.sort();
    out
}

/// The properties a schema describes, its compositions' included; and those
/// it requires: its own, every `allOf` branch's, and of an `anyOf`/`oneOf`
/// those that every branch requires (whichever branch a value takes, it has
/// them).
fn properties(doc: &Value, schema: &Value, depth: usize) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut names = BTreeSet::new();
    let mut required = BTreeSet::new();
    let Some(schema) = resolve(doc, schema) else {
        return (names, required);
    };
    if depth > 8 {
        return (names, required);
    }
    if let Some(p) = schema.get("properties").and_then(Value::as_object) {
        names.extend(p.keys().cloned());
    }
    if let Some(r) = schema.get("required").and_then(Value::as_array) {
        required.extend(r.iter().filter_map(Value::as_str).map(str::to_string));
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        let mut every_branch: Option<BTreeSet<String>> = None;
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (n, r) = properties(doc, branch, depth + 1);
            names.extend(n);
            if key == "allOf" {
                required.extend(r);
            } else {
                every_branch = Some(match every_branch {
                    None => r,
                    Some(so_far) => so_far.intersection(&r).cloned().collect(),
                });
            }
        }
        required.extend(every_branch.unwrap_or_default());
    }
    (names, required)
}

/// The gist of each deviation paragraph of a description: its first
/// sentence, and the second when the first is short (the first often says
/// what the docs say, the second what is true).
fn deviations(description: &str) -> Vec<String> {
    description
        .split("\n\n")
        .filter_map(|p| p.trim().strip_prefix(DEVIATION))
        .map(|rest| {
            let flat = rest.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = flat.find(". ").map_or(flat.len(), |end| end + 1);
            let end = if first < 120 {
                flat[first..]
                    .find(". ")
                    .map_or(flat.len(), |end| first + end + 1)
            } else {
                first
            };
            flat[..end].trim().to_string()
        })
        .collect()
}

/// The deviations written on a schema and on its own properties.
fn schema_deviations(schema: &Value) -> Vec<String> {
    let text = |v: &Value| {
        v.get("description")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let mut out: Vec<String> = deviations(&text(schema));
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        out.extend(
            deviations(&text(property))
                .into_iter()
                .map(|d| format!("`{name}`: {d}")),
        );
    }
    out
}

/// Reads `spec/upstream/` under `root` and compares it with `spec`; the
/// data of the page, or every reason it cannot be written.
fn compare(root: &Path, spec: &Value) -> Result<Page, String> {
    let dir = root.join("spec/upstream");
    let coverage: Coverage = {
        let path = dir.join("coverage.yaml");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        yaml_serde::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let theirs: Value = {
        let path = dir.join(&coverage.document);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        yaml_serde::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let their_ops = ops(&theirs);
    let our_ops = ops(spec);
    let mut problems = Vec::new();

    // Ours matched to theirs: by `same_as`, else by method and path shape.
    let mut matched: BTreeMap<String, &Op<'_>> = BTreeMap::new();
    for ours in &our_ops {
        let found = match coverage.same_as.get(&ours.id) {
            Some(id) => their_ops.iter().find(|t| &t.id == id),
            None => their_ops
                .iter()
                .find(|t| t.method == ours.method && shape(&t.path) == shape(&ours.path)),
        };
        if let Some(t) = found {
            matched.insert(t.id.clone(), ours);
        }
    }

    let in_family = |op: &Op<'_>| {
        op.value
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find(|t| coverage.families.iter().any(|f| f == t))
            .map(str::to_string)
    };
    let mut families: BTreeMap<String, Vec<Row>> = coverage
        .families
        .iter()
        .map(|f| (f.clone(), Vec::new()))
        .collect();
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for t in &their_ops {
        let Some(family) = in_family(t) else {
            continue;
        };
        let row = match matched.get(&t.id) {
            Some(ours) => {
                let description = ours
                    .value
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let notes = deviations(description);
                let (theirs_q, ours_q) = (query_names(&theirs, t), query_names(spec, ours));
                if coverage.not_covered.contains_key(&t.id) {
                    problems.push(format!(
                        "spec/upstream/coverage.yaml: {} is covered (by {}); drop its reason",
                        t.id, ours.id
                    ));
                }
                let (theirs_r, ours_r) = (success_bodies(&theirs, t), success_bodies(spec, ours));
                if theirs_r != ours_r && notes.is_empty() {
                    problems.push(format!(
                        "{}: Zendesk's document answers {}, ours {}: write the deviation down in \
                         its description in spec/openapi.yaml ({DEVIATION} …)",
                        ours.id,
                        theirs_r.join(", "),
                        ours_r.join(", ")
                    ));
                }
                let mut note = notes.clone();
                let listed = |names: Vec<&String>| {
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let only_theirs: Vec<&String> = theirs_q.difference(&ours_q).collect();
                if !only_theirs.is_empty() {
                    note.push(format!(
                        "Query parameters only Zendesk's document has: {}.",
                        listed(only_theirs)
                    ));
                }
                let only_ours: Vec<&String> = ours_q.difference(&theirs_q).collect();
                if !only_ours.is_empty() {
                    note.push(format!(
                        "Query parameters only ours has: {}.",
                        listed(only_ours)
                    ));
                }
                Row {
                    method: t.method.clone(),
                    path: t.path.clone(),
                    theirs: t.id.clone(),
                    ours: Some(ours.id.clone()),
                    status: if notes.is_empty() {
                        "covered"
                    } else {
                        "deviation"
                    },
                    note: note.join(" "),
                }
            }
            None => {
                let note = match coverage.not_covered.get(&t.id) {
                    Some(why) => why.split_whitespace().collect::<Vec<_>>().join(" "),
                    None => {
                        problems.push(format!(
                            "{} {} ({}, {family}) is in Zendesk's document but not in spec/openapi.yaml: cover it, or say why in spec/upstream/coverage.yaml (not_covered)",
                            t.method, t.path, t.id
                        ));
                        String::new()
                    }
                };
                Row {
                    method: t.method.clone(),
                    path: t.path.clone(),
                    theirs: t.id.clone(),
                    ours: None,
                    status: "not covered",
                    note,
                }
            }
        };
        *counts.entry(row.status).or_default() += 1;
        families.entry(family).or_default().push(row);
    }
    for name in coverage.not_covered.keys() {
        if !their_ops
            .iter()
            .any(|t| &t.id == name && in_family(t).is_some())
        {
            problems.push(format!(
                "spec/upstream/coverage.yaml: not_covered names {name}, which is not an operation of the families in {}",
                coverage.document
            ));
        }
    }

    let mut ours_only = Vec::new();
    for ours in &our_ops {
        if matched.values().any(|o| o.id == ours.id) {
            if coverage.ours_only.contains_key(&ours.id) {
                problems.push(format!(
                    "spec/upstream/coverage.yaml: ours_only names {}, which Zendesk's document has",
                    ours.id
                ));
            }
            continue;
        }
        match coverage.ours_only.get(&ours.id) {
            Some(why) => ours_only.push(OursOnly {
                id: ours.id.clone(),
                method: ours.method.clone(),
                path: ours.path.clone(),
                why: why.split_whitespace().collect::<Vec<_>>().join(" "),
            }),
            None => problems.push(format!(
                "{} ({} {}) has no counterpart in Zendesk's document: say why in spec/upstream/coverage.yaml (ours_only)",
                ours.id, ours.method, ours.path
            )),
        }
    }
    counts.insert("ours only", ours_only.len());

    let mut schemas = Vec::new();
    for (ours, pointer) in &coverage.schemas {
        let Some(our_schema) = spec.pointer(&format!("/components/schemas/{ours}")) else {
            problems.push(format!("spec/upstream/coverage.yaml: schemas names {ours}, which spec/openapi.yaml does not have"));
            continue;
        };
        let Some(their_schema) = theirs.pointer(pointer) else {
            problems.push(format!(
                "spec/upstream/coverage.yaml: {pointer} is not in {}",
                coverage.document
            ));
            continue;
        };
        let (our_names, our_required) = properties(spec, our_schema, 0);
        let (their_names, their_required) = properties(&theirs, their_schema, 0);
        let shared = |set: &BTreeSet<String>| -> BTreeSet<String> {
            set.intersection(&our_names)
                .filter(|n| their_names.contains(*n))
                .cloned()
                .collect()
        };
        schemas.push(SchemaDiff {
            ours: ours.clone(),
            theirs: pointer
                .trim_start_matches("/components/schemas/")
                .to_string(),
            theirs_only: their_names.difference(&our_names).cloned().collect(),
            ours_only: our_names.difference(&their_names).cloned().collect(),
            required_there: shared(&their_required)
                .difference(&our_required)
                .cloned()
                .collect(),
            required_here: shared(&our_required)
                .difference(&their_required)
                .cloned()
                .collect(),
            deviations: schema_deviations(our_schema),
        });
    }

    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let text = |pointer: &str| {
        theirs
            .pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Ok(Page {
        document: coverage.document,
        title: text("/info/title"),
        version: text("/info/version"),
        families: families
            .into_iter()
            .map(|(name, rows)| Family { name, rows })
            .collect(),
        ours_only,
        schemas,
        counts,
    })
}

/// The text of `docs/upstream.md`.
pub fn page(root: &Path, spec: &Value) -> Result<String, String> {
    let page = compare(root, spec)?;
    let mut env = minijinja::Environment::new();
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("cell", |s: String| s.replace('|', "\\|"));
    env.add_template(
        "upstream.md",
        include_str!("../templates/upstream.md.jinja"),
    )
    .map_err(|e| format!("template upstream.md: {e}"))?;
    env.get_template("upstream.md")
        .and_then(|t| t.render(minijinja::Value::from_serialize(&page)))
        .map_err(|e| format!("template upstream.md: {e:#}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_by_shape_not_parameter_names() {
        assert_eq!(
            shape("/api/v2/users/{user_id}"),
            shape("/api/v2/users/{id}")
        );
        assert_ne!(shape("/api/v2/users/{id}"), shape("/api/v2/users/me"));
    }

    #[test]
    fn a_deviation_is_its_gist() {
        let text =
            "Intro.\n\n**Deviation from Zendesk's docs:** the docs say A. In truth\nB. More.\n\nOther.";
        assert_eq!(deviations(text), ["the docs say A. In truth B."]);
    }

    /// A property is required for sure when every branch of an `anyOf` or
    /// `oneOf` requires it (Zendesk's `UserObject` requires `name` so).
    #[test]
    fn what_every_branch_requires_is_required() {
        let doc = serde_json::json!({});
        let schema = serde_json::json!({
            "required": ["id"],
            "anyOf": [
                {"required": ["name", "email"], "properties": {"name": {}, "email": {}}},
                {"required": ["name", "phone"], "properties": {"name": {}, "phone": {}}},
            ],
            "oneOf": [{"required": ["a"]}, {"properties": {"b": {}}}],
            "allOf": [{"required": ["url"]}],
        });
        let (names, required) = properties(&doc, &schema, 0);
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["b", "email", "name", "phone"]
        );
        assert_eq!(
            required.into_iter().collect::<Vec<_>>(),
            ["id", "name", "url"]
        );
    }

    /// A success response that differs from Zendesk's document (its `200`
    /// has a JSON body, ours none) is a deviation to write down, never
    /// "covered": the real page calls restore_deleted_tickets a deviation.
    #[test]
    fn a_different_success_response_is_a_deviation() {
        let root = crate::root();
        let spec = crate::read_spec(&root).unwrap();
        let page = compare(&root, &spec).unwrap_or_else(|e| panic!("{e}"));
        let row = |ours: &str| {
            page.families
                .iter()
                .flat_map(|f| &f.rows)
                .find(|r| r.ours.as_deref() == Some(ours))
                .unwrap()
                .status
        };
        assert_eq!(row("restore_deleted_tickets"), "deviation");
        assert_eq!(row("mark_ticket_as_spam"), "deviation");
        let mut undocumented = spec.clone();
        let description = undocumented
            .pointer_mut("/paths/~1api~1v2~1deleted_tickets~1restore_many/put/description")
            .unwrap();
        let text = description.as_str().unwrap().to_string();
        *description = Value::String(text[..text.find(DEVIATION).unwrap()].to_string());
        let error = compare(&root, &undocumented).err().unwrap_or_default();
        assert!(
            error.contains("restore_deleted_tickets: Zendesk's document answers 200 application/json, ours 200 (no body)"),
            "{error}"
        );
    }

    /// The real page: every operation of our families is accounted for (a
    /// new one in Zendesk's document without a reason fails here).
    #[test]
    fn every_operation_of_the_families_is_accounted_for() {
        let root = crate::root();
        let spec = crate::read_spec(&root).unwrap();
        let page = compare(&root, &spec).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            page.counts["covered"] + page.counts["deviation"] >= 25,
            "{:?}",
            page.counts
        );
        assert!(page
            .ours_only
            .iter()
            .any(|o| o.id == "bulk_recover_suspended_tickets"));
    }

    /// A family operation with neither a match nor a reason is refused.
    #[test]
    fn an_unexplained_operation_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let upstream = dir.path().join("spec/upstream");
        std::fs::create_dir_all(&upstream).unwrap();
        std::fs::write(
            upstream.join("coverage.yaml"),
            "document: z.yaml\nfamilies: [Suspended Tickets]\n",
        )
        .unwrap();
        std::fs::write(
            upstream.join("z.yaml"),
            "openapi: 3.0.3\ninfo: {title: Z, version: '1'}\npaths:\n  /api/v2/suspended_tickets/bulk_recover:\n    put:\n      operationId: BulkRecover\n      tags: [Suspended Tickets]\n      responses: {}\n",
        )
        .unwrap();
        let ours: Value = serde_json::json!({ "paths": {} });
        let error = compare(dir.path(), &ours).unwrap_err();
        assert!(error.contains("BulkRecover"), "{error}");
        assert!(error.contains("not_covered"), "{error}");
    }
}
