//! spec/openapi.yaml → (adapted copy) → progenitor → the files of
//! `src/generated/`.
//!
//! The spec describes the live API; `build/progenitor_adapter.rs` says what
//! progenitor cannot take and adapts a copy for it. A shape that cannot be
//! adapted fails the build with one line per operation, not a panic.
//! `build/decode_once.rs` then lets the transport decode each success body
//! once, for the generated code to take, `build/lean_requests.rs` takes
//! out two costs progenitor's request code pays on every call,
//! `build/lenient_dates.rs` reads date-times in either ISO 8601 form, and
//! `build/optional_schemars.rs` puts the `JsonSchema` derives behind the
//! crate's `schemars` feature (the output depends on no feature),
//! `build/own_tls.rs` gives the generated `Client::new` this crate's TLS, and
//! `build/non_exhaustive.rs` marks the response models `#[non_exhaustive]`.
//!
//! Compiled into build.rs with the `regenerate` feature only (see build.rs).

const SPEC: &str = "spec/openapi.yaml";

/// The files of `src/generated/` (name, contents) generated from the text
/// of `spec/openapi.yaml`.
pub fn generate(text: &str) -> Result<Vec<(&'static str, String)>, String> {
    let spec = zendesk_spec_check::read_spec_text(text)
        .map_err(|e| format!("{SPEC}: not valid YAML: {e}"))?;

    let problems = super::progenitor_adapter::problems(&spec);
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{SPEC}: progenitor cannot generate {p}"))
            .collect();
        return Err(lines.join("\n"));
    }
    let (adapted, _adaptations) = super::progenitor_adapter::adapt(&spec);
    let enums = super::progenitor_adapter::open_enums(&spec);
    let open_enums_code = open_enums(&enums)?;
    let registry = schema_registry(&spec, &adapted);
    let openapi: openapiv3::OpenAPI = serde_json::from_value(adapted)
        .map_err(|e| format!("{SPEC}: not an OpenAPI 3.0 document: {e}"))?;

    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_derive("PartialEq")
        // JSON Schemas of the models, for tooling built on them: behind the
        // crate's `schemars` feature (build/optional_schemars.rs).
        .with_derive("schemars::JsonSchema");
    settings
        // Per-client state for the request hooks (auth, retries, rate limits);
        // see src/transport.rs.
        .with_inner_type("crate::transport::Transport".parse().expect("a type path"));
    // Forward compatibility: every enum read from the wire is open (see
    // `open_enums` below); typify uses ours instead of generating a closed one.
    for e in &enums {
        settings.with_replacement(
            &e.name,
            format!("crate::types::{}", e.name),
            [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
        );
    }
    let tokens = generate_without_panic(&openapi, &settings)?;
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("{SPEC}: progenitor produced code that does not parse: {e}"))?;
    super::decode_once::rewrite(&mut file)?;
    super::lean_requests::rewrite(&mut file)?;
    super::lenient_dates::rewrite(&mut file)?;
    super::optional_schemars::rewrite(&mut file)?;
    super::own_tls::rewrite(&mut file)?;
    super::redacted_debug::rewrite(&mut file)?;
    super::non_exhaustive::rewrite(&mut file, &request_bodies(&spec))?;
    let code = prettyplease::unparse(&file);
    Ok(vec![
        ("client.rs", format!("{HEADER}{code}")),
        ("open_enums.rs", format!("{HEADER}{open_enums_code}")),
        ("schemas.rs", format!("{HEADER}{registry}")),
    ])
}

/// The component schemas sent as request bodies (JSON), by name.
fn request_bodies(spec: &serde_json::Value) -> std::collections::BTreeSet<String> {
    super::progenitor_adapter::operations(spec)
        .iter()
        .filter_map(|op| op.operation.get("requestBody"))
        .filter_map(|body| super::progenitor_adapter::resolve(spec, body))
        .filter_map(|body| body.pointer("/content/application~1json/schema"))
        .filter_map(zendesk_spec_check::component_name)
        .map(str::to_string)
        .collect()
}

/// The first line of every generated file.
const HEADER: &str = "// @generated from spec/openapi.yaml by build.rs (build/generator.rs): \
do not edit; `cargo xtask generate` writes it.\n";

/// An open enum per string enum of the spec's models: the documented values
/// as variants, and `Unknown(UnknownValue)` for any other, so a value Zendesk
/// adds tomorrow is data, not a decoding error. Serialized as the plain
/// string. `UnknownValue` (src/unknown_value.rs) cannot be built outside the
/// crate: `Status::Unknown("open")` beside `Status::Open` cannot exist.
fn open_enums(enums: &[super::progenitor_adapter::OpenEnum]) -> Result<String, String> {
    let mut code = String::new();
    for e in enums {
        let variants: Vec<(String, &String)> = e
            .values
            .iter()
            .map(|v| {
                let name = super::progenitor_adapter::pascal_case(v);
                let name = if name.starts_with(|c: char| c.is_ascii_digit()) {
                    format!("V{name}")
                } else {
                    name
                };
                (name, v)
            })
            .collect();
        if let Some((_, v)) = variants
            .iter()
            .find(|(n, _)| n.is_empty() || n == "Unknown")
        {
            return Err(format!(
                "{SPEC}: schema {} property `{}`: the enum value {v:?} cannot be a variant of an open enum",
                e.schema, e.property
            ));
        }
        let name = &e.name;
        let doc = format!(
            "{}\n\n`{}.{}` in the spec. Values this version does not know decode as\n[`{name}::Unknown`].",
            e.description.trim(),
            e.schema,
            e.property
        );
        code.push_str(&format!(
            "#[doc = {doc:?}]\n#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\npub enum {name} {{\n"
        ));
        for (variant, value) in &variants {
            code.push_str(&format!("    #[doc = \"`{value}`\"]\n    {variant},\n"));
        }
        code.push_str(
            "    /// A value this version of the client does not know, as sent\n    /// (never one of the values above).\n    Unknown(crate::UnknownValue),\n}\n\n",
        );
        let as_str: String = variants
            .iter()
            .map(|(variant, value)| format!("            {name}::{variant} => {value:?},\n"))
            .collect();
        let from_str: String = variants
            .iter()
            .map(|(variant, value)| format!("            {value:?} => {name}::{variant},\n"))
            .collect();
        let values: Vec<String> = variants.iter().map(|(_, v)| format!("{v:?}")).collect();
        // Any string is valid (the enum is open); the documented values
        // are the examples.
        code.push_str(&format!(
            r#"#[cfg(feature = "schemars")]
impl schemars::JsonSchema for {name} {{
    fn schema_name() -> ::std::borrow::Cow<'static, str> {{
        {name:?}.into()
    }}

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {{
        schemars::json_schema!({{
            "type": "string",
            "description": {doc:?},
            "examples": [{values}],
        }})
    }}
}}

"#,
            values = values.join(", ")
        ));
        code.push_str(&format!(
            r#"impl {name} {{
    /// The values the spec documents.
    pub const KNOWN: &'static [&'static str] = &[{values}];

    /// The value as Zendesk sends it.
    pub fn as_str(&self) -> &str {{
        match self {{
{as_str}            {name}::Unknown(other) => other.as_str(),
        }}
    }}

    /// Whether the value is one the spec documents.
    pub fn is_known(&self) -> bool {{
        !matches!(self, {name}::Unknown(_))
    }}
}}

impl ::std::convert::From<&str> for {name} {{
    fn from(value: &str) -> Self {{
        match value {{
{from_str}            other => {name}::Unknown(crate::UnknownValue::new(other)),
        }}
    }}
}}

impl ::std::convert::From<::std::string::String> for {name} {{
    fn from(value: ::std::string::String) -> Self {{
        {name}::from(value.as_str())
    }}
}}

impl ::std::str::FromStr for {name} {{
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {{
        Ok({name}::from(value))
    }}
}}

impl ::std::convert::From<&::std::string::String> for {name} {{
    fn from(value: &::std::string::String) -> Self {{
        {name}::from(value.as_str())
    }}
}}

impl ::std::fmt::Display for {name} {{
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {{
        f.write_str(self.as_str())
    }}
}}

impl ::serde::Serialize for {name} {{
    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {{
        serializer.serialize_str(self.as_str())
    }}
}}

impl<'de> ::serde::Deserialize<'de> for {name} {{
    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {{
        ::std::string::String::deserialize(deserializer).map({name}::from)
    }}
}}

"#,
            values = values.join(", ")
        ));
    }
    Ok(code)
}

/// `roundtrip(name, value)`: decode a JSON value as the generated type of a
/// component schema and encode it back, so that tools (`cargo xtask validate`)
/// can prove each sample readable by the Rust types without a hand-kept list.
fn schema_registry(spec: &serde_json::Value, adapted: &serde_json::Value) -> String {
    // Only schemas with a generated type: `NullValue` is folded away.
    let generated = |name: &&String| {
        adapted
            .pointer(&format!("/components/schemas/{name}"))
            .is_some()
    };
    let names: Vec<&String> = spec
        .pointer("/components/schemas")
        .and_then(serde_json::Value::as_object)
        .map(|schemas| schemas.keys().filter(generated).collect())
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
