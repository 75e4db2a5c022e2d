//! `list`: suspended tickets matching the filters, as a table, JSON lines
//! or CSV.

use super::Ctx;
use crate::args::ListArgs;
use crate::exit::{self, Fatal};
use crate::listing::{self, Tally};
use crate::output::{table, Format};
use crate::rules;
use chrono::Utc;
use futures::StreamExt;
use std::process::ExitCode;
use zendesk_support::types::SuspendedTicket;

/// The columns of a table or CSV row of suspended tickets.
pub const COLUMNS: [&str; 7] = [
    "id",
    "created_at",
    "cause_id",
    "cause",
    "sender",
    "recipient",
    "subject",
];

/// A ticket's cells, as [`COLUMNS`] names them.
pub fn row(t: &SuspendedTicket) -> [String; 7] {
    let text = |v: Option<&str>| v.unwrap_or("").to_string();
    [
        t.id.to_string(),
        t.created_at.map(|d| d.to_rfc3339()).unwrap_or_default(),
        t.cause_id.map(|i| i.to_string()).unwrap_or_default(),
        text(t.cause.as_deref()),
        text(rules::sender(t)),
        text(t.recipient.as_deref()),
        text(t.subject.as_deref()),
    ]
}

/// One CSV record, without its line end.
fn csv_line(cells: &[String]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = writer.write_record(cells);
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).trim_end().to_string()
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let session = ctx.connect().await?;
    let out = &ctx.out;
    let condition = args.filter;
    let now = Utc::now();
    let tally = Tally::default();
    let mut records = std::pin::pin!(listing::readable(
        listing::suspended(session.client()),
        &tally
    ));
    let mut human = table(&COLUMNS);
    let mut shown = 0usize;
    if out.format == Format::Csv {
        out.line(csv_line(&COLUMNS.map(str::to_string)));
    }
    while let Some(t) = records.next().await {
        if out.closed() || ctx.interrupt.asked() {
            break;
        }
        if !condition.matches(&t, now) {
            continue;
        }
        shown += 1;
        match out.format {
            Format::Json => out.json(&t),
            Format::Csv => out.line(csv_line(&row(&t))),
            Format::Human => {
                let mut cells = row(&t);
                cells[6] = cells[6].chars().take(60).collect();
                human.add_row(cells);
            }
        }
    }
    let error = tally.take_error();
    // A listing that failed is not a result: nothing read, nothing shown
    // (not "0 suspended tickets"); part read, the part and what it is.
    if out.human() && !(error.is_some() && shown == 0) {
        out.line(&human);
        match &error {
            None => out.line(crate::output::count(shown, "suspended ticket")),
            Some(_) => out.line(format!(
                "{} read before the listing failed (not all of them)",
                crate::output::count(shown, "suspended ticket")
            )),
        }
    }
    if tally.unreadable() > 0 {
        eprintln!(
            "{} could not be read",
            crate::output::count(tally.unreadable(), "record")
        );
    }
    if let Some(e) = error {
        return Err(Fatal::api("reading the suspended tickets", &e, false));
    }
    if ctx.interrupt.asked() {
        return Ok(ExitCode::from(exit::INTERRUPTED));
    }
    Ok(ExitCode::SUCCESS)
}
