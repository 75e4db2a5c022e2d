//! A URL in a recording: its shape (scheme, the path's words and ids, the
//! query's parameters) kept, what names the account or a person dropped.
//! The host names the account (`acme.zendesk.com`); a download URL's path
//! holds the attachment's token and its query the file's name, and a
//! search's query what was searched for.

use std::collections::BTreeSet;
use url::Url;

/// The path words of Zendesk's download URLs
/// (`/attachments/token/{token}/?name=…`, `/system/photos/…`), beside the
/// spec's own paths.
const DOWNLOAD_WORDS: [&str; 6] = [
    "attachments",
    "attachment",
    "token",
    "thumbnails",
    "system",
    "photos",
];

/// Which words of a URL are known not to be personal.
pub struct Words {
    /// The literal segments of the spec's paths (`api`, `v2`,
    /// `suspended_tickets`) and of download URLs.
    segments: BTreeSet<String>,
    /// The query parameters the spec declares (`page[size]`, `query`).
    parameters: BTreeSet<String>,
}

impl Words {
    /// The words of `spec`'s paths and query parameters.
    pub fn of(spec: &serde_json::Value) -> Words {
        let mut segments: BTreeSet<String> = DOWNLOAD_WORDS.iter().map(|w| w.to_string()).collect();
        let mut parameters = BTreeSet::new();
        let paths = spec.get("paths").and_then(|p| p.as_object());
        for (path, item) in paths.into_iter().flatten() {
            segments.extend(
                path.split('/')
                    .filter(|s| !s.is_empty() && !s.contains('{'))
                    .map(str::to_string),
            );
            let operations = item.as_object().into_iter().flat_map(|o| o.values());
            let lists = std::iter::once(item).chain(operations);
            for parameter in lists
                .filter_map(|o| o.get("parameters")?.as_array())
                .flatten()
                .filter_map(|p| zendesk_spec_check::resolve(spec, p))
                .filter(|p| p.get("in").and_then(|i| i.as_str()) == Some("query"))
            {
                if let Some(name) = parameter.get("name").and_then(|n| n.as_str()) {
                    parameters.insert(name.to_string());
                }
            }
        }
        Words {
            segments,
            parameters,
        }
    }

    /// `text` (an absolute URL, or a path with its query) with every part
    /// not known to be harmless replaced: the host by `example.zendesk.com`
    /// (a Zendesk host) or `example.com`, path segments other than ids and
    /// known words by `redacted`, query values other than numbers by
    /// `redacted`; user, port, undeclared parameters and fragment dropped.
    pub fn redact(&self, text: &str) -> String {
        let relative = text.starts_with('/');
        let parsed = match relative {
            true => Url::parse("https://example.zendesk.com").and_then(|base| base.join(text)),
            false => Url::parse(text),
        };
        let Ok(url) = parsed else {
            return "https://example.com/redacted".to_string();
        };
        let mut out = String::new();
        if !relative {
            let host = url.host_str().unwrap_or_default();
            let host = match host == "zendesk.com" || host.ends_with(".zendesk.com") {
                true => "example.zendesk.com",
                false => "example.com",
            };
            out.push_str(&format!("{}://{host}", url.scheme()));
        }
        for segment in url.path().split('/').skip(1) {
            out.push('/');
            out.push_str(&self.segment(segment));
        }
        let pairs: Vec<String> = url
            .query_pairs()
            .filter(|(key, _)| self.parameters.contains(key.as_ref()))
            .map(|(key, value)| {
                let numbers =
                    !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == ',');
                format!("{key}={}", if numbers { &value } else { "redacted" })
            })
            .collect();
        if !pairs.is_empty() {
            out.push('?');
            out.push_str(&pairs.join("&"));
        }
        out
    }

    /// One path segment: an id or a known word (with its `.json`), or
    /// `redacted`.
    fn segment(&self, segment: &str) -> String {
        let (stem, json) = match segment.strip_suffix(".json") {
            Some(stem) => (stem, ".json"),
            None => (segment, ""),
        };
        let known = stem.is_empty()
            || stem.chars().all(|c| c.is_ascii_digit())
            || self.segments.contains(stem);
        match known {
            true => segment.to_string(),
            false => format!("redacted{json}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn words() -> Words {
        Words::of(&json!({ "paths": {
            "/api/v2/suspended_tickets/{id}": { "get": { "parameters": [
                { "$ref": "#/components/parameters/PageSize" },
            ] } },
            "/api/v2/users/search": { "get": { "parameters": [
                { "name": "query", "in": "query" },
                { "name": "X-Header", "in": "header" },
            ] } },
        }, "components": { "parameters": {
            "PageSize": { "name": "page[size]", "in": "query" },
        } } }))
    }

    #[test]
    fn a_url_keeps_its_shape_not_the_account_nor_the_file() {
        let w = words();
        assert_eq!(
            w.redact("https://acme.zendesk.com/api/v2/suspended_tickets/35436.json"),
            "https://example.zendesk.com/api/v2/suspended_tickets/35436.json"
        );
        assert_eq!(
            w.redact("https://acme.zendesk.com/attachments/token/Xq7TokenAbC9/?name=passport.pdf"),
            "https://example.zendesk.com/attachments/token/redacted/"
        );
        assert_eq!(
            w.redact("https://p3.zdusercontent.com/attachment/9876/Xq7Tok?token=eyJhbG#x"),
            "https://example.com/attachment/9876/redacted"
        );
        assert_eq!(
            w.redact("http://user:pw@127.0.0.1:4567/api/v2/users/search.json?query=ada%40x.example&page%5Bsize%5D=100&name=ada"),
            "http://example.com/api/v2/users/search.json?query=redacted&page[size]=100"
        );
        assert_eq!(
            w.redact("/api/v2/users/search?query=ada@x.example"),
            "/api/v2/users/search?query=redacted"
        );
        assert_eq!(w.redact("https://"), "https://example.com/redacted");
    }
}
