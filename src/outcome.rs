//! What a call that acts did to each id, in one model the whole project
//! shares (the batch and job calls, the erasure's report, the tool's
//! journal and summaries): done, failed with Zendesk's reason, unknown with
//! why (the server may have acted: look before sending again), or skipped
//! on purpose. Every outcome that came from a background job names its job.

use crate::error::Error;
use crate::types;
use serde::{Deserialize, Serialize};

/// What became of one id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// It took effect.
    Done {
        /// The job that did it, when a job did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job: Option<String>,
        /// How it is known, when not from the call's own answer (`found done
        /// when looked up`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// It did not, for Zendesk's reason; nothing was done.
    Failed {
        /// Why, in Zendesk's words where it gave them.
        reason: String,
        /// The HTTP status of the answer, when there was one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
        /// The job that reported it, when a job did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job: Option<String>,
    },
    /// The server may or may not have acted (an answer lost or unreadable,
    /// a job whose end was not seen): look before sending it again.
    Unknown {
        /// Why it is not known.
        why: String,
        /// The HTTP status of the answer, when there was one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
        /// The job Zendesk accepted for it, when it did: its status tells.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        job: Option<String>,
    },
    /// Not acted on, on purpose: a rule left it, an earlier step did not
    /// succeed, the erasure of staff was not asked for.
    Skipped {
        /// Why.
        reason: String,
    },
}

impl Outcome {
    /// Done by the call's own answer.
    pub fn done() -> Outcome {
        Outcome::Done {
            job: None,
            note: None,
        }
    }

    /// Failed, for `reason`.
    pub fn failed(reason: impl Into<String>, status: Option<u16>) -> Outcome {
        Outcome::Failed {
            reason: reason.into(),
            status,
            job: None,
        }
    }

    /// Unknown, for `why`.
    pub fn unknown(why: impl Into<String>, status: Option<u16>) -> Outcome {
        Outcome::Unknown {
            why: why.into(),
            status,
            job: None,
        }
    }

    /// Skipped, for `reason`.
    pub fn skipped(reason: impl Into<String>) -> Outcome {
        Outcome::Skipped {
            reason: reason.into(),
        }
    }

    /// What a call that failed with `error` did: unknown when the server
    /// may have acted ([`Error::may_have_acted`]), else failed.
    pub fn from_error(error: &Error) -> Outcome {
        if error.may_have_acted() {
            Outcome::unknown(error.to_string(), error.status())
        } else {
            Outcome::failed(error.to_string(), error.status())
        }
    }

    /// The same outcome, naming `job`.
    pub fn by_job(mut self, name: &str) -> Outcome {
        match &mut self {
            Outcome::Done { job, .. }
            | Outcome::Failed { job, .. }
            | Outcome::Unknown { job, .. } => *job = Some(name.to_string()),
            Outcome::Skipped { .. } => {}
        }
        self
    }

    /// Whether it took effect.
    pub fn is_done(&self) -> bool {
        matches!(self, Outcome::Done { .. })
    }

    /// Whether it is known not to have taken effect.
    pub fn is_failed(&self) -> bool {
        matches!(self, Outcome::Failed { .. })
    }

    /// Whether the server may or may not have acted.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Outcome::Unknown { .. })
    }

    /// Why it is not done (a failure's reason, an unknown's why, a skip's
    /// reason); `None` when done.
    pub fn reason(&self) -> Option<&str> {
        match self {
            Outcome::Done { .. } => None,
            Outcome::Failed { reason, .. } | Outcome::Skipped { reason } => Some(reason),
            Outcome::Unknown { why, .. } => Some(why),
        }
    }

    /// The job it came from, when one did.
    pub fn job(&self) -> Option<&str> {
        match self {
            Outcome::Done { job, .. }
            | Outcome::Failed { job, .. }
            | Outcome::Unknown { job, .. } => job.as_deref(),
            Outcome::Skipped { .. } => None,
        }
    }

    /// The HTTP status of the answer it came from, when one did.
    pub fn status(&self) -> Option<u16> {
        match self {
            Outcome::Failed { status, .. } | Outcome::Unknown { status, .. } => *status,
            _ => None,
        }
    }
}

/// `done`, `failed: …`, `outcome unknown: …` or `skipped: …`, with the
/// HTTP status and the job where there are.
impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Done { note, .. } => {
                f.write_str("done")?;
                if let Some(note) = note {
                    write!(f, " ({note})")?;
                }
            }
            Outcome::Failed { reason, .. } => write!(f, "failed: {reason}")?,
            Outcome::Unknown { why, .. } => write!(f, "outcome unknown: {why}")?,
            Outcome::Skipped { reason } => write!(f, "skipped: {reason}")?,
        }
        if let Some(status) = self.status() {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(job) = self.job() {
            write!(f, " [job {job}]")?;
        }
        Ok(())
    }
}

/// One id and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdOutcome {
    /// The id.
    pub id: i64,
    /// What became of it.
    pub outcome: Outcome,
}

/// What a batch did to every id it was given: each id once, in the order
/// sent.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct BatchOutcome {
    /// Every id, with what became of it.
    pub outcomes: Vec<IdOutcome>,
    /// The tickets created (recover only; empty for other operations).
    pub tickets: Vec<types::Ticket>,
}

/// How many ids ended each way.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Done.
    pub done: usize,
    /// Failed.
    pub failed: usize,
    /// Outcome unknown.
    pub unknown: usize,
    /// Skipped on purpose.
    pub skipped: usize,
}

impl BatchOutcome {
    /// The ids done.
    pub fn done(&self) -> Vec<i64> {
        self.ids_where(Outcome::is_done)
    }

    /// The ids known not done, with why.
    pub fn failed(&self) -> Vec<&IdOutcome> {
        self.outcomes
            .iter()
            .filter(|o| o.outcome.is_failed())
            .collect()
    }

    /// The ids whose outcome is unknown, with why.
    pub fn unknown(&self) -> Vec<&IdOutcome> {
        self.outcomes
            .iter()
            .filter(|o| o.outcome.is_unknown())
            .collect()
    }

    /// Every id not done (failed, unknown or skipped), with why.
    pub fn not_done(&self) -> Vec<&IdOutcome> {
        self.outcomes
            .iter()
            .filter(|o| !o.outcome.is_done())
            .collect()
    }

    /// What became of `id`.
    pub fn get(&self, id: i64) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|o| o.id == id)
            .map(|o| &o.outcome)
    }

    /// Whether every id is done.
    pub fn all_done(&self) -> bool {
        self.outcomes.iter().all(|o| o.outcome.is_done())
    }

    /// How many ended each way.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for o in &self.outcomes {
            match o.outcome {
                Outcome::Done { .. } => c.done += 1,
                Outcome::Failed { .. } => c.failed += 1,
                Outcome::Unknown { .. } => c.unknown += 1,
                Outcome::Skipped { .. } => c.skipped += 1,
            }
        }
        c
    }

    /// Records `outcome` for `id`: in place of what was known of it, or as
    /// a new id.
    pub fn set(&mut self, id: i64, outcome: Outcome) {
        match self.outcomes.iter_mut().find(|o| o.id == id) {
            Some(known) => known.outcome = outcome,
            None => self.outcomes.push(IdOutcome { id, outcome }),
        }
    }

    /// Takes in `other`: its ids' outcomes replace what was known of them.
    pub fn merge(&mut self, other: BatchOutcome) {
        for o in other.outcomes {
            self.set(o.id, o.outcome);
        }
        self.tickets.extend(other.tickets);
    }

    /// Takes in `other`, whose ids are not among these (chunks of one
    /// batch): appended as they are.
    pub(crate) fn append(&mut self, other: BatchOutcome) {
        self.outcomes.extend(other.outcomes);
        self.tickets.extend(other.tickets);
    }

    /// Every id of `ids` the same way.
    pub(crate) fn all(ids: &[i64], outcome: &Outcome) -> BatchOutcome {
        BatchOutcome {
            outcomes: ids
                .iter()
                .map(|&id| IdOutcome {
                    id,
                    outcome: outcome.clone(),
                })
                .collect(),
            tickets: Vec::new(),
        }
    }

    fn ids_where(&self, keep: impl Fn(&Outcome) -> bool) -> Vec<i64> {
        self.outcomes
            .iter()
            .filter(|o| keep(&o.outcome))
            .map(|o| o.id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outcome_reads_back_as_it_was_written() {
        for outcome in [
            Outcome::done().by_job("V3-a"),
            Outcome::failed("RecordNotFound: Not found", Some(404)),
            Outcome::unknown("job V3-b accepted, its end not seen", None).by_job("V3-b"),
            Outcome::skipped("left by rule `leave`"),
        ] {
            let text = serde_json::to_string(&outcome).unwrap();
            assert_eq!(
                serde_json::from_str::<Outcome>(&text).unwrap(),
                outcome,
                "{text}"
            );
        }
        assert_eq!(
            serde_json::to_value(Outcome::done()).unwrap(),
            serde_json::json!({ "outcome": "done" })
        );
    }

    #[test]
    fn a_batch_keeps_each_id_once_with_its_last_word() {
        let mut b = BatchOutcome::all(&[1, 2, 3], &Outcome::unknown("lost", None));
        b.set(2, Outcome::done());
        b.merge(BatchOutcome::all(
            &[3, 4],
            &Outcome::failed("no", Some(422)),
        ));
        assert_eq!(b.done(), [2]);
        assert_eq!(b.outcomes.len(), 4);
        let c = b.counts();
        assert_eq!((c.done, c.failed, c.unknown), (1, 2, 1));
        assert!(!b.all_done());
    }
}
