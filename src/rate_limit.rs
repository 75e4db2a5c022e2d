//! The account's rate limit as the last response reported it, so that callers
//! (and the batch helpers) can pace themselves instead of running into `429`.
//!
//! Zendesk has sent three generations of headers, often side by side (live
//! recordings in zenpy's test cassettes): `x-rate-limit` /
//! `x-rate-limit-remaining` (always), `rate-limit` / `rate-limit-remaining` /
//! `rate-limit-reset` (2023) and `ratelimit-limit` / `ratelimit-remaining` /
//! `ratelimit-reset` (2024). Endpoints with a budget of their own add one
//! header per budget, `total=20; remaining=19; resets=59`, named
//! `zendesk-ratelimit-<bucket>` in Zendesk's reference today (for example
//! `zendesk-ratelimit-tickets-index`) and `zendesk-rate-limit-<bucket>` in
//! the 2023 recordings. All are read; the tightest one paces.

use reqwest::header::{HeaderMap, HeaderName};
use std::time::{Duration, Instant};

/// Zendesk's rate-limit window. A reset further away than this is not
/// believed (it would make every later call sleep): it is ignored and a
/// `tracing` warning says so.
pub const WINDOW: Duration = Duration::from_secs(60);

/// What the last response said about the rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed per window (`X-Rate-Limit`, `rate-limit` or
    /// `ratelimit-limit`).
    pub limit: Option<u32>,
    /// Requests left in the current window (`X-Rate-Limit-Remaining`,
    /// `rate-limit-remaining` or `ratelimit-remaining`).
    pub remaining: Option<u32>,
    /// Time until the window resets (`rate-limit-reset` or
    /// `ratelimit-reset`), when sent and believable (at most the one-minute
    /// window).
    pub reset: Option<Duration>,
    /// When the response was received.
    pub observed_at: Instant,
}

/// An endpoint's own budget (`zendesk-ratelimit-<bucket>`, or the 2023
/// name `zendesk-rate-limit-<bucket>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointBudget {
    /// The endpoint, as the header names it (`tickets-update`).
    pub endpoint: String,
    /// The budget for what remains of its window.
    pub limit: RateLimit,
}

impl RateLimit {
    /// Reads the account's rate-limit headers; `None` when there are none.
    pub fn from_headers(headers: &HeaderMap) -> Option<RateLimit> {
        // Names made once, not parsed again for every response.
        const LIMIT: [HeaderName; 3] = [
            HeaderName::from_static("x-rate-limit"),
            HeaderName::from_static("ratelimit-limit"),
            HeaderName::from_static("rate-limit"),
        ];
        const REMAINING: [HeaderName; 3] = [
            HeaderName::from_static("x-rate-limit-remaining"),
            HeaderName::from_static("ratelimit-remaining"),
            HeaderName::from_static("rate-limit-remaining"),
        ];
        const RESET: [HeaderName; 2] = [
            HeaderName::from_static("ratelimit-reset"),
            HeaderName::from_static("rate-limit-reset"),
        ];
        // A header value is visible ASCII (`to_str`) around optional
        // whitespace: `trim_ascii` is all the trimming it needs.
        let number = |names: &[HeaderName]| {
            names.iter().find_map(|n| {
                headers
                    .get(n)?
                    .to_str()
                    .ok()?
                    .trim_ascii()
                    .parse::<u32>()
                    .ok()
            })
        };
        let limit = number(&LIMIT);
        let remaining = number(&REMAINING);
        let reset = number(&RESET).and_then(|s| believable_reset("account", u64::from(s)));
        (limit.is_some() || remaining.is_some() || reset.is_some()).then(|| RateLimit {
            limit,
            remaining,
            reset,
            observed_at: Instant::now(),
        })
    }

    /// Takes one request's share of this budget: zero when there is room
    /// (and one less is left), else how long until the window resets. Once
    /// the reset has passed, a new window is assumed, as large as the limit
    /// and as long as the reset was, until a response reports the real one.
    pub(crate) fn take_one(&mut self) -> Duration {
        if self
            .reset
            .is_some_and(|reset| self.observed_at.elapsed() >= reset)
        {
            self.remaining = self.limit;
            self.observed_at = Instant::now();
        }
        let wait = self.wait_before_next();
        if wait.is_zero() {
            if let Some(left) = self.remaining.as_mut() {
                *left = left.saturating_sub(1);
            }
        }
        wait
    }

    /// How long to wait before the next request so as not to be rate
    /// limited: the rest of the window when none is left and the server said
    /// when it resets, else nothing.
    pub fn wait_before_next(&self) -> Duration {
        match (self.remaining, self.reset) {
            (Some(0), Some(reset)) => reset.saturating_sub(self.observed_at.elapsed()),
            _ => Duration::ZERO,
        }
    }
}

impl EndpointBudget {
    /// Reads every `zendesk-ratelimit-<bucket>` and
    /// `zendesk-rate-limit-<bucket>` header.
    pub fn from_headers(headers: &HeaderMap) -> Vec<EndpointBudget> {
        headers
            .iter()
            .filter_map(|(name, value)| {
                let name = name.as_str();
                let endpoint = name
                    .strip_prefix("zendesk-ratelimit-")
                    .or_else(|| name.strip_prefix("zendesk-rate-limit-"))?;
                // Header values are ASCII in practice; anything else reads as nothing.
                let value = value.to_str().unwrap_or_default();
                let field = |key: &str| {
                    value.split(';').find_map(|part| {
                        let (k, v) = part.split_once('=')?;
                        (k.trim_ascii() == key).then(|| v.trim_ascii().parse::<u64>().ok())?
                    })
                };
                let (limit, remaining) = (field("total"), field("remaining"));
                let reset = field("resets").and_then(|s| believable_reset(endpoint, s));
                if limit.is_none() && remaining.is_none() {
                    return None;
                }
                let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
                Some(EndpointBudget {
                    endpoint: endpoint.to_string(),
                    limit: RateLimit {
                        limit: limit.map(small),
                        remaining: remaining.map(small),
                        reset,
                        observed_at: Instant::now(),
                    },
                })
            })
            .collect()
    }
}

/// A reset within the window; one beyond it is reported and ignored.
fn believable_reset(which: &str, seconds: u64) -> Option<Duration> {
    let reset = Duration::from_secs(seconds);
    if reset > WINDOW {
        tracing::warn!(
            budget = which,
            reset_secs = seconds,
            "ignoring a rate-limit reset beyond the one-minute window"
        );
        None
    } else {
        Some(reset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn reads_zendesk_and_standard_headers() {
        let r = RateLimit::from_headers(&headers(&[
            ("x-rate-limit", "700"),
            ("x-rate-limit-remaining", "12"),
        ]))
        .unwrap();
        assert_eq!((r.limit, r.remaining, r.reset), (Some(700), Some(12), None));
        let r = RateLimit::from_headers(&headers(&[
            ("ratelimit-limit", "400"),
            ("ratelimit-remaining", "0"),
            ("ratelimit-reset", "30"),
        ]))
        .unwrap();
        assert_eq!((r.limit, r.remaining), (Some(400), Some(0)));
        assert!(r.wait_before_next() > Duration::from_secs(29));
        assert!(RateLimit::from_headers(&HeaderMap::new()).is_none());
    }

    #[test]
    fn of_several_generations_the_oldest_readable_name_counts() {
        let r = RateLimit::from_headers(&headers(&[
            ("ratelimit-limit", "400"),
            ("x-rate-limit", "700"),
            ("rate-limit-remaining", "3"),
            ("x-rate-limit-remaining", "not a number"),
        ]))
        .unwrap();
        assert_eq!((r.limit, r.remaining), (Some(700), Some(3)));
    }

    #[test]
    fn reads_the_2023_generation() {
        let r = RateLimit::from_headers(&headers(&[
            ("rate-limit", "400"),
            ("rate-limit-remaining", "0"),
            ("rate-limit-reset", "12"),
        ]))
        .unwrap();
        assert_eq!(
            (r.limit, r.remaining, r.reset),
            (Some(400), Some(0), Some(Duration::from_secs(12)))
        );
    }

    #[test]
    fn a_reset_beyond_the_window_is_not_believed() {
        let r = RateLimit::from_headers(&headers(&[
            ("ratelimit-remaining", "0"),
            ("ratelimit-reset", "31536000"),
        ]))
        .unwrap();
        assert_eq!(r.reset, None);
        assert_eq!(r.wait_before_next(), Duration::ZERO);
    }

    #[test]
    fn reads_per_endpoint_budgets() {
        let b = EndpointBudget::from_headers(&headers(&[
            (
                "zendesk-rate-limit-deleted-tickets-destroy",
                "total=1000; remaining=0; resets=12",
            ),
            ("x-rate-limit", "700"),
            ("zendesk-rate-limit-garbage", "nothing here"),
        ]));
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].endpoint, "deleted-tickets-destroy");
        assert_eq!(
            (b[0].limit.limit, b[0].limit.remaining, b[0].limit.reset),
            (Some(1000), Some(0), Some(Duration::from_secs(12)))
        );
        assert!(b[0].limit.wait_before_next() > Duration::from_secs(11));
    }

    #[test]
    fn reads_todays_budget_headers() {
        let b = EndpointBudget::from_headers(&headers(&[
            (
                "zendesk-ratelimit-tickets-index",
                "total=100; remaining=99; resets=41",
            ),
            ("ratelimit-limit", "700"),
        ]));
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].endpoint, "tickets-index");
        assert_eq!(
            (b[0].limit.limit, b[0].limit.remaining, b[0].limit.reset),
            (Some(100), Some(99), Some(Duration::from_secs(41)))
        );
    }

    #[test]
    fn no_wait_while_requests_remain() {
        let r = RateLimit::from_headers(&headers(&[
            ("x-rate-limit-remaining", "5"),
            ("ratelimit-reset", "30"),
        ]))
        .unwrap();
        assert_eq!(r.wait_before_next(), Duration::ZERO);
    }
}
