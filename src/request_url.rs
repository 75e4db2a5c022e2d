//! A generated request's URL, made from the base URL parsed once.
//!
//! progenitor formats each request's URL as a string (the base URL, then the
//! operation's path) and hands it to reqwest, which parses it whole: scheme,
//! host, port and path, on every request. The client parsed its base URL when
//! it was built (the transport's origin); `build/lean_requests.rs` has the
//! generated code take a copy of that and set only the path, which is the URL
//! a whole parse gives. Anything else (a raw generated client with no origin,
//! a base URL with a path of its own) is parsed whole, as before.

use crate::generated;
use progenitor_client::ClientInfo;
use reqwest::Url;

/// The URL of `formatted`, the base URL followed by an operation's path;
/// why it is not one, as the generated code's `InvalidRequest` says it.
pub(crate) fn of(client: &generated::Client, formatted: &str) -> Result<Url, String> {
    if let Some(url) = client
        .inner()
        .origin()
        .and_then(|base| on_base(base, client.baseurl(), formatted))
    {
        return Ok(url);
    }
    Url::parse(formatted).map_err(|e| format!("the URL {formatted}: {e}"))
}

/// `base` (parsed from `base_text`) with the path `formatted` has after
/// `base_text`; `None` when that path cannot simply be set: the base has a
/// path, a query or a fragment of its own, or what follows it is not a plain
/// path. (`set_path` would encode a `?` or `#`, which a whole parse splits
/// off, and keep a space or control character a whole parse strips from the
/// end; progenitor's path encoding leaves none of them.)
fn on_base(base: &Url, base_text: &str, formatted: &str) -> Option<Url> {
    let path = formatted.strip_prefix(base_text)?;
    let plain = path.starts_with('/')
        && path
            .bytes()
            .all(|b| b > b' ' && !matches!(b, b'?' | b'#' | b'\\'));
    let bare_base = base.path() == "/" && base.query().is_none() && base.fragment().is_none();
    if !plain || !bare_base || base.cannot_be_a_base() {
        return None;
    }
    let mut url = base.clone();
    url.set_path(path);
    Some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paths as progenitor formats them, percent-encoded parameters and
    /// characters the path parser rewrites included.
    const PATHS: &[&str] = &[
        "/api/v2/suspended_tickets",
        "/api/v2/suspended_tickets/25000000000057",
        "/api/v2/deleted_tickets/12/restore",
        "/api/v2/users/search",
        "/oauth/tokens",
        "/api/v2/x/%2F%3F%23%25%20",
        "/api/v2/x/caf\u{e9}/\u{1f600}",
        "/api/v2/x/a%20b/[c]|d^e'f",
        "/api/v2/x/../y/./z",
        "/api/v2/x/%2e%2E/y",
        "/api/v2/x/;,=@:$&+!*()~",
        "/",
        "//api/v2/double",
    ];

    const BASES: &[&str] = &[
        "https://acme.zendesk.com",
        "http://127.0.0.1:40000",
        "http://localhost:8080",
        "http://[::1]:9000",
        "https://ACME.Zendesk.com:443",
        "http://xn--caf-dma.example",
    ];

    #[test]
    fn setting_the_path_on_the_parsed_base_gives_the_url_a_whole_parse_gives() {
        for base_text in BASES {
            let base = Url::parse(base_text).unwrap();
            for path in PATHS {
                let formatted = format!("{base_text}{path}");
                let whole = Url::parse(&formatted).unwrap();
                let set = on_base(&base, base_text, &formatted)
                    .unwrap_or_else(|| panic!("{formatted} is not taken on the base"));
                assert_eq!(set.as_str(), whole.as_str(), "{formatted}");
            }
        }
    }

    #[test]
    fn what_cannot_simply_be_set_is_left_to_a_whole_parse() {
        let base = Url::parse("http://h.example/prefix").unwrap();
        assert_eq!(
            on_base(
                &base,
                "http://h.example/prefix",
                "http://h.example/prefix/a"
            ),
            None
        );
        let base = Url::parse("http://h.example").unwrap();
        for odd in [
            "/a?b=c", "/a#b", "/a\\b", "x/a", "", "/a ", "/a\tb", "/a\nb",
        ] {
            assert_eq!(
                on_base(&base, "http://h.example", &format!("http://h.example{odd}")),
                None
            );
        }
        assert_eq!(
            on_base(&base, "http://h.example", "http://other.example/a"),
            None
        );
    }

    #[test]
    fn a_built_client_takes_the_path_on_its_parsed_base() {
        for base in ["https://acme.zendesk.com/", "http://127.0.0.1:40000"] {
            let client = crate::Client::builder()
                .base_url(base)
                .api_token("agent@example.com", "token")
                .build()
                .unwrap();
            let raw = client.raw();
            let origin = raw.inner().origin().expect("a built client has an origin");
            let formatted = format!("{}/api/v2/suspended_tickets", raw.baseurl());
            let set = on_base(origin, raw.baseurl(), &formatted)
                .expect("the base text is the one the origin was parsed from");
            assert_eq!(set.as_str(), Url::parse(&formatted).unwrap().as_str());
        }
    }

    #[test]
    fn a_raw_client_without_an_origin_parses_whole() {
        let client = generated::Client::new(
            "http://h.example:81",
            crate::transport::Transport::default(),
        );
        let url = of(&client, "http://h.example:81/api/v2/a/%20b").unwrap();
        assert_eq!(url.as_str(), "http://h.example:81/api/v2/a/%20b");
        assert!(of(&client, "not a url").is_err());
    }
}
