//! The gate's bookkeeping, apart from the account's records: the account's
//! rate limit, Zendesk's limits of single endpoints, the job limit, the
//! faults to inject, and the counters a benchmark reads.

use crate::config::{Config, Fault};
use serde::Serialize;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// A request budget per window (Zendesk's windows are fixed: a minute, or
/// ten for permanently deleting users).
#[derive(Debug, Clone)]
pub struct Window {
    started: Instant,
    used: u32,
}

impl Window {
    fn new() -> Self {
        Window {
            started: Instant::now(),
            used: 0,
        }
    }

    /// Counts a request against `limit` per `length`; `Err(seconds to wait)`
    /// when none is left.
    pub fn take(&mut self, limit: u32, length: Duration) -> Result<u32, u64> {
        self.roll(length);
        if self.used >= limit {
            return Err(self.resets_in(length));
        }
        self.used += 1;
        Ok(limit - self.used)
    }

    /// Whether `limit` has room, without counting.
    fn has_room(&mut self, limit: u32, length: Duration) -> bool {
        self.roll(length);
        self.used < limit
    }

    fn roll(&mut self, length: Duration) {
        if self.started.elapsed() >= length {
            *self = Window::new();
        }
    }

    /// Whole seconds until the window resets (at least 1).
    pub fn resets_in(&self, length: Duration) -> u64 {
        let left = length.saturating_sub(self.started.elapsed());
        left.as_secs_f64().ceil().max(1.0) as u64
    }
}

/// A limit of one endpoint, as Zendesk documents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointLimit {
    /// The budget's name in the `zendesk-ratelimit-<bucket>` header.
    pub bucket: &'static str,
    /// Requests per window.
    pub total: u32,
    /// The window.
    pub window: Duration,
    /// Whether the budget is per record (per user updated), not per account.
    pub per_record: bool,
}

const MINUTE: Duration = Duration::from_secs(60);

/// The limits of endpoints that have their own (Zendesk's reference, each
/// operation's "Rate limit"); `deep` is a listing page beyond the 100th,
/// which Zendesk allows less often on the deleted tickets.
pub fn endpoint_limit(operation: &str, deep: bool) -> Option<EndpointLimit> {
    let limit = |bucket, total, window| EndpointLimit {
        bucket,
        total,
        window,
        per_record: false,
    };
    Some(match operation {
        "export_suspended_tickets" => limit("suspended-tickets-export", 1, MINUTE),
        "list_deleted_tickets" if deep => limit("deleted-tickets-index-beyond-page-100", 5, MINUTE),
        "list_deleted_tickets" => limit("deleted-tickets-index", 10, MINUTE),
        "delete_ticket_permanently" | "delete_tickets_permanently" => {
            limit("deleted-tickets-destroy", 1000, MINUTE)
        }
        "delete_ticket" => limit("tickets-destroy", 400, MINUTE),
        "delete_user_permanently" => limit("deleted-users-destroy", 700, Duration::from_secs(600)),
        "update_user" => EndpointLimit {
            per_record: true,
            ..limit("users-update", 5, MINUTE)
        },
        _ => return None,
    })
}

/// An endpoint's budget after a request, for its header:
/// `zendesk-ratelimit-<bucket>: total=…; remaining=…; resets=…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointBudget {
    pub bucket: &'static str,
    pub total: u32,
    pub remaining: u32,
    /// Seconds until the window resets.
    pub resets: u64,
}

impl EndpointBudget {
    /// Today's header name (Zendesk's reference); the 2023 recordings have
    /// `zendesk-rate-limit-<bucket>`.
    pub fn header(&self) -> (String, String) {
        (
            format!("zendesk-ratelimit-{}", self.bucket),
            format!(
                "total={}; remaining={}; resets={}",
                self.total, self.remaining, self.resets
            ),
        )
    }
}

/// What the simulator counted, for benchmarks and tests
/// (`GET /simulator/stats` on the standalone binary).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counters {
    /// Requests received, faults and refusals included.
    pub requests: u64,
    /// Requests refused `429` by the account's rate limit.
    pub rate_limited: u64,
    /// Requests refused `429` by an endpoint's own limit.
    pub endpoint_limited: u64,
    /// Bulk calls refused `429` by the job limit.
    pub jobs_refused: u64,
    /// Jobs queued.
    pub jobs_queued: u64,
    /// The most jobs queued or running at once.
    pub peak_jobs: u64,
    /// Faults injected.
    pub faults: u64,
    /// OAuth access tokens granted (`POST /oauth/tokens`).
    pub tokens_minted: u64,
    /// Requests refused `401` (credentials missing, wrong, expired or
    /// switched off).
    pub unauthorized: u64,
}

impl Counters {
    /// Every `429`.
    pub fn refused(&self) -> u64 {
        self.rate_limited + self.endpoint_limited + self.jobs_refused
    }
}

/// The gate's state.
pub struct Limits {
    window: Window,
    endpoints: HashMap<(&'static str, Option<i64>), Window>,
    faults: fastrand::Rng,
    pub counters: Counters,
}

impl Limits {
    pub fn new(config: &Config) -> Self {
        Limits {
            window: Window::new(),
            endpoints: HashMap::new(),
            // Its own sequence, so that faults do not shift the data.
            faults: fastrand::Rng::with_seed(config.seed ^ 0x5eed_fa17),
            counters: Counters::default(),
        }
    }

    /// Counts a request against the account's limit: the requests left, or
    /// the seconds to wait; then seconds until the window resets.
    pub fn take_account(&mut self, config: &Config) -> (Result<u32, u64>, u64) {
        let taken = self.window.take(config.rate_limit, config.rate_window);
        if taken.is_err() {
            self.counters.rate_limited += 1;
        }
        (taken, self.window.resets_in(config.rate_window))
    }

    /// Counts a request against an endpoint's own limits (`record`: the
    /// record a per-record budget is for): the tightest budget afterwards
    /// (`None` for endpoints without one), or that budget and the seconds to
    /// wait when none was left. A deep page counts against both the deep
    /// budget and the ordinary one.
    pub fn take_endpoint(
        &mut self,
        operation: &str,
        deep: bool,
        record: Option<i64>,
    ) -> Result<Option<EndpointBudget>, (EndpointBudget, u64)> {
        let limits: Vec<EndpointLimit> = [endpoint_limit(operation, false)]
            .into_iter()
            .chain(deep.then(|| endpoint_limit(operation, true)))
            .flatten()
            .collect();
        let key = |l: &EndpointLimit| (l.bucket, if l.per_record { record } else { None });
        // Refused when any of its budgets is used up; nothing counted then.
        for l in &limits {
            let window = self.endpoints.entry(key(l)).or_insert_with(Window::new);
            if !window.has_room(l.total, l.window) {
                self.counters.endpoint_limited += 1;
                let budget = EndpointBudget {
                    bucket: l.bucket,
                    total: l.total,
                    remaining: 0,
                    resets: window.resets_in(l.window),
                };
                return Err((budget, budget.resets));
            }
        }
        let mut tightest: Option<EndpointBudget> = None;
        for l in &limits {
            let window = self.endpoints.entry(key(l)).or_insert_with(Window::new);
            let remaining = window.take(l.total, l.window).unwrap_or(0);
            let budget = EndpointBudget {
                bucket: l.bucket,
                total: l.total,
                remaining,
                resets: window.resets_in(l.window),
            };
            if tightest.is_none_or(|t| budget.remaining < t.remaining) {
                tightest = Some(budget);
            }
        }
        Ok(tightest)
    }

    /// The fault to answer this request with, if any.
    pub fn roll_fault(&mut self, config: &Config) -> Option<Fault> {
        let rate = config.fault_rate;
        if rate <= 0.0 || config.faults.is_empty() || self.faults.f64() >= rate {
            return None;
        }
        self.counters.faults += 1;
        let n = config.faults.len();
        Some(config.faults[self.faults.usize(..n)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endpoint_budget_refuses_past_its_total_and_names_itself() {
        let mut limits = Limits::new(&Config::default());
        for left in (0..10).rev() {
            let b = limits
                .take_endpoint("list_deleted_tickets", false, None)
                .unwrap()
                .unwrap();
            assert_eq!((b.total, b.remaining), (10, left));
            assert_eq!(b.header().0, "zendesk-ratelimit-deleted-tickets-index");
        }
        let (b, wait) = limits
            .take_endpoint("list_deleted_tickets", false, None)
            .unwrap_err();
        assert_eq!(b.remaining, 0);
        assert!((1..=60).contains(&wait));
        assert_eq!(limits.counters.endpoint_limited, 1);
    }

    #[test]
    fn deep_pages_have_a_budget_of_five() {
        let mut limits = Limits::new(&Config::default());
        for _ in 0..5 {
            let b = limits
                .take_endpoint("list_deleted_tickets", true, None)
                .unwrap()
                .unwrap();
            assert_eq!(b.total, 5);
        }
        assert!(limits
            .take_endpoint("list_deleted_tickets", true, None)
            .is_err());
        // The ordinary budget still has 5 left.
        let b = limits
            .take_endpoint("list_deleted_tickets", false, None)
            .unwrap()
            .unwrap();
        assert_eq!(b.remaining, 4);
    }

    #[test]
    fn updating_a_user_is_limited_per_user() {
        let mut limits = Limits::new(&Config::default());
        for _ in 0..5 {
            assert!(limits.take_endpoint("update_user", false, Some(1)).is_ok());
        }
        assert!(limits.take_endpoint("update_user", false, Some(1)).is_err());
        assert!(limits.take_endpoint("update_user", false, Some(2)).is_ok());
        assert_eq!(limits.take_endpoint("show_user", false, Some(1)), Ok(None));
    }
}
