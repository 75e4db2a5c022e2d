//! A profile's secrets (an OAuth client secret, refresh and access tokens,
//! an API token): in the OS keyring (Secret Service on Linux, the Keychain
//! on macOS, the Credential Manager on Windows) under the service
//! `zendesk-moderate` and the profile's name, or, where no keyring service
//! runs (a headless server), in a file its owner alone can read,
//! `$XDG_DATA_HOME/zendesk-moderate/credentials/<profile>.json` (0600, in a
//! 0700 directory). `ZENDESK_MODERATE_SECRETS=file` (or `keyring`) chooses.
//!
//! Nothing here ever prints a secret; errors name where, never what.

use crate::profiles::Keeper;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use zendesk_support::oauth::{AccessToken, RefreshToken, Scopes, StoredTokens, TokenStore};

/// The keyring service name.
const SERVICE: &str = "zendesk-moderate";

/// The variable that chooses where secrets go.
pub const CHOOSE: &str = "ZENDESK_MODERATE_SECRETS";

/// A profile's secrets, as stored.
#[derive(Default, Deserialize)]
pub struct Secrets {
    pub client_secret: Option<SecretString>,
    pub api_token: Option<SecretString>,
    pub refresh_token: Option<SecretString>,
    /// Unix seconds.
    pub refresh_expires: Option<u64>,
    pub access_token: Option<SecretString>,
    pub access_expires: Option<u64>,
    pub scopes: Option<String>,
}

impl Secrets {
    /// The stored form: JSON, read out of the secrets here only.
    fn to_json(&self) -> String {
        let mut map = serde_json::Map::new();
        let mut put = |key: &str, value: Option<&SecretString>| {
            if let Some(v) = value {
                map.insert(key.into(), v.expose_secret().into());
            }
        };
        put("client_secret", self.client_secret.as_ref());
        put("api_token", self.api_token.as_ref());
        put("refresh_token", self.refresh_token.as_ref());
        put("access_token", self.access_token.as_ref());
        for (key, value) in [
            ("refresh_expires", self.refresh_expires),
            ("access_expires", self.access_expires),
        ] {
            if let Some(v) = value {
                map.insert(key.into(), v.into());
            }
        }
        if let Some(scopes) = &self.scopes {
            map.insert("scopes".into(), scopes.clone().into());
        }
        serde_json::Value::Object(map).to_string()
    }

    /// The refresh and access tokens, as the library's token store has them.
    pub fn tokens(&self) -> Option<StoredTokens> {
        let refresh = self.refresh_token.as_ref()?;
        let mut refresh = RefreshToken::new(refresh.expose_secret());
        if let Some(at) = self.refresh_expires {
            refresh = refresh.expires_at(unix(at));
        }
        let access = self.access_token.as_ref().map(|a| {
            let mut access = AccessToken::new(a.expose_secret());
            if let Some(at) = self.access_expires {
                access = access.expires_at(unix(at));
            }
            if let Some(scopes) = &self.scopes {
                access = access.with_scopes(Scopes::parse(scopes));
            }
            access
        });
        Some(StoredTokens { refresh, access })
    }

    /// Takes in a new pair (after a login or a refresh).
    pub fn set_tokens(&mut self, tokens: &StoredTokens) {
        self.refresh_token = Some(tokens.refresh.secret().clone());
        self.refresh_expires = tokens.refresh.expiry().map(seconds);
        self.access_token = tokens.access.as_ref().map(|a| a.secret().clone());
        self.access_expires = tokens.access.as_ref().and_then(|a| a.expiry()).map(seconds);
        self.scopes = tokens
            .access
            .as_ref()
            .and_then(|a| a.scopes())
            .map(|s| s.to_string());
    }
}

fn unix(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// One profile's place in the keyring or on disk.
#[derive(Debug, Clone)]
pub struct Vault {
    profile: String,
    keeper: Keeper,
}

/// The keyring, once connected; `Err` says why there is none.
fn keyring() -> &'static Result<(), String> {
    static READY: OnceLock<Result<(), String>> = OnceLock::new();
    READY.get_or_init(|| {
        let store = platform_store()?;
        keyring_core::set_default_store(store);
        Ok(())
    })
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> Result<std::sync::Arc<keyring_core::CredentialStore>, String> {
    // Without a session bus there is no Secret Service to ask: say so
    // rather than wait for D-Bus to time out.
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return Err(
            "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service keyring"
                .into(),
        );
    }
    zbus_secret_service_keyring_store::Store::new()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
        .map_err(|e| format!("no Secret Service keyring: {e}"))
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<std::sync::Arc<keyring_core::CredentialStore>, String> {
    apple_native_keyring_store::keychain::Store::new()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
        .map_err(|e| format!("no Keychain: {e}"))
}

#[cfg(target_os = "windows")]
fn platform_store() -> Result<std::sync::Arc<keyring_core::CredentialStore>, String> {
    windows_native_keyring_store::Store::new()
        .map(|s| s as std::sync::Arc<keyring_core::CredentialStore>)
        .map_err(|e| format!("no Credential Manager: {e}"))
}

#[cfg(not(any(unix, target_os = "windows")))]
fn platform_store() -> Result<std::sync::Arc<keyring_core::CredentialStore>, String> {
    Err("no keyring on this platform".into())
}

/// The directory of the secret files.
fn file_dir() -> Result<PathBuf, String> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(dirs::data_dir)
        .ok_or("no data directory: set XDG_DATA_HOME")?;
    Ok(base.join("zendesk-moderate").join("credentials"))
}

impl Vault {
    /// Where new secrets go: as `ZENDESK_MODERATE_SECRETS` says, else the
    /// keyring when one answers, else a file (with why).
    pub fn choose() -> Result<(Keeper, Option<String>), String> {
        match std::env::var(CHOOSE).as_deref() {
            Ok("file") => return Ok((Keeper::File, Some(format!("{CHOOSE}=file")))),
            Ok("keyring") => {
                return keyring()
                    .clone()
                    .map(|()| (Keeper::Keyring, None))
                    .map_err(|why| format!("{CHOOSE}=keyring, but {why}"))
            }
            Ok(other) if !other.is_empty() => {
                return Err(format!("{CHOOSE} is `file` or `keyring`, not {other:?}"))
            }
            _ => {}
        }
        match keyring() {
            Ok(()) => Ok((Keeper::Keyring, None)),
            Err(why) => Ok((Keeper::File, Some(why.clone()))),
        }
    }

    pub fn new(profile: &str, keeper: Keeper) -> Vault {
        Vault {
            profile: profile.to_string(),
            keeper,
        }
    }

    /// Where the secrets are, for people.
    pub fn place(&self) -> String {
        match self.keeper {
            Keeper::Keyring => format!(
                "the OS keyring (service {SERVICE}, account {})",
                self.profile
            ),
            Keeper::File => match self.file() {
                Ok(path) => format!("{} (readable by you alone)", path.display()),
                Err(e) => e,
            },
        }
    }

    fn file(&self) -> Result<PathBuf, String> {
        Ok(file_dir()?.join(format!("{}.json", self.profile)))
    }

    fn entry(&self) -> Result<keyring_core::Entry, String> {
        keyring().clone()?;
        keyring_core::Entry::new(SERVICE, &self.profile).map_err(|e| format!("the OS keyring: {e}"))
    }

    /// The secrets stored, if any.
    pub fn load(&self) -> Result<Option<Secrets>, String> {
        let text = match self.keeper {
            Keeper::Keyring => match self.entry()?.get_password() {
                Ok(text) => text,
                Err(keyring_core::Error::NoEntry) => return Ok(None),
                Err(e) => return Err(format!("the OS keyring: {e}")),
            },
            Keeper::File => {
                let path = self.file()?;
                match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                    Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
                }
            }
        };
        // serde's message names the position, never the value.
        serde_json::from_str(&text).map(Some).map_err(|e| {
            format!(
                "the stored secrets of profile {} are unreadable: {e}",
                self.profile
            )
        })
    }

    /// Stores `secrets` in place of what was there.
    pub fn save(&self, secrets: &Secrets) -> Result<(), String> {
        let text = secrets.to_json();
        match self.keeper {
            Keeper::Keyring => self
                .entry()?
                .set_password(&text)
                .map_err(|e| format!("the OS keyring: {e}")),
            Keeper::File => {
                let dir = file_dir()?;
                crate::files::create_private_dir(&dir)?;
                crate::files::write_private(&self.file()?, text.as_bytes())
            }
        }
    }

    /// Removes the secrets; whether there were any.
    pub fn delete(&self) -> Result<bool, String> {
        match self.keeper {
            Keeper::Keyring => match self.entry()?.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring_core::Error::NoEntry) => Ok(false),
                Err(e) => Err(format!("the OS keyring: {e}")),
            },
            Keeper::File => {
                let path = self.file()?;
                match std::fs::remove_file(&path) {
                    Ok(()) => Ok(true),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                    Err(e) => Err(format!("cannot remove {}: {e}", path.display())),
                }
            }
        }
    }
}

/// A profile's refresh tokens, for the library: a rotated pair is saved
/// here before it is used.
#[derive(Debug)]
pub struct ProfileTokens(pub Vault);

impl TokenStore for ProfileTokens {
    fn load(&self) -> Result<Option<StoredTokens>, Box<dyn std::error::Error + Send + Sync>> {
        Ok(self.0.load()?.and_then(|s| s.tokens()))
    }

    fn save(&self, tokens: &StoredTokens) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let mut secrets = self.0.load()?.unwrap_or_default();
        secrets.set_tokens(tokens);
        Ok(self.0.save(&secrets)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_survive_the_stored_form() {
        let mut secrets = Secrets::default();
        let at = UNIX_EPOCH + Duration::from_secs(4_000_000_000);
        secrets.set_tokens(&StoredTokens {
            refresh: RefreshToken::new("r3fr3sh").expires_at(at),
            access: Some(
                AccessToken::new("acc3ss")
                    .expires_at(at)
                    .with_scopes(Scopes::parse("read write")),
            ),
        });
        let json = secrets.to_json();
        let back: Secrets = serde_json::from_str(&json).unwrap();
        let tokens = back.tokens().unwrap();
        assert_eq!(tokens.refresh.secret().expose_secret(), "r3fr3sh");
        assert_eq!(tokens.refresh.expiry(), Some(at));
        let access = tokens.access.unwrap();
        assert_eq!(access.secret().expose_secret(), "acc3ss");
        assert_eq!(access.scopes(), Some(&Scopes::parse("read write")));
    }
}
