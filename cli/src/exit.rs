//! The exit codes, one table for every command (also in `--help` and the
//! README), and the failure that ends a command with one of them.

use std::process::ExitCode;
use std::sync::OnceLock;
use zendesk_support::{AuthMethod, Error};

/// How the command signed in, for errors that depend on it (a `401` to an
/// API token may be Zendesk switching it off).
static SIGNED_IN: OnceLock<(AuthMethod, Option<String>)> = OnceLock::new();

/// Records how the command signed in (once, when it connects).
pub fn signed_in(method: AuthMethod, profile: Option<String>) {
    let _ = SIGNED_IN.set((method, profile));
}

/// What to do about a refusal of the credentials, when there is something.
fn credentials_hint(error: &Error) -> Option<String> {
    let (method, profile) = SIGNED_IN.get()?;
    let login = match profile {
        Some(p) => format!("zendesk-moderate auth login --profile {p}"),
        None => "zendesk-moderate auth login".to_string(),
    };
    match (error, method) {
        (Error::Unauthorized(_), AuthMethod::ApiToken) => Some(format!(
            "Zendesk refused the API token: it may have switched it off (one unused for 30 days is, and every one on {}); log in with OAuth: {login} --client-credentials --client-id ID",
            zendesk_support::API_TOKENS_END
        )),
        (Error::Token(e), _) if e.needs_login() => Some(format!("log in again: {login}")),
        (Error::Unauthorized(_), AuthMethod::AccessToken) => Some(
            "the access token was refused (expired or revoked?) and cannot be renewed: use client credentials (ZENDESK_CLIENT_ID, ZENDESK_CLIENT_SECRET) or a profile".to_string(),
        ),
        _ => None,
    }
}

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
            Error::Unauthorized(_)
                | Error::Forbidden(_)
                | Error::Config(_)
                | Error::ForeignHost { .. }
                | Error::Token(_)
        ) || matches!(error, Error::Transport(e) if e.is_connect());
        let mut message = format!("{context}: {error}");
        if let Some(hint) = credentials_hint(error) {
            message.push('\n');
            message.push_str(&hint);
        }
        Fatal {
            code: if unreachable && !acted {
                REFUSED
            } else {
                NOT_ALL_DONE
            },
            message,
        }
    }
}

/// The exit code of a command that ran to its end.
pub fn code(all_done: bool) -> ExitCode {
    ExitCode::from(if all_done { DONE } else { NOT_ALL_DONE })
}
