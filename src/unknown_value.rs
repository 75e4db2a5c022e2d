//! The payload of an open enum's `Unknown` variant.

/// A value of an open enum that this version of the client does not know,
/// exactly as Zendesk sent it.
///
/// Only decoding (or `From<&str>`) makes one, and only for a value that is
/// none of the enum's known ones: so `TicketStatus::from("open")` is always
/// `TicketStatus::Open`, and two values are equal exactly when their strings
/// are. Read it with [`UnknownValue::as_str`] (or the enum's own `as_str`).
///
/// ```
/// use zendesk_support::types::TicketStatus;
/// assert_eq!(TicketStatus::from("open"), TicketStatus::Open);
/// let tomorrow = TicketStatus::from("archived");
/// assert!(matches!(&tomorrow, TicketStatus::Unknown(v) if v == "archived"));
/// ```
///
/// It cannot be made by hand:
///
/// ```compile_fail
/// use zendesk_support::{types::TicketStatus, UnknownValue};
/// let _ = TicketStatus::Unknown(UnknownValue("open".to_string()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// Only the open enums' `From<&str>` builds one, after matching the known
    /// values.
    pub(crate) fn new(value: &str) -> UnknownValue {
        UnknownValue(value.to_string())
    }

    /// The value as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for UnknownValue {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for UnknownValue {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for UnknownValue {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}
