//! The generated reference: complete, deterministic, offline, and committed
//! up to date.

use std::collections::BTreeMap;
use xtask::docs;

/// The spec and the reference's files, by path from `docs/` (the try-it
/// page as `../simulator/docs/reference.html`).
fn generate() -> (serde_json::Value, BTreeMap<String, String>) {
    let root = xtask::root();
    let text = std::fs::read_to_string(root.join("spec/openapi.yaml")).unwrap();
    let spec = xtask::read_spec_text(&text).unwrap();
    let samples = xtask::samples::load(&root.join("spec/samples"));
    let calls = std::fs::read_to_string(root.join("tests/doc_calls.rs")).unwrap();
    let files = docs::render(&spec, &samples, &calls, &text).unwrap();
    assert_eq!(
        docs::generate(&root).unwrap().len(),
        files.len() + 1,
        "the reference and upstream.md"
    );
    let files = files
        .into_iter()
        .map(|(path, text)| match path.strip_prefix("docs/") {
            Some(p) => (p.to_string(), text),
            None => (format!("../{path}"), text),
        })
        .collect();
    (spec, files)
}

#[test]
fn every_operation_and_schema_of_the_spec_is_documented() {
    let (spec, files) = generate();
    let index = &files["README.md"];
    let html = &files["reference.html"];
    let mut operations = 0;
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item
            .as_object()
            .unwrap()
            .values()
            .filter(|v| v.get("operationId").is_some())
        {
            let id = op["operationId"].as_str().unwrap();
            let page = files
                .get(&format!("operations/{id}.md"))
                .unwrap_or_else(|| panic!("{id}: no page"));
            assert!(
                page.contains(op["summary"].as_str().unwrap()),
                "{id}: summary"
            );
            assert!(page.contains("## Calling it"), "{id}: calls");
            for lang in ["sh", "python", "ts", "go", "rust"] {
                assert!(
                    page.contains(&format!("```{lang}\n")),
                    "{id}: a {lang} call"
                );
                assert!(
                    html.contains(&format!(
                        "<pre data-lang=\"{}\">",
                        match lang {
                            "sh" => "curl",
                            "ts" => "typescript",
                            other => other,
                        }
                    )),
                    "{id}: a {lang} block in the HTML page"
                );
            }
            let calling = &page[page.find("## Calling it").unwrap()..];
            assert!(
                !calling.contains("/token:") && !calling.contains("Basic"),
                "{id}: no API token in the calls"
            );
            assert!(
                files["llms.txt"].contains(&format!("(operations/{id}.md)")),
                "{id}: in llms.txt"
            );
            assert!(
                index.contains(&format!("(operations/{id}.md)")),
                "{id}: in the index"
            );
            assert!(
                html.contains(&format!("id=\"op-{id}\"")),
                "{id}: in the HTML page"
            );
            for status in op["responses"].as_object().unwrap().keys() {
                assert!(
                    page.contains(&format!("### {status}\n")),
                    "{id}: response {status}"
                );
            }
            if op.get("requestBody").is_some() {
                assert!(
                    !page.contains("## Request body\n\nNone."),
                    "{id}: its request body is documented"
                );
            }
            operations += 1;
        }
    }
    assert_eq!(operations, 33);
    for name in spec["components"]["schemas"].as_object().unwrap().keys() {
        assert!(
            files.contains_key(&format!("schemas/{name}.md")),
            "{name}: no page"
        );
        assert!(
            index.contains(&format!("(schemas/{name}.md)")),
            "{name}: in the index"
        );
        assert!(
            html.contains(&format!("id=\"schema-{}\"", name.to_ascii_lowercase())),
            "{name}: in the HTML page"
        );
    }
}

#[test]
fn deviations_from_zendesks_docs_are_in_the_reference() {
    let (_, files) = generate();
    let show = &files["operations/show_suspended_ticket.md"];
    assert!(show.contains("## Deviations from Zendesk's docs"));
    assert!(
        show.contains("spec/samples/show_suspended_ticket/200-docs.json"),
        "the negative sample is named"
    );
    assert!(files["operations/suspended_ticket_attachments.md"].contains("curl form"));
    assert!(files["schemas/SuspendedTicket.md"].contains("**Deviations from Zendesk's docs:**"));
    assert!(files["operations/export_suspended_tickets.md"]
        .contains("**Rate limit:** One request per minute."));
    assert!(files["operations/recover_suspended_ticket.md"].contains("**Allowed for:** Admins"));
}

#[test]
fn the_same_spec_gives_the_same_bytes() {
    assert_eq!(generate().1, generate().1);
}

#[test]
fn the_html_page_needs_nothing_from_the_network() {
    let (_, files) = generate();
    for page in ["reference.html", "../simulator/docs/reference.html"] {
        let html = &files[page];
        for forbidden in ["<script src", "<link", " src=", "<iframe"] {
            assert!(
                !html.contains(forbidden),
                "{page} must not load anything: found {forbidden}"
            );
        }
        // A call may say `base_url()`; the styles load nothing.
        let style = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
        for forbidden in ["url(", "@import"] {
            assert!(
                !style.contains(forbidden),
                "{page}'s styles must not load anything: found {forbidden}"
            );
        }
        // Links stay on the page, but for the repository's own files
        // beside docs/ (the spec, the changelog) and the Markdown pages.
        for href in html.split("href=\"").skip(1) {
            let href = &href[..href.find('"').unwrap_or(href.len())];
            assert!(
                href.starts_with('#')
                    || ["../spec/openapi.yaml", "../CHANGELOG.md"].contains(&href)
                    || (href.starts_with("operations/") || href.starts_with("schemas/"))
                        && href.ends_with(".md"),
                "{page}: a link off the page: {href}"
            );
        }
        assert!(html.contains("<style>"), "styles are inline");
        assert!(
            html.contains("id=\"search-index\""),
            "the search index is inline"
        );
    }
}

#[test]
fn only_the_simulators_page_has_try_it_forms() {
    let (_, files) = generate();
    let disk = &files["reference.html"];
    let served = &files["../simulator/docs/reference.html"];
    assert!(!disk.contains("<form") && !disk.contains("try-token"));
    assert_eq!(served.matches("<form").count(), 33, "a form per operation");
    assert!(
        served.contains(docs::CLIENT_ID_PLACEHOLDER)
            && served.contains(docs::CLIENT_SECRET_PLACEHOLDER)
    );
    assert!(!disk.contains(docs::CLIENT_ID_PLACEHOLDER));
}

#[test]
fn the_search_index_finds_recover() {
    let (_, files) = generate();
    let html = &files["reference.html"];
    let start = html.find("id=\"search-index\">").unwrap() + "id=\"search-index\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let index: Vec<(String, String, String, String, String)> =
        serde_json::from_str(&html[start..end]).unwrap();
    let recover: Vec<&str> = index
        .iter()
        .filter(|e| e.0 == "operation" && e.2.to_lowercase().contains("recover"))
        .map(|e| e.1.as_str())
        .collect();
    assert!(
        recover.contains(&"op-recover_suspended_tickets"),
        "{recover:?}"
    );
    for (_, anchor, ..) in &index {
        assert!(
            html.contains(&format!("id=\"{anchor}\"")),
            "the index links to #{anchor}, which the page lacks"
        );
    }
    for kind in [
        "operation",
        "schema",
        "property",
        "parameter",
        "error",
        "guide",
        "tag",
    ] {
        assert!(index.iter().any(|e| e.0 == kind), "no {kind} in the index");
    }
}

#[test]
fn the_committed_docs_are_up_to_date() {
    let root = xtask::root();
    let files = docs::generate(&root).unwrap();
    let differences = docs::differences(&root, &files);
    assert!(
        differences.is_empty(),
        "run `cargo xtask docs`: {differences:#?}"
    );
}

#[test]
fn a_stale_or_extra_file_is_reported() {
    let files = docs::generate(&xtask::root()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    docs::write(dir.path(), &files).unwrap();
    assert!(docs::differences(dir.path(), &files).is_empty());
    std::fs::write(
        dir.path().join("docs/schemas/Ticket.md"),
        "edited by hand\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("docs/operations/gone.md"), "old\n").unwrap();
    let d = docs::differences(dir.path(), &files);
    assert!(
        d.iter()
            .any(|l| l.starts_with("docs/schemas/Ticket.md: out of date from line 1")),
        "{d:?}"
    );
    assert!(
        d.iter()
            .any(|l| l.starts_with("docs/operations/gone.md: not generated")),
        "{d:?}"
    );
    docs::write(dir.path(), &files).unwrap();
    assert!(
        docs::differences(dir.path(), &files).is_empty(),
        "write removes stale files"
    );
}

#[test]
fn each_call_is_made_from_the_specs_examples() {
    let reference = docs::reference(&xtask::root()).unwrap();
    let op = |id: &str| reference.operations.iter().find(|o| o.id == id).unwrap();
    let recover = &op("recover_suspended_tickets").call;
    assert_eq!(recover.method, "PUT");
    assert_eq!(
        recover.url,
        "/api/v2/suspended_tickets/recover_many?ids=435,207623"
    );
    assert_eq!(recover.status, 200);
    let update = &op("update_user").call;
    assert_eq!(update.path, "/api/v2/users/24100000000555");
    assert_eq!(
        update.body.as_deref(),
        Some(r#"{"user":{"suspended":true}}"#)
    );
    assert_eq!(op("delete_suspended_ticket").call.status, 204);
    // Each language's program is its set-up, a blank line and the call.
    for o in &reference.operations {
        assert_eq!(o.samples.len(), 5, "{}", o.id);
        for s in &o.samples {
            let setup = reference.setups.iter().find(|x| x.lang == s.lang).unwrap();
            assert_eq!(s.program, docs::calls::program(setup, &s.call));
            assert!(s.program.starts_with(&setup.head), "{} {}", o.id, s.lang);
        }
    }
    let python = &op("update_user")
        .samples
        .iter()
        .find(|s| s.lang == "python")
        .unwrap()
        .call;
    assert!(
        python.contains(r#"json={"user": {"suspended": True}}"#),
        "{python}"
    );
}

#[test]
fn a_path_parameter_without_an_example_is_an_error() {
    let spec = serde_json::json!({
        "paths": { "/things/{id}": { "get": {
            "operationId": "show_thing",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }],
            "responses": { "200": { "description": "ok" } },
        }}}
    });
    let op = &xtask::progenitor_adapter::operations(&spec)[0];
    let error = docs::calls::describe(&spec, op).unwrap_err();
    assert!(
        error.contains("show_thing") && error.contains("`id`"),
        "{error}"
    );
}

#[test]
fn the_status_a_program_printed_is_its_first_lines() {
    use docs::calls::run::printed_status;
    assert_eq!(
        printed_status("HTTP/1.1 204 No Content\r\nx: y\n"),
        Some(204)
    );
    assert_eq!(printed_status("200 OK\n{\"a\": 404}"), Some(200));
    assert_eq!(printed_status("Traceback (most recent call last):\n"), None);
    assert_eq!(printed_status(""), None);
}
