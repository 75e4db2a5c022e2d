//! The generated types that carry OAuth secrets print them as
//! `** redacted **` in `Debug`, as the handwritten layer's own types do.
//!
//! typify derives `Debug` on every type, so a token request (its client
//! secret, its authorization code and PKCE verifier, its refresh token), its
//! builder and the token response (its access and refresh tokens) printed
//! their secrets to whoever logs one with `{:?}`. Their derived `Debug` is
//! replaced here by one that prints every other field as before. The list
//! is ours: a listed type or field the generated code no longer has fails
//! the build, so that a spec change cannot drop a redaction silently.

/// The types, in `types` and `types::builder`, and their secret fields.
const SECRETS: &[(&str, &[&str])] = &[
    (
        "AuthorizationCodeGrant",
        &["client_secret", "code", "code_verifier"],
    ),
    ("ClientCredentialsGrant", &["client_secret"]),
    ("RefreshTokenGrant", &["client_secret", "refresh_token"]),
    ("TokenResponse", &["access_token", "refresh_token"]),
];

/// Rewrites the listed types' `Debug`. Returns how many types it rewrote.
pub fn rewrite(file: &mut syn::File) -> Result<usize, String> {
    let types = module_items(&mut file.items, "types")
        .ok_or("build/redacted_debug.rs: the generated code has no `types` module")?;
    let mut rewritten = redact(types)?;
    let builder = module_items(types, "builder")
        .ok_or("build/redacted_debug.rs: the generated code has no `types::builder` module")?;
    rewritten += redact(builder)?;
    Ok(rewritten)
}

fn module_items<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
    items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Replaces the derived `Debug` of each listed struct among `items`.
fn redact(items: &mut Vec<syn::Item>) -> Result<usize, String> {
    let mut impls = Vec::new();
    for (name, secrets) in SECRETS {
        let found = items.iter_mut().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        });
        let Some(s) = found else {
            return Err(format!(
                "build/redacted_debug.rs: no struct `{name}` to redact"
            ));
        };
        let syn::Fields::Named(fields) = &s.fields else {
            return Err(format!(
                "build/redacted_debug.rs: `{name}` has no named fields"
            ));
        };
        let names: Vec<String> = fields
            .named
            .iter()
            .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
            .collect();
        if let Some(missing) = secrets
            .iter()
            .find(|secret| !names.iter().any(|n| n == *secret))
        {
            return Err(format!(
                "build/redacted_debug.rs: `{name}` has no field `{missing}` to redact"
            ));
        }
        if !drop_derived_debug(&mut s.attrs) {
            return Err(format!(
                "build/redacted_debug.rs: `{name}` does not derive `Debug`"
            ));
        }
        let shown = names.iter().map(|field| {
            let ident = quote::format_ident!("{}", field);
            let label = field.trim_start_matches("r#");
            if secrets.contains(&label) {
                quote::quote! { .field(#label, &format_args!("{}", crate::auth::REDACTED)) }
            } else {
                quote::quote! { .field(#label, &self.#ident) }
            }
        });
        let ident = &s.ident;
        let title = ident.to_string();
        impls.push(syn::parse_quote! {
            impl ::std::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#title) #(#shown)* .finish()
                }
            }
        });
    }
    let count = impls.len();
    items.extend(impls);
    Ok(count)
}

/// Takes `Debug` out of the struct's `#[derive(…)]`; `false` when it was not
/// there.
fn drop_derived_debug(attrs: &mut [syn::Attribute]) -> bool {
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths
            .iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Debug"))
            .collect();
        if kept.len() == paths.len() {
            continue;
        }
        *attr = syn::parse_quote! { #[derive(#(#kept),*)] };
        return true;
    }
    false
}
