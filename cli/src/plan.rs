//! The plan: every suspended ticket read, the action decided for it and the
//! rule that decided. Written before anything changes; `apply` carries it
//! out.

use crate::rules::{self, Action, Rules};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use zendesk_support::types::SuspendedTicket;

/// The `format` of every plan file this version writes and reads.
pub const FORMAT: &str = "zendesk-moderate/plan-v1";

/// A plan file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "zendesk-moderate plan")]
pub struct Plan {
    /// Always `zendesk-moderate/plan-v1`.
    pub format: String,
    /// When the queue was read.
    pub created_at: DateTime<Utc>,
    /// The API's base URL the plan was made for; `apply` refuses another.
    pub account: String,
    /// Every suspended ticket read, in the order read.
    pub tickets: Vec<Planned>,
    /// Records the listing returned that could not be read (no id, or a
    /// record that does not decode): seen, but not in `tickets`.
    #[serde(default)]
    pub unreadable: usize,
}

/// One ticket of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Planned {
    /// The suspended ticket's id.
    pub id: i64,
    /// What to do with it.
    pub action: Action,
    /// The rule that chose the action (`default` when none matched).
    pub rule: String,
    /// The sender's address, for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The subject, for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The suspension cause id, for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause_id: Option<i64>,
}

impl Planned {
    /// Decides for one ticket; `None` for a ticket without an id.
    pub fn decide(ticket: &SuspendedTicket, rules: &Rules, now: DateTime<Utc>) -> Option<Planned> {
        let (rule, action) = rules.decide(ticket, now);
        Some(Planned {
            id: ticket.id?,
            action,
            rule: rule.to_string(),
            sender: rules::sender(ticket).map(str::to_string),
            subject: ticket.subject.clone(),
            cause_id: ticket.cause_id,
        })
    }
}

impl Plan {
    pub fn new(account: &str) -> Plan {
        Plan {
            format: FORMAT.into(),
            created_at: Utc::now(),
            account: account.to_string(),
            tickets: Vec::new(),
            unreadable: 0,
        }
    }

    /// Counts per (rule, action), in rule order of first appearance.
    pub fn counts(&self) -> Vec<(String, Action, usize)> {
        let mut order: Vec<(String, Action)> = Vec::new();
        let mut counts: BTreeMap<(String, Action), usize> = BTreeMap::new();
        for t in &self.tickets {
            let key = (t.rule.clone(), t.action);
            let n = counts.entry(key.clone()).or_default();
            if *n == 0 {
                order.push(key);
            }
            *n += 1;
        }
        order
            .into_iter()
            .map(|k| {
                let n = counts[&k];
                (k.0, k.1, n)
            })
            .collect()
    }

    /// How many tickets the plan acts on (recover or delete).
    pub fn actions(&self) -> usize {
        self.tickets
            .iter()
            .filter(|t| t.action != Action::Leave)
            .count()
    }

    /// Writes the plan, atomically (a temporary file renamed into place).
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        let temporary = path.with_extension("json.partial");
        std::fs::write(&temporary, text)
            .and_then(|()| std::fs::rename(&temporary, path))
            .map_err(|e| format!("cannot write the plan to {}: {e}", path.display()))
    }

    /// Reads a plan file.
    pub fn read(path: &Path) -> Result<Plan, String> {
        let text =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let plan: Plan = serde_json::from_slice(&text)
            .map_err(|e| format!("{} is not a plan: {e}", path.display()))?;
        if plan.format != FORMAT {
            return Err(format!(
                "{} is a `{}` file, not a `{FORMAT}` plan",
                path.display(),
                plan.format
            ));
        }
        Ok(plan)
    }
}
