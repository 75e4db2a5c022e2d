//! `erase`: a right-to-erasure (GDPR) request. Finds the person and their
//! tickets, shows that plan, and with `--apply` deletes and permanently
//! deletes the tickets and then the user.
//!
//! The plan is written to a file before anything changes, and read back on
//! the next run: a deleted ticket is no longer listed as the person's, so
//! after an interruption only the file still knows it. Once the person is
//! erased the file, which holds their name and address, is removed.

use serde::{Deserialize, Serialize};
use std::path::Path;
use zendesk_support::{Client, ErasureOptions, ErasurePlan, ErasureReport, Lookup, Person, Step};

/// The plan file: the account, who was asked for, and the plan.
#[derive(Debug, Serialize, Deserialize)]
pub struct PlanFile {
    pub account: String,
    pub asked_for: String,
    pub plan: ErasurePlan,
}

/// How the person was named on the command line.
pub fn asked_for(person: &Person) -> String {
    match person {
        Person::Email(e) => e.trim().to_lowercase(),
        Person::Id(id) => format!("user {id}"),
    }
}

/// The plan of an earlier run for the same person on the same account.
pub fn read_earlier(
    path: &Path,
    account: &str,
    person: &Person,
) -> Result<Option<ErasurePlan>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let file: PlanFile = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not an erasure plan: {e}", path.display()))?;
    if file.account != account || file.asked_for != asked_for(person) {
        return Err(format!(
            "{} holds the erasure of {} on {}; finish it, or name another --plan-file",
            path.display(),
            file.asked_for,
            file.account
        ));
    }
    Ok(Some(file.plan))
}

pub fn write(path: &Path, file: &PlanFile) -> Result<(), String> {
    let text = serde_json::to_string_pretty(file).map_err(|e| e.to_string())?;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The plan for `person`: a fresh look-up, joined with the tickets of an
/// earlier plan (deleted since, so no longer listed as theirs).
pub async fn plan(
    client: &Client,
    person: &Person,
    options: &ErasureOptions,
    earlier: Option<ErasurePlan>,
) -> Result<Option<ErasurePlan>, String> {
    let found = client
        .erasure_plan(person, options)
        .await
        .map_err(|e| format!("cannot look the person up: {e}"))?;
    let fresh = match found {
        Lookup::Found(plan) => Some(*plan),
        Lookup::NotFound => None,
        Lookup::Ambiguous(ids) => {
            return Err(format!(
                "several users have this address ({}); erase them one by one with --user-id",
                ids.iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        }
    };
    Ok(match (earlier, fresh) {
        (Some(mut earlier), Some(fresh)) => {
            for id in fresh.tickets {
                if !earlier.tickets.contains(&id) {
                    earlier.tickets.push(id);
                }
            }
            earlier.ccd_kept = fresh.ccd_kept;
            earlier.state = fresh.state;
            earlier.unidentified = fresh.unidentified;
            Some(earlier)
        }
        (earlier, fresh) => earlier.or(fresh),
    })
}

pub fn print_plan(plan: &ErasurePlan) {
    println!(
        "user {}: {} <{}>, {}, {}",
        plan.user_id,
        plan.name.as_deref().unwrap_or("(no name)"),
        plan.email.as_deref().unwrap_or("no email"),
        plan.role.as_deref().unwrap_or("unknown role"),
        match plan.state {
            zendesk_support::UserState::Active => "active",
            zendesk_support::UserState::Deleted => "deleted, not yet permanently",
        }
    );
    println!("tickets to delete permanently: {}", plan.tickets.len());
    if !plan.ccd_kept.is_empty() {
        println!(
            "tickets they are copied on, left alone (someone else's; --include-ccd to delete them too): {}",
            plan.ccd_kept.len()
        );
    }
    println!("then: delete the user, and permanently delete the deleted user");
}

/// The counts of a report, for people and for machines.
#[derive(Debug, Serialize)]
pub struct Counts {
    pub user_id: i64,
    pub tickets: usize,
    pub tickets_erased: usize,
    pub tickets_failed: usize,
    pub tickets_unknown: usize,
    pub user_deleted: bool,
    pub user_erased: bool,
    pub complete: bool,
}

pub fn counts(report: &ErasureReport) -> Counts {
    let failed = |unknown: bool| {
        report
            .tickets
            .values()
            .filter(|s| matches!(s, Step::Failed { outcome_unknown, .. } if *outcome_unknown == unknown))
            .count()
    };
    Counts {
        user_id: report.user_id,
        tickets: report.tickets.len(),
        tickets_erased: report.tickets.values().filter(|s| s.is_done()).count(),
        tickets_failed: failed(false)
            + report
                .tickets
                .values()
                .filter(|s| matches!(s, Step::Skipped { .. }))
                .count(),
        tickets_unknown: failed(true),
        user_deleted: report.user_deleted.is_done(),
        user_erased: report.user_erased.is_done(),
        complete: report.complete(),
    }
}

pub fn print_report(report: &ErasureReport) {
    for (id, step) in &report.tickets {
        match step {
            Step::Done => {}
            Step::Failed {
                reason,
                outcome_unknown,
            } => println!(
                "ticket {id}: {} — {reason}",
                if *outcome_unknown {
                    "outcome unknown"
                } else {
                    "failed"
                }
            ),
            Step::Skipped { reason } => println!("ticket {id}: skipped — {reason}"),
        }
    }
    let c = counts(report);
    println!(
        "tickets permanently deleted: {} of {} ({} failed, {} outcome unknown)",
        c.tickets_erased, c.tickets, c.tickets_failed, c.tickets_unknown
    );
    println!("user deleted: {}", describe(&report.user_deleted));
    println!(
        "user permanently deleted: {}",
        describe(&report.user_erased)
    );
    println!(
        "person erased: {}",
        if report.complete() {
            "yes"
        } else {
            "NO (run the same command again to continue)"
        }
    );
}

fn describe(step: &Step) -> String {
    match step {
        Step::Done => "yes".into(),
        Step::Failed {
            reason,
            outcome_unknown: true,
        } => format!("outcome unknown — {reason}"),
        Step::Failed { reason, .. } => format!("failed — {reason}"),
        Step::Skipped { reason } => format!("not yet — {reason}"),
    }
}
