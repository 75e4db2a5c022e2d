//! `schema`: the JSON Schema of the rules file or the plan file, for
//! editors (also committed under `cli/schemas/`).

use crate::args::{SchemaArgs, SchemaKind};
use crate::exit::Fatal;
use crate::output::Output;
use crate::plan::Plan;
use crate::rules::Rules;
use std::process::ExitCode;

pub fn run(args: SchemaArgs, out: &Output) -> Result<ExitCode, Fatal> {
    let schema = match args.which {
        SchemaKind::Rules => schemars::schema_for!(Rules),
        SchemaKind::Plan => schemars::schema_for!(Plan),
    };
    let text = serde_json::to_string_pretty(&schema).map_err(|e| Fatal::refused(e.to_string()))?;
    out.line(text);
    Ok(ExitCode::SUCCESS)
}
