//! The generated reference: complete, deterministic, offline, and committed
//! up to date.

use std::collections::BTreeMap;
use xtask::docs;

fn generate() -> (serde_json::Value, BTreeMap<String, String>) {
    let root = xtask::root();
    let spec = xtask::read_spec(&root).unwrap();
    let samples = xtask::samples::load(&root.join("spec/samples"));
    let calls = std::fs::read_to_string(root.join("tests/doc_calls.rs")).unwrap();
    let files = docs::render(&spec, &samples, &calls).unwrap();
    assert_eq!(
        docs::generate(&root).unwrap().len(),
        files.len() + 1,
        "the reference and upstream.md"
    );
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
            assert!(
                page.contains("## Calling it")
                    && page.contains("```rust\n")
                    && page.contains("curl -u"),
                "{id}: calls"
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
    let html = &files["reference.html"];
    for forbidden in ["<script", "<link", " src=", "url(", "@import", "<iframe"] {
        assert!(
            !html.contains(forbidden),
            "the page must not load anything: found {forbidden}"
        );
    }
    for href in html.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#'),
            "a link off the page: {}",
            &href[..href.find('"').unwrap_or(href.len())]
        );
    }
    assert!(html.contains("<style>"), "styles are inline");
}

#[test]
fn the_committed_docs_are_up_to_date() {
    let root = xtask::root();
    let files = docs::generate(&root).unwrap();
    let differences = docs::differences(&root.join("docs"), &files);
    assert!(
        differences.is_empty(),
        "run `cargo xtask docs`: {differences:#?}"
    );
}

#[test]
fn a_stale_or_extra_file_is_reported() {
    let (_, files) = generate();
    let dir = tempfile::tempdir().unwrap();
    docs::write(dir.path(), &files).unwrap();
    assert!(docs::differences(dir.path(), &files).is_empty());
    std::fs::write(dir.path().join("schemas/Ticket.md"), "edited by hand\n").unwrap();
    std::fs::write(dir.path().join("operations/gone.md"), "old\n").unwrap();
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
