//! The spec's prose: its labelled paragraphs, Markdown to HTML, and the
//! forms the templates need (a table cell, plain words for the search).
//!
//! The spec's descriptions follow a convention the reference relies on: the
//! paragraphs that start with `**Allowed for:**`, `**Rate limit:**` and
//! `**Deviation from Zendesk's docs:**` become sections of their own.

use serde_json::Value;

const ALLOWED: &str = "**Allowed for:**";
const RATE: &str = "**Rate limit:**";
const DEVIATION: &str = "**Deviation from Zendesk's docs:**";

/// A string of the spec, or nothing.
pub fn string(v: Option<&Value>) -> String {
    v.and_then(Value::as_str).unwrap_or_default().to_string()
}

/// The description without the labelled paragraphs, and those paragraphs:
/// (plain, allowed for, rate limit, deviations).
pub fn split_description(text: &str) -> (String, String, String, Vec<String>) {
    let (mut plain, mut allowed, mut rate, mut deviations) =
        (Vec::new(), String::new(), String::new(), Vec::new());
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(rest) = paragraph.strip_prefix(ALLOWED) {
            allowed = sentence(rest);
        } else if let Some(rest) = paragraph.strip_prefix(RATE) {
            rate = sentence(rest);
        } else if let Some(rest) = paragraph.strip_prefix(DEVIATION) {
            deviations.push(sentence(rest));
        } else {
            plain.push(paragraph.to_string());
        }
    }
    (plain.join("\n\n"), allowed, rate, deviations)
}

/// A labelled paragraph's text as a sentence of its own.
fn sentence(rest: &str) -> String {
    let rest = rest.trim();
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Markdown as HTML (a template filter).
pub fn markdown_to_html(text: String) -> minijinja::Value {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&text));
    minijinja::Value::from_safe_string(html)
}

/// Text fit for one Markdown table cell (a template filter).
pub fn cell(text: String) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// Markdown as the words a reader sees: no markup, one line.
pub fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
