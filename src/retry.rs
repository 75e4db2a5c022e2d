//! When to send a request again, and how long to wait first.
//!
//! Classification (what may be retried) is kept apart from the loop that
//! retries (in [`crate::Transport`]):
//! - `429` and `503` mean the server did nothing: every call may be retried,
//!   after `Retry-After` when the server gives it (capped), else after backoff.
//! - Other `5xx` and transport errors leave the outcome unknown: only calls
//!   whose effect is idempotent are retried, with exponential backoff and
//!   jitter. A connection that was never made is the exception: nothing was
//!   sent, so any call may be retried.
//! - Everything else is final.
//!
//! Attempts and total time are both bounded.

use reqwest::header::HeaderMap;
use std::time::Duration;

/// How the client retries. [`RetryPolicy::default`] is on;
/// [`RetryPolicy::none`] sends every request exactly once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (`1` means no retries).
    pub max_attempts: u32,
    /// The backoff before the first retry; it doubles on each retry.
    pub initial_backoff: Duration,
    /// The longest backoff between two attempts.
    pub max_backoff: Duration,
    /// The longest `Retry-After` the client waits; a longer one is returned to
    /// the caller as [`crate::Error::RateLimited`] at once.
    pub max_retry_after: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, backoff 0.5 s doubling up to 8 s with jitter,
    /// `Retry-After` honoured up to 60 s, at most 2 minutes in all.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            max_elapsed: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The backoff before retry number `retry` (1 for the first retry):
    /// exponential, capped, with jitter between half and all of it.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)));
        let capped = exp.min(self.max_backoff);
        capped.mul_f64(0.5 + fastrand::f64() * 0.5)
    }
}

/// Whether an operation's effect is the same however often it is sent.
///
/// `GET`s are; so are soft deletes, restores and setting a user's
/// `suspended` (a repeat finds the work done). Recovering (one, many, or in
/// bulk) creates tickets,
/// bulk deletions and marking many as spam queue jobs, and a permanent
/// deletion or marking one ticket as spam answered twice would report the
/// second answer (not found) instead of the first: none of these is sent
/// again after an unknown outcome.
pub fn is_idempotent(operation_id: &str, method: &reqwest::Method) -> bool {
    const NOT_IDEMPOTENT: [&str; 9] = [
        "recover_suspended_ticket",
        "recover_suspended_tickets",
        "bulk_recover_suspended_tickets",
        "delete_ticket_permanently",
        "delete_tickets_permanently",
        "delete_tickets",
        "mark_ticket_as_spam",
        "mark_tickets_as_spam",
        "delete_user_permanently",
    ];
    match *method {
        reqwest::Method::GET | reqwest::Method::HEAD => true,
        reqwest::Method::PUT | reqwest::Method::DELETE => !NOT_IDEMPOTENT.contains(&operation_id),
        _ => false,
    }
}

/// What to do after one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Done: hand the result to the caller.
    Final,
    /// Retry after the server's `Retry-After` (or backoff when it gave none).
    RetryAfter(Option<Duration>),
    /// Retry after backoff.
    Backoff,
}

/// Classifies a response status.
pub fn classify_status(status: u16, headers: &HeaderMap, idempotent: bool) -> Verdict {
    match status {
        429 | 503 => Verdict::RetryAfter(retry_after(headers)),
        500..=599 if idempotent => Verdict::Backoff,
        _ => Verdict::Final,
    }
}

/// Classifies a transport error: one reading the response (a reset, a
/// stall past the timeout, a body cut short) is retried like the others,
/// for idempotent calls only.
pub fn classify_error(error: &reqwest::Error, idempotent: bool) -> Verdict {
    let lost = error.is_timeout() || error.is_request() || error.is_body() || error.is_decode();
    if error.is_connect() || (idempotent && lost) {
        Verdict::Backoff
    } else {
        Verdict::Final
    }
}

/// `Retry-After`: seconds (the form Zendesk sends) or an HTTP date (the
/// other form HTTP allows; a date in the past means now).
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_is_capped_and_jittered() {
        let p = RetryPolicy::default();
        for _ in 0..100 {
            let first = p.backoff(1);
            assert!(first >= Duration::from_millis(250) && first <= Duration::from_millis(500));
            let late = p.backoff(10);
            assert!(late >= Duration::from_secs(4) && late <= Duration::from_secs(8));
        }
    }

    #[test]
    fn server_said_nothing_happened_means_retry_for_every_call() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "3".parse().unwrap());
        assert_eq!(
            classify_status(429, &h, false),
            Verdict::RetryAfter(Some(Duration::from_secs(3)))
        );
        assert_eq!(
            classify_status(503, &HeaderMap::new(), false),
            Verdict::RetryAfter(None)
        );
    }

    #[test]
    fn unknown_outcomes_are_retried_only_when_idempotent() {
        let h = HeaderMap::new();
        assert_eq!(classify_status(500, &h, true), Verdict::Backoff);
        assert_eq!(classify_status(500, &h, false), Verdict::Final);
        assert_eq!(classify_status(502, &h, false), Verdict::Final);
        assert_eq!(classify_status(404, &h, true), Verdict::Final);
        assert_eq!(classify_status(422, &h, true), Verdict::Final);
    }

    #[test]
    fn retry_after_as_seconds_or_http_date() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", " 7 ".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        let soon = chrono::Utc::now() + chrono::Duration::seconds(30);
        h.insert(
            "retry-after",
            soon.to_rfc2822().replace("+0000", "GMT").parse().unwrap(),
        );
        let wait = retry_after(&h).unwrap();
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        h.insert(
            "retry-after",
            "Sun, 06 Nov 1994 08:49:37 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn idempotency_by_operation() {
        use reqwest::Method;
        assert!(is_idempotent("list_suspended_tickets", &Method::GET));
        assert!(is_idempotent("delete_suspended_tickets", &Method::DELETE));
        assert!(is_idempotent("restore_deleted_tickets", &Method::PUT));
        assert!(!is_idempotent("recover_suspended_tickets", &Method::PUT));
        assert!(!is_idempotent(
            "bulk_recover_suspended_tickets",
            &Method::PUT
        ));
        assert!(!is_idempotent("delete_ticket_permanently", &Method::DELETE));
        assert!(!is_idempotent("export_suspended_tickets", &Method::POST));
    }
}
