//! The rules file: ordered rules, each a condition on a suspended ticket and
//! an action; the first rule that matches decides, else the default.
//!
//! ```toml
//! default = "leave"
//!
//! [[rule]]
//! name = "customers"
//! action = "recover"
//! when = { sender_domain = ["customer.example"] }
//! ```
//!
//! Unknown keys, bad regexes, bad durations and cause names Zendesk does not
//! have are errors that name the line and column (the TOML parser places
//! them): a misspelled condition must not be a rule that silently never
//! matches.

use chrono::{DateTime, Utc};
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use std::time::Duration;
use zendesk_support::types::SuspendedTicket;

/// What to do with a suspended ticket.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Recover it into a ticket, keeping the sender as the requester.
    Recover,
    /// Delete it.
    Delete,
    /// Leave it in the queue.
    Leave,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Recover => "recover",
            Action::Delete => "delete",
            Action::Leave => "leave",
        }
    }

    /// What carrying it out does, in the journal's words (`None`: leave).
    pub fn act(self) -> Option<crate::journal::Act> {
        match self {
            Action::Recover => Some(crate::journal::Act::Recover),
            Action::Delete => Some(crate::journal::Act::Delete),
            Action::Leave => None,
        }
    }
}

/// A rules file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "zendesk-moderate rules")]
pub struct Rules {
    /// The action for a ticket no rule matches.
    #[serde(default = "leave")]
    pub default: Action,
    /// The rules, in order: the first that matches decides.
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
}

fn leave() -> Action {
    Action::Leave
}

/// One rule: a name, an action and a condition (`when`; a rule without one
/// matches everything).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Shown in plans and counts.
    pub name: String,
    /// What to do with a matching ticket.
    pub action: Action,
    /// Every condition given must hold.
    #[serde(default)]
    pub when: Condition,
}

/// Conditions on a suspended ticket; every one given must hold. Lists match
/// when any of their values does. (Also the filter flags of `list`.)
#[derive(Debug, Default, Deserialize, JsonSchema, clap::Args)]
#[serde(deny_unknown_fields)]
#[command(next_help_heading = "Filters (every one given must hold)")]
pub struct Condition {
    /// Zendesk's suspension cause ids (0 spam, 1 sender domain not on the
    /// allowlist, 3 automated response, 13 blocklisted, …; its "Cause of
    /// suspension reference"; ids it does not name are allowed). Prefer
    /// these or `cause_name` to `cause`: the cause text may be localised.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub cause_id: Option<Vec<i64>>,
    /// Zendesk's suspension cause names (`spam`, `not_on_whitelist`,
    /// `auto_mailer`, `blocklisted`, …, as its table names them); for
    /// tickets that carry only a `cause_id`, the name the table gives it.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub cause_name: Option<Vec<CauseName>>,
    /// The suspension cause as text, compared without case.
    #[serde(default)]
    #[arg(long, num_args = 1..)]
    pub cause: Option<Vec<String>>,
    /// The sender's domain, or a parent of it (`example.com` matches
    /// `mail.example.com`), compared without case.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub sender_domain: Option<Vec<String>>,
    /// The sender's whole address, compared without case.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub sender: Option<Vec<String>>,
    /// The address the mail was sent to, compared without case.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub recipient: Option<Vec<String>>,
    /// A regular expression the subject must match.
    #[serde(default)]
    #[arg(long)]
    pub subject: Option<Pattern>,
    /// Suspended at least this long ago (`2h`, `7days`).
    #[serde(default)]
    #[arg(long)]
    pub older_than: Option<Age>,
    /// Suspended less than this long ago.
    #[serde(default)]
    #[arg(long)]
    pub newer_than: Option<Age>,
    /// The brand ids.
    #[serde(default)]
    #[arg(long, value_delimiter = ',', num_args = 1..)]
    pub brand_id: Option<Vec<i64>>,
}

/// A suspension cause name of Zendesk's table
/// ([`zendesk_support::SUSPENSION_CAUSES`]); any other is refused where it
/// is read, naming the known ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CauseName(pub String);

impl std::str::FromStr for CauseName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        if zendesk_support::SUSPENSION_CAUSES
            .iter()
            .any(|(_, known, _)| known.eq_ignore_ascii_case(name))
        {
            return Ok(CauseName(name.to_ascii_lowercase()));
        }
        let known: Vec<&str> = zendesk_support::SUSPENSION_CAUSES
            .iter()
            .map(|(_, n, _)| *n)
            .collect();
        Err(format!(
            "unknown cause_name `{name}`: Zendesk's table names {} (a cause it does not name can be given by cause_id)",
            known.join(", ")
        ))
    }
}

impl<'de> Deserialize<'de> for CauseName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for CauseName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CauseName".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = zendesk_support::SUSPENSION_CAUSES
            .iter()
            .map(|(_, n, _)| *n)
            .collect();
        schemars::json_schema!({
            "description": "A suspension cause name of Zendesk's table (its \"Cause of suspension reference\").",
            "type": "string",
            "enum": names,
        })
    }
}

/// A regular expression, checked when the file is read.
#[derive(Debug, Clone, JsonSchema)]
#[schemars(transparent)]
pub struct Pattern(#[schemars(with = "String")] pub Regex);

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Regex::new(&text)
            .map(Pattern)
            .map_err(|e| serde::de::Error::custom(format!("not a regular expression: {e}")))
    }
}

impl std::str::FromStr for Pattern {
    type Err = regex::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Regex::new(s).map(Pattern)
    }
}

/// A duration such as `90m`, `2h` or `7days`.
#[derive(Debug, Clone, Copy, JsonSchema)]
#[schemars(transparent)]
pub struct Age(#[schemars(with = "String")] pub Duration);

impl<'de> Deserialize<'de> for Age {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl std::str::FromStr for Age {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        humantime::parse_duration(s)
            .map(Age)
            .map_err(|e| format!("not a duration such as `2h` or `7days`: {e}"))
    }
}

/// Why a rules file was refused; its text names the line and column.
#[derive(Debug)]
pub struct RulesError(pub String);

impl std::fmt::Display for RulesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Rules {
    /// Reads a rules file's text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Rules, RulesError> {
        let rules: Rules =
            toml::from_str(text).map_err(|e| RulesError(format!("{origin}: {e}")))?;
        let mut names = std::collections::HashSet::new();
        for rule in &rules.rules {
            if !names.insert(rule.name.as_str()) {
                return Err(RulesError(format!(
                    "{origin}: two rules are named `{}`; names must be unique",
                    rule.name
                )));
            }
        }
        Ok(rules)
    }

    /// The rule that decides `ticket` (its name and action), or the default
    /// (named `default`).
    pub fn decide(&self, ticket: &SuspendedTicket, now: DateTime<Utc>) -> (&str, Action) {
        self.rules
            .iter()
            .find(|r| r.when.matches(ticket, now))
            .map_or(("default", self.default), |r| (r.name.as_str(), r.action))
    }
}

fn any_eq<S: AsRef<str>>(list: &Option<Vec<S>>, value: Option<&str>) -> bool {
    list.as_ref().is_none_or(|list| {
        value.is_some_and(|v| {
            list.iter()
                .any(|l| l.as_ref().eq_ignore_ascii_case(v.trim()))
        })
    })
}

impl AsRef<str> for CauseName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// The sender's address of a suspended ticket.
pub fn sender(ticket: &SuspendedTicket) -> Option<&str> {
    ticket.author.as_ref()?.email.as_deref()
}

impl Condition {
    /// Whether `ticket` meets every condition given.
    pub fn matches(&self, ticket: &SuspendedTicket, now: DateTime<Utc>) -> bool {
        let domain = sender(ticket)
            .and_then(|e| e.rsplit_once('@'))
            .map(|(_, d)| d.trim().to_ascii_lowercase());
        let age = ticket
            .created_at
            .and_then(|t| (now - t).to_std().ok())
            .unwrap_or_default();
        self.cause_id
            .as_ref()
            .is_none_or(|ids| ticket.cause_id.is_some_and(|id| ids.contains(&id)))
            && any_eq(&self.cause_name, zendesk_support::cause_name(ticket))
            && any_eq(&self.cause, ticket.cause.as_deref())
            && self.sender_domain.as_ref().is_none_or(|list| {
                domain.as_deref().is_some_and(|d| {
                    list.iter().any(|want| {
                        let want = want.trim().to_ascii_lowercase();
                        d == want || d.ends_with(&format!(".{want}"))
                    })
                })
            })
            && any_eq(&self.sender, sender(ticket))
            && any_eq(&self.recipient, ticket.recipient.as_deref())
            && self
                .subject
                .as_ref()
                .is_none_or(|p| ticket.subject.as_deref().is_some_and(|s| p.0.is_match(s)))
            && self
                .older_than
                .is_none_or(|a| ticket.created_at.is_some() && age >= a.0)
            && self
                .newer_than
                .is_none_or(|a| ticket.created_at.is_some() && age < a.0)
            && self
                .brand_id
                .as_ref()
                .is_none_or(|ids| ticket.brand_id.is_some_and(|id| ids.contains(&id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket(email: &str, cause_id: i64, subject: &str) -> SuspendedTicket {
        serde_json::from_value(serde_json::json!({
            "id": 1, "cause_id": cause_id, "subject": subject,
            "author": { "email": email },
            "created_at": "2026-11-01T00:00:00Z",
        }))
        .unwrap()
    }

    #[test]
    fn the_first_matching_rule_decides() {
        let rules = Rules::parse(
            r#"
            default = "leave"
            [[rule]]
            name = "customers"
            action = "recover"
            when = { sender_domain = ["customer.example"] }
            [[rule]]
            name = "spam"
            action = "delete"
            when = { cause_id = [0], older_than = "1day" }
            "#,
            "rules.toml",
        )
        .unwrap();
        let now = "2026-11-23T00:00:00Z".parse().unwrap();
        let decide = |t: &SuspendedTicket| rules.decide(t, now);
        assert_eq!(
            decide(&ticket("a@mail.Customer.example", 0, "x")),
            ("customers", Action::Recover)
        );
        assert_eq!(
            decide(&ticket("a@notcustomer.example", 0, "x")),
            ("spam", Action::Delete)
        );
        assert_eq!(
            decide(&ticket("a@other.example", 3, "x")),
            ("default", Action::Leave)
        );
    }

    #[test]
    fn errors_name_the_line_and_column() {
        let cases = [
            ("[[rule]]\nname = \"a\"\naction = \"explode\"\n", "line 3"),
            (
                "[[rule]]\nname = \"a\"\naction = \"delete\"\nwhen = { subjct = \"x\" }\n",
                "line 4",
            ),
            (
                "[[rule]]\nname = \"a\"\naction = \"delete\"\nwhen = { subject = \"(\" }\n",
                "not a regular expression",
            ),
            (
                "[[rule]]\nname = \"a\"\naction = \"delete\"\nwhen = { older_than = \"soon\" }\n",
                "not a duration",
            ),
            ("[[rule]]\naction = \"delete\"\n", "missing field `name`"),
            (
                "[[rule]]\nname = \"a\"\naction = \"leave\"\nwhen = { cause_name = [\"not_on_whitlist\"] }\n",
                "unknown cause_name `not_on_whitlist`",
            ),
        ];
        for (text, expected) in cases {
            let err = Rules::parse(text, "r.toml").unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?}: {err}");
            assert!(err.contains("line"), "{text:?}: {err}");
        }
    }
}
