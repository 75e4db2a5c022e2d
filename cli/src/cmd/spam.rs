//! `spam`: mark live tickets (not suspended emails) as spam; Zendesk deletes
//! each and suspends its requester. The work is `ops::spam`; this checks,
//! asks and prints.

use super::Ctx;
use crate::args::SpamArgs;
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use crate::journal::Act;
use crate::output::count;
use crate::report::Summary;
use sha2::{Digest, Sha256};
use std::process::ExitCode;

pub async fn run(args: SpamArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let mut ids = Vec::new();
    for id in args.ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let session = ctx.connect().await?;
    let out = &ctx.out;
    let target = session.conn.target();
    out.say(format!(
        "plan: mark {} as spam (each is deleted and its requester suspended)",
        count(ids.len(), "ticket")
    ));
    args.acting.check_size(ids.len(), "tickets")?;
    if !args.apply {
        let mut summary = Summary::new(&target, false);
        for &id in &ids {
            summary.add(id, Act::Spam, None);
        }
        summary.close().print(out, "tickets to mark as spam");
        out.say("add --apply to mark them");
        return Ok(ExitCode::SUCCESS);
    }
    let what = format!(
        "mark {} as spam and suspend their requesters",
        count(ids.len(), "ticket")
    );
    confirm::ask(&session.conn, &args.acting, &what, Risk::Reversible)?;
    // The same ids again continue this journal; others start a new one.
    let (mut journal, _scratch) = session.journal(&args.journal, &work_id(&target, &ids), out)?;
    let bar = session.progress.bar("marking as spam");
    let marked = crate::ops::spam::mark(
        session.client(),
        &ids,
        &args.jobs.wait(),
        &mut journal,
        &ctx.interrupt,
        &bar,
    )
    .await
    .map_err(|e| Fatal::not_all_done(format!("{e}; what was sent is in the journal")))?;
    bar.finish_and_clear();
    let mut summary = marked.summary;
    summary.target = target;
    let summary = summary.close();
    summary.print(out, "tickets to mark as spam");
    if marked.interrupted {
        out.say(format!("interrupted: run {} to continue", ctx.again.same()));
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    Ok(exit::code(summary.all_succeeded()))
}

/// The journal's name for marking these ids on this account.
fn work_id(target: &str, ids: &[i64]) -> String {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    let mut digest = Sha256::new();
    for id in sorted {
        digest.update(id.to_le_bytes());
    }
    let hex: String = digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("spam:{target}:{hex}")
}
