//! The client's defaults, in one leaf every module may read: what Zendesk
//! allows an account, and the bounds the client keeps to.

use std::time::Duration;

/// Zendesk's limit of jobs queued or running at once, per account.
pub const JOB_LIMIT: usize = 30;

/// The default limit on a response body: generous (a page of 100 tickets
/// with long descriptions is a few MiB), but bounded.
pub const MAX_BODY_BYTES: u64 = 64 * 1024 * 1024;

/// The longest one attempt may take, body included.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The longest connecting may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
