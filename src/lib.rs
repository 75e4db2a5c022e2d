#![doc = include_str!("README.md")]
#![deny(missing_docs)]

/// The client and models generated from `spec/openapi.yaml` by progenitor.
///
/// Committed under `src/generated/` (a dependent's build runs no generator)
/// and regenerated in this crate's repository by `cargo build` (the
/// `regenerate` feature; see `build.rs`). Every operation of the spec is a
/// method of [`generated::Client`] returning a request builder. Id lists are
/// one comma-separated string (`ids=1,2,3`), as the spec describes them. Two
/// adaptations are made by the generator (the spec file itself is
/// unchanged): error responses arrive as
/// [`generated::Error::UnexpectedResponse`] with status, headers and body
/// intact (their bodies differ in shape: the 422 of the recover operations
/// lists the failed suspended tickets, a 429 may be plain text), and a
/// property that may be `null` is an `Option`.
#[allow(missing_docs, clippy::all, unused_imports, dead_code)]
pub mod generated {
    #[cfg(not(feature = "regenerate"))]
    include!("generated/client.rs");
    #[cfg(feature = "regenerate")]
    include!(concat!(env!("OUT_DIR"), "/generated/client.rs"));
}

/// Every component schema of the spec, by name, with its generated type.
///
/// Lets tools check a JSON document against the Rust types without naming
/// them: `schemas::roundtrip("JobStatus", &value)` decodes and re-encodes.
pub mod schemas {
    #[cfg(not(feature = "regenerate"))]
    include!("generated/schemas.rs");
    #[cfg(feature = "regenerate")]
    include!(concat!(env!("OUT_DIR"), "/generated/schemas.rs"));
}

/// The models: the generated types, with every enum read from the wire open
/// (documented values plus `Unknown(`[`UnknownValue`]`)`), so that a value
/// Zendesk adds tomorrow decodes.
///
/// The response models (everything but the request bodies
/// `BulkRecoverRequest`, `UserUpdateRequest` and the token request's grants,
/// `ClientCredentialsGrant`, `AuthorizationCodeGrant` and
/// `RefreshTokenGrant`, and what they hold) are
/// `#[non_exhaustive]`, so that a property Zendesk adds is a minor release:
/// read their fields as usual; build one (for a test, a mock server) with its
/// builder, which names each field and refuses to build without a required
/// one:
///
/// ```
/// use zendesk_support::types;
/// let ticket: types::Ticket = types::Ticket::builder()
///     .id(35436)
///     .subject(Some("Refund".to_string()))
///     .try_into()
///     .unwrap();
/// assert_eq!(ticket.subject.as_deref(), Some("Refund"));
/// let no_id: Result<types::Ticket, _> = types::Ticket::builder().try_into();
/// assert!(no_id.is_err());
/// ```
///
/// or, where every field has a default, with `Default` and assignments. A
/// struct literal compiles only inside this crate:
///
/// ```compile_fail,E0639
/// let links = zendesk_support::types::CursorLinks { next: None, prev: None };
/// ```
pub mod types {
    pub use crate::generated::types::*;
    #[cfg(not(feature = "regenerate"))]
    include!("generated/open_enums.rs");
    #[cfg(feature = "regenerate")]
    include!(concat!(env!("OUT_DIR"), "/generated/open_enums.rs"));
}

/// What build.rs generated from the spec in this build (`regenerate`), by
/// file name under `src/generated/`: what `cargo xtask generate` writes there.
#[cfg(feature = "regenerate")]
#[doc(hidden)]
pub mod regenerated {
    /// (file name, contents).
    pub const FILES: &[(&str, &str)] = &[
        (
            "client.rs",
            include_str!(concat!(env!("OUT_DIR"), "/generated/client.rs")),
        ),
        (
            "open_enums.rs",
            include_str!(concat!(env!("OUT_DIR"), "/generated/open_enums.rs")),
        ),
        (
            "schemas.rs",
            include_str!(concat!(env!("OUT_DIR"), "/generated/schemas.rs")),
        ),
        (
            "inputs.digest",
            include_str!(concat!(env!("OUT_DIR"), "/generated/inputs.digest")),
        ),
    ];
}

/// The OpenAPI document this client was generated from (`spec/openapi.yaml`),
/// for tools that check responses against it (`zendesk-spec-check`).
pub const OPENAPI_SPEC: &str = include_str!("../spec/openapi.yaml");

mod auth;
mod batch;
mod bulk_jobs;
mod causes;
mod client;
mod datetime;
mod defaults;
mod erasure;
mod error;
mod job_results;
mod jobs;
pub mod oauth;
mod outcome;
mod pagination;
mod rate_limit;
mod raw;
mod recover;
mod refusal;
mod request_url;
pub mod retry;
mod settle;
mod transport;
mod unknown_value;
mod users;
mod waiting;

#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;

pub use auth::{AuthMethod, Credentials, API_TOKENS_END};
pub use batch::{chunks, MAX_IDS_PER_CALL};
pub use bulk_jobs::{BulkJob, JobEvent};
pub use causes::{cause_name, SUSPENSION_CAUSES};
pub use client::{call, env, http_client, Client, ClientBuilder, USER_AGENT};
pub use defaults::JOB_LIMIT;
pub use erasure::{ErasureOptions, ErasurePlan, ErasureReport, Lookup, Person, UserState};
pub use error::{ApiError, ConfigError, Error, KEPT_BODY_BYTES};
pub use jobs::{is_final, WaitOptions, JOBS_PER_POLL};
pub use outcome::{BatchOutcome, Counts, IdOutcome, Outcome};
pub use pagination::{CursorStream, DeletedTickets, SuspendedTickets, MAX_PAGE_SIZE};
pub use rate_limit::{EndpointBudget, RateLimit};
pub use raw::RawResponse;
pub use retry::RetryPolicy;
pub use settle::{Effect, Looked, SettleOptions};
pub use transport::Transport;
pub use unknown_value::UnknownValue;
pub use users::Users;
pub use waiting::{WaitReason, Waiting};
