//! The generated models derive `schemars::JsonSchema` only with the crate's
//! `schemars` feature.
//!
//! The generated code is committed (`src/generated/`) and compiled as it is
//! whatever features a dependent turns on, so it cannot depend on them: it is
//! generated with the derive, which is then put behind
//! `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`.

use syn::visit_mut::VisitMut;

/// Moves every `schemars::JsonSchema` out of a `#[derive(…)]` into a
/// `cfg_attr` of the `schemars` feature; the number of types changed.
pub fn rewrite(file: &mut syn::File) -> Result<usize, String> {
    let mut derives = Derives::default();
    derives.visit_file_mut(file);
    if let Some(problem) = derives.problem {
        return Err(problem);
    }
    if derives.changed == 0 {
        return Err("build/optional_schemars.rs: no model derives schemars::JsonSchema; has progenitor changed how it writes derives?".into());
    }
    Ok(derives.changed)
}

#[derive(Default)]
struct Derives {
    changed: usize,
    problem: Option<String>,
}

impl Derives {
    fn gate(&mut self, attrs: &mut Vec<syn::Attribute>) {
        let mut gated = false;
        for attr in attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
            let parsed = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            );
            let paths = match parsed {
                Ok(paths) => paths,
                Err(e) => {
                    self.problem = Some(format!(
                        "build/optional_schemars.rs: a derive it cannot read: {e}"
                    ));
                    return;
                }
            };
            let (schemars, kept): (Vec<syn::Path>, Vec<syn::Path>) =
                paths.into_iter().partition(is_json_schema);
            if schemars.is_empty() {
                continue;
            }
            gated = true;
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
        if gated {
            let at = attrs
                .iter()
                .position(|a| a.path().is_ident("derive"))
                .map_or(0, |i| i + 1);
            attrs.insert(
                at,
                syn::parse_quote!(#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]),
            );
            self.changed += 1;
        }
    }
}

fn is_json_schema(path: &syn::Path) -> bool {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    segments == ["schemars", "JsonSchema"]
}

impl VisitMut for Derives {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.gate(&mut item.attrs);
        syn::visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.gate(&mut item.attrs);
        syn::visit_mut::visit_item_enum_mut(self, item);
    }
}
