//! `purge`: permanently delete soft-deleted tickets (deleted at least
//! `--older-than` ago). The work is `ops::purge`; this checks, asks and
//! prints.
//!
//! The guard-rails of every acting command hold: a dry run without
//! `--apply`, on an account and on the embedded simulator alike (counting
//! exactly what `--apply` would purge), `--max-actions`,
//! and the account's name typed back on a terminal (this cannot be undone),
//! or `--yes`. With none of those to check, jobs are submitted while the
//! listing goes on.

use super::Ctx;
use crate::args::PurgeArgs;
use crate::confirm::{self, Risk};
use crate::exit::{self, Fatal};
use crate::listing::Tally;
use crate::ops::purge::{Found, Purge};
use crate::report::Summary;
use std::io::IsTerminal;
use std::process::ExitCode;

pub async fn run(args: PurgeArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let session = ctx.connect().await?;
    let real = session.conn.is_real();
    let act = args.apply;
    let asks = real && !args.acting.yes;
    if act && asks && !std::io::stdin().is_terminal() {
        // Say so before listing: nobody could confirm after it.
        return Err(Fatal {
            code: exit::NOT_CONFIRMED,
            message: "not a terminal, so nobody can confirm: add --yes to purge without asking; nothing done".into(),
        });
    }
    let target = session.conn.target();
    let tally = Tally::default();
    let purge = Purge {
        client: session.client(),
        older_than: args.older_than,
        wait: args.jobs.wait(),
        interrupt: &ctx.interrupt,
        bar: session.progress.bar("purging"),
    };
    let mut found = None;
    if !act || asks || args.acting.max_actions.is_some() {
        // Everything read first: it is counted, checked or asked about.
        let spinner = session.progress.spinner("reading soft-deleted tickets");
        let read = purge.count(&tally).await;
        spinner.finish_and_clear();
        listing_refused(&tally, read.read)?;
        if !act {
            let summary = dry(&target, &read, &tally);
            summary.print(&ctx.out, "soft-deleted tickets read");
            ctx.out.say("add --apply to purge them");
            return Ok(ExitCode::SUCCESS);
        }
        args.acting
            .check_size(read.eligible.len(), "soft-deleted tickets")?;
        if !read.eligible.is_empty() {
            let what = format!(
                "permanently delete {}",
                crate::output::count(read.eligible.len(), "soft-deleted ticket")
            );
            confirm::ask(&session.conn, &args.acting, &what, Risk::Permanent)?;
        }
        found = Some(read);
    }
    let (mut journal, _scratch) =
        session.journal(&args.journal, &format!("purge:{target}"), &ctx.out)?;
    let purged = purge
        .run(&mut journal, found, &tally)
        .await
        .map_err(|e| Fatal::not_all_done(format!("{e}; what was sent is in the journal")))?;
    purge.bar.finish_and_clear();
    if purged.summary.done + purged.summary.failed + purged.summary.unknown == 0 {
        // Nothing was sent: an account that refused the listing did nothing.
        if let Some(e) = &purged.listing_error {
            let fatal = Fatal::api("reading the soft-deleted tickets", e, false);
            if fatal.code == exit::REFUSED {
                return Err(fatal);
            }
        }
    }
    let mut summary = purged.summary;
    summary.target = target;
    let summary = summary.close();
    summary.print(&ctx.out, "soft-deleted tickets to purge");
    if purged.interrupted {
        ctx.out.say(format!(
            "interrupted: run {} to purge what is left (the journal {} says what was sent)",
            ctx.again.same(),
            args.journal.display()
        ));
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    Ok(exit::code(summary.all_succeeded()))
}

/// What `--apply` would do.
fn dry(target: &str, found: &Found, tally: &Tally) -> Summary {
    let mut summary = Summary::new(target, false);
    for &id in &found.eligible {
        summary.add(id, crate::journal::Act::Purge, None);
    }
    for _ in 0..found.too_young {
        summary.skip();
    }
    summary.unreadable = tally.unreadable();
    summary.listing_ended_early = tally.take_error().map(|e| e.to_string());
    summary.details.insert("read", found.read.into());
    summary.details.insert("too_young", found.too_young.into());
    summary.close()
}

/// Nothing could be read at all, and the account refused or is out of
/// reach: nothing done.
fn listing_refused(tally: &Tally, read: usize) -> Result<(), Fatal> {
    if read > 0 {
        return Ok(());
    }
    match tally.with_error(|e| Fatal::api("reading the soft-deleted tickets", e, false)) {
        Some(fatal) if fatal.code == exit::REFUSED => Err(fatal),
        _ => Ok(()),
    }
}
