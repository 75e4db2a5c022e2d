//! What the transport refuses to hand on, and how it reaches the caller.
//!
//! A progenitor hook can fail a call only with `Error::Custom(String)`, so a
//! refusal travels from the transport's hooks to [`crate::Error`] as text.
//! Both directions of that conversion live here, and nowhere else: the
//! transport builds a [`Refusal`] and calls [`Refusal::into_generated`]; the
//! error layer calls [`Refusal::from_generated`] and converts it with `From`
//! (in error.rs, with every other conversion into [`crate::Error`]).
//!
//! A success body of the wrong shape does not need this detour: it goes on
//! as `Error::UnexpectedResponse`, the response whole (its status, headers
//! and body), with [`WrongShape`] in its extensions saying why.

use crate::generated;
use serde::{Deserialize, Serialize};

/// Marks a `Custom` error as one of ours; what follows is the problem as JSON.
const PREFIX: &str = "zendesk-support transport refused: ";

/// Why the transport did not hand a response (or a request) on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum Refusal {
    /// A request to a host other than the configured one; nothing was sent.
    ForeignHost { url: String },
    /// A success body larger than the limit; nothing of it is handed on.
    TooLarge { status: u16, limit: u64 },
    /// A success body that is not what the spec promises at all: not JSON,
    /// cut short, an HTML page, empty where JSON is due.
    Malformed {
        status: u16,
        reason: String,
        body: String,
    },
    /// No access token could be had; nothing was sent.
    Token(crate::oauth::TokenError),
}

impl Refusal {
    /// The error a hook returns for this problem.
    pub(crate) fn into_generated<E>(self) -> generated::Error<E> {
        let json = serde_json::to_string(&self).unwrap_or_default();
        generated::Error::Custom(format!("{PREFIX}{json}"))
    }

    /// The problem a hook's `Custom` error carries, if it is one of ours.
    pub(crate) fn from_generated(reason: &str) -> Option<Refusal> {
        serde_json::from_str(reason.strip_prefix(PREFIX)?).ok()
    }
}

/// Why a success body that is JSON did not decode into its operation's
/// type; in the extensions of the response handed back whole.
#[derive(Debug, Clone)]
pub(crate) struct WrongShape(pub(crate) String);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn every_problem_comes_back_as_it_went() {
        let problems = [
            Refusal::ForeignHost {
                url: "https://evil.example/api".into(),
            },
            Refusal::TooLarge {
                status: 200,
                limit: 9,
            },
            Refusal::Malformed {
                status: 200,
                reason: "not JSON: EOF".into(),
                body: "{\"tick".into(),
            },
            Refusal::Token(crate::oauth::TokenError::Refused {
                grant: crate::oauth::Grant::ClientCredentials,
                status: 401,
                error: Some("invalid_client".into()),
                description: None,
                after_unknown: false,
            }),
        ];
        for problem in problems {
            let generated::Error::Custom(text) = problem.clone().into_generated::<()>() else {
                panic!("not a Custom error");
            };
            assert_eq!(Refusal::from_generated(&text), Some(problem));
        }
        assert_eq!(Refusal::from_generated("some other hook's words"), None);
    }

    #[test]
    fn a_problem_keeps_its_status_as_an_error() {
        let error = Error::from(Refusal::Malformed {
            status: 200,
            reason: "empty".into(),
            body: String::new(),
        });
        assert_eq!(error.status(), Some(200));
        let error = Error::from(Refusal::TooLarge {
            status: 200,
            limit: 9,
        });
        assert_eq!(error.status(), Some(200));
    }
}
