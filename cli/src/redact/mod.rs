//! Redaction of the answers `doctor --record` writes, for a public
//! repository: by allow-list, walked beside the spec's schema of the answer.
//!
//! Kept, because it is known not to be personal: the shape (every array
//! item, every property a record has), `null` and booleans, numbers where
//! the spec types a number or the property names an id, a value the spec
//! lists in an `enum` there, a timestamp where the spec says `date-time`
//! (or at a property Zendesk names as a time, `…_at`), a
//! job's string `id`, and a code-like word in the few properties that hold
//! Zendesk's vocabulary (`cause_name`, `channel`, `content_type`, …).
//! Everything else becomes a placeholder of the same type: an address for
//! an address, a URL keeping its path's ids and words for a URL, an IP of
//! the documentation ranges for an IP, `0` for a number the spec does not
//! type (a custom field's value may be an account number), text for text.
//! The same value gets the same placeholder, so what refers to what stays
//! visible. A value the spec does not allow there (a new enum value, a
//! timestamp in another form) becomes plain text: the recording fails
//! validation where the answer did.
//!
//! Keys are data too (a map keyed by addresses): a key is kept when the
//! spec declares it there, when it is a word on a record the spec
//! describes (a property Zendesk added, worth knowing), or when it is a
//! property name the spec uses elsewhere (`id`, `value`, `file_name` in a
//! custom field or a photo). Every other key (an address, a custom user
//! field's name, a mail header) is replaced.

mod place;
mod url;

use place::Place;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Properties whose text is Zendesk's vocabulary (codes, MIME types,
/// scopes), not something a person wrote or is: kept when the value looks
/// like a code. Time zones and locales are left out: they say where a
/// person lives.
const VOCABULARY: [&str; 14] = [
    "cause_name",
    "channel",
    "rel",
    "content_type",
    "job_type",
    "previous_state",
    "action",
    "status",
    "error",
    "code",
    "token_type",
    "scopes",
    "score",
    "ticket_restriction",
];

/// What a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Email,
    Url,
    Ip,
    Timestamp,
    Person,
    Subject,
    Phone,
    Text,
    Key,
}

/// Redacts answers of one spec; the same value gets the same placeholder in
/// every answer it redacts.
pub struct Redactor<'s> {
    spec: &'s Value,
    words: url::Words,
    /// Every property name of the spec.
    names: BTreeSet<String>,
    seen: BTreeMap<(Kind, String), String>,
    /// Takes the tool's own credentials out of a text
    /// (`Client::redact_credentials`): last, from whatever was kept, since a
    /// debugging proxy may echo them anywhere.
    credentials: &'s dyn Fn(&str) -> String,
}

impl<'s> Redactor<'s> {
    pub fn new(spec: &'s Value, credentials: &'s dyn Fn(&str) -> String) -> Redactor<'s> {
        Redactor {
            spec,
            words: url::Words::of(spec),
            names: place::property_names(spec),
            seen: BTreeMap::new(),
            credentials,
        }
    }

    /// Redacts `body`, an answer the spec describes by `schema` (`None`:
    /// it describes none, and nothing in the body is known).
    pub fn body(&mut self, body: &mut Value, schema: Option<&'s Value>) {
        let place = Place::of(self.spec, schema);
        self.value(body, None, &place);
        scrub(body, self.credentials);
    }

    /// A request's path and query as a recording names it (a search's
    /// query names a person).
    pub fn request(&self, path: &str) -> String {
        (self.credentials)(&self.words.redact(path))
    }

    /// `key` is the property the value is at, when it is one the spec
    /// declares or Zendesk added to a record.
    fn value(&mut self, v: &mut Value, key: Option<&str>, place: &Place<'s>) {
        match v {
            Value::Null | Value::Bool(_) => {}
            Value::Number(n) => {
                if !(place.is_number() || key.is_some_and(names_an_id)) {
                    *v = match n.is_f64() {
                        true => Value::from(0.0),
                        false => Value::from(0),
                    };
                }
            }
            Value::String(text) => {
                if !self.keeps(text, key, place) {
                    *text = self.placeholder(kind_of(text, key), text);
                }
            }
            Value::Array(items) => {
                let place = place.items();
                for item in items {
                    self.value(item, key, &place);
                }
            }
            Value::Object(map) => {
                let record = place.is_record();
                let undeclared = place.undeclared();
                let mut out = Map::new();
                for (k, mut child) in std::mem::take(map) {
                    let k = match place.property(&k) {
                        Some(declared) => {
                            self.value(&mut child, Some(&k), &declared);
                            k
                        }
                        None if (record && is_word(&k)) || self.names.contains(&k) => {
                            self.value(&mut child, Some(&k), &undeclared);
                            k
                        }
                        None => {
                            self.value(&mut child, None, &undeclared);
                            let kind = match kind_of(&k, None) {
                                Kind::Email => Kind::Email,
                                _ => Kind::Key,
                            };
                            self.placeholder(kind, &k)
                        }
                    };
                    let mut k = k;
                    while out.contains_key(&k) {
                        k.push('_');
                    }
                    out.insert(k, child);
                }
                *map = out;
            }
        }
    }

    /// Whether `text` is known not to be personal where it is.
    fn keeps(&self, text: &str, key: Option<&str>, place: &Place<'s>) -> bool {
        text.is_empty()
            || place.lists(text)
            || ((place.is_date_time() || key.is_some_and(|k| k.ends_with("_at")))
                && is_timestamp(text))
            || (key == Some("id") && place.is_text() && is_code(text))
            || (key.is_some_and(|k| VOCABULARY.contains(&k))
                && place.is_described()
                && is_code(text))
    }

    fn placeholder(&mut self, kind: Kind, original: &str) -> String {
        if kind == Kind::Url {
            return self.words.redact(original);
        }
        let n = self.seen.len() + 1;
        self.seen
            .entry((kind, original.to_string()))
            .or_insert_with(|| match kind {
                Kind::Email => format!("redacted-{n}@example.com"),
                // The documentation ranges (RFC 5737, RFC 3849).
                Kind::Ip if original.contains(':') => format!("2001:db8::{n:x}"),
                Kind::Ip => format!("192.0.2.{}", n % 254 + 1),
                Kind::Timestamp => "2000-01-01T00:00:00Z".to_string(),
                Kind::Person => format!("Person {n}"),
                Kind::Subject => format!("Subject {n}"),
                Kind::Phone => format!("+1555010{:04}", n % 10_000),
                Kind::Key => format!("field_{n}"),
                Kind::Text | Kind::Url => format!("Text {n}"),
            })
            .clone()
    }
}

/// What `text` at `key` is, for its placeholder.
fn kind_of(text: &str, key: Option<&str>) -> Kind {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Kind::Url;
    }
    if text.contains('@') {
        return Kind::Email;
    }
    let bare = text.trim_start_matches('[').trim_end_matches(']');
    if bare.parse::<std::net::IpAddr>().is_ok() {
        return Kind::Ip;
    }
    if is_timestamp(text) {
        return Kind::Timestamp;
    }
    match key {
        Some("name" | "alias") => Kind::Person,
        Some("subject" | "raw_subject") => Kind::Subject,
        Some("phone") => Kind::Phone,
        _ => Kind::Text,
    }
}

/// Whether a property's name says it holds ids (`id`, `ticket_id`,
/// `collaborator_ids`). An `external_id` is another system's name for a
/// person: not one of ours.
fn names_an_id(key: &str) -> bool {
    key != "external_id" && (key == "id" || key.ends_with("_id") || key.ends_with("_ids"))
}

/// A property name as Zendesk writes them (`ticket_form_id`).
fn is_word(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && key.len() <= 64
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A code, a MIME type, a scope or a job id (`RecordNotFound`,
/// `image/png`, `tickets:read`, `V3-6f2c0b7d`): no spaces, nothing an
/// address or a sentence needs.
fn is_code(text: &str) -> bool {
    text.len() <= 128
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '/' | '+' | '-'))
}

/// RFC 3339, or ISO 8601's basic form (`20140704T15:37:04Z`) that Zendesk's
/// docs show for one property.
fn is_timestamp(text: &str) -> bool {
    static BASIC: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let basic = BASIC.get_or_init(|| {
        regex::Regex::new(r"^\d{8}T\d{2}:?\d{2}:?\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")
            .expect("a valid pattern")
    });
    chrono::DateTime::parse_from_rfc3339(text).is_ok() || basic.is_match(text)
}

/// Replaces what `scrub` takes out in every string and key of `value`.
fn scrub(value: &mut Value, scrub: &dyn Fn(&str) -> String) {
    match value {
        Value::String(text) => *text = scrub(text),
        Value::Array(items) => items.iter_mut().for_each(|item| self::scrub(item, scrub)),
        Value::Object(map) => {
            *map = std::mem::take(map)
                .into_iter()
                .map(|(k, mut v)| {
                    self::scrub(&mut v, scrub);
                    (scrub(&k), v)
                })
                .collect();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const TOKEN: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    /// What the records below hold and no recording may.
    const PERSONAL: [&str; 19] = [
        "lovelace",
        "analytical-engines",
        "babbage",
        "7946",
        "P1234567",
        "90417723",
        "CUST-4821",
        "203.0.113.77",
        "198.51.100.23",
        "2001:db8:85a3",
        "Xq7TokenAbC9dEf",
        "eyJhbGciOiJkaXIi",
        "passport",
        "portrait",
        "call after six",
        "acme",
        "Europe/London",
        "vip-ada",
        TOKEN,
    ];

    fn spec() -> Value {
        zendesk_spec_check::read_spec_text(include_str!("../../../spec/openapi.yaml")).unwrap()
    }

    fn schema<'s>(spec: &'s Value, operation: &str) -> Option<&'s Value> {
        zendesk_spec_check::response_schema(spec, operation, 200, "application/json")
    }

    /// A suspended ticket holding personal data everywhere a record can:
    /// the spec's properties, custom fields, an IP address and mail headers,
    /// error messages (text, and an object keyed by an address), user
    /// fields, attachments' names and URLs with their tokens, properties the
    /// spec does not know nested in each other, and the request's
    /// credential echoed by a debugging proxy.
    fn suspended_page() -> Value {
        json!({
            "suspended_tickets": [{
                "id": 35436,
                "url": "https://acme.zendesk.com/api/v2/suspended_tickets/35436.json",
                "author": { "id": 1, "name": "Ada Lovelace", "email": "ada@analytical-engines.co.uk" },
                "subject": "Lovelace: my passport",
                "content": "Call me on +44 20 7946 0958, Mr Babbage has the notes.",
                "recipient": "support@acme.zendesk.com",
                "message_id": "<CAF7.ada@mail.analytical-engines.co.uk>",
                "cause": "Detected as spam",
                "cause_id": 0,
                // Where a word is kept, the credential goes all the same.
                "cause_name": TOKEN,
                "brand_id": 360000123,
                "ticket_id": null,
                "created_at": "2026-11-20T10:00:00Z",
                "updated_at": "2026-11-20T10:00:00Z",
                "error_messages": [
                    { "description": "Mail from ada@analytical-engines.co.uk refused by 198.51.100.23" },
                    { "ada@analytical-engines.co.uk": { "ip": "203.0.113.77" } },
                ],
                "attachments": [{
                    "id": 9876543,
                    "url": "https://acme.zendesk.com/api/v2/attachments/9876543.json",
                    "file_name": "passport-lovelace.pdf",
                    "content_url": "https://acme.zendesk.com/attachments/token/Xq7TokenAbC9dEf/?name=passport-lovelace.pdf",
                    "mapped_content_url": "https://p3.zdusercontent.com/attachment/9876543/Xq7TokenAbC9dEf?token=eyJhbGciOiJkaXIi",
                    "content_type": "application/pdf",
                    "size": 1234,
                    "inline": false,
                    "thumbnails": [],
                }],
                "via": {
                    "channel": "email",
                    "source": {
                        "from": { "address": "ada@analytical-engines.co.uk", "name": "Ada Lovelace" },
                        "to": { "address": "support@acme.zendesk.com", "name": "Acme" },
                        "rel": null,
                    },
                },
                "custom_fields": [
                    { "id": 360001, "value": "Passport P1234567" },
                    { "id": 360002, "value": 90417723 },
                    { "id": 360003, "value": ["vip-ada"] },
                    { "id": 360004, "value": true },
                ],
                "ip_address": "203.0.113.77",
                "headers": { "X-Originating-IP": "[198.51.100.23]", "X-Forwarded-For": "2001:db8:85a3::8a2e:370:7334" },
                "user_fields": { "passport_number": "P1234567", "ada@analytical-engines.co.uk": { "note": "call after six" } },
                "ticket_form_id": 48,
                "metadata": { "system": { "client": "Lovelace's Mail", "location": "London" } },
            }],
            "meta": { "has_more": true, "after_cursor": "eyJhbGciOiJkaXIi", "before_cursor": null },
            "links": { "next": "https://acme.zendesk.com/api/v2/suspended_tickets.json?page%5Bafter%5D=eyJhbGciOiJkaXIi&page%5Bsize%5D=100", "prev": null },
            "debug": { "request": { "Authorization": format!("Bearer {TOKEN}") } },
        })
    }

    /// A user (the agent `doctor` signs in as) with everything the spec
    /// calls personal.
    fn user() -> Value {
        json!({ "user": {
            "id": 1,
            "url": "https://acme.zendesk.com/api/v2/users/1.json",
            "name": "Ada Lovelace",
            "email": "ada@analytical-engines.co.uk",
            "phone": "+44 20 7946 0958",
            "role": "admin",
            "role_type": null,
            "active": true,
            "organization_id": 77,
            "external_id": "CUST-4821",
            "tags": ["vip-ada"],
            "notes": "call after six",
            "details": "12 Lovelace Road",
            "signature": "Ada, Analytical Engines",
            "alias": "Countess Lovelace",
            "time_zone": "London",
            "iana_time_zone": "Europe/London",
            "locale": "en-GB",
            "photo": {
                "id": 777,
                "file_name": "lovelace-portrait.jpg",
                "content_url": "https://acme.zendesk.com/system/photos/777/lovelace-portrait.jpg",
            },
            "remote_photo_url": "https://cdn.analytical-engines.co.uk/portrait.jpg",
            "user_fields": { "employee_number": 90417723, "ada@analytical-engines.co.uk": "call after six" },
            "created_at": "2024-03-01T09:12:44Z",
            "last_login_at": null,
        } })
    }

    fn redacted(operation: &str, mut body: Value) -> Value {
        let spec = spec();
        let credentials = |text: &str| text.replace(TOKEN, "** redacted **");
        let mut redactor = Redactor::new(&spec, &credentials);
        redactor.body(&mut body, schema(&spec, operation));
        body
    }

    fn assert_nothing_personal(body: &Value) {
        let text = body.to_string().to_lowercase();
        let found: Vec<&str> = PERSONAL
            .iter()
            .copied()
            .filter(|p| text.contains(&p.to_lowercase()))
            .collect();
        assert!(found.is_empty(), "{found:?} in {body:#}");
    }

    fn assert_valid(operation: &str, body: &Value) {
        let spec = spec();
        let bytes = serde_json::to_vec(body).unwrap();
        let errors = zendesk_spec_check::check_response(
            &spec,
            zendesk_spec_check::World::Open,
            operation,
            200,
            Some("application/json"),
            &bytes,
        );
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn a_suspended_ticket_keeps_its_shape_ids_and_codes_and_nothing_personal() {
        let page = redacted("list_suspended_tickets", suspended_page());
        assert_nothing_personal(&page);
        assert_valid("list_suspended_tickets", &page);
        let t = &page["suspended_tickets"][0];
        for (pointer, kept) in [
            ("/id", json!(35436)),
            ("/author/id", json!(1)),
            ("/cause_id", json!(0)),
            ("/brand_id", json!(360000123)),
            ("/ticket_id", json!(null)),
            ("/created_at", json!("2026-11-20T10:00:00Z")),
            ("/via/channel", json!("email")),
            ("/attachments/0/id", json!(9876543)),
            ("/attachments/0/content_type", json!("application/pdf")),
            ("/attachments/0/size", json!(1234)),
            ("/attachments/0/inline", json!(false)),
            ("/custom_fields/0/id", json!(360001)),
            ("/custom_fields/3/value", json!(true)),
            ("/ticket_form_id", json!(48)),
            ("/cause_name", json!("** redacted **")),
            (
                "/url",
                json!("https://example.zendesk.com/api/v2/suspended_tickets/35436.json"),
            ),
            (
                "/attachments/0/content_url",
                json!("https://example.zendesk.com/attachments/token/redacted/"),
            ),
            (
                "/attachments/0/mapped_content_url",
                json!("https://example.com/attachment/9876543/redacted"),
            ),
        ] {
            assert_eq!(t.pointer(pointer), Some(&kept), "{pointer} in {t:#}");
        }
        // A number the spec does not type may be an account number.
        assert_eq!(t["custom_fields"][1]["value"], 0);
        let email = t["author"]["email"].as_str().unwrap();
        assert!(email.ends_with("@example.com"), "{email}");
        assert_eq!(
            t["via"]["source"]["from"]["address"], email,
            "the same person"
        );
        assert!(t["ip_address"].as_str().unwrap().starts_with("192.0.2."));
        // Keys that are data are replaced, the address by its placeholder.
        let keys: Vec<&String> = t["user_fields"].as_object().unwrap().keys().collect();
        assert!(keys.contains(&&email.to_string()), "{keys:?}");
        assert!(!keys.iter().any(|k| k.contains("passport")), "{keys:?}");
        assert_eq!(
            page["links"]["next"],
            "https://example.zendesk.com/api/v2/suspended_tickets.json?page[after]=redacted&page[size]=100"
        );
        assert_eq!(page["meta"]["has_more"], true);
    }

    #[test]
    fn a_user_keeps_the_role_and_ids_and_nothing_personal() {
        let body = redacted("show_user", user());
        assert_nothing_personal(&body);
        assert_valid("show_user", &body);
        let u = &body["user"];
        assert_eq!(u["id"], 1);
        assert_eq!(u["role"], "admin");
        assert_eq!(u["organization_id"], 77);
        assert_eq!(u["active"], true);
        assert_eq!(u["created_at"], "2024-03-01T09:12:44Z");
        assert_eq!(u["photo"]["id"], 777);
        assert!(u["phone"].as_str().unwrap().starts_with("+1555010"));
        assert_eq!(u["user_fields"].as_object().unwrap().len(), 2);
    }

    #[test]
    fn a_value_the_spec_does_not_allow_stays_visible_but_not_its_text() {
        let body = redacted(
            "show_user",
            json!({ "user": { "id": 1, "role": "countess", "created_at": "yesterday, at tea" } }),
        );
        let u = &body["user"];
        assert!(u["role"].as_str().unwrap().starts_with("Text "), "{u}");
        assert!(
            u["created_at"].as_str().unwrap().starts_with("Text "),
            "{u}"
        );
    }

    #[test]
    fn a_request_names_its_query_parameters_not_what_was_searched() {
        let spec = spec();
        let credentials = |text: &str| text.to_string();
        let redactor = Redactor::new(&spec, &credentials);
        assert_eq!(
            redactor.request("/api/v2/users/search?query=ada%40analytical-engines.co.uk"),
            "/api/v2/users/search?query=redacted"
        );
        assert_eq!(
            redactor.request("/api/v2/suspended_tickets?page[size]=100"),
            "/api/v2/suspended_tickets?page[size]=100"
        );
    }
}
