//! `init`: writes a commented starter rules file (the shipped example,
//! `cli/examples/rules.toml`), never over an existing file.

use crate::args::InitArgs;
use crate::exit::Fatal;
use crate::output::Output;
use std::io::Write;
use std::process::ExitCode;

/// The shipped example, whose first line points editors at the schema
/// beside it in the repository.
const EXAMPLE: &str = include_str!("../../examples/rules.toml");

/// What `init` writes: the example, with a header in place of its
/// repository-relative `#:schema` line.
pub fn starter() -> String {
    let body = EXAMPLE
        .strip_prefix("#:schema ../schemas/rules.schema.json\n")
        .unwrap_or(EXAMPLE);
    format!(
        "# Written by `zendesk-moderate init`. The domains below are the embedded\n\
         # simulator's: put your customers' own before `run --apply` on an account,\n\
         # and try it with `plan` first (it changes nothing).\n#\n{body}"
    )
}

pub fn run(args: InitArgs, out: &Output) -> Result<ExitCode, Fatal> {
    let path = &args.path;
    // create_new: an existing file (rules someone wrote) is never replaced.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Fatal::refused(format!(
                "{} exists: nothing written (init never overwrites a rules file)",
                path.display()
            )),
            _ => Fatal::refused(format!("cannot write {}: {e}", path.display())),
        })?;
    file.write_all(starter().as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| Fatal::refused(format!("cannot write {}: {e}", path.display())))?;
    out.say(format!(
        "wrote {}: a commented starter; try it with `zendesk-moderate plan --rules {}` (changes nothing)",
        path.display(),
        path.display()
    ));
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_is_valid_rules() {
        let text = super::starter();
        assert!(!text.contains("#:schema"));
        crate::rules::Rules::parse(&text, "starter").unwrap();
    }
}
