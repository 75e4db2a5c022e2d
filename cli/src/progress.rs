//! Progress on a terminal (stderr; hidden otherwise and for machine output):
//! what is read, what is done, and what the tool is waiting for ("waiting
//! 41 s for the rate limit"), so that a long wait never looks frozen: the
//! wait counts down, and the remaining time includes it.

use crate::output::Output;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zendesk_support::{Client, Waiting};

/// The progress display of one command.
pub struct Progress {
    multi: MultiProgress,
    /// What the client waits for now, shared with the bars' time estimate.
    waiting: Arc<Mutex<Option<Waiting>>>,
    watcher: Option<tokio::task::JoinHandle<()>>,
}

impl Progress {
    pub fn new(out: &Output) -> Progress {
        let target = if out.human() && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Progress {
            multi: MultiProgress::with_draw_target(target),
            waiting: Arc::default(),
            watcher: None,
        }
    }

    /// Keeps every bar's message saying what `client` waits for, four times
    /// a second.
    pub fn watch(&mut self, client: &Client) {
        let client = client.clone();
        let waiting = self.waiting.clone();
        self.watcher = Some(tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(250));
            loop {
                tick.tick().await;
                *waiting.lock().unwrap_or_else(|p| p.into_inner()) = client.waiting();
            }
        }));
    }

    /// A count of records read, for a listing of unknown length.
    pub fn spinner(&self, what: &'static str) -> ProgressBar {
        let bar = self.multi.add(ProgressBar::new_spinner().with_prefix(what));
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} {prefix}: {pos} read ({per_sec}) {wait}{msg}")
        {
            bar.set_style(style.with_key("wait", self.wait_key()));
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    }

    /// A bar of work done out of work known.
    pub fn bar(&self, what: &'static str) -> ProgressBar {
        let bar = self.multi.add(ProgressBar::new(0).with_prefix(what));
        if let Ok(style) =
            ProgressStyle::with_template("{prefix:>10} {bar:40} {pos}/{len} ({left}) {wait}{msg}")
        {
            bar.set_style(
                style
                    .with_key("wait", self.wait_key())
                    .with_key("left", self.left_key()),
            );
        }
        bar.enable_steady_tick(Duration::from_millis(250));
        bar
    }

    /// "waiting 41 s for the rate limit; ", counting down.
    fn wait_key(
        &self,
    ) -> impl Fn(&ProgressState, &mut dyn std::fmt::Write) + Send + Sync + Clone + 'static {
        let waiting = self.waiting.clone();
        move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
            if let Some(wait) = *waiting.lock().unwrap_or_else(|p| p.into_inner()) {
                let left = wait.until.saturating_duration_since(Instant::now());
                if !left.is_zero() {
                    let _ = write!(w, "waiting {} s for {}; ", left.as_secs() + 1, wait.reason);
                }
            }
        }
    }

    /// The time left: the estimate from the pace so far, and at least the
    /// wait under way.
    fn left_key(
        &self,
    ) -> impl Fn(&ProgressState, &mut dyn std::fmt::Write) + Send + Sync + Clone + 'static {
        let waiting = self.waiting.clone();
        move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let wait = waiting
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .map(|wait| wait.until.saturating_duration_since(Instant::now()))
                .unwrap_or_default();
            let done = state.len().is_some_and(|len| state.pos() >= len);
            if done {
                let _ = write!(w, "done");
                return;
            }
            let left = state.eta().max(wait);
            let _ = write!(
                w,
                "~{}",
                humantime::format_duration(Duration::from_secs(left.as_secs()))
            );
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(watcher) = self.watcher.take() {
            watcher.abort();
        }
    }
}
