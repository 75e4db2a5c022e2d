//! Ctrl-C: the first asks the command to stop (no new calls; those in flight
//! finish and their answers go into the journal; jobs are no longer waited
//! for, their tickets left unknown with the job), a second ends the process
//! at once. Either way the journal, written before each call, lets the same
//! command continue.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::Notify;

/// Whether the person at the terminal asked to stop.
#[derive(Clone, Default)]
pub struct Interrupt {
    asked: Arc<AtomicBool>,
    notify: Arc<Notify>,
}

impl Interrupt {
    /// Listens for Ctrl-C (SIGINT) from now on.
    pub fn install() -> Interrupt {
        let interrupt = Interrupt::default();
        let listening = interrupt.clone();
        tokio::spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                if listening.asked.swap(true, Ordering::SeqCst) {
                    eprintln!("\ninterrupted again: stopping now");
                    std::process::exit(i32::from(crate::exit::INTERRUPTED));
                }
                eprintln!(
                    "\ninterrupted: nothing more is sent; recording what is known (Ctrl-C again to stop now)"
                );
                listening.notify.notify_waiters();
            }
        });
        interrupt
    }

    /// Whether stopping was asked for.
    pub fn asked(&self) -> bool {
        self.asked.load(Ordering::SeqCst)
    }

    /// Resolves once stopping is asked for.
    pub async fn wait(&self) {
        loop {
            let notified = self.notify.notified();
            if self.asked() {
                return;
            }
            notified.await;
        }
    }
}
