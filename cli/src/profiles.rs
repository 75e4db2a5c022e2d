//! Accounts by name (`--profile NAME`, `ZENDESK_PROFILE`), kept in
//! `config.toml` under the platform's config directory
//! (`$XDG_CONFIG_HOME/zendesk-moderate/` on Linux): where the account is,
//! how the tool signs in, the OAuth client and scopes. Never a secret:
//! those are in the OS keyring, or a file only its owner reads (`vault.rs`);
//! a `config.toml` that holds one is refused, so that it can be shared or
//! kept with one's dotfiles.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// How a profile signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// `auth login`: the browser, PKCE, then refresh tokens.
    AuthorizationCode,
    /// `auth login --client-credentials`: a confidential client's secret.
    ClientCredentials,
    /// `auth login --api-token`: an API token (Zendesk switches them off on
    /// 2027-04-30).
    ApiToken,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::AuthorizationCode => "OAuth (browser login, refresh tokens)",
            Method::ClientCredentials => "OAuth client credentials",
            Method::ApiToken => "API token",
        }
    }
}

/// Where a profile's secrets are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Keeper {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A file readable by its owner alone, where no keyring service runs.
    File,
}

/// One account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subdomain: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    pub method: Method,
    /// The OAuth client's identifier (not a secret).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Scopes asked for, space-separated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// The agent's address, for an API token.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_email: Option<String>,
    /// Where its secrets are kept.
    pub secrets: Keeper,
}

impl Profile {
    /// The account's base URL.
    pub fn base_url(&self) -> String {
        match (&self.base_url, &self.subdomain) {
            (Some(url), _) => url.trim_end_matches('/').to_string(),
            (None, Some(sub)) => format!("https://{}.zendesk.com", sub.to_ascii_lowercase()),
            (None, None) => String::new(),
        }
    }
}

/// The file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profiles {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Keys that would be secrets: named, so the refusal says what to do.
const SECRET_KEYS: [&str; 6] = [
    "client_secret",
    "api_token",
    "token",
    "access_token",
    "refresh_token",
    "password",
];

const HEADER: &str = "\
# zendesk-moderate's accounts: `zendesk-moderate --profile NAME …`, or
# ZENDESK_PROFILE=NAME. Written by `auth login`; no secret is ever kept here
# (they are in the OS keyring, or a file only you can read).
";

/// The directory of `config.toml`: `$XDG_CONFIG_HOME/zendesk-moderate` when
/// that is set (on any platform), else the platform's config directory.
pub fn config_dir() -> Result<PathBuf, String> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(dirs::config_dir)
        .ok_or("no config directory: set XDG_CONFIG_HOME")?;
    Ok(base.join("zendesk-moderate"))
}

pub fn config_file() -> Result<PathBuf, String> {
    Ok(config_dir()?.join("config.toml"))
}

/// A profile name: letters, digits, `-` and `_` (it names a keyring entry
/// and a file).
pub fn check_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "profile name {name:?}: letters, digits, `-` and `_` only"
        ))
    }
}

impl Profiles {
    /// The profiles on disk; none when there is no file yet.
    pub fn load() -> Result<Profiles, String> {
        let path = config_file()?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Profiles::default()),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        Profiles::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses the file, refusing one that holds a secret.
    pub fn parse(text: &str) -> Result<Profiles, String> {
        let raw: toml::Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
        if let Some(toml::Value::Table(profiles)) = raw.get("profiles") {
            for (name, profile) in profiles {
                let Some(profile) = profile.as_table() else {
                    continue;
                };
                if let Some(key) = SECRET_KEYS.iter().find(|k| profile.contains_key(**k)) {
                    return Err(format!(
                        "profile {name} has a `{key}`: config.toml holds no secrets; remove it and run `zendesk-moderate auth login --profile {name}`"
                    ));
                }
            }
        }
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Writes the file (private, whole or not at all).
    pub fn save(&self) -> Result<PathBuf, String> {
        let dir = config_dir()?;
        crate::files::create_private_dir(&dir)?;
        let path = dir.join("config.toml");
        let body = toml::to_string_pretty(self).map_err(|e| e.to_string())?;
        crate::files::write_private(&path, format!("{HEADER}\n{body}").as_bytes())?;
        Ok(path)
    }

    /// The profile `name`, or what profiles there are.
    pub fn get(&self, name: &str) -> Result<&Profile, String> {
        self.profiles.get(name).ok_or_else(|| {
            let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
            if known.is_empty() {
                format!("no profile {name}: there are none yet; create it with `zendesk-moderate auth login --profile {name} --subdomain …`")
            } else {
                format!(
                    "no profile {name} (profiles: {}); create it with `zendesk-moderate auth login --profile {name} --subdomain …`",
                    known.join(", ")
                )
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_with_a_secret_is_refused_and_says_what_to_do() {
        let text = "[profiles.prod]\nsubdomain = \"acme\"\nmethod = \"client-credentials\"\nclient_id = \"c\"\nclient_secret = \"s3cr3t\"\nsecrets = \"file\"\n";
        let e = Profiles::parse(text).unwrap_err();
        assert!(
            e.contains("client_secret") && e.contains("auth login --profile prod"),
            "{e}"
        );
        assert!(!e.contains("s3cr3t"), "{e}");
    }

    #[test]
    fn profiles_round_trip() {
        let mut profiles = Profiles::default();
        profiles.profiles.insert(
            "sandbox".into(),
            Profile {
                subdomain: Some("acme1234".into()),
                base_url: None,
                method: Method::ClientCredentials,
                client_id: Some("acme_moderation".into()),
                scopes: Some("read write".into()),
                agent_email: None,
                secrets: Keeper::File,
            },
        );
        let text = toml::to_string_pretty(&profiles).unwrap();
        assert_eq!(Profiles::parse(&text).unwrap(), profiles);
        assert_eq!(
            profiles.get("sandbox").unwrap().base_url(),
            "https://acme1234.zendesk.com"
        );
        assert!(profiles
            .get("prod")
            .unwrap_err()
            .contains("profiles: sandbox"));
    }

    #[test]
    fn names_are_plain() {
        assert!(check_name("prod-eu_1").is_ok());
        for bad in ["", "../x", "a b", "x/y", "é"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
