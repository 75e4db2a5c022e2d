//! The plan: every suspended ticket read, the action decided for it and the
//! rule that decided. Written before anything changes; `apply` carries it
//! out.
//!
//! A plan file is written as the queue is read (`PlanFile`): the tickets
//! are the last member of the object, and each page of them is added with
//! one write that also rewrites the closing tail, so the file is whole JSON
//! after every write. A run killed while it reads the queue leaves a plan
//! marked `complete: false` of what it had decided, which `apply` can
//! finish.

use crate::rules::{self, Action, Rules};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::Digest;
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use zendesk_support::types::SuspendedTicket;

/// The `format` of every plan file this version writes and reads.
pub const FORMAT: &str = "zendesk-moderate/plan-v1";

/// A plan file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "zendesk-moderate plan")]
pub struct Plan {
    /// Always `zendesk-moderate/plan-v1`.
    pub format: String,
    /// This plan's own id: a journal belongs to the plan of this id (and
    /// contents).
    #[serde(default)]
    pub id: String,
    /// When the queue was read.
    pub created_at: DateTime<Utc>,
    /// The API's base URL the plan was made for (`embedded simulator` for
    /// the embedded one); `apply` refuses another.
    pub account: String,
    /// The rules of the rules file, in order (for the counts of each).
    #[serde(default)]
    pub rules: Vec<RuleInfo>,
    /// Every suspended ticket read, in the order read.
    pub tickets: Vec<Planned>,
    /// Records the listing returned that could not be read (no id, or a
    /// record that does not decode): seen, but not in `tickets`.
    #[serde(default)]
    pub unreadable: usize,
    /// Whether the whole queue was read. `false`: the listing was
    /// interrupted (or ended early), and tickets past that point are not in
    /// the plan.
    #[serde(default = "yes")]
    pub complete: bool,
}

fn yes() -> bool {
    true
}

/// A rule as the plan remembers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RuleInfo {
    pub name: String,
    pub action: Action,
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
    /// Decides for one ticket.
    pub fn decide(ticket: &SuspendedTicket, rules: &Rules, now: DateTime<Utc>) -> Planned {
        let (rule, action) = rules.decide(ticket, now);
        Planned {
            id: ticket.id,
            action,
            rule: rule.to_string(),
            sender: rules::sender(ticket).map(str::to_string),
            subject: ticket.subject.clone(),
            cause_id: ticket.cause_id,
        }
    }
}

/// The counts of a plan by rule: every rule of the rules file in its order,
/// with zeros, then `default`.
#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule: String,
    pub action: Action,
    pub tickets: usize,
}

impl Plan {
    pub fn new(account: &str, rules: &Rules) -> Plan {
        let id: String = (0..16)
            .map(|_| char::from_digit(fastrand::u32(..16), 16).unwrap_or('0'))
            .collect();
        Plan {
            format: FORMAT.into(),
            id,
            created_at: Utc::now(),
            account: account.to_string(),
            rules: rules
                .rules
                .iter()
                .map(|r| RuleInfo {
                    name: r.name.clone(),
                    action: r.action,
                })
                .chain(std::iter::once(RuleInfo {
                    name: "default".into(),
                    action: rules.default,
                }))
                .collect(),
            tickets: Vec::new(),
            unreadable: 0,
            complete: false,
        }
    }

    /// Counts per rule, in the rules file's order, zeros included; a rule
    /// the plan does not list (an older plan file) after them.
    pub fn counts(&self) -> Vec<RuleCount> {
        let mut counts: Vec<RuleCount> = self
            .rules
            .iter()
            .map(|r| RuleCount {
                rule: r.name.clone(),
                action: r.action,
                tickets: 0,
            })
            .collect();
        for t in &self.tickets {
            match counts
                .iter_mut()
                .find(|c| c.rule == t.rule && c.action == t.action)
            {
                Some(c) => c.tickets += 1,
                None => counts.push(RuleCount {
                    rule: t.rule.clone(),
                    action: t.action,
                    tickets: 1,
                }),
            }
        }
        counts
    }

    /// How many tickets the plan acts on (recover or delete).
    pub fn actions(&self) -> usize {
        self.tickets
            .iter()
            .filter(|t| t.action != Action::Leave)
            .count()
    }

    /// How many tickets of each action.
    pub fn by_action(&self, action: Action) -> usize {
        self.tickets.iter().filter(|t| t.action == action).count()
    }

    /// What the plan says: its id, account and every ticket's action. A plan
    /// edited by hand has another digest, and is another plan.
    pub fn digest(&self) -> String {
        let mut hash = sha2::Sha256::new();
        hash.update(self.id.as_bytes());
        hash.update(self.account.as_bytes());
        hash.update(self.created_at.to_rfc3339().as_bytes());
        for t in &self.tickets {
            hash.update(t.id.to_le_bytes());
            hash.update(t.action.as_str().as_bytes());
        }
        hash.update([u8::from(self.complete)]);
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Writes the whole plan at once (privately, atomically).
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        crate::files::write_private(path, &text)
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

/// A plan made as the queue is read: each page decided, added to the plan
/// and written to its file (from the first page on) before any of it is
/// acted on.
pub struct PlanWriter<'a> {
    pub plan: Plan,
    path: &'a Path,
    file: Option<PlanFile>,
    rules: &'a Rules,
    now: DateTime<Utc>,
}

impl<'a> PlanWriter<'a> {
    pub fn new(account: &str, rules: &'a Rules, path: &'a Path) -> PlanWriter<'a> {
        PlanWriter {
            plan: Plan::new(account, rules),
            path,
            file: None,
            rules,
            now: Utc::now(),
        }
    }

    /// Decides for a page of tickets, adds them to the plan and its file;
    /// the decisions.
    pub fn add_page(
        &mut self,
        page: &[SuspendedTicket],
        tally: &crate::listing::Tally,
    ) -> Result<Vec<Planned>, String> {
        let decided: Vec<Planned> = page
            .iter()
            .map(|t| Planned::decide(t, self.rules, self.now))
            .collect();
        self.plan.tickets.extend(decided.iter().cloned());
        match self.file.as_mut() {
            Some(file) => file.append(&decided, tally.unreadable(), false)?,
            None => self.file = Some(PlanFile::create(self.path, &self.plan)?),
        }
        Ok(decided)
    }

    /// Ends the plan: complete when the listing reached its end; on disk
    /// (an empty queue is a plan too; a listing that read nothing at all
    /// leaves any earlier file as it was).
    pub fn finish(mut self, tally: &crate::listing::Tally, complete: bool) -> Result<Plan, String> {
        self.plan.unreadable = tally.unreadable();
        self.plan.complete = complete;
        match self.file {
            Some(file) => file.finish(self.plan.unreadable, complete)?,
            None if complete => self.plan.write(self.path)?,
            None => {}
        }
        Ok(self.plan)
    }
}

/// A plan file written as the queue is read: whole JSON after every write.
pub struct PlanFile {
    path: PathBuf,
    file: File,
    /// Where the tail (`]`, the counts, `}`) starts: the next tickets go
    /// there.
    tail_at: u64,
    /// Whether a ticket was written (the next needs a comma).
    any: bool,
}

impl PlanFile {
    /// Starts the file of `plan` (its tickets so far), replacing any.
    pub fn create(path: &Path, plan: &Plan) -> Result<PlanFile, String> {
        let shown = path.display().to_string();
        let fail = |e: std::io::Error| format!("cannot write the plan to {shown}: {e}");
        let _ = std::fs::remove_file(path);
        let file = crate::files::open_private(path).map_err(fail)?;
        let text = head_text(plan)?;
        let mut writer = PlanFile {
            path: path.to_path_buf(),
            file,
            tail_at: text.len() as u64,
            any: false,
        };
        writer.file.write_all(text.as_bytes()).map_err(fail)?;
        writer.append(&plan.tickets, plan.unreadable, plan.complete)?;
        Ok(writer)
    }

    /// Adds tickets, and the counts so far, in one write.
    pub fn append(
        &mut self,
        tickets: &[Planned],
        unreadable: usize,
        complete: bool,
    ) -> Result<(), String> {
        let mut text = Vec::new();
        for t in tickets {
            if self.any {
                text.push(b',');
            }
            self.any = true;
            serde_json::to_writer(&mut text, t).map_err(|e| e.to_string())?;
        }
        let body_end = self.tail_at + text.len() as u64;
        text.extend_from_slice(
            format!("],\"unreadable\":{unreadable},\"complete\":{complete}}}\n").as_bytes(),
        );
        let shown = self.path.display();
        self.file
            .seek(SeekFrom::Start(self.tail_at))
            .and_then(|_| self.file.write_all(&text))
            .and_then(|()| self.file.set_len(self.tail_at + text.len() as u64))
            .map_err(|e| format!("cannot write the plan to {shown}: {e}"))?;
        self.tail_at = body_end;
        Ok(())
    }

    /// Marks the plan complete (the queue read to its end), on disk.
    pub fn finish(mut self, unreadable: usize, complete: bool) -> Result<(), String> {
        self.append(&[], unreadable, complete)?;
        self.file
            .sync_all()
            .map_err(|e| format!("cannot write the plan to {}: {e}", self.path.display()))
    }
}

/// A plan's head: every member but the tickets and the counts, then
/// `"tickets":[` (the rest is the tail [`PlanFile::append`] writes).
fn head_text(p: &Plan) -> Result<String, String> {
    let head = serde_json::json!({
        "format": p.format,
        "id": p.id,
        "created_at": p.created_at,
        "account": p.account,
        "rules": p.rules,
    });
    let mut text = serde_json::to_string(&head).map_err(|e| e.to_string())?;
    text.pop(); // the closing brace: the object stays open
    text.push_str(",\"tickets\":[");
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules::parse(
            "[[rule]]\nname = \"spam\"\naction = \"delete\"\nwhen = { cause_id = [0] }\n[[rule]]\nname = \"never\"\naction = \"recover\"\nwhen = { cause_id = [99] }\n",
            "rules.toml",
        )
        .unwrap()
    }

    fn planned(id: i64, rule: &str, action: Action) -> Planned {
        Planned {
            id,
            action,
            rule: rule.into(),
            sender: Some(format!("s{id}@example.com")),
            subject: None,
            cause_id: Some(0),
        }
    }

    #[test]
    fn a_plan_written_page_by_page_is_whole_json_after_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        let plan = Plan::new("https://acme.zendesk.com", &rules());
        let mut file = PlanFile::create(&path, &plan).unwrap();
        let read = Plan::read(&path).unwrap();
        assert!(read.tickets.is_empty() && !read.complete);
        file.append(&[planned(1, "spam", Action::Delete)], 0, false)
            .unwrap();
        file.append(
            &[
                planned(2, "default", Action::Leave),
                planned(3, "spam", Action::Delete),
            ],
            1,
            false,
        )
        .unwrap();
        let read = Plan::read(&path).unwrap();
        assert_eq!(read.tickets.len(), 3);
        assert_eq!((read.unreadable, read.complete), (1, false));
        file.finish(1, true).unwrap();
        let read = Plan::read(&path).unwrap();
        assert!(read.complete);
        assert_eq!(read.id, plan.id);
        assert_eq!(read.rules.len(), 3);
    }

    #[test]
    fn counts_list_every_rule_in_order_with_zeros() {
        let mut plan = Plan::new("x", &rules());
        plan.tickets = vec![
            planned(1, "default", Action::Leave),
            planned(2, "spam", Action::Delete),
        ];
        let counts: Vec<(String, usize)> = plan
            .counts()
            .into_iter()
            .map(|c| (c.rule, c.tickets))
            .collect();
        assert_eq!(
            counts,
            vec![
                ("spam".into(), 1),
                ("never".into(), 0),
                ("default".into(), 1)
            ]
        );
    }

    #[test]
    fn an_edited_plan_has_another_digest() {
        let mut plan = Plan::new("x", &rules());
        plan.tickets = vec![planned(1, "spam", Action::Delete)];
        let before = plan.digest();
        assert_eq!(before, plan.clone().digest());
        plan.tickets[0].action = Action::Leave;
        assert_ne!(before, plan.digest());
    }
}
