//! Why the client is holding requests back, and until when: for progress
//! lines that say "waiting 41 s for the rate limit" instead of looking
//! frozen.

use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What the client is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitReason {
    /// The account's rate limit is used up until its window resets.
    RateLimit,
    /// An endpoint's own limit is used up until its window resets.
    EndpointLimit,
    /// A call is sent again after a refusal or a failure (`Retry-After`, or
    /// backoff).
    Retry,
}

impl std::fmt::Display for WaitReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WaitReason::RateLimit => "the rate limit",
            WaitReason::EndpointLimit => "the endpoint's own limit",
            WaitReason::Retry => "a retry",
        })
    }
}

/// A wait under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    /// When it ends.
    pub until: Instant,
    /// Why.
    pub reason: WaitReason,
}

/// The waits of a client's requests (the latest to end is kept).
#[derive(Clone, Default)]
pub(crate) struct Waits(Arc<Mutex<Option<Waiting>>>);

impl Waits {
    /// Records a wait starting now.
    pub(crate) fn begin(&self, wait: std::time::Duration, reason: WaitReason) {
        let Some(until) = Instant::now().checked_add(wait) else {
            return;
        };
        let mut current = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if current.is_none_or(|c| c.until <= until) {
            *current = Some(Waiting { until, reason });
        }
    }

    /// The wait under way, if one is.
    pub(crate) fn current(&self) -> Option<Waiting> {
        let current = *self.0.lock().unwrap_or_else(|p| p.into_inner());
        current.filter(|w| w.until > Instant::now())
    }
}
