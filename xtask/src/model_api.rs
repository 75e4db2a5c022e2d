//! The public API of the generated models (`zendesk_support::types`), read
//! from the generated code, and what changed in it between two versions:
//! each struct's fields and their types, each enum's variants, whether each
//! is `#[non_exhaustive]`, and what each derives.
//!
//! cargo-semver-checks does not compare field types: making a response
//! property required (`SuspendedTicket.url`, `Option<String>` → `String`)
//! passes it, and breaks every dependent that reads `t.url.as_deref()`.
//! Optic calls that change compatible (a response that promises more). The
//! release gate compares the models itself: the committed `src/generated/`
//! of the last release against this commit's.

use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};
use syn::visit_mut::VisitMut;

/// The files under `src/generated/` that hold the models.
pub const MODEL_FILES: [&str; 2] = ["client.rs", "open_enums.rs"];

/// One model, as a dependent can use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// `struct` or `enum`.
    pub kind: &'static str,
    /// `#[non_exhaustive]`: no struct literal, no exhaustive match outside
    /// the crate.
    pub non_exhaustive: bool,
    /// The traits it derives (`Default`, `Clone`, …).
    pub derives: BTreeSet<String>,
    /// A struct's fields (`0`, `1`, … for a tuple struct) or an enum's
    /// variants, each with its type (a variant: its fields' types), written
    /// with the last segment of every path (`Option<String>`).
    pub members: BTreeMap<String, String>,
}

/// Every public struct and enum of the models, by name.
pub type Models = BTreeMap<String, Model>;

/// Reads the models from the generated files' texts (`client.rs`, whose
/// `types` module holds the generated models, and `open_enums.rs`, the open
/// enums included in it).
pub fn read(client: &str, open_enums: &str) -> Result<Models, String> {
    let client: syn::File =
        syn::parse_file(client).map_err(|e| format!("client.rs does not parse: {e}"))?;
    let types = client
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, i)| i),
            _ => None,
        })
        .ok_or("client.rs has no `types` module")?;
    let open_enums: syn::File =
        syn::parse_file(open_enums).map_err(|e| format!("open_enums.rs does not parse: {e}"))?;
    let mut models = Models::new();
    for item in types.iter().chain(&open_enums.items) {
        let (name, model) = match item {
            syn::Item::Struct(s) if is_pub(&s.vis) => {
                let members = s
                    .fields
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| is_pub(&f.vis))
                    .map(|(i, f)| {
                        let name = f.ident.as_ref().map_or(i.to_string(), |n| n.to_string());
                        (name, written(&f.ty))
                    })
                    .collect();
                (&s.ident, model("struct", &s.attrs, members))
            }
            syn::Item::Enum(e) if is_pub(&e.vis) => {
                let members = e
                    .variants
                    .iter()
                    .map(|v| {
                        let fields: Vec<String> = v.fields.iter().map(|f| written(&f.ty)).collect();
                        (v.ident.to_string(), fields.join(", "))
                    })
                    .collect();
                (&e.ident, model("enum", &e.attrs, members))
            }
            _ => continue,
        };
        models.insert(name.to_string(), model);
    }
    Ok(models)
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn model(kind: &'static str, attrs: &[syn::Attribute], members: BTreeMap<String, String>) -> Model {
    let mut derives = BTreeSet::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                derives.insert(last.ident.to_string());
            }
            Ok(())
        });
    }
    Model {
        kind,
        non_exhaustive: attrs.iter().any(|a| a.path().is_ident("non_exhaustive")),
        derives,
        members,
    }
}

/// A type as a dependent writes it: the last segment of every path
/// (`::std::option::Option<crate::types::Via>` is `Option<Via>`).
fn written(ty: &syn::Type) -> String {
    struct LastSegments;
    impl VisitMut for LastSegments {
        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            if let Some(last) = path.segments.pop() {
                path.segments = std::iter::once(last.into_value()).collect();
            }
            path.leading_colon = None;
            syn::visit_mut::visit_path_mut(self, path);
        }
    }
    let mut ty = ty.clone();
    LastSegments.visit_type_mut(&mut ty);
    ty.to_token_stream()
        .to_string()
        .replace(' ', "")
        .replace(',', ", ")
}

/// What changed between two versions of the models, each change a line
/// naming the model and the member: (breaking, compatible). Breaking for a
/// dependent's code: a model, field or variant removed; a field's type
/// changed; a field added to a struct, or a variant to an enum, that is not
/// `#[non_exhaustive]` (a struct literal, an exhaustive `match`); a model
/// become `#[non_exhaustive]`; a derive gone.
pub fn changes(old: &Models, new: &Models) -> (Vec<String>, Vec<String>) {
    let (mut breaking, mut compatible) = (Vec::new(), Vec::new());
    for (name, before) in old {
        let Some(after) = new.get(name) else {
            breaking.push(format!("types::{name} was removed"));
            continue;
        };
        if before.kind != after.kind {
            breaking.push(format!(
                "types::{name} was a {} and is a {}",
                before.kind, after.kind
            ));
            continue;
        }
        let what = if before.kind == "enum" {
            "variant"
        } else {
            "field"
        };
        for (member, ty) in &before.members {
            match after.members.get(member) {
                None => breaking.push(format!("types::{name}: the {what} `{member}` was removed")),
                Some(now) if now != ty => breaking.push(format!(
                    "types::{name}: the {what} `{member}` was `{ty}` and is `{now}`"
                )),
                Some(_) => {}
            }
        }
        for (member, ty) in &after.members {
            if before.members.contains_key(member) {
                continue;
            }
            let typed = if ty.is_empty() {
                String::new()
            } else {
                format!(" (`{ty}`)")
            };
            let line = format!("types::{name}: the {what} `{member}`{typed} was added");
            if before.non_exhaustive {
                compatible.push(line);
            } else {
                breaking.push(format!(
                    "{line}, and types::{name} is not #[non_exhaustive] in the last release"
                ));
            }
        }
        if after.non_exhaustive && !before.non_exhaustive {
            breaking.push(format!("types::{name} became #[non_exhaustive]"));
        }
        for derive in before.derives.difference(&after.derives) {
            breaking.push(format!("types::{name} no longer derives {derive}"));
        }
    }
    for name in new.keys().filter(|n| !old.contains_key(*n)) {
        compatible.push(format!("types::{name} was added"));
    }
    (breaking, compatible)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = r#"
        pub mod types {
            #[derive(::serde::Deserialize, Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub struct SuspendedTicket {
                pub id: i64,
                pub url: ::std::option::Option<::std::string::String>,
                pub via: ::std::option::Option<crate::types::Via>,
            }
            #[derive(Clone, Debug, Default)]
            pub struct UserUpdate {
                pub suspended: ::std::option::Option<bool>,
            }
            pub struct Ids(::std::string::String);
            pub enum JobStatusResults {
                Array(::std::vec::Vec<JobStatusResult>),
                JobStatusOutcome(JobStatusOutcome),
            }
            pub mod builder {
                pub struct SuspendedTicket { id: Result<i64, String> }
            }
        }
    "#;
    const OPEN_ENUMS: &str = r#"
        #[non_exhaustive]
        pub enum TicketStatus { New, Open, Unknown(crate::UnknownValue) }
        impl TicketStatus { pub fn as_str(&self) -> &str { "" } }
    "#;

    fn models(client: &str, open_enums: &str) -> Models {
        read(client, open_enums).unwrap()
    }

    #[test]
    fn the_models_are_read_as_a_dependent_writes_them() {
        let m = models(CLIENT, OPEN_ENUMS);
        let names: Vec<&str> = m.keys().map(String::as_str).collect();
        // Builders are not models; a private tuple field is no member.
        assert_eq!(
            names,
            [
                "Ids",
                "JobStatusResults",
                "SuspendedTicket",
                "TicketStatus",
                "UserUpdate"
            ]
        );
        let ticket = &m["SuspendedTicket"];
        assert!(ticket.non_exhaustive);
        assert_eq!(ticket.members["url"], "Option<String>");
        assert_eq!(ticket.members["via"], "Option<Via>");
        assert!(m["Ids"].members.is_empty());
        assert_eq!(
            m["JobStatusResults"].members["Array"],
            "Vec<JobStatusResult>"
        );
        assert_eq!(m["TicketStatus"].members["Unknown"], "UnknownValue");
        assert!(m["UserUpdate"].derives.contains("Default"));
    }

    #[test]
    fn a_response_property_made_required_breaks() {
        let old = models(CLIENT, OPEN_ENUMS);
        let required = CLIENT.replace(
            "pub url: ::std::option::Option<::std::string::String>,",
            "pub url: ::std::string::String,",
        );
        let (breaking, _) = changes(&old, &models(&required, OPEN_ENUMS));
        assert_eq!(
            breaking,
            ["types::SuspendedTicket: the field `url` was `Option<String>` and is `String`"]
        );
    }

    #[test]
    fn a_field_added_breaks_an_exhaustive_struct_only() {
        let old = models(CLIENT, OPEN_ENUMS);
        let added = CLIENT
            .replace("pub id: i64,", "pub id: i64, pub cause_name: ::std::option::Option<::std::string::String>,")
            .replace("pub suspended: ::std::option::Option<bool>,", "pub suspended: ::std::option::Option<bool>, pub notes: ::std::option::Option<::std::string::String>,");
        let (breaking, compatible) = changes(&old, &models(&added, OPEN_ENUMS));
        assert_eq!(
            breaking,
            ["types::UserUpdate: the field `notes` (`Option<String>`) was added, and types::UserUpdate is not #[non_exhaustive] in the last release"]
        );
        assert_eq!(
            compatible,
            ["types::SuspendedTicket: the field `cause_name` (`Option<String>`) was added"]
        );
    }

    #[test]
    fn removals_new_variants_of_exhaustive_enums_and_lost_derives_break() {
        let old = models(CLIENT, OPEN_ENUMS);
        let changed = CLIENT
            .replace("pub via: ::std::option::Option<crate::types::Via>,", "")
            .replace(
                "JobStatusOutcome(JobStatusOutcome),",
                "JobStatusOutcome(JobStatusOutcome), Other(String),",
            )
            .replace(
                "#[derive(Clone, Debug, Default)]",
                "#[derive(Clone, Debug)] #[non_exhaustive]",
            )
            .replace("pub struct Ids(::std::string::String);", "");
        let open = OPEN_ENUMS.replace("Open,", "Open, Solved,");
        let (breaking, compatible) = changes(&old, &models(&changed, &open));
        assert_eq!(
            breaking,
            [
                "types::Ids was removed",
                "types::JobStatusResults: the variant `Other` (`String`) was added, and types::JobStatusResults is not #[non_exhaustive] in the last release",
                "types::SuspendedTicket: the field `via` was removed",
                "types::UserUpdate became #[non_exhaustive]",
                "types::UserUpdate no longer derives Default",
            ]
        );
        // An open enum is non-exhaustive: a value Zendesk adds is a minor release.
        assert_eq!(
            compatible,
            ["types::TicketStatus: the variant `Solved` was added"]
        );
    }
}
