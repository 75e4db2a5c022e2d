//! Asking before acting: on a terminal, a question that names the account
//! and what will be done; for what cannot be undone (erase, purge), the
//! account's name typed back, as `gh repo delete` asks. `--yes` answers for
//! scripts; without a terminal and `--yes`, nothing is done.

use crate::args::Acting;
use crate::connect::Connection;
use crate::exit::{Fatal, NOT_CONFIRMED};
use std::io::IsTerminal;

/// What a question risks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    /// It can be undone or redone (recover, delete a suspended ticket, mark
    /// as spam): a yes is enough.
    Reversible,
    /// It cannot be undone (permanent deletion): the account's name is typed.
    Permanent,
}

/// Goes on when `--yes`, the embedded simulator, or the person at the
/// terminal says so; else a [`Fatal`] with exit code 3 and nothing done.
pub fn ask(conn: &Connection, acting: &Acting, what: &str, risk: Risk) -> Result<(), Fatal> {
    if acting.yes || !conn.is_real() {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Fatal {
            code: NOT_CONFIRMED,
            message: "not a terminal, so nobody can confirm: add --yes to act without asking; nothing done".into(),
        });
    }
    let account = conn.target();
    let confirmed = match risk {
        Risk::Reversible => {
            let answer = prompt(&format!("on {account}: {what}? [y/N] "))?;
            matches!(answer.as_str(), "y" | "Y" | "yes")
        }
        Risk::Permanent => {
            let name = conn.name();
            let answer = prompt(&format!(
                "on {account}: {what}. This cannot be undone.\ntype the account's name ({name}) to confirm: "
            ))?;
            answer == name
        }
    };
    if confirmed {
        Ok(())
    } else {
        Err(Fatal {
            code: NOT_CONFIRMED,
            message: "not confirmed; nothing done".into(),
        })
    }
}

fn prompt(question: &str) -> Result<String, Fatal> {
    eprint!("{question}");
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Fatal::refused(format!("cannot read the answer: {e}")))?;
    Ok(answer.trim().to_string())
}

/// "recover 933 and delete 1,667 tickets": the counts by action, for a
/// question ("ticket" for one in all).
pub fn counts(parts: &[(&str, usize)]) -> String {
    let said: Vec<String> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(verb, n)| format!("{verb} {n}"))
        .collect();
    let noun = match parts.iter().map(|(_, n)| n).sum::<usize>() {
        1 => "ticket",
        _ => "tickets",
    };
    match said.as_slice() {
        [] => "act on no tickets".into(),
        [one] => format!("{one} {noun}"),
        [init @ .., last] => format!("{} and {last} {noun}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_a_sentence() {
        assert_eq!(
            counts(&[("recover", 3), ("delete", 0)]),
            "recover 3 tickets"
        );
        assert_eq!(
            counts(&[("recover", 3), ("delete", 5)]),
            "recover 3 and delete 5 tickets"
        );
        assert_eq!(counts(&[("recover", 0), ("delete", 1)]), "delete 1 ticket");
    }
}
