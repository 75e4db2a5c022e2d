//! What a simulator holds at start: the records of the captured samples, then
//! generated ones, deterministic from the seed.

use chrono::{DateTime, Duration as Span, TimeZone, Utc};
use serde_json::{json, Value};
use zendesk_support::types;

/// Causes Zendesk gives, with whether recovering succeeds.
pub const CAUSES: [(&str, i64, bool); 7] = [
    ("Detected as spam", 0, true),
    ("Automated response mail", 1, true),
    ("Detected as phishing", 3, true),
    ("Sender domain not on allowlist", 7, true),
    (
        "End-user only allowed to update their own tickets",
        14,
        true,
    ),
    ("Suspended user", 17, true),
    ("Received from support address", 22, false),
];

/// Whether a suspended ticket with this cause can be recovered.
pub fn recoverable(cause: Option<&str>) -> bool {
    CAUSES
        .iter()
        .find(|(c, _, _)| Some(*c) == cause)
        .is_none_or(|(_, _, ok)| *ok)
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

/// The suspended tickets of the captured samples.
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
    out
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
    vec![shown.ticket]
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
            let (cause, cause_id, _) = if spam {
                CAUSES[rng.usize(..3)]
            } else if own_mail {
                CAUSES[6]
            } else {
                CAUSES[3 + rng.usize(..3)]
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
                "cause": cause,
                "cause_id": cause_id,
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
