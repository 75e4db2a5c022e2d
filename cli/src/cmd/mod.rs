//! One module per command, each with one `run(args, &Ctx)`; what they share
//! is here: the context of a command and its connection.

pub mod apply;
pub mod auth;
pub mod completions;
pub mod doctor;
pub mod erase;
pub mod init;
pub mod list;
pub mod plan;
pub mod purge;
pub mod run;
pub mod schema;
pub mod show;
pub mod spam;

use crate::again::Again;
use crate::connect::{Account, Connection};
use crate::exit::Fatal;
use crate::interrupt::Interrupt;
use crate::journal::Journal;
use crate::output::{count, Output};
use crate::progress::Progress;
use std::path::Path;

/// What every command is given: the connection settings (connected when
/// the command has checked its own arguments), the output, Ctrl-C, and the
/// command line as it can be given again (for the hint after Ctrl-C).
pub struct Ctx {
    pub account: Account,
    pub out: Output,
    pub interrupt: Interrupt,
    pub again: Again,
}

/// A command's connection, with its progress display.
pub struct Session {
    pub conn: Connection,
    pub progress: Progress,
}

impl Ctx {
    /// Connects (to the account, or the embedded simulator) and says where.
    pub async fn connect(&self) -> Result<Session, Fatal> {
        let conn = self.account.connect().await.map_err(Fatal::refused)?;
        self.out.say(conn.describe());
        crate::exit::signed_in(conn.method(), conn.profile.clone());
        if conn.method() == zendesk_support::AuthMethod::ApiToken {
            // On stderr whatever the format: never in a JSON result.
            eprintln!(
                "{}",
                crate::identity::api_token_warning(conn.profile.as_deref())
            );
        }
        let mut progress = Progress::new(&self.out);
        progress.watch(&conn.client);
        Ok(Session { conn, progress })
    }
}

impl Session {
    pub fn client(&self) -> &zendesk_support::Client {
        &self.conn.client
    }

    /// The journal at `path` of the work `id` names (one of other work is
    /// moved aside, and said so). On the embedded simulator, which lives
    /// only as long as the run, a scratch journal that goes with it.
    pub fn journal(
        &self,
        path: &Path,
        id: &str,
        out: &Output,
    ) -> Result<(Journal, Option<tempfile::TempDir>), Fatal> {
        let scratch = match self.conn.is_real() {
            true => None,
            false => Some(
                tempfile::tempdir()
                    .map_err(|e| Fatal::refused(format!("cannot make a scratch directory: {e}")))?,
            ),
        };
        let path = match &scratch {
            Some(dir) => dir.path().join("journal"),
            None => path.to_path_buf(),
        };
        let (journal, moved) = Journal::for_plan(&path, id, None).map_err(Fatal::refused)?;
        apply::say_moved(out, moved.as_deref());
        Ok((journal, scratch))
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Some(sim) = &self.conn.simulator {
            // For benchmarks and the curious: what the run cost the "account".
            let c = sim.snapshot().counters;
            eprintln!(
                "simulator: {}, {} answered 429 ({} by the rate limit, {} by an endpoint's limit, {} by the job limit), at most {} at once, {} minted, {} answered 401",
                count(c.requests as usize, "request"),
                c.refused(),
                c.rate_limited,
                c.endpoint_limited,
                c.jobs_refused,
                count(c.peak_jobs as usize, "job"),
                count(c.tokens_minted as usize, "OAuth token"),
                c.unauthorized
            );
        }
    }
}
