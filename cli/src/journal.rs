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

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use zendesk_support::Outcome;

/// What a call does to an id: every acting command's actions, in one
/// journal's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// Recover a suspended ticket (keeping its sender as the requester).
    Recover,
    /// Delete a suspended ticket.
    Delete,
    /// Permanently delete a soft-deleted ticket.
    Purge,
    /// Mark a live ticket as spam.
    Spam,
}

impl Act {
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Recover => "recover",
            Act::Delete => "delete",
            Act::Purge => "purge",
            Act::Spam => "spam",
        }
    }

    /// What looking at the account tells of it.
    pub fn effect(self) -> zendesk_support::Effect {
        match self {
            Act::Recover | Act::Delete => zendesk_support::Effect::LeftQueue,
            Act::Purge => zendesk_support::Effect::Purged,
            Act::Spam => zendesk_support::Effect::NotLive,
        }
    }
}

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
    Sent { action: Act, ids: Vec<i64> },
    /// Zendesk accepted a job for these ids: its status tells what became
    /// of them, whatever happens to this run.
    Accepted {
        action: Act,
        job: String,
        ids: Vec<i64>,
    },
    /// What became of one id.
    Outcome {
        id: i64,
        action: Act,
        outcome: Written,
        // What 0.2's journals wrote beside a one-word outcome.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
    },
}

/// An outcome as a journal holds it: the library's, or the one word of a
/// journal written by 0.2 (read, never written).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Written {
    Outcome(Outcome),
    Word(Word),
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Word {
    Done,
    Failed,
    Unknown,
}

/// The last word on one id.
#[derive(Debug, Clone, PartialEq)]
pub struct Settled {
    pub action: Act,
    pub outcome: Outcome,
}

impl Settled {
    /// Whether its outcome is final (done or failed), not to be looked at.
    pub fn is_final(&self) -> bool {
        self.outcome.is_done() || self.outcome.is_failed()
    }
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
            Entry::Sent { action, ids } => {
                let sent = Outcome::unknown("sent, no answer recorded", None);
                ids.into_iter()
                    .map(|id| {
                        (
                            id,
                            Settled {
                                action,
                                outcome: sent.clone(),
                            },
                        )
                    })
                    .collect()
            }
            Entry::Accepted { action, job, ids } => {
                let accepted =
                    Outcome::unknown(format!("job {job} accepted, its end not recorded"), None)
                        .by_job(&job);
                ids.into_iter()
                    .map(|id| {
                        (
                            id,
                            Settled {
                                action,
                                outcome: accepted.clone(),
                            },
                        )
                    })
                    .collect()
            }
            Entry::Outcome {
                id,
                action,
                outcome,
                reason,
                status,
            } => {
                let outcome = match outcome {
                    Written::Outcome(o) => o,
                    Written::Word(Word::Done) => Outcome::done(),
                    Written::Word(Word::Failed) => {
                        Outcome::failed(reason.unwrap_or_else(|| "failed".into()), status)
                    }
                    Written::Word(Word::Unknown) => {
                        Outcome::unknown(reason.unwrap_or_else(|| "outcome unknown".into()), status)
                    }
                };
                vec![(id, Settled { action, outcome })]
            }
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
    pub fn sent(&mut self, action: Act, ids: &[i64]) -> Result<(), String> {
        let entry = Entry::Sent {
            action,
            ids: ids.to_vec(),
        };
        self.append(std::slice::from_ref(&entry), true)?;
        // Unknown until the answer is recorded, as on reading it back.
        self.settled.extend(entry.settles());
        Ok(())
    }

    /// Records that Zendesk accepted a job for `ids`; on disk before the
    /// run waits for it.
    pub fn accepted(&mut self, action: Act, job: &str, ids: &[i64]) -> Result<(), String> {
        let entry = Entry::Accepted {
            action,
            job: job.to_string(),
            ids: ids.to_vec(),
        };
        self.append(std::slice::from_ref(&entry), true)?;
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
                outcome: Written::Outcome(s.outcome.clone()),
                reason: None,
                status: None,
            })
            .collect();
        self.append(&entries, false)?;
        self.settled.extend(outcomes);
        Ok(())
    }

    /// Records what a batch did to the ids of `sent`, for `action`; an id
    /// the answer does not mention is unknown, not lost.
    pub fn batch(
        &mut self,
        action: Act,
        sent: &[i64],
        outcome: &zendesk_support::BatchOutcome,
    ) -> Result<(), String> {
        let settled: Vec<(i64, Settled)> = sent
            .iter()
            .map(|&id| {
                let outcome = outcome.get(id).cloned().unwrap_or_else(|| {
                    Outcome::unknown("the call's answer does not mention this id", None)
                });
                (id, Settled { action, outcome })
            })
            .collect();
        self.outcomes(settled)
    }

    /// The ids this journal has a word on for `action`.
    pub fn for_action(&self, action: Act) -> impl Iterator<Item = (i64, &Settled)> {
        self.settled
            .iter()
            .filter(move |(_, s)| s.action == action)
            .map(|(id, s)| (*id, s))
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
        journal.sent(Act::Recover, &[1, 2, 3]).unwrap();
        let said = |outcome| Settled {
            action: Act::Recover,
            outcome,
        };
        journal
            .outcomes(vec![
                (1, said(Outcome::done())),
                (2, said(Outcome::failed("no", Some(422)))),
            ])
            .unwrap();
        journal.accepted(Act::Purge, "V3-x", &[9]).unwrap();
        drop(journal);
        // A crash in the middle of a line.
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("{\"event\":\"outco");
        std::fs::write(&path, text).unwrap();

        let (journal, moved) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert_eq!(moved, None);
        assert!(journal.settled[&1].outcome.is_done());
        assert!(journal.settled[&2].outcome.is_failed());
        assert!(journal.settled[&3].outcome.is_unknown());
        assert_eq!(journal.settled[&9].outcome.job(), Some("V3-x"));
        drop(journal);
        // And it can be reopened again after that.
        let (journal, _) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert_eq!(journal.settled.len(), 4);
    }

    #[test]
    fn a_journal_of_0_2_reads_as_it_meant() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json.journal");
        std::fs::write(
            &path,
            concat!(
                "{\"event\":\"plan\",\"plan\":\"p1\",\"digest\":\"d1\"}\n",
                "{\"event\":\"sent\",\"action\":\"delete\",\"ids\":[1,2]}\n",
                "{\"event\":\"outcome\",\"id\":1,\"action\":\"delete\",\"outcome\":\"done\"}\n",
                "{\"event\":\"outcome\",\"id\":2,\"action\":\"delete\",\"outcome\":\"failed\",\"reason\":\"RecordNotFound\",\"status\":404}\n",
            ),
        )
        .unwrap();
        let (journal, _) = Journal::for_plan(&path, "p1", Some("d1")).unwrap();
        assert!(journal.settled[&1].outcome.is_done());
        assert_eq!(journal.settled[&2].outcome.reason(), Some("RecordNotFound"));
        assert_eq!(journal.settled[&2].outcome.status(), Some(404));
    }

    #[test]
    fn the_journal_of_another_plan_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json.journal");
        let (mut journal, _) = Journal::for_plan(&path, "p1", None).unwrap();
        journal.sent(Act::Delete, &[7]).unwrap();
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
