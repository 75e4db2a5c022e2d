//! `show`: one suspended ticket.

use super::list::{row, COLUMNS};
use super::Ctx;
use crate::args::ShowArgs;
use crate::exit::Fatal;
use crate::output::table;
use std::process::ExitCode;

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let session = ctx.connect().await?;
    let t = session
        .client()
        .show_suspended_ticket(args.id)
        .await
        .map_err(|e| Fatal::api(&format!("suspended ticket {}", args.id), &e, false))?;
    ctx.out.result(&t, |out| {
        let mut fields = table(&["field", "value"]);
        for (name, value) in COLUMNS.iter().zip(row(&t)) {
            fields.add_row(vec![name.to_string(), value]);
        }
        out.line(&fields);
        if let Some(content) = &t.content {
            out.line(format!("\n{content}"));
        }
    });
    Ok(ExitCode::SUCCESS)
}
