//! The account's OAuth: its clients, the tokens they were granted, and the
//! three grants of `POST /oauth/tokens` answering and refusing as Zendesk
//! documents them; the authorization page that approves at once; and what
//! the gate asks of a bearer token (is it good, do its scopes cover the
//! request).
//!
//! Stricter than Zendesk where Zendesk is lenient in ways a client must not
//! rely on: a refresh rotates the pair and the old one stops working at
//! once, codes work once and for 120 seconds, and no token lives longer
//! than `Config::token_ttl` (seconds, in tests), whatever was asked.

use super::Account;
use crate::config::OAuthClient;
use crate::model::model;
use crate::reply::{to_json, Reply};
use base64::Engine as _;
use serde_json::Value;
use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

/// The lifetime asked for when a request names none: Zendesk's default.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// A refresh token's default lifetime: 30 days.
const REFRESH_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
/// How long an authorization code works.
const CODE_LIFETIME: Duration = Duration::from_secs(120);

/// An access token granted.
#[derive(Debug, Clone)]
struct Issued {
    id: i64,
    client: String,
    scopes: Vec<String>,
    created: SystemTime,
    expires: Instant,
    expires_wall: SystemTime,
    refresh: Option<String>,
    used: Option<SystemTime>,
}

/// A refresh token granted, and the access token it came with.
#[derive(Debug, Clone)]
struct Refresh {
    client: String,
    scopes: Vec<String>,
    expires: Instant,
    expires_wall: SystemTime,
    access: String,
}

/// An authorization code handed to a redirect.
#[derive(Debug, Clone)]
struct Code {
    client: String,
    redirect_uri: String,
    scopes: Vec<String>,
    challenge: Option<String>,
    expires: Instant,
}

/// The account's tokens.
#[derive(Debug, Default)]
pub(crate) struct OAuth {
    access: HashMap<String, Issued>,
    refresh: HashMap<String, Refresh>,
    codes: HashMap<String, Code>,
    next_id: i64,
}

/// What the gate finds of a bearer token.
pub(crate) enum Bearer {
    /// Good, with these scopes.
    Good(Vec<String>),
    /// Unknown, expired, revoked (a refresh replaced it).
    Refused,
}

/// An OAuth error answer (RFC 6749 §5.2).
fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
    to_json(
        status,
        &model!(OAuthError {
            error: error.to_string(),
            error_description: Some(description.to_string()),
        }),
    )
}

fn invalid_request(description: &str) -> Reply {
    oauth_error(400, "invalid_request", description)
}

fn invalid_grant() -> Reply {
    oauth_error(
        400,
        "invalid_grant",
        "The provided access grant is invalid, expired, or revoked (e.g. invalid assertion, expired authorization token, bad end-user password credentials, or mismatching authorization code and redirection URI).",
    )
}

fn invalid_client() -> Reply {
    oauth_error(
        401,
        "invalid_client",
        "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.",
    )
}

/// The scope a request needs and the resource it concerns, as Zendesk
/// documents scopes: `read` for GET, `write` for the rest; tickets (live
/// and deleted) and users (live and deleted) have resource scopes, the
/// others (suspended tickets, job statuses) are known to need the broad one.
fn needed(method: &str, path: &str) -> (&'static str, Option<&'static str>) {
    let need = if matches!(method, "GET" | "HEAD") {
        "read"
    } else {
        "write"
    };
    let rest = path.strip_prefix("/api/v2/").unwrap_or("");
    let resource = match rest.split('/').next() {
        Some("tickets" | "deleted_tickets") => Some("tickets"),
        Some("users" | "deleted_users") => Some("users"),
        _ => None,
    };
    (need, resource)
}

/// Whether `scopes` cover `method path`; the scope missing otherwise.
pub(crate) fn missing_scope(scopes: &[String], method: &str, path: &str) -> Option<&'static str> {
    let (need, resource) = needed(method, path);
    let has = |s: &str| scopes.iter().any(|x| x == s);
    let covered = has(need) || resource.is_some_and(|r| has(&format!("{r}:{need}")));
    (!covered).then_some(need)
}

impl Account {
    fn oauth_client(&self, id: &str) -> Option<&OAuthClient> {
        self.config.oauth_clients.iter().find(|c| c.id == id)
    }

    /// A fresh random token (hex), unguessable enough for a simulator.
    fn random_token(&mut self) -> String {
        (0..4)
            .map(|_| format!("{:016x}", self.rng.u64(..)))
            .collect()
    }

    /// What the gate knows of `token`; a good one is marked used.
    pub(crate) fn bearer(&mut self, token: &str) -> Bearer {
        if self.config.oauth_token.as_deref() == Some(token) {
            return Bearer::Good(vec!["read".into(), "write".into()]);
        }
        let now = Instant::now();
        match self.oauth.access.get_mut(token) {
            Some(issued) if issued.expires > now => {
                issued.used = Some(SystemTime::now());
                Bearer::Good(issued.scopes.clone())
            }
            _ => Bearer::Refused,
        }
    }

    /// `GET /api/v2/oauth/tokens/current`: the token the request carries.
    pub fn current_token(&self, token: &str) -> Reply {
        let Some(issued) = self.oauth.access.get(token) else {
            return crate::reply::not_found();
        };
        // Whole seconds, as Zendesk writes its times.
        let stamp = |t: SystemTime| {
            let secs = t
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            chrono::DateTime::<chrono::Utc>::from_timestamp(secs as i64, 0).unwrap_or_default()
        };
        let refresh = issued
            .refresh
            .as_ref()
            .and_then(|r| self.oauth.refresh.get(r));
        to_json(
            200,
            &model!(OAuthTokenResponse {
                token: model!(OAuthToken {
                    id: issued.id,
                    client_id: Some(client_number(&issued.client)),
                    user_id: Some(self.config.agent_id),
                    token: Some(token.chars().take(10).collect()),
                    refresh_token: issued
                        .refresh
                        .as_ref()
                        .map(|r| r.chars().take(10).collect()),
                    scopes: issued.scopes.clone(),
                    created_at: Some(stamp(issued.created)),
                    expires_at: Some(stamp(issued.expires_wall)),
                    refresh_token_expires_at: refresh.map(|r| stamp(r.expires_wall)),
                    used_at: issued.used.map(stamp),
                    url: Some(format!(
                        "{}/api/v2/oauth/tokens/{}.json",
                        self.base_url, issued.id
                    )),
                }),
            }),
        )
    }

    /// Grants an access token (and, but for client credentials, a refresh
    /// token) to `client` for `scopes`, living `lifetime` but no longer
    /// than the simulator allows. `expires_in` is answered when it was
    /// asked for, as integrators report Zendesk does.
    fn grant(
        &mut self,
        client: &str,
        scopes: Vec<String>,
        lifetime: Option<Duration>,
        refresh_lifetime: Option<Duration>,
        with_refresh: bool,
    ) -> Reply {
        let lives = lifetime
            .unwrap_or(DEFAULT_LIFETIME)
            .min(self.config.token_ttl);
        let token = self.random_token();
        let refresh = with_refresh.then(|| self.random_token());
        let (now, wall) = (Instant::now(), SystemTime::now());
        self.oauth.next_id += 1;
        self.oauth.access.insert(
            token.clone(),
            Issued {
                id: 9_000_000 + self.oauth.next_id,
                client: client.to_string(),
                scopes: scopes.clone(),
                created: wall,
                expires: now + lives,
                expires_wall: wall + lives,
                refresh: refresh.clone(),
                used: None,
            },
        );
        let refresh_lives = refresh_lifetime.unwrap_or(REFRESH_LIFETIME);
        if let Some(r) = &refresh {
            self.oauth.refresh.insert(
                r.clone(),
                Refresh {
                    client: client.to_string(),
                    scopes: scopes.clone(),
                    expires: now + refresh_lives,
                    expires_wall: wall + refresh_lives,
                    access: token.clone(),
                },
            );
        }
        self.limits.counters.tokens_minted += 1;
        to_json(
            200,
            &model!(TokenResponse {
                access_token: token,
                token_type: "bearer".to_string(),
                scope: Some(scopes.join(" ")),
                expires_in: lifetime.map(|_| lives.as_secs() as i64),
                refresh_token: refresh,
                refresh_token_expires_in: with_refresh.then_some(refresh_lives.as_secs() as i64),
            }),
        )
    }

    /// `POST /oauth/tokens`, its JSON body already parsed.
    pub fn create_token(&mut self, body: &Value) -> Reply {
        let Some(body) = body.as_object() else {
            return invalid_request("The request body must be a JSON object.");
        };
        let text = |key: &str| {
            body.get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        };
        let seconds =
            |key: &str, low: u64, high: u64, exclusive: bool| -> Result<Option<Duration>, Reply> {
                let Some(value) = body.get(key) else {
                    return Ok(None);
                };
                let n = value.as_u64().ok_or_else(|| {
                    invalid_request(&format!("{key} must be an integer number of seconds."))
                })?;
                let inside = if exclusive {
                    n > low && n < high
                } else {
                    n >= low && n <= high
                };
                if !inside {
                    return Err(invalid_request(&format!(
                        "{key} must be between {low} and {high} seconds."
                    )));
                }
                Ok(Some(Duration::from_secs(n)))
            };
        let lifetime = match seconds("expires_in", 300, 172_800, true) {
            Ok(l) => l,
            Err(reply) => return reply,
        };
        let refresh_lifetime = match seconds("refresh_token_expires_in", 604_800, 7_776_000, false)
        {
            Ok(l) => l,
            Err(reply) => return reply,
        };
        let Some(client_id) = text("client_id") else {
            return invalid_client();
        };
        let Some(client) = self.oauth_client(client_id).cloned() else {
            return invalid_client();
        };
        // A secret sent must be the client's; a public client has none.
        let secret_ok = match (text("client_secret"), &client.secret) {
            (Some(sent), Some(secret)) => sent == secret,
            (Some(_), None) => false,
            (None, _) => true,
        };
        if !secret_ok {
            return invalid_client();
        }
        let scopes = |default: &[String]| -> Vec<String> {
            match text("scope") {
                Some(s) => s.split_whitespace().map(str::to_string).collect(),
                None => default.to_vec(),
            }
        };
        match text("grant_type") {
            Some("client_credentials") => {
                // Confidential clients only, with their secret.
                if client.secret.is_none() || text("client_secret").is_none() {
                    return oauth_error(
                        401,
                        "invalid_client",
                        "The client credentials grant is for confidential clients, with their secret.",
                    );
                }
                let scopes = scopes(&["read".into(), "write".into()]);
                self.grant(&client.id, scopes, lifetime, None, false)
            }
            Some("authorization_code") => {
                let Some(code) = text("code").and_then(|c| self.oauth.codes.remove(c)) else {
                    return invalid_grant();
                };
                let redirect_ok = text("redirect_uri") == Some(code.redirect_uri.as_str());
                if code.client != client.id || code.expires <= Instant::now() || !redirect_ok {
                    return invalid_grant();
                }
                let proven = match (&code.challenge, text("code_verifier")) {
                    (Some(challenge), Some(verifier)) => &s256(verifier) == challenge,
                    (Some(_), None) => false,
                    // Without PKCE, a confidential client proves itself by
                    // its secret.
                    (None, _) => client.secret.is_some() && text("client_secret").is_some(),
                };
                if !proven {
                    return invalid_grant();
                }
                let granted = scopes(&code.scopes);
                self.grant(&client.id, granted, lifetime, refresh_lifetime, true)
            }
            Some("refresh_token") => {
                let now = Instant::now();
                let Some(old) = text("refresh_token").and_then(|r| self.oauth.refresh.remove(r))
                else {
                    return invalid_grant();
                };
                // The old pair stops working at once, whatever happens next.
                self.oauth.access.remove(&old.access);
                if old.client != client.id || old.expires <= now {
                    return invalid_grant();
                }
                let granted = scopes(&old.scopes);
                self.grant(&client.id, granted, lifetime, refresh_lifetime, true)
            }
            Some(_) => oauth_error(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
            ),
            None => invalid_request("grant_type is required."),
        }
    }

    /// `GET /oauth/authorizations/new`: approves at once (no one to ask)
    /// and sends the browser to the redirect URI with a code and the state;
    /// `Err` with what is wrong when there is no redirect to send it to.
    pub fn authorize(&mut self, query: &HashMap<String, String>) -> Result<String, Reply> {
        let get = |k: &str| query.get(k).map(String::as_str).filter(|v| !v.is_empty());
        let client = get("client_id")
            .and_then(|id| self.oauth_client(id))
            .cloned()
            .ok_or_else(|| invalid_request("Unknown client_id."))?;
        let redirect =
            get("redirect_uri").ok_or_else(|| invalid_request("redirect_uri is required."))?;
        let url = redirect_target(redirect).ok_or_else(|| {
            invalid_request("redirect_uri must be https, or http on localhost or 127.0.0.1.")
        })?;
        let mut back = vec![];
        if let Some(state) = get("state") {
            back.push(("state", state.to_string()));
        }
        let refuse = |error: &str, description: &str, mut back: Vec<(&str, String)>| {
            back.push(("error", error.to_string()));
            back.push(("error_description", description.to_string()));
            format!("{url}{}", query_string(&back, url.contains('?')))
        };
        if get("response_type") != Some("code") {
            return Ok(refuse("unsupported_response_type", "The authorization server does not support obtaining an authorization code using this method.", back));
        }
        let challenge = get("code_challenge").map(str::to_string);
        match (challenge.is_some(), get("code_challenge_method")) {
            (true, Some("S256")) => {}
            (true, _) => {
                return Ok(refuse(
                    "invalid_request",
                    "code_challenge_method must be S256.",
                    back,
                ))
            }
            (false, _) if client.secret.is_none() => {
                return Ok(refuse(
                    "invalid_request",
                    "Public clients must use PKCE.",
                    back,
                ))
            }
            (false, _) => {}
        }
        let code = self.random_token();
        self.oauth.codes.insert(
            code.clone(),
            Code {
                client: client.id,
                redirect_uri: redirect.to_string(),
                scopes: get("scope")
                    .unwrap_or("read")
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                challenge,
                expires: Instant::now() + CODE_LIFETIME,
            },
        );
        back.insert(0, ("code", code));
        Ok(format!("{url}{}", query_string(&back, url.contains('?'))))
    }
}

/// The numeric id a client's identifier stands for in token records.
fn client_number(identifier: &str) -> i64 {
    identifier
        .bytes()
        .fold(17i64, |n, b| n.wrapping_mul(31).wrapping_add(i64::from(b)))
        .rem_euclid(1_000_000)
        + 1
}

/// PKCE's S256: base64url of the SHA-256 of the verifier.
fn s256(verifier: &str) -> String {
    use sha2::Digest as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(sha2::Sha256::digest(verifier.as_bytes()))
}

/// A redirect URI Zendesk would accept: `https://`, or `http://` on
/// `localhost` or `127.0.0.1`; without its fragment.
fn redirect_target(uri: &str) -> Option<String> {
    let (scheme, rest) = uri.split_once("://")?;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .rsplit_once(':')
        .map_or(rest.split(['/', '?', '#']).next()?, |(h, _)| h);
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    match scheme {
        "https" => {}
        "http" if loopback => {}
        _ => return None,
    }
    Some(uri.split('#').next().unwrap_or(uri).to_string())
}

fn query_string(pairs: &[(&str, String)], has_query: bool) -> String {
    let encoded = serde_urlencoded::to_string(pairs).unwrap_or_default();
    format!("{}{encoded}", if has_query { "&" } else { "?" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_cover_requests_as_zendesk_documents_them() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let broad = s(&["read", "write"]);
        assert_eq!(
            missing_scope(&broad, "DELETE", "/api/v2/suspended_tickets/1"),
            None
        );
        let read = s(&["read"]);
        assert_eq!(
            missing_scope(&read, "PUT", "/api/v2/suspended_tickets/recover_many"),
            Some("write")
        );
        let tickets = s(&["tickets:read", "tickets:write"]);
        assert_eq!(
            missing_scope(&tickets, "DELETE", "/api/v2/deleted_tickets/7"),
            None
        );
        assert_eq!(
            missing_scope(&tickets, "GET", "/api/v2/suspended_tickets"),
            Some("read")
        );
        assert_eq!(
            missing_scope(&tickets, "GET", "/api/v2/users/9"),
            Some("read")
        );
        assert_eq!(
            missing_scope(&s(&["read write"]), "GET", "/api/v2/job_statuses"),
            Some("read")
        );
    }

    #[test]
    fn rfc_7636_s256() {
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn redirects_go_to_https_or_loopback_only() {
        assert!(redirect_target("http://127.0.0.1:47321/callback").is_some());
        assert!(redirect_target("http://localhost/cb").is_some());
        assert!(redirect_target("https://app.example/cb#frag").is_some_and(|u| !u.contains('#')));
        assert!(redirect_target("http://evil.example/cb").is_none());
        assert!(redirect_target("javascript:alert(1)").is_none());
    }
}
