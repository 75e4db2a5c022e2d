//! What a token endpoint answers: an access token with its expiry and
//! scopes, and, from the authorization code and refresh grants, a refresh
//! token. Secrets are held in [`SecretString`]s: `Debug` never shows them.

use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use std::time::{Duration, Instant, SystemTime};

/// The scopes of a token: Zendesk's broad `read` and `write`, or resource
/// scopes such as `tickets:write` (`resource:read` / `resource:write`).
///
/// On the wire they are one space-separated string (`"read write"`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scopes(Vec<String>);

impl Scopes {
    /// What this crate's operations need: `read write`. Zendesk does not
    /// say which resource scope covers suspended tickets or job statuses
    /// (deleted tickets are under `tickets`, deleted users under `users`),
    /// so only the broad scopes are known to cover every operation.
    pub fn crate_default() -> Scopes {
        Scopes(vec!["read".into(), "write".into()])
    }

    /// Scopes from a space-separated string (`"read tickets:write"`); empty
    /// parts are dropped.
    pub fn parse(text: &str) -> Scopes {
        Scopes(text.split_whitespace().map(str::to_string).collect())
    }

    /// The scopes one by one.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a token with these scopes may read `resource` (`tickets`,
    /// `users`): `read` or `<resource>:read`. (Zendesk documents `write` as
    /// the scope of POST, PUT and DELETE only, so it does not count here.)
    pub fn can_read(&self, resource: &str) -> bool {
        self.has("read") || self.has(&format!("{resource}:read"))
    }

    /// Whether a token with these scopes may change `resource`: `write` or
    /// `<resource>:write`.
    pub fn can_write(&self, resource: &str) -> bool {
        self.has("write") || self.has(&format!("{resource}:write"))
    }

    fn has(&self, scope: &str) -> bool {
        self.0.iter().any(|s| s == scope)
    }
}

impl fmt::Display for Scopes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(" "))
    }
}

impl<S: Into<String>> FromIterator<S> for Scopes {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        Scopes(iter.into_iter().map(Into::into).collect())
    }
}

/// An OAuth access token, sent as `Authorization: Bearer …`.
///
/// `Debug` shows when it expires and its scopes, never the token:
///
/// ```
/// use std::time::Duration;
/// use zendesk_support::oauth::AccessToken;
///
/// let token = AccessToken::new("s3cr3t").expires_in(Duration::from_secs(1800));
/// assert!(!format!("{token:?}").contains("s3cr3t"));
/// ```
#[derive(Clone)]
pub struct AccessToken {
    secret: SecretString,
    /// When it stops working, by the monotonic clock (for renewal) and the
    /// wall clock (for people and for storage).
    expires: Option<(Instant, SystemTime)>,
    /// How long it lived when it was issued, for renewing ahead of expiry.
    lifetime: Option<Duration>,
    scopes: Option<Scopes>,
}

impl AccessToken {
    /// A token whose expiry and scopes are not known.
    pub fn new(token: impl Into<String>) -> AccessToken {
        AccessToken {
            secret: SecretString::from(token.into()),
            expires: None,
            lifetime: None,
            scopes: None,
        }
    }

    pub(crate) fn from_secret(secret: SecretString) -> AccessToken {
        AccessToken {
            secret,
            expires: None,
            lifetime: None,
            scopes: None,
        }
    }

    /// It expires this long from now.
    pub fn expires_in(self, lifetime: Duration) -> AccessToken {
        self.expiring((Instant::now(), SystemTime::now()), lifetime)
    }

    /// It expires `lifetime` after `from` (by both clocks).
    pub(crate) fn expiring(
        mut self,
        from: (Instant, SystemTime),
        lifetime: Duration,
    ) -> AccessToken {
        self.expires = from
            .0
            .checked_add(lifetime)
            .zip(from.1.checked_add(lifetime));
        self.lifetime = Some(lifetime);
        self
    }

    /// It expires at this time (a time already past: it has expired).
    pub fn expires_at(self, at: SystemTime) -> AccessToken {
        let left = at.duration_since(SystemTime::now()).unwrap_or_default();
        self.expires_in(left)
    }

    /// Its scopes, as the token endpoint answered them.
    pub fn with_scopes(mut self, scopes: Scopes) -> AccessToken {
        self.scopes = Some(scopes);
        self
    }

    /// The token itself. Handle with care: it is a credential.
    pub fn secret(&self) -> &SecretString {
        &self.secret
    }

    /// When it stops working, when known.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expires.map(|(_, wall)| wall)
    }

    /// Its scopes, when known.
    pub fn scopes(&self) -> Option<&Scopes> {
        self.scopes.as_ref()
    }

    /// Whether it should be renewed before the next request: it has
    /// expired, or little of its life is left (a tenth of it, at most a
    /// minute), so that a request sent now does not arrive with a token
    /// that ran out on the way. A token of unknown expiry is used until
    /// Zendesk refuses it.
    pub(crate) fn due_for_renewal(&self, now: Instant) -> bool {
        let Some((at, _)) = self.expires else {
            return false;
        };
        let margin = self
            .lifetime
            .map_or(Duration::from_secs(60), |l| l / 10)
            .min(Duration::from_secs(60));
        at.checked_sub(margin)
            .is_none_or(|renew_at| now >= renew_at)
    }

    /// Whether it has run out.
    pub(crate) fn expired(&self, now: Instant) -> bool {
        self.expires.is_some_and(|(at, _)| now >= at)
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &format_args!("{}", crate::auth::REDACTED))
            .field("expires", &self.expiry())
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// A refresh token (authorization code and refresh grants only): trades
/// for a new access token *and* a new refresh token, after which this one
/// no longer works.
#[derive(Clone)]
pub struct RefreshToken {
    secret: SecretString,
    expires: Option<SystemTime>,
}

impl RefreshToken {
    /// A refresh token whose expiry is not known.
    pub fn new(token: impl Into<String>) -> RefreshToken {
        RefreshToken {
            secret: SecretString::from(token.into()),
            expires: None,
        }
    }

    pub(crate) fn from_secret(secret: SecretString) -> RefreshToken {
        RefreshToken {
            secret,
            expires: None,
        }
    }

    /// It expires at this time.
    pub fn expires_at(mut self, at: SystemTime) -> RefreshToken {
        self.expires = Some(at);
        self
    }

    /// The token itself. Handle with care: it is a credential.
    pub fn secret(&self) -> &SecretString {
        &self.secret
    }

    /// When it stops working, when known (Zendesk: 30 days by default).
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expires
    }
}

impl fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshToken")
            .field("token", &format_args!("{}", crate::auth::REDACTED))
            .field("expires", &self.expires)
            .finish()
    }
}

/// What a token endpoint granted.
#[derive(Debug, Clone)]
pub struct TokenGrant {
    /// The access token, with its expiry (when the endpoint said) and scopes.
    pub access: AccessToken,
    /// The refresh token, from the authorization code and refresh grants;
    /// `None` from client credentials.
    pub refresh: Option<RefreshToken>,
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &Self) -> bool {
        self.secret.expose_secret() == other.secret.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_read_and_write_as_zendesk_documents_them() {
        let broad = Scopes::crate_default();
        assert!(broad.can_read("tickets") && broad.can_write("users"));
        assert_eq!(broad.to_string(), "read write");

        let narrow = Scopes::parse("  tickets:read users:write ");
        assert!(narrow.can_read("tickets"));
        assert!(!narrow.can_write("tickets"));
        assert!(narrow.can_write("users"));
        // A resource's write does not include its read.
        assert!(!narrow.can_read("users"));
        assert_eq!(narrow.iter().count(), 2);
    }

    #[test]
    fn renewal_comes_a_tenth_of_the_life_early_at_most_a_minute() {
        let now = Instant::now();
        let short = AccessToken::new("t").expires_in(Duration::from_secs(10));
        assert!(!short.due_for_renewal(now));
        assert!(!short.due_for_renewal(now + Duration::from_millis(8900)));
        assert!(short.due_for_renewal(now + Duration::from_millis(9100)));
        assert!(!short.expired(now + Duration::from_millis(9100)));
        assert!(short.expired(now + Duration::from_secs(11)));

        let long = AccessToken::new("t").expires_in(Duration::from_secs(1800));
        assert!(!long.due_for_renewal(now + Duration::from_secs(1730)));
        assert!(long.due_for_renewal(now + Duration::from_secs(1745)));

        let unknown = AccessToken::new("t");
        assert!(!unknown.due_for_renewal(now + Duration::from_secs(86_400 * 365)));
    }

    #[test]
    fn a_token_past_its_time_is_due_at_once() {
        let past = AccessToken::new("t").expires_at(SystemTime::UNIX_EPOCH);
        assert!(past.due_for_renewal(Instant::now()));
    }

    #[test]
    fn debug_never_shows_a_token() {
        let access = AccessToken::new("acc3ss").expires_in(Duration::from_secs(5));
        let refresh = RefreshToken::new("r3fr3sh");
        let grant = TokenGrant {
            access,
            refresh: Some(refresh),
        };
        let shown = format!("{grant:?} {grant:#?}");
        assert!(
            !shown.contains("acc3ss") && !shown.contains("r3fr3sh"),
            "{shown}"
        );
    }
}
