//! The generated client's own reqwest client takes this crate's TLS.
//!
//! Progenitor's `Client::new` builds its reqwest client with
//! `reqwest::ClientBuilder::new()`, reqwest's TLS defaults; with reqwest's
//! `rustls-no-provider` (see `crate::http_client`) that finds no crypto
//! provider. It starts from `crate::http_client()` instead: rustls with ring.

use syn::visit_mut::VisitMut;

/// Replaces every `reqwest::ClientBuilder::new()` of the generated code with
/// `crate::http_client()` (which fails only where the system has no CA
/// certificates, as reqwest's default does); the number replaced.
pub fn rewrite(file: &mut syn::File) -> Result<usize, String> {
    let mut calls = Calls::default();
    calls.visit_file_mut(file);
    if calls.changed == 0 {
        return Err("build/own_tls.rs: the generated code builds no reqwest client with `reqwest::ClientBuilder::new()`; has progenitor changed how `Client::new` does?".into());
    }
    Ok(calls.changed)
}

#[derive(Default)]
struct Calls {
    changed: usize,
}

impl VisitMut for Calls {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Call(call) = expr {
            let is_new = matches!(&*call.func, syn::Expr::Path(p)
                if p.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>()
                    == ["reqwest", "ClientBuilder", "new"]);
            if is_new && call.args.is_empty() {
                *expr = syn::parse_quote! {
                    crate::http_client().expect("zendesk_support::http_client: no TLS configuration")
                };
                self.changed += 1;
                return;
            }
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}
