//! The account's rate limit as the last response reported it, so that callers
//! (and the batch helpers) can pace themselves instead of running into `429`.

use reqwest::header::HeaderMap;
use std::time::{Duration, Instant};

/// What the last response said about the rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed per minute (`X-Rate-Limit` or `ratelimit-limit`).
    pub limit: Option<u32>,
    /// Requests left in the current window (`X-Rate-Limit-Remaining` or
    /// `ratelimit-remaining`).
    pub remaining: Option<u32>,
    /// Time until the window resets (`ratelimit-reset`), when sent.
    pub reset: Option<Duration>,
    /// When the response was received.
    pub observed_at: Instant,
}

impl RateLimit {
    /// Reads the rate-limit headers; `None` when there are none.
    pub fn from_headers(headers: &HeaderMap) -> Option<RateLimit> {
        let number = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| headers.get(*n)?.to_str().ok()?.trim().parse::<u32>().ok())
        };
        let limit = number(&["x-rate-limit", "ratelimit-limit"]);
        let remaining = number(&["x-rate-limit-remaining", "ratelimit-remaining"]);
        let reset = number(&["ratelimit-reset"]).map(|s| Duration::from_secs(s.into()));
        (limit.is_some() || remaining.is_some() || reset.is_some()).then(|| RateLimit {
            limit,
            remaining,
            reset,
            observed_at: Instant::now(),
        })
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
    fn no_wait_while_requests_remain() {
        let r = RateLimit::from_headers(&headers(&[
            ("x-rate-limit-remaining", "5"),
            ("ratelimit-reset", "30"),
        ]))
        .unwrap();
        assert_eq!(r.wait_before_next(), Duration::ZERO);
    }
}
