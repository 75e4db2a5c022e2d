//! spec/openapi.yaml → (adapted copy) → progenitor → $OUT_DIR/zendesk_generated.rs
//!
//! The spec describes the live API; `build/progenitor_adapter.rs` says what
//! progenitor cannot take and adapts a copy for it. A shape that cannot be
//! adapted fails the build with one line per operation, not a panic.

#[path = "build/progenitor_adapter.rs"]
#[allow(dead_code)]
mod progenitor_adapter;

use std::path::{Path, PathBuf};

const SPEC: &str = "spec/openapi.yaml";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=build/progenitor_adapter.rs");
    if let Err(message) = generate() {
        for line in message.lines() {
            println!("cargo::error={line}");
        }
        std::process::exit(1);
    }
}

fn generate() -> Result<(), String> {
    let text = std::fs::read_to_string(SPEC).map_err(|e| format!("{SPEC}: cannot read: {e}"))?;
    let spec: serde_json::Value =
        yaml_serde::from_str(&text).map_err(|e| format!("{SPEC}: not valid YAML: {e}"))?;

    let problems = progenitor_adapter::problems(&spec);
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{SPEC}: progenitor cannot generate {p}"))
            .collect();
        return Err(lines.join("\n"));
    }
    let (adapted, _adaptations) = progenitor_adapter::adapt(&spec);
    let openapi: openapiv3::OpenAPI = serde_json::from_value(adapted)
        .map_err(|e| format!("{SPEC}: not an OpenAPI 3.0 document: {e}"))?;

    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_derive("PartialEq")
        // Per-client state for the request hooks (auth, retries, rate limits);
        // see src/transport.rs.
        .with_inner_type("crate::transport::Transport".parse().expect("a type path"));
    let tokens = generate_without_panic(&openapi, &settings)?;
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("{SPEC}: progenitor produced code that does not parse: {e}"))?;
    let code = prettyplease::unparse(&file);

    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    write_if_changed(&out.join("zendesk_generated.rs"), &code)?;
    write_if_changed(&out.join("zendesk_schemas.rs"), &schema_registry(&spec))
}

/// `roundtrip(name, value)`: decode a JSON value as the generated type of a
/// component schema and encode it back, so that tools (`cargo xtask validate`)
/// can prove each sample readable by the Rust types without a hand-kept list.
fn schema_registry(spec: &serde_json::Value) -> String {
    let names: Vec<&String> = spec
        .pointer("/components/schemas")
        .and_then(serde_json::Value::as_object)
        .map(|schemas| schemas.keys().collect())
        .unwrap_or_default();
    let mut code = String::from(
        "/// The component schemas of the spec, by name.\n\
         pub const NAMES: &[&str] = &[\n",
    );
    for name in &names {
        code.push_str(&format!("    {name:?},\n"));
    }
    code.push_str(
        "];\n\n\
         /// Decodes `value` as the generated type of the component schema `name`\n\
         /// and encodes it back; `None` when the spec has no schema of that name.\n\
         pub fn roundtrip(\n    name: &str,\n    value: &serde_json::Value,\n\
         ) -> Option<Result<serde_json::Value, serde_json::Error>> {\n    match name {\n",
    );
    for name in &names {
        code.push_str(&format!(
            "        {name:?} => Some(\n            serde_json::from_value::<super::types::{name}>(value.clone())\n                .and_then(serde_json::to_value),\n        ),\n"
        ));
    }
    code.push_str("        _ => None,\n    }\n}\n");
    code
}

/// Progenitor reports some unsupported shapes by panicking; turn a panic that
/// the checks above did not foresee into one line instead of a backtrace.
fn generate_without_panic(
    openapi: &openapiv3::OpenAPI,
    settings: &progenitor::GenerationSettings,
) -> Result<proc_macro2::TokenStream, String> {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result =
        std::panic::catch_unwind(|| progenitor::Generator::new(settings).generate_tokens(openapi));
    std::panic::set_hook(previous_hook);
    match result {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(format!(
            "{SPEC}: progenitor cannot generate the client: {e}"
        )),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "no message".into());
            Err(format!(
                "{SPEC}: progenitor panicked on a shape the adapter does not know: {}",
                what.lines().next().unwrap_or_default()
            ))
        }
    }
}

/// Writing only on change keeps the crate from recompiling needlessly.
fn write_if_changed(path: &Path, code: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(code) {
        return Ok(());
    }
    std::fs::write(path, code).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}
