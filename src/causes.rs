//! Why Zendesk suspended an email: its published table of `cause_id` and
//! `cause_name` ("Cause of suspension reference"). `cause` is text for
//! people and may be localised; decide on these instead.

use crate::types;

/// Zendesk's published causes: `(cause_id, cause_name, English cause)`. The
/// table grows; an id not listed here is a cause to leave for a person.
pub const SUSPENSION_CAUSES: [(i64, &str, &str); 19] = [
    (0, "spam", "Detected as spam"),
    (1, "not_on_whitelist", "Sender domain not on allowlist"),
    (2, "unverified", "Submitted by unverified user"),
    (3, "auto_mailer", "Automated response mail"),
    (4, "loop", "Detected as mail loop"),
    (
        5,
        "unknown_user_update",
        "Unknown user tried to update existing ticket",
    ),
    (
        6,
        "other_user_update",
        "End user only allowed to update their own tickets",
    ),
    (
        7,
        "auto_delivery_failure",
        "Automated response mail, delivery failed",
    ),
    (8, "auto_vacation", "Automated response mail, out of office"),
    (
        9,
        "system_user",
        "Detected email as being from a system user",
    ),
    (
        10,
        "unknown_author",
        "Permission denied for unknown email submitter",
    ),
    (11, "blank", "Email has no content"),
    (
        12,
        "signup_required",
        "User must sign up to submit email, user notified",
    ),
    (
        13,
        "blocklisted",
        "Email is from a blocklisted sender or domain",
    ),
    (14, "backscatter", "Backscatter from remote mail server"),
    (15, "disabled", "Email integration disabled"),
    (16, "to_noreply", "Email for \"noreply\" address"),
    (17, "server_lock", "Received via unknown mail server"),
    (
        18,
        "unserviceable_account",
        "Emails do not get processed for expired accounts",
    ),
];

/// A suspended ticket's `cause_name`: as Zendesk sent it, or, for older
/// responses that carry only `cause_id`, from the published table.
pub fn cause_name(ticket: &types::SuspendedTicket) -> Option<&str> {
    ticket.cause_name.as_deref().or_else(|| {
        let id = ticket.cause_id?;
        SUSPENSION_CAUSES
            .iter()
            .find(|(i, _, _)| *i == id)
            .map(|(_, name, _)| *name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_ticket_or_the_table() {
        let t = |mut v: serde_json::Value| {
            v["id"] = 1.into();
            serde_json::from_value::<types::SuspendedTicket>(v).unwrap()
        };
        assert_eq!(
            cause_name(&t(serde_json::json!({"cause_id": 13}))),
            Some("blocklisted")
        );
        assert_eq!(
            cause_name(&t(serde_json::json!({"cause_id": 0, "cause_name": "spam"}))),
            Some("spam")
        );
        assert_eq!(
            cause_name(&t(
                serde_json::json!({"cause_id": 99, "cause_name": "tomorrows_cause"})
            )),
            Some("tomorrows_cause")
        );
        assert_eq!(cause_name(&t(serde_json::json!({"cause_id": 22}))), None);
        assert_eq!(
            cause_name(&t(serde_json::json!({"cause": "Detected as spam"}))),
            None,
            "never from the words"
        );
    }
}
