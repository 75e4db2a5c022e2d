//! The exit codes, one table for every command (also in `--help` and the
//! README), and the failure that ends a command with one of them.

use std::process::ExitCode;

/// Every action asked for was done (or there was nothing to do; a dry run;
/// `doctor` found the account healthy).
pub const DONE: u8 = 0;
/// Some actions failed or their outcome is unknown, or work was left undone
/// (a listing that ended early); `doctor` found deviations. The summary says
/// which.
pub const NOT_ALL_DONE: u8 = 1;
/// Nothing was done: a usage, rules-file, plan-file or configuration error,
/// or the account could not be reached or refused the credentials.
pub const REFUSED: u8 = 2;
/// Nothing was done: not confirmed (the question was declined, or there is
/// no terminal to ask on and no `--yes`).
pub const NOT_CONFIRMED: u8 = 3;
/// Interrupted (Ctrl-C): what was sent is in the journal; the same command
/// continues.
pub const INTERRUPTED: u8 = 130;

/// The table, as `--help` and the README show it.
pub const TABLE: &str = "\
Exit status:
    0  done: every action succeeded, or there was nothing to do (a dry run)
    1  not all done: some actions failed or their outcome is unknown, or the
       listing ended early (the summary says which); doctor: deviations found
    2  nothing done: a usage, rules-file, plan-file or configuration error, or
       the account could not be reached or refused the credentials
    3  nothing done: not confirmed (declined, or no terminal and no --yes)
  130  interrupted (Ctrl-C): run the same command again to continue";

/// A failure that ends the command, with its exit code and what to tell.
#[derive(Debug)]
pub struct Fatal {
    pub code: u8,
    pub message: String,
}

impl Fatal {
    /// Nothing done: a usage, file or configuration error, or no account.
    pub fn refused(message: impl Into<String>) -> Fatal {
        Fatal {
            code: REFUSED,
            message: message.into(),
        }
    }

    /// Work was left undone.
    pub fn not_all_done(message: impl Into<String>) -> Fatal {
        Fatal {
            code: NOT_ALL_DONE,
            message: message.into(),
        }
    }

    /// An error of the API: nothing done when it is the account refusing the
    /// credentials or out of reach and `acted` is false; else work left
    /// undone.
    pub fn api(context: &str, error: &zendesk_support::Error, acted: bool) -> Fatal {
        let unreachable = matches!(
            error,
            zendesk_support::Error::Unauthorized(_)
                | zendesk_support::Error::Forbidden(_)
                | zendesk_support::Error::Config(_)
                | zendesk_support::Error::ForeignHost { .. }
        ) || matches!(error, zendesk_support::Error::Transport(e) if e.is_connect());
        Fatal {
            code: if unreachable && !acted {
                REFUSED
            } else {
                NOT_ALL_DONE
            },
            message: format!("{context}: {error}"),
        }
    }
}

impl From<String> for Fatal {
    fn from(message: String) -> Self {
        Fatal::refused(message)
    }
}

/// The exit code of a command that ran to its end.
pub fn code(all_done: bool) -> ExitCode {
    ExitCode::from(if all_done { DONE } else { NOT_ALL_DONE })
}
