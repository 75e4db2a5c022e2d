//! `erase`: a right-to-erasure (GDPR) request. Finds the person and their
//! tickets, shows that plan, and with `--apply` deletes and permanently
//! deletes the tickets and then the user.
//!
//! The plan is written to a file before anything changes, and read back on
//! the next run: a deleted ticket is no longer listed as the person's, so
//! after an interruption only the file still knows it. Once the person is
//! erased the file, which holds their name and address, is removed. It is
//! readable by its owner alone.

use super::Ctx;
use crate::args::EraseArgs;
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use crate::journal::Act;
use crate::output::Output;
use crate::report::Summary;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::ExitCode;
use zendesk_support::{
    Client, ErasureOptions, ErasurePlan, ErasureReport, Lookup, Outcome, Person,
};

pub async fn run(args: EraseArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let person = match (args.email, args.user_id) {
        (Some(e), _) => {
            check_email(&e)?;
            Person::Email(e)
        }
        (None, Some(id)) => Person::Id(id),
        (None, None) => return Err(Fatal::refused("give --email or --user-id")),
    };
    let options = ErasureOptions {
        include_ccd: args.include_ccd,
        allow_staff: args.allow_staff,
        wait: args.jobs.wait(),
    };
    let session = ctx.connect().await?;
    let out = &ctx.out;
    let account = session.conn.target();
    let earlier = read_earlier(&args.plan_file, &account, &person).map_err(Fatal::refused)?;
    if earlier.is_some() {
        out.say(format!(
            "resuming the erasure planned in {}",
            args.plan_file.display()
        ));
    }
    let Some(plan) = plan(session.client(), &person, &options, earlier)
        .await
        .map_err(Fatal::refused)?
    else {
        out.result(
            &serde_json::json!({ "target": account, "found": false, "complete": true }),
            |out| out.line("nobody found: no such user, or erased already"),
        );
        return Ok(ExitCode::SUCCESS);
    };
    out.result(&plan, |out| print_plan(out, &plan));
    if plan.is_staff() && !args.allow_staff {
        return Err(Fatal::refused(format!(
            "user {} is {}, not an end user: add --allow-staff to erase them",
            plan.user_id,
            plan.role.as_deref().unwrap_or("of an unknown role")
        )));
    }
    args.acting.check_size(plan.tickets.len(), "tickets")?;
    if !args.apply {
        out.say("nothing done: add --apply to erase");
        return Ok(ExitCode::SUCCESS);
    }
    let what = format!(
        "permanently delete user {} and {}",
        plan.user_id,
        crate::output::count(plan.tickets.len(), "ticket")
    );
    confirm::ask(&session.conn, &args.acting, &what, Risk::Permanent)?;
    // Written before anything changes: the next run needs it.
    write(
        &args.plan_file,
        &PlanFile {
            account,
            asked_for: asked_for(&person),
            plan: plan.clone(),
        },
    )
    .map_err(Fatal::refused)?;
    let report = session.client().erase(&plan, &options).await;
    let summary = summary(&report, &session.conn.target());
    out.result(&summary, |out| {
        print_report(out, &report, &summary, &ctx.again.same())
    });
    if report.complete() {
        // It names the person: do not keep it once they are erased.
        let _ = std::fs::remove_file(&args.plan_file);
    }
    Ok(exit::code(report.complete()))
}

/// An email address, roughly: something before and after one `@`, a dot
/// in the domain, no spaces. A person named by a typo must be an error, not
/// "nobody found".
fn check_email(email: &str) -> Result<(), Fatal> {
    let email = email.trim();
    let ok = match email.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Fatal::refused(format!(
            "--email {email:?} is not an email address"
        )))
    }
}

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

/// Writes the plan file, readable by its owner alone (it names the person).
pub fn write(path: &Path, file: &PlanFile) -> Result<(), String> {
    let text = serde_json::to_string_pretty(file).map_err(|e| e.to_string())?;
    crate::files::write_private(path, text.as_bytes())
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
            // What the person had when first found stays on record.
            for field in fresh.personal_data {
                if !earlier.personal_data.contains(&field) {
                    earlier.personal_data.push(field);
                }
            }
            Some(earlier)
        }
        (earlier, fresh) => earlier.or(fresh),
    })
}

pub fn print_plan(out: &Output, plan: &ErasurePlan) {
    out.line(format!(
        "user {}: {} <{}>, {}, {}",
        plan.user_id,
        plan.name.as_deref().unwrap_or("(no name)"),
        plan.email.as_deref().unwrap_or("no email"),
        plan.role.as_deref().unwrap_or("unknown role"),
        match plan.state {
            zendesk_support::UserState::Active => "active",
            zendesk_support::UserState::Deleted => "deleted, not yet permanently",
        }
    ));
    if !plan.personal_data.is_empty() {
        out.line(format!(
            "personal data on the user: {}",
            plan.personal_data.join(", ")
        ));
    }
    out.line(format!(
        "tickets to delete permanently: {}",
        plan.tickets.len()
    ));
    if !plan.ccd_kept.is_empty() {
        out.line(format!(
            "tickets they are copied on, left alone (someone else's; --include-ccd to delete them too): {}",
            plan.ccd_kept.len()
        ));
    }
    if !plan.unidentified.is_empty() {
        out.line(format!(
            "ticket records that could not be identified: {} (the user is kept until they are known erased)",
            plan.unidentified.len()
        ));
    }
    out.line("then: delete the user, and permanently delete the deleted user");
}

/// The one summary of every acting command: each ticket permanently
/// deleted (or not, and why), then the user's two steps and whether the
/// person is erased.
pub fn summary(report: &ErasureReport, target: &str) -> Summary {
    let mut summary = Summary::new(target, true);
    for (&id, outcome) in &report.tickets {
        summary.add(id, Act::Purge, Some(outcome));
    }
    let step = |o: &Outcome| serde_json::to_value(o).unwrap_or_default();
    let details = &mut summary.details;
    details.insert("user_id", report.user_id.into());
    details.insert("user_deleted", step(&report.user_deleted));
    details.insert("user_erased", step(&report.user_erased));
    // The user's properties that held personal data: names, never values.
    details.insert("personal_data", report.personal_data.clone().into());
    if let Some(why) = &report.refused {
        details.insert("refused", why.clone().into());
    }
    details.insert("complete", report.complete().into());
    summary.close()
}

pub fn print_report(out: &Output, report: &ErasureReport, summary: &Summary, again: &str) {
    summary.print_human(out, "tickets to delete permanently");
    out.line(format!("user deleted: {}", describe(&report.user_deleted)));
    out.line(format!(
        "user permanently deleted: {}",
        describe(&report.user_erased)
    ));
    if !report.personal_data.is_empty() {
        out.line(format!(
            "personal data the user held: {}{}",
            report.personal_data.join(", "),
            if report.user_erased.is_done() {
                " (removed with the user)"
            } else {
                " (still held)"
            }
        ));
    }
    out.line(format!(
        "person erased: {}",
        if report.complete() {
            "yes".to_string()
        } else {
            format!("{} (run {again} to continue)", crate::output::yes_no(false))
        }
    ));
}

fn describe(step: &Outcome) -> String {
    match step {
        Outcome::Done { .. } => "yes".into(),
        Outcome::Unknown { .. } => format!("outcome unknown — {}", reason(step)),
        Outcome::Failed { .. } => format!("failed — {}", reason(step)),
        _ => format!("not yet — {}", reason(step)),
    }
}

fn reason(step: &Outcome) -> String {
    let why = step.reason().unwrap_or("no reason given");
    match step.job() {
        Some(job) => format!("{why} (job {job})"),
        None => why.to_string(),
    }
}
