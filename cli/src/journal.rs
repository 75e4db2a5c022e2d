//! The journal: what was sent and what came of it, one JSON object a line,
//! appended as the work goes and flushed to disk before each call is sent
//! (write-ahead). After a crash, a kill or a network loss, it says which ids
//! are settled and which were sent without a known answer: those are
//! checked against the server before anything is sent again.

use crate::rules::Action;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// One line of the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Entry {
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
    /// Opens (or creates) a journal and reads what it holds. A last line cut
    /// short by a crash is ignored; any other unreadable line is an error.
    pub fn open(path: &Path) -> Result<Journal, String> {
        let shown = path.display();
        let mut settled = HashMap::new();
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
            for (id, s) in entry.settles() {
                settled.insert(id, s);
            }
        }
        let file = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(false)
            .open(path)
            .map_err(|e| format!("cannot open {shown}: {e}"))?;
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
        })
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
        let mut journal = Journal::open(&path).unwrap();
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

        let journal = Journal::open(&path).unwrap();
        assert_eq!(journal.settled[&1].outcome, Outcome::Done);
        assert_eq!(journal.settled[&2].outcome, Outcome::Failed);
        assert_eq!(journal.settled[&3].outcome, Outcome::Unknown);
        drop(journal);
        // And it can be reopened again after that.
        assert_eq!(Journal::open(&path).unwrap().settled.len(), 3);
    }
}
