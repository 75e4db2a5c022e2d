//! What a simulator holds at start: the records of the captured samples, then
//! generated ones, deterministic from the seed.

use chrono::{DateTime, Duration as Span, TimeZone, Utc};
use serde_json::{json, Value};
use zendesk_support::types;

/// A suspension cause: Zendesk's `cause` text, `cause_id` and `cause_name`
/// (its "Cause of suspension reference"), and whether recovering succeeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause {
    pub text: &'static str,
    pub id: i64,
    /// `None` where Zendesk's table does not name it (its own doc sample of
    /// cause 22 has no name).
    pub name: Option<&'static str>,
    pub recoverable: bool,
}

const fn cause(text: &'static str, id: i64, name: &'static str) -> Cause {
    Cause {
        text,
        id,
        name: Some(name),
        recoverable: true,
    }
}

/// The causes generated mail is suspended for: spam first, then mail from
/// customers, then the account's own mail looping back.
pub const CAUSES: [Cause; 9] = [
    cause("Detected as spam", 0, "spam"),
    cause(
        "Email is from a blocklisted sender or domain",
        13,
        "blocklisted",
    ),
    cause("Automated response mail", 3, "auto_mailer"),
    cause("Sender domain not on allowlist", 1, "not_on_whitelist"),
    cause("Submitted by unverified user", 2, "unverified"),
    cause(
        "End user only allowed to update their own tickets",
        6,
        "other_user_update",
    ),
    cause("Automated response mail, out of office", 8, "auto_vacation"),
    cause(
        "Permission denied for unknown email submitter",
        10,
        "unknown_author",
    ),
    Cause {
        text: "Received from support address",
        id: 22,
        name: None,
        recoverable: false,
    },
];

/// Whether a suspended ticket can be recovered, by its `cause_id`.
pub fn recoverable(ticket: &types::SuspendedTicket) -> bool {
    CAUSES
        .iter()
        .find(|c| Some(c.id) == ticket.cause_id)
        .is_none_or(|c| c.recoverable)
}

/// Sender domains of generated mail: customers first, then spammers.
pub const CUSTOMER_DOMAINS: [&str; 3] = ["customer.example", "partner.example", "reseller.example"];
const SPAM_DOMAINS: [&str; 3] = [
    "prize-winner.example",
    "cheap-meds.example",
    "crypto-boost.example",
];
const FIRST: [&str; 8] = ["Ada", "Bea", "Carl", "Dana", "Eli", "Fay", "Gus", "Hana"];
const LAST: [&str; 6] = ["Lovelace", "Buyer", "Ng", "Okafor", "Silva", "Tanaka"];
const CUSTOMER_SUBJECTS: [&str; 5] = [
    "Where is my order?",
    "Invoice question",
    "Printer on fire",
    "Cannot log in",
    "Out of office: back Monday",
];
const SPAM_SUBJECTS: [&str; 4] = [
    "You won a prize!!!",
    "Cheap meds, no prescription",
    "Double your crypto today",
    "Reset your password now",
];

const SAMPLES_LIST: &str = include_str!("../samples/list_suspended_tickets-200-docs.json");
const SAMPLE_UNRECOVERABLE: &str =
    include_str!("../samples/recover_suspended_ticket-422-docs.json");
const SAMPLE_SHOWN: &str = include_str!("../samples/show_suspended_ticket-200.json");
const SAMPLE_DELETED: &str = include_str!("../samples/list_deleted_tickets-200-cursor.json");
const SAMPLE_TICKET: &str = include_str!("../samples/show_ticket-200.json");
const SAMPLE_CCD: &str = include_str!("../samples/list_ccd_tickets-200-cursor.json");
const SAMPLE_DELETED_USER: &str = include_str!("../samples/show_deleted_user-200.json");
const SAMPLE_JOBS: [&str; 2] = [
    include_str!("../samples/show_job_status-200-completed.json"),
    include_str!("../samples/show_job_status-200-bulk-recover-completed.json"),
];

/// The suspended tickets of the captured samples, with addresses a person
/// can read (see [`readable_addresses`]).
pub fn sample_suspended() -> Vec<types::SuspendedTicket> {
    let mut out: Vec<types::SuspendedTicket> = Vec::new();
    let list: types::SuspendedTicketsPage =
        serde_json::from_str(SAMPLES_LIST).expect("sample decodes");
    out.extend(list.suspended_tickets);
    let failed: types::RecoverSuspendedTicketFailure =
        serde_json::from_str(SAMPLE_UNRECOVERABLE).expect("sample decodes");
    out.extend(failed.ticket);
    let shown: types::SuspendedTicketResponse =
        serde_json::from_str(SAMPLE_SHOWN).expect("sample decodes");
    out.push(shown.suspended_ticket);
    out.into_iter().map(readable_addresses).collect()
}

/// What the web page Zendesk's doc samples were copied from shows in place
/// of every address: an email obfuscator's placeholder.
const HIDDEN_ADDRESS: &str = "[email protected]";

/// A sample's record with real-looking addresses where the docs' page hid
/// them (`[email protected]`): the sender's from its name at `example.org`,
/// the account's `support@example.com`, a message id at the sender's
/// domain. The captured samples (`spec/samples/`, and the copies this
/// crate reads) keep what was captured; what the simulator serves is a
/// mailbox a person can read.
pub fn readable_addresses(ticket: types::SuspendedTicket) -> types::SuspendedTicket {
    let mut record = serde_json::to_value(&ticket).expect("a record encodes");
    let name = record
        .pointer("/author/name")
        .and_then(Value::as_str)
        .unwrap_or("sender");
    let local: String = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(".")
        .to_lowercase();
    let sender = format!(
        "{}@example.org",
        if local.is_empty() { "sender" } else { &local }
    );
    let message_id = format!("<{}@example.org>", ticket.id);
    for (pointer, address) in [
        ("/author/email", sender.as_str()),
        ("/via/source/from/address", sender.as_str()),
        ("/recipient", "support@example.com"),
        ("/via/source/to/address", "support@example.com"),
        ("/message_id", message_id.as_str()),
    ] {
        if let Some(field) = record.pointer_mut(pointer) {
            if field.as_str().is_some_and(|t| t.contains(HIDDEN_ADDRESS)) {
                *field = Value::String(address.to_string());
            }
        }
    }
    from_json(record)
}

/// The soft-deleted tickets of the captured samples, each with the ticket.
pub fn sample_deleted() -> Vec<(types::Ticket, types::DeletedTicket)> {
    let page: types::DeletedTicketsPage =
        serde_json::from_str(SAMPLE_DELETED).expect("sample decodes");
    page.deleted_tickets
        .into_iter()
        .map(|d| (ticket_for_deleted(&d), d))
        .collect()
}

/// The live tickets of the captured samples.
pub fn sample_tickets() -> Vec<types::Ticket> {
    let shown: types::TicketResponse = serde_json::from_str(SAMPLE_TICKET).expect("sample decodes");
    let ccd: types::TicketsPage = serde_json::from_str(SAMPLE_CCD).expect("sample decodes");
    std::iter::once(shown.ticket).chain(ccd.tickets).collect()
}

/// The deleted users of the captured samples (deleted, their data kept), as
/// users with `active: false`.
pub fn sample_deleted_users() -> Vec<types::User> {
    let shown: types::DeletedUserResponse =
        serde_json::from_str(SAMPLE_DELETED_USER).expect("sample decodes");
    let mut user = serde_json::to_value(shown.deleted_user).expect("a record encodes");
    user["active"] = Value::Bool(false);
    vec![from_json(user)]
}

/// The job statuses of the captured samples: jobs that ended before the
/// simulator started.
pub fn sample_jobs() -> Vec<types::JobStatus> {
    SAMPLE_JOBS
        .iter()
        .map(|text| {
            let shown: types::JobStatusResponse =
                serde_json::from_str(text).expect("sample decodes");
            shown.job_status
        })
        .collect()
}

fn ticket_for_deleted(d: &types::DeletedTicket) -> types::Ticket {
    from_json(json!({
        "id": d.id,
        "subject": d.subject,
        "description": d.description,
        "status": "closed",
        "requester_id": 2_000_000,
        "created_at": d.deleted_at,
        "updated_at": d.deleted_at,
    }))
}

/// Builds a generated type from JSON the simulator wrote itself.
pub fn from_json<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the simulator builds records the spec describes")
}

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// When generated mail arrived: within the 30 days before this instant.
fn epoch() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0)
        .single()
        .expect("a valid date")
}

/// `count` generated suspended tickets with ids from `first_id`.
pub fn generate_suspended(
    rng: &mut fastrand::Rng,
    first_id: i64,
    count: usize,
    base_url: &str,
) -> Vec<types::SuspendedTicket> {
    (0..count as i64)
        .map(|n| {
            let id = first_id + n;
            let roll = rng.f64();
            let spam = roll < 0.45;
            // A few are the account's own notifications looping back: those
            // cannot be recovered.
            let own_mail = !spam && roll > 0.97;
            let cause = if spam {
                CAUSES[rng.usize(..3)]
            } else if own_mail {
                CAUSES[8]
            } else {
                CAUSES[3 + rng.usize(..5)]
            };
            let domain = if spam {
                pick(rng, &SPAM_DOMAINS)
            } else {
                pick(rng, &CUSTOMER_DOMAINS)
            };
            let (first, last) = (pick(rng, &FIRST), pick(rng, &LAST));
            let email = if own_mail {
                "support@acme.zendesk.com".to_string()
            } else {
                format!("{}.{}@{domain}", first.to_lowercase(), last.to_lowercase())
            };
            let subject = if spam {
                pick(rng, &SPAM_SUBJECTS)
            } else {
                pick(rng, &CUSTOMER_SUBJECTS)
            };
            let created = epoch() - Span::minutes(rng.i64(0..30 * 24 * 60));
            let known_user = !spam && rng.bool();
            from_json(json!({
                "id": id,
                "url": format!("{base_url}/api/v2/suspended_tickets/{id}.json"),
                "author": {
                    "id": if known_user { Some(3_000_000 + rng.i64(0..100_000)) } else { None },
                    "name": format!("{first} {last}"),
                    "email": email,
                },
                "brand_id": 360_000_123_456_i64,
                "cause": cause.text,
                "cause_id": cause.id,
                "cause_name": cause.name,
                "content": format!("{subject}\n\n-- \n{first} {last}"),
                "created_at": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "updated_at": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "error_messages": null,
                "message_id": format!("<{id}.{}@{domain}>", rng.u32(..)),
                "recipient": "support@acme.zendesk.com",
                "subject": subject,
                "ticket_id": null,
                "attachments": [],
                "via": {
                    "channel": "email",
                    "source": {
                        "from": { "address": email, "name": format!("{first} {last}") },
                        "to": { "address": "support@acme.zendesk.com", "name": "Acme Support" },
                        "rel": null,
                    },
                },
            }))
        })
        .collect()
}

/// `count` generated soft-deleted tickets with ids from `first_id`.
pub fn generate_deleted(
    rng: &mut fastrand::Rng,
    first_id: i64,
    count: usize,
) -> Vec<(types::Ticket, types::DeletedTicket)> {
    (0..count as i64)
        .map(|n| {
            let id = first_id + n;
            let subject = pick(rng, &CUSTOMER_SUBJECTS);
            let deleted = epoch() - Span::minutes(rng.i64(0..7 * 24 * 60));
            let info: types::DeletedTicket = from_json(json!({
                "id": id,
                "subject": subject,
                "description": format!("{subject} (ticket {id})"),
                "previous_state": pick(rng, &["new", "open", "pending", "solved", "closed"]),
                "deleted_at": deleted.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "actor": { "id": 1_000_002, "name": "Grace Agent" },
            }));
            (ticket_for_deleted(&info), info)
        })
        .collect()
}

/// An end user.
pub fn person(id: i64, name: &str, email: &str, base_url: &str) -> types::User {
    let created = epoch() - Span::days(400);
    from_json(json!({
        "id": id,
        "url": format!("{base_url}/api/v2/users/{id}.json"),
        "name": name,
        "email": email,
        "phone": null,
        "role": "end-user",
        "role_type": null,
        "active": true,
        "suspended": false,
        "verified": true,
        "organization_id": null,
        "external_id": null,
        "tags": [],
        "notes": null,
        "time_zone": "London",
        "locale": "en-GB",
        "created_at": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "updated_at": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "last_login_at": null,
        // What live user records carry beside (zendesk_api_client_rb's and
        // zenpy's recordings).
        "alias": null,
        "details": null,
        "signature": null,
        "photo": null,
        "user_fields": {},
        "shared_phone_number": null,
        "iana_time_zone": "Europe/London",
        "locale_id": 1176,
        "shared": false,
        "shared_agent": false,
        "restricted_agent": true,
        "ticket_restriction": "requested",
        "custom_role_id": null,
        "default_group_id": null,
        "moderator": false,
        "only_private_comments": false,
        "two_factor_auth_enabled": null,
        "chat_only": false,
        "report_csv": false,
    }))
}

/// A live ticket the user requested.
pub fn ticket(id: i64, requester_id: i64, subject: &str, base_url: &str) -> types::Ticket {
    let created = epoch().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    from_json(json!({
        "id": id,
        "url": format!("{base_url}/api/v2/tickets/{id}.json"),
        "subject": subject,
        "raw_subject": subject,
        "description": format!("{subject}\n\nPlease help."),
        "status": "open",
        "requester_id": requester_id,
        "submitter_id": requester_id,
        "tags": [],
        "created_at": created,
        "updated_at": created,
        "via": { "channel": "email" },
    }))
}

/// `count` generated end users, each with the subjects of the 1 to 5 live
/// tickets they requested.
pub fn generate_people(
    rng: &mut fastrand::Rng,
    count: usize,
    base_url: &str,
) -> Vec<(types::User, Vec<String>)> {
    (0..count)
        .map(|n| {
            let (first, last) = (pick(rng, &FIRST), pick(rng, &LAST));
            let domain = pick(rng, &CUSTOMER_DOMAINS);
            let name = format!("{first} {last}");
            let email = format!(
                "{}.{}{n}@{domain}",
                first.to_lowercase(),
                last.to_lowercase()
            );
            let subjects = (0..rng.usize(1..=5))
                .map(|_| pick(rng, &CUSTOMER_SUBJECTS).to_string())
                .collect();
            let mut user = person(0, &name, &email, base_url);
            // Some people gave more about themselves: an address, a phone.
            if n % 3 == 0 {
                user.details = Some(format!("{} Example Street, Exampletown", 10 + n));
                user.phone = Some(format!("+1555{:07}", n));
            }
            (user, subjects)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_samples_records_carry_addresses_a_person_can_read() {
        let served = serde_json::to_string(&sample_suspended()).unwrap();
        assert!(!served.contains(HIDDEN_ADDRESS), "{served}");
        let first = &sample_suspended()[0];
        assert_eq!(first.id, 435);
        let author = first.author.as_ref().unwrap();
        assert_eq!(author.email.as_deref(), Some("mr.roboto@example.org"));
        // The captured copies themselves stay as they were captured.
        assert!(SAMPLES_LIST.contains(HIDDEN_ADDRESS));
    }
}
