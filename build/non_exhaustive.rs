//! The response models are `#[non_exhaustive]`: Zendesk adds properties all
//! the time, and a property the spec gains is then a new field a dependent's
//! code cannot have depended on the absence of (no struct literal outside
//! this crate, no exhaustive pattern), so adding an optional one is a minor
//! release (see `cargo xtask release-gate`).
//!
//! Every struct with named fields in the generated `types` module is marked,
//! except the request bodies and what only they contain (users build those,
//! and may with struct literals; a property added to a request body stays a
//! breaking change for Rust). A response model is built outside this
//! crate (tests, the simulator) with its builder
//! (`types::Ticket::builder().id(1)…try_into()`), or where every field has a
//! default with `Default` and field assignment.

use std::collections::{BTreeMap, BTreeSet};
use syn::visit::Visit;

/// Marks the response models of `file` `#[non_exhaustive]`. `request_bodies`
/// names the component schemas sent as request bodies. Returns the names
/// marked.
pub fn rewrite(
    file: &mut syn::File,
    request_bodies: &BTreeSet<String>,
) -> Result<Vec<String>, String> {
    let Some(types) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    }) else {
        return Err("build/non_exhaustive.rs: the generated code has no `types` module".into());
    };
    // Each named-field struct and each enum (a `oneOf`, such as the token
    // request's grants), and the type names its fields mention. Only the
    // structs are marked; an enum is followed to the structs it holds.
    let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut structs: BTreeSet<String> = BTreeSet::new();
    for item in types.iter() {
        match item {
            syn::Item::Struct(s) => {
                if let syn::Fields::Named(fields) = &s.fields {
                    let mut names = Names::default();
                    for field in &fields.named {
                        names.visit_type(&field.ty);
                    }
                    mentions.insert(s.ident.to_string(), names.0);
                    structs.insert(s.ident.to_string());
                }
            }
            syn::Item::Enum(e) => {
                let mut names = Names::default();
                for variant in &e.variants {
                    for field in &variant.fields {
                        names.visit_type(&field.ty);
                    }
                }
                mentions.insert(e.ident.to_string(), names.0);
            }
            _ => {}
        }
    }
    for body in request_bodies {
        if !mentions.contains_key(body) {
            return Err(format!(
                "build/non_exhaustive.rs: the request body `{body}` is not a struct or enum of the generated `types`; has progenitor renamed it?"
            ));
        }
    }
    // What the request bodies reach; every other struct is a response model
    // (a success or error body, or inside one), and so is what they reach.
    let reach = |roots: Vec<String>| {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo = roots;
        while let Some(name) = todo.pop() {
            if mentions.contains_key(&name) && seen.insert(name.clone()) {
                todo.extend(mentions[&name].iter().cloned());
            }
        }
        seen
    };
    let requests = reach(request_bodies.iter().cloned().collect());
    let responses = reach(
        structs
            .iter()
            .filter(|name| !requests.contains(*name))
            .cloned()
            .collect(),
    );
    let mut marked = Vec::new();
    for item in types.iter_mut() {
        if let syn::Item::Struct(s) = item {
            let name = s.ident.to_string();
            if responses.contains(&name) {
                s.attrs.push(syn::parse_quote!(#[non_exhaustive]));
                marked.push(name);
            }
        }
    }
    if marked.is_empty() {
        return Err(
            "build/non_exhaustive.rs: no response model found in the generated `types`".into(),
        );
    }
    Ok(marked)
}

/// Every identifier of a type's path segments (`Option<Vec<Ticket>>`:
/// Option, Vec, Ticket).
#[derive(Default)]
struct Names(BTreeSet<String>);

impl<'ast> Visit<'ast> for Names {
    fn visit_path_segment(&mut self, segment: &'ast syn::PathSegment) {
        self.0.insert(segment.ident.to_string());
        syn::visit::visit_path_segment(self, segment);
    }
}
