//! Who the credentials act as, and what they may do: the user behind an
//! OAuth token (Zendesk's answer about the token in use) or behind an API
//! token (found by its agent's address), the token's expiry and scopes, and
//! which of the tool's commands those scopes cover. For `auth status` and
//! `doctor`.

use serde::Serialize;
use std::time::SystemTime;
use zendesk_support::oauth::Scopes;
use zendesk_support::{AuthMethod, Client, Error, API_TOKENS_END};

/// The user the credentials act as.
#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub name: Option<String>,
    pub role: Option<String>,
}

/// What the credentials are.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    pub method: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// When the access token expires (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// For an API token: days until Zendesk switches it off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_token_days_left: Option<i64>,
}

/// Resources by their scope's name (`None`: a resource without a scope of
/// its own, which only `read`/`write` cover: suspended tickets, job
/// statuses).
type Resources = &'static [Option<&'static str>];

/// The commands, and what each reads and changes: (name, reads, writes).
const COMMANDS: [(&str, Resources, Resources); 8] = [
    ("list", &[None], &[]),
    ("show", &[None], &[]),
    ("plan", &[None], &[]),
    ("doctor", &[None, Some("tickets"), Some("users")], &[]),
    ("apply", &[None], &[None]),
    ("purge", &[Some("tickets"), None], &[Some("tickets")]),
    ("spam", &[Some("tickets"), None], &[Some("tickets")]),
    (
        "erase",
        &[Some("users"), Some("tickets"), None],
        &[Some("users"), Some("tickets")],
    ),
];

/// Whether `scopes` cover each command: (command, covered, the scope missing).
pub fn coverage(scopes: &Scopes) -> Vec<(&'static str, bool, Option<String>)> {
    COMMANDS
        .iter()
        .map(|(command, reads, writes)| {
            let missing = reads
                .iter()
                .find(|r| !r.map_or(scopes.iter().any(|s| s == "read"), |r| scopes.can_read(r)))
                .map(|r| r.map_or("read".to_string(), |r| format!("read (or {r}:read)")))
                .or_else(|| {
                    writes
                        .iter()
                        .find(|w| {
                            !w.map_or(scopes.iter().any(|s| s == "write"), |w| scopes.can_write(w))
                        })
                        .map(|w| w.map_or("write".to_string(), |w| format!("write (or {w}:write)")))
                });
            (*command, missing.is_none(), missing)
        })
        .collect()
}

/// Days from now until Zendesk switches API tokens off (negative: past).
pub fn api_token_days_left() -> i64 {
    let end = chrono::NaiveDate::parse_from_str(API_TOKENS_END, "%Y-%m-%d")
        .expect("a date")
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc();
    (end - chrono::Utc::now()).num_days()
}

/// The line the tool prints on stderr when it signs in with an API token.
pub fn api_token_warning(profile: Option<&str>) -> String {
    let days = api_token_days_left();
    let replace = match profile {
        Some(p) => {
            format!("zendesk-moderate auth login --profile {p} --client-credentials --client-id ID")
        }
        None => "zendesk-moderate auth login --client-credentials --client-id ID".to_string(),
    };
    if days > 0 {
        format!("warning: Zendesk switches every API token off on {API_TOKENS_END} ({days} days from now); move to OAuth: {replace}")
    } else {
        format!("warning: Zendesk switched API tokens off on {API_TOKENS_END}; move to OAuth: {replace}")
    }
}

fn rfc3339(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(t).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Asks the account who the credentials act as. `agent_email` finds the
/// user behind an API token.
pub async fn identify(client: &Client, agent_email: Option<&str>) -> Result<Identity, Error> {
    let method = client.auth_method().unwrap_or(AuthMethod::AccessToken);
    let mut identity = Identity {
        method: method.to_string(),
        user: None,
        expires: None,
        scopes: None,
        api_token_days_left: None,
    };
    if method == AuthMethod::ApiToken {
        identity.api_token_days_left = Some(api_token_days_left());
        if let Some(email) = agent_email {
            if let Some(user) = client.users().with_email(email).await?.into_iter().next() {
                identity.user = Some(User {
                    id: user.id,
                    name: user.name.clone(),
                    role: user.role.as_ref().map(|r| r.to_string()),
                });
            }
        }
        return Ok(identity);
    }
    let token = client.current_token().await?;
    identity.expires = token
        .expires_at
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .or_else(|| client.token_status().and_then(|s| s.expires).map(rfc3339));
    identity.scopes = Some(token.scopes.join(" "));
    if let Some(id) = token.user_id {
        let user = client.users().show(id).await?;
        identity.user = Some(User {
            id,
            name: user.name.clone(),
            role: user.role.as_ref().map(|r| r.to_string()),
        });
    }
    Ok(identity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broad_scopes_cover_every_command_and_narrow_ones_say_what_is_missing() {
        assert!(coverage(&Scopes::parse("read write")).iter().all(|c| c.1));
        let read = coverage(&Scopes::parse("read"));
        let apply = read.iter().find(|c| c.0 == "apply").unwrap();
        assert_eq!((apply.1, apply.2.as_deref()), (false, Some("write")));
        assert!(read.iter().find(|c| c.0 == "list").unwrap().1);
        let tickets = coverage(&Scopes::parse("tickets:read tickets:write"));
        let list = tickets.iter().find(|c| c.0 == "list").unwrap();
        assert_eq!(
            list.2.as_deref(),
            Some("read"),
            "suspended tickets have no resource scope"
        );
    }

    #[test]
    fn the_warning_names_the_date_and_the_command_that_replaces_it() {
        let w = api_token_warning(Some("prod"));
        assert!(w.contains("2027-04-30"), "{w}");
        assert!(
            w.contains("auth login --profile prod --client-credentials"),
            "{w}"
        );
    }
}
