//! The validator itself: the real spec passes with full coverage, and each kind
//! of breakage of a small fixture spec fails with one actionable line.

use std::path::{Path, PathBuf};
use xtask::validate::{self, Report};

/// The real spec and samples pass, decoded by the generated types, and cover
/// every operation, status and property.
#[test]
fn the_committed_spec_and_samples_validate() {
    let root = xtask::root();
    let report = validate::run(
        &root.join("spec/openapi.yaml"),
        &root.join("spec/samples"),
        Some(&xtask::generated_decoder),
    );
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    let c = &report.coverage;
    assert_eq!(c.operations.0, c.operations.1, "{}", report.table());
    assert_eq!(c.statuses.0, c.statuses.1, "{}", report.table());
    assert_eq!(c.properties.0 + c.properties.1, c.properties.2);
    assert!(
        c.samples.1 >= 2,
        "the doc errors are kept as negative samples"
    );
    assert!(
        c.real >= 15,
        "at least 15 bodies captured live by others: {}",
        report.table()
    );
}

/// A copy of the small fixture, to break on purpose.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture_root(), dir.path());
        Fixture { dir }
    }

    fn spec(&self) -> PathBuf {
        self.dir.path().join("openapi.yaml")
    }

    /// Replaces `from` by `to` in the spec (which must contain it).
    fn edit_spec(&self, from: &str, to: &str) {
        edit(&self.spec(), from, to);
    }

    fn run(&self) -> Report {
        validate::run(&self.spec(), &self.dir.path().join("samples"), None)
    }

    /// The one error line that mentions every fragment.
    fn error_with(&self, report: &Report, fragments: &[&str]) -> String {
        report
            .errors
            .iter()
            .find(|e| fragments.iter().all(|f| e.contains(f)))
            .cloned()
            .unwrap_or_else(|| panic!("no error mentions {fragments:?}: {:#?}", report.errors))
    }
}

fn fixture_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small")
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_fixture_passes_as_it_is() {
    let report = Fixture::new().run();
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.coverage.statuses, (2, 2));
    assert_eq!(report.coverage.samples, (3, 1));
}

#[test]
fn a_sample_field_missing_from_the_schema_is_an_error() {
    let f = Fixture::new();
    f.edit_spec(
        "        tags:\n          type: array\n          items:\n            type: string\n",
        "",
    );
    let report = f.run();
    let line = f.error_with(
        &report,
        &[
            "samples/show_thing/200.json",
            "at /thing",
            "tags",
            "#/components/schemas/Thing/additionalProperties",
        ],
    );
    assert_eq!(line.lines().count(), 1);
}

#[test]
fn a_wrong_type_is_an_error() {
    let f = Fixture::new();
    f.edit_spec(
        "        id:\n          type: integer\n          format: int64\n",
        "        id:\n          type: string\n",
    );
    let report = f.run();
    f.error_with(
        &report,
        &[
            "samples/show_thing/200.json",
            "at /thing/id",
            "#/components/schemas/Thing/properties/id/type",
        ],
    );
}

#[test]
fn a_missing_nullable_is_an_error() {
    let f = Fixture::new();
    f.edit_spec(
        "        name:\n          type: string\n          nullable: true\n",
        "        name:\n          type: string\n",
    );
    let report = f.run();
    f.error_with(
        &report,
        &[
            "samples/show_thing/200.json",
            "at /thing/name",
            "#/components/schemas/Thing/properties/name/type",
        ],
    );
    // The spec's own example has `name: null` too.
    f.error_with(
        &report,
        &["show_thing: response 200", "example at /thing/name"],
    );
}

#[test]
fn a_negative_sample_that_turns_valid_is_an_error() {
    let f = Fixture::new();
    // Accept a list under `things` and no longer require `thing`.
    f.edit_spec(
        "      required: [thing]\n      properties:\n",
        "      properties:\n        things:\n          type: array\n          items:\n            $ref: \"#/components/schemas/Thing\"\n",
    );
    let report = f.run();
    f.error_with(
        &report,
        &[
            "samples/show_thing/200-list-shape.json",
            "negative sample passes validation",
            "The docs show a list",
        ],
    );
}

#[test]
fn a_negative_sample_failing_for_another_reason_is_an_error() {
    let f = Fixture::new();
    edit(
        &f.dir.path().join("samples/index.yaml"),
        "keyword: required",
        "keyword: type",
    );
    let report = f.run();
    f.error_with(
        &report,
        &[
            "200-list-shape.json",
            "not for the stated reason",
            "expected `type`",
        ],
    );
}

#[test]
fn a_status_without_a_sample_is_reported() {
    let f = Fixture::new();
    std::fs::remove_file(f.dir.path().join("samples/show_thing/404.json")).unwrap();
    edit(
        &f.dir.path().join("samples/index.yaml"),
        "show_thing/404.json:\n  source: ours\n",
        "",
    );
    let report = f.run();
    f.error_with(
        &report,
        &["show_thing: no positive sample for response 404"],
    );
    assert_eq!(report.coverage.statuses, (1, 2));
}

#[test]
fn a_property_no_sample_shows_must_be_listed_with_why() {
    let f = Fixture::new();
    f.edit_spec(
        "        tags:\n",
        "        colour:\n          type: string\n        tags:\n",
    );
    let report = f.run();
    f.error_with(&report, &["`Thing.colour` appears in no sample"]);

    std::fs::write(
        f.dir.path().join("samples/unobserved.yaml"),
        "Thing.colour: \"not seen on the live API yet\"\n",
    )
    .unwrap();
    assert!(f.run().errors.is_empty());
}

#[test]
fn a_shape_the_generator_cannot_take_is_named_per_operation() {
    let f = Fixture::new();
    f.edit_spec(
        "        \"404\":\n",
        "        default:\n          description: Anything.\n        \"404\":\n",
    );
    let report = f.run();
    f.error_with(
        &report,
        &["show_thing: a `default` response counts as both success and error"],
    );
}

#[test]
fn an_unresolved_reference_and_an_unused_schema_are_errors() {
    let f = Fixture::new();
    f.edit_spec(
        "                $ref: \"#/components/schemas/ErrorBody\"",
        "                $ref: \"#/components/schemas/Missing\"",
    );
    let report = f.run();
    f.error_with(
        &report,
        &["`$ref: #/components/schemas/Missing` does not resolve"],
    );
    f.error_with(
        &report,
        &["#/components/schemas/ErrorBody: schema is not used"],
    );
}

#[test]
fn a_sample_not_in_the_index_is_an_error() {
    let f = Fixture::new();
    std::fs::write(
        f.dir.path().join("samples/show_thing/200-extra.json"),
        r#"{"thing": {"id": 3}}"#,
    )
    .unwrap();
    let report = f.run();
    f.error_with(
        &report,
        &["show_thing/200-extra.json", "not listed in index.yaml"],
    );
}

#[test]
fn an_operation_without_allowed_for_is_an_error() {
    let f = Fixture::new();
    f.edit_spec("        **Allowed for:** everyone.\n", "");
    let report = f.run();
    f.error_with(
        &report,
        &["show_thing: the description has no `**Allowed for:**` paragraph"],
    );
}

/// Adds `real/<file>` with `body`, listed with the given index lines.
fn add_real(f: &Fixture, file: &str, body: &str, entry: &str) {
    let path = f.dir.path().join("samples/real").join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, body).unwrap();
    let index = f.dir.path().join("samples/index.yaml");
    let mut text = std::fs::read_to_string(&index).unwrap();
    text.push_str(&format!("real/{file}:\n{entry}"));
    std::fs::write(index, text).unwrap();
}

const PROVENANCE: &str = "  source: real\n  from: \"someone's cassette\"\n  license: MIT\n";

#[test]
fn a_real_sample_may_carry_properties_the_spec_does_not_describe() {
    let f = Fixture::new();
    add_real(
        &f,
        "show_thing/200-live.json",
        r#"{"thing": {"id": 7, "name": "x", "tags": [], "added_later": {"a": 1}}, "meta": 1}"#,
        PROVENANCE,
    );
    let report = f.run();
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.coverage.samples, (4, 1));
}

#[test]
fn a_real_sample_must_still_hold_to_what_the_spec_describes() {
    let f = Fixture::new();
    add_real(
        &f,
        "show_thing/200-live.json",
        r#"{"thing": {"id": "7", "name": "x", "tags": [], "added_later": true}}"#,
        PROVENANCE,
    );
    let report = f.run();
    f.error_with(
        &report,
        &[
            "samples/real/show_thing/200-live.json",
            "at /thing/id",
            "#/components/schemas/Thing/properties/id/type",
        ],
    );
    // Its extra property is not what it is blamed for.
    assert!(
        !report.errors.iter().any(|e| e.contains("added_later")),
        "{:#?}",
        report.errors
    );
}

#[test]
fn a_real_sample_needs_its_provenance() {
    let f = Fixture::new();
    add_real(
        &f,
        "show_thing/200-live.json",
        r#"{"thing": {"id": 7, "name": "x", "tags": []}}"#,
        "  source: real\n  from: \"someone's cassette\"\n",
    );
    let report = f.run();
    f.error_with(&report, &["real/show_thing/200-live.json", "license"]);

    let f = Fixture::new();
    add_real(
        &f,
        "show_thing/200-live.json",
        r#"{"thing": {"id": 7, "name": "x", "tags": []}}"#,
        "  source: ours\n",
    );
    let report = f.run();
    f.error_with(&report, &["real/show_thing/200-live.json", "source: real"]);
}
