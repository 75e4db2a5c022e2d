//! `completions` and `man`: a shell's completion script and the manual page,
//! both made from the command line's own definition.

use crate::args::{Cli, CompletionsArgs};
use crate::exit::Fatal;
use clap::CommandFactory;
use std::process::ExitCode;

pub fn run(args: CompletionsArgs) -> Result<ExitCode, Fatal> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "zendesk-moderate", &mut script);
    write_out(&script);
    Ok(ExitCode::SUCCESS)
}

/// Writes to stdout; a reader gone away (`| head`) is no error.
fn write_out(bytes: &[u8]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
}

pub fn man() -> Result<ExitCode, Fatal> {
    let man = clap_mangen::Man::new(Cli::command());
    let mut page = Vec::new();
    man.render(&mut page)
        .map_err(|e| Fatal::refused(format!("cannot render the manual page: {e}")))?;
    write_out(&page);
    Ok(ExitCode::SUCCESS)
}
