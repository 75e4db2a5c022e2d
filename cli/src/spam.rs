//! `spam`: marks tickets (live ones, not suspended emails) as spam; Zendesk
//! deletes each and suspends its requester. Every id is accounted for by the
//! jobs' per-ticket results.

use serde::Serialize;
use zendesk_support::{BatchOutcome, Client, WaitOptions};

/// One id's outcome, for `--format json`.
#[derive(Debug, Serialize)]
pub struct Line<'a> {
    pub id: i64,
    pub outcome: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'a str>,
}

/// The counts that end the output.
#[derive(Debug, Serialize)]
pub struct Counts {
    pub done: usize,
    pub failed: usize,
    pub unknown: usize,
    pub accounted: bool,
}

pub async fn mark(client: &Client, ids: &[i64]) -> BatchOutcome {
    client
        .mark_spam_many(ids.iter().copied(), &WaitOptions::default())
        .await
}

/// Prints every id's outcome and the counts; whether every id is accounted for.
pub fn print(ids: &[i64], outcome: &BatchOutcome, json: bool) -> Counts {
    let unknown = outcome.failed.iter().filter(|f| f.outcome_unknown).count();
    let accounted = ids
        .iter()
        .all(|id| outcome.done.contains(id) || outcome.failed.iter().any(|f| f.id == *id));
    let counts = Counts {
        done: outcome.done.len(),
        failed: outcome.failed.len() - unknown,
        unknown,
        accounted,
    };
    if json {
        for id in &outcome.done {
            println!(
                "{}",
                serde_json::to_string(&Line {
                    id: *id,
                    outcome: "done",
                    reason: None
                })
                .unwrap_or_default()
            );
        }
        for f in &outcome.failed {
            let line = Line {
                id: f.id,
                outcome: if f.outcome_unknown {
                    "unknown"
                } else {
                    "failed"
                },
                reason: Some(&f.reason),
            };
            println!("{}", serde_json::to_string(&line).unwrap_or_default());
        }
        println!("{}", serde_json::to_string(&counts).unwrap_or_default());
    } else {
        for f in &outcome.failed {
            println!(
                "ticket {}: {} — {}",
                f.id,
                if f.outcome_unknown {
                    "outcome unknown"
                } else {
                    "failed"
                },
                f.reason
            );
        }
        println!(
            "marked as spam: {} (requesters suspended); failed: {}; outcome unknown: {}",
            counts.done, counts.failed, counts.unknown
        );
        println!(
            "every ticket accounted for: {}",
            if accounted { "yes" } else { "NO" }
        );
    }
    counts
}
