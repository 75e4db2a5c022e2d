//! The journal: what was sent and what came of it, one JSON object a line,
//! appended as the work goes and flushed to disk before each call is sent
//! (write-ahead). After a crash, a kill or a network loss, it says which ids
//! are settled and which were sent without a known answer: those are
//! checked against the server before anything is sent again.
//!
//! A journal belongs to one plan: its first line names the plan's id and
//! digest. A journal of another plan (a new plan in the same file, or one
//! edited by hand) is moved aside to `.old` and a new one started, so that
//! nothing is done for an id because an earlier plan said so.

use crate::rules::Action;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One line of the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Entry {
    /// The plan this journal belongs to (the digest is unknown while the
    /// plan is still being written, as `run` does).
    Plan {
        plan: String,
        #[serde(default)]
        digest: Option<String>,
    },
    /// A call is about to be sent for these ids.
    Sent { action: Action, ids: Vec<i64> },
    /// What became of one id.
    Outcome {
        id: i64,
        action: Action,
        outcome: Outcome,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
    },
}

/// What became of an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The action took effect.
    Done,
    /// It did not, for the reason given.
    Failed,
    /// It may or may not have: check before sending again.
    Unknown,
}

/// The last word on one id.
#[derive(Debug, Clone, PartialEq)]
pub struct Settled {
    pub action: Action,
    pub outcome: Outcome,
    pub reason: Option<String>,
    pub status: Option<u16>,
}

/// An open journal and what it already holds.
pub struct Journal {
    path: PathBuf,
    file: File,
    /// Each id's last word; an id sent without an answer is `Unknown`.
    pub settled: HashMap<i64, Settled>,
    /// The plan it belongs to: id and digest, as the last `plan` line says.
    plan: Option<(String, Option<String>)>,
}

/// The journal of a plan file: beside it, with `.journal` added.
pub fn path_for(plan: &Path) -> PathBuf {
    let mut name = plan.as_os_str().to_owned();
    name.push(".journal");
    PathBuf::from(name)
}

impl Entry {
    /// The ids this entry settles, with their new last word.
    fn settles(self) -> Vec<(i64, Settled)> {
        match self {
            Entry::Plan { .. } => Vec::new(),
            Entry::Sent { action, ids } => ids
                .into_iter()
                .map(|id| {
                    let settled = Settled {
                        action,
                        outcome: Outcome::Unknown,
                        reason: Some("sent, no answer recorded".into()),
                        status: None,
                    };
                    (id, settled)
                })
                .collect(),
            Entry::Outcome {
                id,
                action,
                outcome,
                reason,
                status,
            } => vec![(
                id,
                Settled {
                    action,
                    outcome,
                    reason,
                    status,
                },
            )],
        }
    }
}

impl Journal {
    /// Opens the journal of the plan `id` (with `digest`, when the plan is
    /// written whole): the one at `path` when it belongs to that plan, else
    /// a new one (the other moved aside to `.old`). Returns the journal and
    /// whether an earlier one was moved aside.
    pub fn for_plan(
        path: &Path,
        id: &str,
        digest: Option<&str>,
    ) -> Result<(Journal, Option<PathBuf>), String> {
        let mut journal = Journal::open(path)?;
        let same = match &journal.plan {
            Some((plan, recorded)) => {
                plan == id
                    && (recorded.is_none() || digest.is_none() || recorded.as_deref() == digest)
            }
            // An empty journal belongs to whoever opens it.
            None => journal.settled.is_empty(),
        };
        let mut moved = None;
        if !same {
            drop(journal);
            moved = crate::files::move_aside(path)?;
            journal = Journal::open(path)?;
        }
        // The plan line: written when the journal is new, and again once
        // the digest of a plan written while acting (`run`) is known.
        let digest_now_known = matches!(&journal.plan, Some((_, None))) && digest.is_some();
        if journal.plan.is_none() || digest_now_known {
            journal.seal(id, digest)?;
        }
        Ok((journal, moved))
    }

    /// Opens (or creates) a journal and reads what it holds. A last line cut
    /// short by a crash is ignored; any other unreadable line is an error.
    fn open(path: &Path) -> Result<Journal, String> {
        let shown = path.display();
        let mut settled = HashMap::new();
        let mut plan = None;
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("cannot read {shown}: {e}")),
        };
        // Where the readable part ends: a last line cut short by a crash is
        // cut off, so that the next line does not run into it.
        let mut keep = 0;
        let mut offset = 0;
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        for (n, line) in lines.iter().enumerate() {
            let start = offset;
            offset += line.len();
            if line.trim().is_empty() {
                keep = offset;
                continue;
            }
            let parsed = serde_json::from_str::<Entry>(line);
            let entry = match parsed {
                Ok(entry) if line.ends_with('\n') => entry,
                _ if n + 1 == lines.len() => {
                    keep = start;
                    break;
                }
                Ok(_) => return Err(format!("{shown}, line {}: cut short", n + 1)),
                Err(e) => return Err(format!("{shown}, line {}: {e}", n + 1)),
            };
            keep = offset;
            if let Entry::Plan { plan: id, digest } = &entry {
                plan = Some((id.clone(), digest.clone()));
            }
            for (id, s) in entry.settles() {
                settled.insert(id, s);
            }
        }
        let file =
            crate::files::open_private(path).map_err(|e| format!("cannot open {shown}: {e}"))?;
        file.set_len(keep as u64)
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
        let mut file = file;
        use std::io::Seek;
        file.seek(std::io::SeekFrom::End(0))
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
        Ok(Journal {
            path: path.to_path_buf(),
            file,
            settled,
            plan,
        })
    }

    /// Records which plan this journal belongs to (with its digest once the
    /// plan is written whole).
    pub fn seal(&mut self, id: &str, digest: Option<&str>) -> Result<(), String> {
        let entry = Entry::Plan {
            plan: id.to_string(),
            digest: digest.map(str::to_string),
        };
        self.append(&[entry], true)?;
        self.plan = Some((id.to_string(), digest.map(str::to_string)));
        Ok(())
    }

    fn append(&mut self, entries: &[Entry], sync: bool) -> Result<(), String> {
        let mut text = Vec::new();
        for entry in entries {
            serde_json::to_writer(&mut text, entry).map_err(|e| e.to_string())?;
            text.push(b'\n');
        }
        let shown = self.path.display();
        self.file
            .write_all(&text)
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
        if sync {
            self.file
                .sync_data()
                .map_err(|e| format!("cannot write {shown}: {e}"))?;
        }
        Ok(())
    }

    /// Records that a call for `ids` is about to be sent; on disk before it is.
    pub fn sent(&mut self, action: Action, ids: &[i64]) -> Result<(), String> {
        let entry = Entry::Sent {
            action,
            ids: ids.to_vec(),
        };
        self.append(std::slice::from_ref(&entry), true)?;
        // Unknown until the answer is recorded, as on reading it back.
        self.settled.extend(entry.settles());
        Ok(())
    }

    /// Records outcomes.
    pub fn outcomes(&mut self, outcomes: Vec<(i64, Settled)>) -> Result<(), String> {
        let entries: Vec<Entry> = outcomes
            .iter()
            .map(|(id, s)| Entry::Outcome {
                id: *id,
                action: s.action,
                outcome: s.outcome,
                reason: s.reason.clone(),
                status: s.status,
            })
            .collect();
        self.append(&entries, false)?;
        self.settled.extend(outcomes);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_journal_reads_back_sent_ids_as_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json.journal");
        let (mut journal, _) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        journal.sent(Action::Recover, &[1, 2, 3]).unwrap();
        let done = |outcome| Settled {
            action: Action::Recover,
            outcome,
            reason: None,
            status: None,
        };
        journal
            .outcomes(vec![(1, done(Outcome::Done)), (2, done(Outcome::Failed))])
            .unwrap();
        drop(journal);
        // A crash in the middle of a line.
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("{\"event\":\"outco");
        std::fs::write(&path, text).unwrap();

        let (journal, moved) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert_eq!(moved, None);
        assert_eq!(journal.settled[&1].outcome, Outcome::Done);
        assert_eq!(journal.settled[&2].outcome, Outcome::Failed);
        assert_eq!(journal.settled[&3].outcome, Outcome::Unknown);
        drop(journal);
        // And it can be reopened again after that.
        let (journal, _) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert_eq!(journal.settled.len(), 3);
    }

    #[test]
    fn the_journal_of_another_plan_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json.journal");
        let (mut journal, _) = Journal::for_plan(&path, "p1", None).unwrap();
        journal.sent(Action::Delete, &[7]).unwrap();
        drop(journal);
        // The same plan, once written whole: the same journal.
        let (journal, moved) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert_eq!((journal.settled.len(), moved), (1, None));
        drop(journal);
        // The plan edited (another digest), or a new plan: a new journal.
        for (id, digest) in [("p1", "d2"), ("p2", "d1")] {
            let (journal, moved) = Journal::for_plan(&path, id, Some(digest)).unwrap();
            assert!(journal.settled.is_empty(), "{id} {digest}");
            assert_eq!(moved, Some(dir.path().join("plan.json.journal.old")));
        }
    }
}
