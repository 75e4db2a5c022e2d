//! Reading Zendesk's date-times in either ISO 8601 form.
//!
//! The spec says `format: date-time` (RFC 3339, `2014-07-04T15:37:04Z`), as
//! every live recording shows; Zendesk's own docs give `deleted_at` once in
//! the basic form (`20140704T15:37:04Z`). A record must not be lost over
//! which form a timestamp takes, so every date-time field of the generated
//! models reads through `crate::datetime` (both forms) instead of chrono's
//! RFC 3339 reader; writing is unchanged (RFC 3339).

use syn::visit_mut::VisitMut;

/// Adds `#[serde(default, deserialize_with = "crate::datetime::…")]` to each
/// field typed `DateTime<Utc>` or `Option<DateTime<Utc>>`; the number of
/// fields changed.
pub fn rewrite(file: &mut syn::File) -> Result<usize, String> {
    let mut fields = Fields::default();
    fields.visit_file_mut(file);
    if fields.changed == 0 {
        return Err("build/lenient_dates.rs: no date-time field found in the generated models; has progenitor changed how it writes them?".into());
    }
    Ok(fields.changed)
}

#[derive(Default)]
struct Fields {
    changed: usize,
}

impl VisitMut for Fields {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        let attribute: Option<syn::Attribute> = if is_date_time(&field.ty) {
            Some(syn::parse_quote!(#[serde(deserialize_with = "crate::datetime::required")]))
        } else if option_of(&field.ty).is_some_and(is_date_time) {
            // `default`: with a `deserialize_with`, serde no longer reads a
            // missing `Option` field as `None` by itself.
            Some(
                syn::parse_quote!(#[serde(default, deserialize_with = "crate::datetime::optional")]),
            )
        } else {
            None
        };
        if let Some(attribute) = attribute {
            field.attrs.push(attribute);
            self.changed += 1;
        }
        syn::visit_mut::visit_field_mut(self, field);
    }
}

/// The last segment of a type path, with its generic arguments.
fn last_segment(ty: &syn::Type) -> Option<&syn::PathSegment> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        _ => None,
    }
}

fn is_date_time(ty: &syn::Type) -> bool {
    last_segment(ty).is_some_and(|s| s.ident == "DateTime")
}

/// `T` of an `Option<T>`.
fn option_of(ty: &syn::Type) -> Option<&syn::Type> {
    let segment = last_segment(ty).filter(|s| s.ident == "Option")?;
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        }),
        _ => None,
    }
}
