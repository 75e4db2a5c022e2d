//! Two costs progenitor's request code pays on every call, taken out of the
//! generated client at build time:
//!
//! - It adds an `api-version` header (the spec's `info.version`). Zendesk has
//!   no such header; the transport used to strip it from every request. The
//!   header is no longer added, nor the header map that held only it.
//! - It calls reqwest's `.query()` once per query parameter, absent ones
//!   included. Each call opens the URL's query, serializes nothing for an
//!   absent value, closes it again and clears the empty `?`; a listing sent
//!   with two of its five parameters paid for five. An optional parameter is
//!   now added only when present. The parameters keep their order and are
//!   serialized by progenitor's own `QueryParam`, so the URL is the same.
//!
//! - Its request URL is a string (the base URL and the path) that reqwest
//!   parses whole on every call. The generated code now takes the client's
//!   base URL, parsed once, and sets the path on a copy of it
//!   (`src/request_url.rs`): the same URL, without parsing scheme, host and
//!   port again.
//!
//! A `send` whose shape is not the one expected is reported, not skipped:
//! a progenitor upgrade that changes it fails the build here.

use std::collections::{BTreeMap, BTreeSet};
use syn::visit_mut::VisitMut;

/// Rewrites every builder's `send` in the generated file. Returns how many
/// were rewritten.
pub fn rewrite(file: &mut syn::File) -> Result<usize, String> {
    let mut rewriter = Sends::default();
    for item in &file.items {
        if let syn::Item::Mod(m) = item {
            if m.ident == "builder" {
                rewriter.optional = optional_fields(m);
            }
        }
    }
    if rewriter.optional.is_empty() {
        return Err("lean_requests: no builder structs found in the generated code".into());
    }
    rewriter.visit_file_mut(file);
    match rewriter.problems.first() {
        Some(problem) => Err(problem.clone()),
        None => Ok(rewriter.rewritten),
    }
}

/// Per builder struct, its fields of type `Result<Option<_>, _>`: the
/// optional parameters.
fn optional_fields(builder: &syn::ItemMod) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let Some((_, items)) = &builder.content else {
        return out;
    };
    for item in items {
        let syn::Item::Struct(s) = item else { continue };
        let fields = s
            .fields
            .iter()
            .filter(|f| is_result_of_option(&f.ty))
            .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
            .collect();
        out.insert(s.ident.to_string(), fields);
    }
    out
}

fn is_result_of_option(ty: &syn::Type) -> bool {
    generic_args("Result", ty)
        .and_then(|mut args| args.next())
        .is_some_and(|ok| generic_args("Option", ok).is_some())
}

fn generic_args<'a>(name: &str, ty: &'a syn::Type) -> Option<impl Iterator<Item = &'a syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    (last.ident == name).then(|| {
        args.args.iter().filter_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        })
    })
}

#[derive(Default)]
struct Sends {
    optional: BTreeMap<String, BTreeSet<String>>,
    rewritten: usize,
    problems: Vec<String>,
}

impl VisitMut for Sends {
    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        if imp.trait_.is_some() {
            return;
        }
        let syn::Type::Path(self_ty) = imp.self_ty.as_ref() else {
            return;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            return;
        };
        let Some(optional) = self.optional.get(&name) else {
            return;
        };
        for item in &mut imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if f.sig.ident != "send" {
                continue;
            }
            match rewrite_send(&mut f.block, optional) {
                Ok(()) => self.rewritten += 1,
                Err(e) => self
                    .problems
                    .push(format!("lean_requests: {name}::send: {e}")),
            }
        }
    }
}

fn rewrite_send(block: &mut syn::Block, optional: &BTreeSet<String>) -> Result<(), String> {
    let header_map_left = drop_api_version(block)?;
    let request = block
        .stmts
        .iter_mut()
        .find_map(|stmt| match stmt {
            syn::Stmt::Local(local) if binds(&local.pat, "request") => local.init.as_mut(),
            _ => None,
        })
        .ok_or("no `let mut request = …` statement")?;
    let built = add_present_parameters(&request.expr, optional, header_map_left)?;
    *request.expr = built;
    Ok(())
}

/// Removes `header_map.append(HeaderName::from_static("api-version"), …)`,
/// and `let mut header_map = …` too when nothing else is added to it.
/// Returns whether `header_map` is left.
fn drop_api_version(block: &mut syn::Block) -> Result<bool, String> {
    let mentions = |stmt: &syn::Stmt| {
        let text = quote::quote!(#stmt).to_string();
        (
            text.contains("header_map"),
            text.contains("\"api-version\""),
        )
    };
    let before = block.stmts.len();
    block
        .stmts
        .retain(|stmt| matches!(stmt, syn::Stmt::Local(_)) || mentions(stmt) != (true, true));
    if block.stmts.len() + 1 != before {
        return Err("no single `header_map.append(\"api-version\", …)` statement".into());
    }
    let other_uses = block
        .stmts
        .iter()
        .filter(|stmt| !matches!(stmt, syn::Stmt::Local(_)) && mentions(stmt).0)
        .count();
    if other_uses == 0 {
        block.stmts.retain(
            |stmt| !matches!(stmt, syn::Stmt::Local(local) if binds(&local.pat, "header_map")),
        );
    }
    Ok(other_uses > 0)
}

fn binds(pat: &syn::Pat, name: &str) -> bool {
    match pat {
        syn::Pat::Ident(p) => p.ident == name,
        syn::Pat::Type(t) => binds(&t.pat, name),
        _ => false,
    }
}

/// `chain.query(a).query(b)….build()?` becomes a block that builds `chain`
/// without the queries, then adds each in turn: an optional one only when
/// present. `.headers(header_map)` is left out when `header_map` is gone.
fn add_present_parameters(
    expr: &syn::Expr,
    optional: &BTreeSet<String>,
    header_map_left: bool,
) -> Result<syn::Expr, String> {
    let syn::Expr::Try(tried) = expr else {
        return Err("`request` is not `….build()?`".into());
    };
    let syn::Expr::MethodCall(build) = tried.expr.as_ref() else {
        return Err("`request` is not `….build()?`".into());
    };
    if build.method != "build" {
        return Err("`request` is not `….build()?`".into());
    }
    // Unwind the chain, outermost call first.
    let mut queries = Vec::new();
    let mut kept = Vec::new();
    let mut receiver = build.receiver.as_ref();
    while let syn::Expr::MethodCall(call) = receiver {
        if call.method == "query" {
            queries.push(query_parameter(call)?);
        } else if call.method == "headers" && !header_map_left {
            // `.headers(header_map)`, whose map is gone.
        } else {
            kept.push(call);
        }
        receiver = call.receiver.as_ref();
    }
    let mut chain = receiver.clone();
    for (i, call) in kept.into_iter().rev().enumerate() {
        let mut call = if i == 0 {
            on_parsed_base(call)?
        } else {
            call.clone()
        };
        call.receiver = Box::new(chain);
        chain = syn::Expr::MethodCall(call);
    }
    let adds = queries.into_iter().rev().map(|(name, value)| {
        if optional.contains(&value.to_string()) {
            quote::quote! {
                if let ::std::option::Option::Some(value) = &#value {
                    builder = builder.query(&progenitor_client::QueryParam::new(#name, value));
                }
            }
        } else {
            quote::quote! {
                builder = builder.query(&progenitor_client::QueryParam::new(#name, &#value));
            }
        }
    });
    Ok(syn::parse_quote! {
        {
            #[allow(unused_mut)]
            let mut builder = #chain;
            #(#adds)*
            builder.build()?
        }
    })
}

/// `client.client.<method>(url)` (the innermost call of the request's
/// chain) with its `url` made by `request_url::of`.
fn on_parsed_base(call: &syn::ExprMethodCall) -> Result<syn::ExprMethodCall, String> {
    let receiver = &call.receiver;
    let is_client = quote::quote!(#receiver).to_string().replace(' ', "") == "client.client";
    let takes_url = matches!(call.args.first(), Some(syn::Expr::Path(p)) if p.path.is_ident("url"));
    if !is_client || !takes_url || call.args.len() != 1 {
        return Err(format!(
            "the request is not built from `client.client.<method>(url)` but from `{}`",
            quote::quote!(#call)
        ));
    }
    let mut call = call.clone();
    call.args[0] = syn::parse_quote! {
        crate::request_url::of(client, &url).map_err(Error::InvalidRequest)?
    };
    Ok(call)
}

/// `name` and `value` of `.query(&progenitor_client::QueryParam::new(name, &value))`.
fn query_parameter(call: &syn::ExprMethodCall) -> Result<(syn::Expr, syn::Ident), String> {
    let shape = || "a `.query(…)` not of the form `&QueryParam::new(name, &value)`".to_string();
    let Some(syn::Expr::Reference(arg)) = call.args.first() else {
        return Err(shape());
    };
    let syn::Expr::Call(new) = arg.expr.as_ref() else {
        return Err(shape());
    };
    let is_new = matches!(new.func.as_ref(), syn::Expr::Path(p)
        if p.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>()
            .ends_with(&["QueryParam".to_string(), "new".to_string()]));
    let (Some(name), Some(syn::Expr::Reference(value)), 2, true) =
        (new.args.first(), new.args.get(1), new.args.len(), is_new)
    else {
        return Err(shape());
    };
    let syn::Expr::Path(value) = value.expr.as_ref() else {
        return Err(shape());
    };
    let ident = value.path.get_ident().ok_or_else(shape)?.clone();
    Ok((name.clone(), ident))
}
