//! Decoding a success body once: in the transport, not again in the
//! generated code.
//!
//! The transport must know whether a success body is readable before it
//! decides to retry (a body cut short is retried like any failure of an
//! idempotent call), and reading it only to throw the result away cost as much
//! as decoding it. So each operation's success type is decoded there, by a
//! table written here (`decode_success`), and the generated code takes the
//! decoded value (`crate::transport::decoded`) instead of
//! `ResponseValue::from_response`, which decodes the body again. When the
//! transport did not decode (a body that is JSON but not of that type), the
//! generated code decodes as before and reports what it finds.

use syn::visit_mut::VisitMut;

/// Rewrites every `ResponseValue::from_response(response)` of the generated
/// client to `crate::transport::decoded(response)` and appends the table
/// `decode_success(operation_id, body, into)` for those operations (the value
/// goes into the response's extensions). Returns the operations rewritten.
pub fn rewrite(file: &mut syn::File) -> Result<Vec<String>, String> {
    let mut visitor = Sends::default();
    visitor.visit_file_mut(file);
    if let Some(problem) = visitor.problems.first() {
        return Err(problem.clone());
    }
    let arms = visitor
        .decoders
        .iter()
        .map(|(operation, ty)| quote_arm(operation, ty));
    let table: syn::ItemFn = syn::parse_quote! {
        /// The success body of `operation_id` decoded into its type, for the
        /// transport; `None` for an operation whose success has no body to
        /// decode.
        pub(crate) fn decode_success(
            operation_id: &str,
            body: &[u8],
            into: &mut ::http::Extensions,
        ) -> Option<Result<(), serde_json::Error>> {
            match operation_id {
                #(#arms)*
                _ => None,
            }
        }
    };
    file.items.push(syn::Item::Fn(table));
    Ok(visitor.decoders.into_iter().map(|(o, _)| o).collect())
}

fn quote_arm(operation: &str, ty: &syn::Type) -> syn::Arm {
    syn::parse_quote! {
        #operation => Some(
            serde_json::from_slice::<#ty>(body).map(|value| {
                into.insert(crate::transport::Decoded(value));
            }),
        ),
    }
}

#[derive(Default)]
struct Sends {
    decoders: Vec<(String, syn::Type)>,
    problems: Vec<String>,
}

impl VisitMut for Sends {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        if f.sig.ident != "send" {
            return;
        }
        let mut calls = FromResponse::default();
        calls.visit_block_mut(&mut f.block);
        if calls.rewritten == 0 {
            return;
        }
        let operation = OperationId::find(&f.block);
        let success = success_type(&f.sig.output);
        match (operation, success) {
            (Some(operation), Some(ty)) => self.decoders.push((operation, ty)),
            (operation, _) => self.problems.push(format!(
                "decode_once: cannot tell the operation id or success type of `send` ({operation:?})"
            )),
        }
    }
}

/// Replaces `ResponseValue::from_response(x)` by `crate::transport::decoded(x)`.
#[derive(Default)]
struct FromResponse {
    rewritten: usize,
}

impl VisitMut for FromResponse {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        syn::visit_mut::visit_expr_call_mut(self, call);
        if let syn::Expr::Path(path) = call.func.as_mut() {
            let segments: Vec<String> = path
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segments.ends_with(&["ResponseValue".into(), "from_response".into()]) {
                path.path = syn::parse_quote!(crate::transport::decoded);
                self.rewritten += 1;
            }
        }
    }
}

/// The string of the `operation_id: "…"` field in a `send` body.
#[derive(Default)]
struct OperationId(Option<String>);

impl OperationId {
    fn find(block: &syn::Block) -> Option<String> {
        let mut found = OperationId::default();
        syn::visit::Visit::visit_block(&mut found, block);
        found.0
    }
}

impl<'ast> syn::visit::Visit<'ast> for OperationId {
    fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
        if let (syn::Member::Named(name), syn::Expr::Lit(lit)) = (&field.member, &field.expr) {
            if let (true, syn::Lit::Str(s)) = (name == "operation_id", &lit.lit) {
                self.0 = Some(s.value());
            }
        }
        syn::visit::visit_field_value(self, field);
    }
}

/// `T` of `-> Result<ResponseValue<T>, Error<E>>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let ok = first_generic(ty, "Result")?;
    first_generic(&ok, "ResponseValue")
}

fn first_generic(ty: &syn::Type, name: &str) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}
