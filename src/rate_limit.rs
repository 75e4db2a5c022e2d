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

use reqwest::header::{HeaderMap, HeaderValue};
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
    /// Of the generations sent side by side, the oldest readable name counts
    /// for each field.
    pub fn from_headers(headers: &HeaderMap) -> Option<RateLimit> {
        observe(headers).0
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
            .filter_map(|(name, value)| budget(name.as_str(), value))
            .map(|(endpoint, limit)| EndpointBudget {
                endpoint: endpoint.to_string(),
                limit,
            })
            .collect()
    }
}

/// What a response says about the rate limit: the account's, and the
/// tightest of the endpoint's own budgets (the one with the fewest requests
/// left), read in one pass over the headers. Every response carries them;
/// looking each of the eight account names up in the map would hash it.
pub(crate) fn observe(headers: &HeaderMap) -> (Option<RateLimit>, Option<RateLimit>) {
    let mut account = Account::default();
    let mut tightest: Option<RateLimit> = None;
    for (name, value) in headers {
        let name = name.as_str();
        // Most headers are neither (`content-type`, `date`, …): the first
        // letter tells, before any name is compared.
        match name.as_bytes().first() {
            Some(b'x' | b'r') => account.offer(name, value),
            Some(b'z') => {
                if let Some((_, limit)) = budget(name, value) {
                    let left = |l: &RateLimit| l.remaining.unwrap_or(u32::MAX);
                    if tightest.as_ref().is_none_or(|t| left(&limit) < left(t)) {
                        tightest = Some(limit);
                    }
                }
            }
            _ => {}
        }
    }
    (account.limit(), tightest)
}

/// The account's limit, read header by header: for each field, the number
/// under the oldest generation's name that holds one (the first value of a
/// name sent twice).
#[derive(Default)]
struct Account {
    limit: Reading,
    remaining: Reading,
    reset: Reading,
}

impl Account {
    /// Takes in the header `name`, when it is one of the account's.
    fn offer(&mut self, name: &str, value: &HeaderValue) {
        let (field, rank) = match name {
            "x-rate-limit" => (&mut self.limit, 0),
            "ratelimit-limit" => (&mut self.limit, 1),
            "rate-limit" => (&mut self.limit, 2),
            "x-rate-limit-remaining" => (&mut self.remaining, 0),
            "ratelimit-remaining" => (&mut self.remaining, 1),
            "rate-limit-remaining" => (&mut self.remaining, 2),
            "ratelimit-reset" => (&mut self.reset, 0),
            "rate-limit-reset" => (&mut self.reset, 1),
            _ => return,
        };
        field.offer(rank, value);
    }

    /// The limit read; `None` when no header held any of it.
    fn limit(&self) -> Option<RateLimit> {
        let (limit, remaining) = (self.limit.value(), self.remaining.value());
        let reset = self
            .reset
            .value()
            .and_then(|s| believable_reset("account", u64::from(s)));
        (limit.is_some() || remaining.is_some() || reset.is_some()).then(|| RateLimit {
            limit,
            remaining,
            reset,
            observed_at: Instant::now(),
        })
    }
}

/// The best value read so far for one field of the account's limit: the
/// number under the lowest-ranked name whose first value holds one. Only a
/// name's first value is read (as `HeaderMap::get` gives it): an unreadable
/// one passes the field to the next generation's name, not to a second copy.
#[derive(Default)]
struct Reading {
    /// The ranks whose name was met (bit `rank`).
    met: u8,
    best: Option<(u8, u32)>,
}

impl Reading {
    fn offer(&mut self, rank: u8, value: &HeaderValue) {
        let first = self.met & (1 << rank) == 0;
        self.met |= 1 << rank;
        if !first || self.best.is_some_and(|(best, _)| best <= rank) {
            return;
        }
        // A header value is visible ASCII (`to_str`) around optional
        // whitespace: `trim_ascii` is all the trimming it needs.
        let number = value
            .to_str()
            .ok()
            .and_then(|v| v.trim_ascii().parse::<u32>().ok());
        if let Some(number) = number {
            self.best = Some((rank, number));
        }
    }

    fn value(&self) -> Option<u32> {
        self.best.map(|(_, number)| number)
    }
}

/// The endpoint and budget of a `zendesk-ratelimit-<bucket>` (or
/// `zendesk-rate-limit-<bucket>`) header; `None` for any other header, or one
/// that gives neither a total nor what remains.
fn budget<'a>(name: &'a str, value: &HeaderValue) -> Option<(&'a str, RateLimit)> {
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
    Some((
        endpoint,
        RateLimit {
            limit: limit.map(small),
            remaining: remaining.map(small),
            reset,
            observed_at: Instant::now(),
        },
    ))
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

    impl RateLimit {
        fn with_time(mut self, observed_at: Instant) -> Self {
            self.observed_at = observed_at;
            self
        }
    }

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
    fn of_a_name_sent_twice_only_the_first_value_counts() {
        let mut h = HeaderMap::new();
        h.append("x-rate-limit", "700".parse().unwrap());
        h.append("x-rate-limit", "800".parse().unwrap());
        // Unreadable first: the next generation's name counts, not the copy.
        h.append("x-rate-limit-remaining", "oops".parse().unwrap());
        h.append("x-rate-limit-remaining", "5".parse().unwrap());
        h.append("ratelimit-remaining", "9".parse().unwrap());
        h.append("rate-limit-reset", "oops".parse().unwrap());
        h.append("rate-limit-reset", "12".parse().unwrap());
        let r = RateLimit::from_headers(&h).unwrap();
        assert_eq!((r.limit, r.remaining, r.reset), (Some(700), Some(9), None));
        assert_eq!(observe(&h).0.map(|a| a.remaining), Some(Some(9)));
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
    fn one_pass_reads_the_account_and_the_tightest_budget() {
        let h = headers(&[
            ("content-type", "application/json"),
            ("x-rate-limit", "700"),
            ("ratelimit-remaining", "650"),
            (
                "zendesk-ratelimit-tickets-index",
                "total=100; remaining=40; resets=10",
            ),
            (
                "zendesk-rate-limit-tickets-index-2023",
                "total=100; remaining=7; resets=20",
            ),
            ("zendesk-ratelimit-garbage", "nothing here"),
            ("retry-after", "3"),
        ]);
        let (account, tightest) = observe(&h);
        let account = account.unwrap();
        assert_eq!((account.limit, account.remaining), (Some(700), Some(650)));
        assert_eq!(
            account,
            RateLimit::from_headers(&h)
                .unwrap()
                .with_time(account.observed_at)
        );
        let tightest = tightest.unwrap();
        assert_eq!(
            (tightest.limit, tightest.remaining, tightest.reset),
            (Some(100), Some(7), Some(Duration::from_secs(20)))
        );
        let (account, tightest) = observe(&headers(&[("content-length", "2")]));
        assert_eq!((account, tightest), (None, None));
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
