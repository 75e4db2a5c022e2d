//! The simulated account: its records and what each operation does to them,
//! independent of HTTP. Every reply body is built from the types generated
//! from the spec, so a reply cannot have a shape the spec does not know.

use crate::config::Config;
use crate::pages::{self, Listing};
use crate::seed::{self, from_json};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};
use zendesk_support::types;

/// What an operation answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A JSON body.
    Json(u16, Value),
    /// No body.
    Empty(u16),
    /// A Zendesk error body, with `Retry-After` seconds for a 429.
    Error(u16, Value, Option<u64>),
}

/// Zendesk's error body.
pub fn error(status: u16, code: &str, description: &str) -> Reply {
    Reply::Error(
        status,
        json!({ "error": code, "description": description }),
        None,
    )
}

/// Zendesk's validation error: `field` refused with `code`, in words.
pub fn record_invalid(field: &str, code: &str, description: &str) -> Reply {
    Reply::Error(
        422,
        json!({
            "error": "RecordInvalid",
            "description": "Record validation errors",
            "details": { field: [{ "error": code, "description": description }] },
        }),
        None,
    )
}

pub fn not_found() -> Reply {
    error(404, "RecordNotFound", "Not found")
}

fn to_json<T: serde::Serialize>(status: u16, value: &T) -> Reply {
    match serde_json::to_value(value) {
        Ok(v) => Reply::Json(status, v),
        Err(e) => error(500, "InternalError", &e.to_string()),
    }
}

/// A background job.
#[derive(Debug, Clone)]
struct Job {
    id: String,
    seq: u64,
    kind: JobKind,
    ids: Vec<i64>,
    queued_at: Instant,
    /// Set once the job's work is done.
    finished: Option<(
        types::JobStatusStatus,
        Option<String>,
        Option<types::JobStatusResults>,
    )>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobKind {
    /// `DELETE /deleted_tickets/{id}`.
    Purge,
    /// `DELETE /deleted_tickets/destroy_many`.
    PurgeMany,
    /// `DELETE /tickets/destroy_many` (soft).
    SoftDeleteMany,
    /// `PUT /tickets/mark_many_as_spam`.
    MarkSpamMany,
}

impl JobKind {
    fn job_type(self) -> &'static str {
        match self {
            JobKind::Purge => "TicketDeletionJob",
            JobKind::PurgeMany | JobKind::SoftDeleteMany => "BulkDeleteTickets",
            JobKind::MarkSpamMany => "MarkTicketsAsSpam",
        }
    }
}

/// A per-minute request budget.
#[derive(Debug, Clone)]
pub struct Window {
    started: Instant,
    used: u32,
}

impl Window {
    fn new() -> Self {
        Window {
            started: Instant::now(),
            used: 0,
        }
    }

    /// Counts a request against `limit` per `length`; `Err(seconds to wait)`
    /// when none is left.
    pub fn take(&mut self, limit: u32, length: Duration) -> Result<u32, u64> {
        if self.started.elapsed() >= length {
            *self = Window::new();
        }
        if self.used >= limit {
            return Err(self.resets_in(length));
        }
        self.used += 1;
        Ok(limit - self.used)
    }

    /// Whole seconds until the window resets (at least 1).
    pub fn resets_in(&self, length: Duration) -> u64 {
        let left = length.saturating_sub(self.started.elapsed());
        left.as_secs_f64().ceil().max(1.0) as u64
    }
}

/// A copy of the simulated account, for tests to inspect.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Suspended tickets, by id.
    pub suspended: Vec<types::SuspendedTicket>,
    /// Live tickets, by id.
    pub tickets: Vec<types::Ticket>,
    /// Soft-deleted tickets, by id.
    pub deleted: Vec<types::DeletedTicket>,
    /// Job statuses, oldest first.
    pub jobs: Vec<types::JobStatus>,
    /// Users, deleted ones (`active: false`) included, by id.
    pub users: Vec<types::User>,
    /// Deleted users as `list_deleted_users` shows them: deleted ones with
    /// their data, permanently deleted ones without.
    pub deleted_users: Vec<types::DeletedUser>,
    /// Requests received, faults and refusals included.
    pub requests: u64,
    /// Requests answered `429`.
    pub rate_limited: u64,
}

/// The simulated account.
pub struct State {
    pub(crate) config: Config,
    pub(crate) base_url: String,
    pub(crate) rng: fastrand::Rng,
    next_id: i64,
    suspended: BTreeMap<i64, types::SuspendedTicket>,
    tickets: BTreeMap<i64, types::Ticket>,
    deleted: BTreeMap<i64, (types::Ticket, types::DeletedTicket)>,
    jobs: BTreeMap<String, Job>,
    job_seq: u64,
    /// Users; a deleted one stays, `active: false`, until permanently deleted.
    users: BTreeMap<i64, types::User>,
    /// What is left of permanently deleted users: no personal data.
    erased_users: BTreeMap<i64, types::DeletedUser>,
    pub(crate) window: Window,
    endpoint_windows: HashMap<&'static str, Window>,
    pub(crate) requests: u64,
    pub(crate) rate_limited: u64,
}

/// Endpoints with a limit of their own, per minute (Zendesk's docs), and the
/// name their `zendesk-rate-limit-<name>` header gives them.
pub fn endpoint_limit(operation: &str) -> Option<(u32, &'static str)> {
    match operation {
        "export_suspended_tickets" => Some((1, "suspended-tickets-export")),
        "list_deleted_tickets" => Some((10, "deleted-tickets-index")),
        "delete_ticket" => Some((400, "tickets-destroy")),
        _ => None,
    }
}

/// An endpoint's budget after a request, for its `zendesk-rate-limit-…`
/// header: `total=…; remaining=…; resets=…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointBudget {
    /// The header's name after `zendesk-rate-limit-`.
    pub name: &'static str,
    /// Requests per minute.
    pub total: u32,
    /// Requests left in this minute.
    pub remaining: u32,
    /// Seconds until the minute resets.
    pub resets: u64,
}

impl State {
    /// An account seeded from the samples and `config`.
    pub fn new(config: Config, base_url: String) -> Self {
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let mut state = State {
            base_url: base_url.clone(),
            next_id: 25_000_000_000_000,
            suspended: BTreeMap::new(),
            tickets: BTreeMap::new(),
            deleted: BTreeMap::new(),
            jobs: BTreeMap::new(),
            job_seq: 0,
            users: BTreeMap::new(),
            erased_users: BTreeMap::new(),
            window: Window::new(),
            endpoint_windows: HashMap::new(),
            requests: 0,
            rate_limited: 0,
            rng: fastrand::Rng::new(),
            config,
        };
        for t in seed::sample_suspended() {
            if let Some(id) = t.id {
                state.suspended.insert(id, t);
            }
        }
        for t in seed::sample_tickets() {
            if let Some(id) = t.id {
                state.tickets.insert(id, t);
            }
        }
        for (t, d) in seed::sample_deleted() {
            if let Some(id) = d.id {
                state.deleted.insert(id, (t, d));
            }
        }
        let first = state.take_ids(state.config.suspended);
        for t in seed::generate_suspended(&mut rng, first, state.config.suspended, &base_url) {
            state.suspended.insert(t.id.unwrap_or_default(), t);
        }
        let first = state.take_ids(state.config.deleted);
        for (t, d) in seed::generate_deleted(&mut rng, first, state.config.deleted) {
            state.deleted.insert(d.id.unwrap_or_default(), (t, d));
        }
        // The agents: the one the simulator authenticates, and the one who
        // deleted the generated deleted tickets.
        for (id, name, email) in [
            (
                state.config.agent_id,
                "API Agent",
                state.config.email.clone(),
            ),
            (1_000_002, "Grace Agent", "grace@acme.example".to_string()),
        ] {
            let mut agent = seed::person(id, name, &email, &base_url);
            agent.role = Some(types::UserRole::Agent);
            state.users.insert(id, agent);
        }
        let requesters: Vec<i64> = state
            .tickets
            .values()
            .chain(state.deleted.values().map(|(t, _)| t))
            .filter_map(|t| t.requester_id)
            .collect();
        for id in requesters {
            state.ensure_user(id, None, None);
        }
        let people = seed::generate_people(&mut rng, state.config.people, &base_url);
        for (user, subjects) in people {
            let id = state.take_ids(1);
            state.insert_person(id, user, &subjects);
        }
        state.rng = rng;
        state
    }

    fn take_ids(&mut self, count: usize) -> i64 {
        let first = self.next_id;
        self.next_id += count as i64;
        first
    }

    /// Counts a request against an endpoint's own limit: its budget
    /// afterwards (`None` for endpoints without one), or the budget and the
    /// seconds to wait when none was left.
    pub fn take_endpoint(
        &mut self,
        operation: &'static str,
    ) -> Result<Option<EndpointBudget>, (EndpointBudget, u64)> {
        let Some((total, name)) = endpoint_limit(operation) else {
            return Ok(None);
        };
        let minute = Duration::from_secs(60);
        let window = self
            .endpoint_windows
            .entry(operation)
            .or_insert_with(Window::new);
        let taken = window.take(total, minute);
        let budget = |remaining| EndpointBudget {
            name,
            total,
            remaining,
            resets: window.resets_in(minute),
        };
        match taken {
            Ok(remaining) => Ok(Some(budget(remaining))),
            Err(wait) => {
                let b = budget(0);
                self.rate_limited += 1;
                Err((b, wait))
            }
        }
    }

    /// Adds suspended tickets (for tests); returns their ids.
    pub fn add_suspended(&mut self, tickets: Vec<types::SuspendedTicket>) -> Vec<i64> {
        tickets
            .into_iter()
            .map(|mut t| {
                let id = t.id.unwrap_or_else(|| self.take_ids(1));
                t.id = Some(id);
                self.suspended.insert(id, t);
                id
            })
            .collect()
    }

    /// A copy of everything.
    pub fn snapshot(&mut self) -> Snapshot {
        self.advance_jobs();
        let jobs = {
            let mut jobs: Vec<&Job> = self.jobs.values().collect();
            jobs.sort_by_key(|j| j.seq);
            jobs.into_iter().map(|j| self.job_status(j)).collect()
        };
        Snapshot {
            suspended: self.suspended.values().cloned().collect(),
            tickets: self.tickets.values().cloned().collect(),
            deleted: self.deleted.values().map(|(_, d)| d.clone()).collect(),
            jobs,
            users: self.users.values().cloned().collect(),
            deleted_users: self.deleted_users(),
            requests: self.requests,
            rate_limited: self.rate_limited,
        }
    }

    // ---------------------------------------------------------- suspended

    pub fn list_suspended(&self, listing: &Listing) -> Reply {
        let key = match listing.sort_by.as_deref() {
            None => None,
            Some(f @ ("author_email" | "cause" | "created_at" | "subject")) => Some(f),
            Some(other) => return invalid_sort(other),
        };
        let path = "/api/v2/suspended_tickets";
        let by_id = key
            .is_none()
            .then(|| pages::paginate_by_id(&self.suspended, listing, &self.base_url, path, |t| t))
            .flatten();
        let page = by_id.unwrap_or_else(|| {
            let items: Vec<(String, i64, &types::SuspendedTicket)> = self
                .suspended
                .iter()
                .map(|(id, t)| {
                    let k = match key {
                        Some("author_email") => t.author.as_ref().and_then(|a| a.email.clone()),
                        Some("cause") => t.cause.clone(),
                        Some("created_at") => t.created_at.map(|d| d.to_rfc3339()),
                        Some("subject") => t.subject.clone(),
                        _ => None,
                    };
                    (k.unwrap_or_default(), *id, t)
                })
                .collect();
            pages::paginate(items, listing, &self.base_url, path)
        });
        match page {
            Ok(page) => to_json(
                200,
                &types::SuspendedTicketsPage {
                    suspended_tickets: page.items.into_iter().cloned().collect(),
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }

    pub fn show_suspended(&self, id: i64) -> Reply {
        match self.suspended.get(&id) {
            Some(t) => to_json(
                200,
                &types::SuspendedTicketResponse {
                    suspended_ticket: t.clone(),
                },
            ),
            None => not_found(),
        }
    }

    pub fn delete_suspended(&mut self, id: i64) -> Reply {
        match self.suspended.remove(&id) {
            Some(_) => Reply::Empty(204),
            None => not_found(),
        }
    }

    pub fn delete_suspended_many(&mut self, ids: &[i64]) -> Reply {
        for id in ids {
            self.suspended.remove(id);
        }
        Reply::Empty(204)
    }

    /// Recovers one suspended ticket: `Ok` with the new ticket, or `Err`
    /// with the suspended ticket that cannot be recovered.
    fn recover_one(
        &mut self,
        id: i64,
        requester: Option<i64>,
    ) -> Option<Result<types::Ticket, types::SuspendedTicket>> {
        let suspended = self.suspended.get(&id)?.clone();
        if !seed::recoverable(&suspended) {
            return Some(Err(suspended));
        }
        self.suspended.remove(&id);
        let ticket_id = self.take_ids(1);
        let author_id = suspended.author.as_ref().and_then(|a| a.id);
        // An author unknown to the account becomes a new user.
        let requester_id = requester
            .or(author_id)
            .unwrap_or_else(|| 4_000_000 + id % 1_000_000);
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let ticket: types::Ticket = from_json(json!({
            "id": ticket_id,
            "url": format!("{}/api/v2/tickets/{ticket_id}.json", self.base_url),
            "subject": suspended.subject,
            "raw_subject": suspended.subject,
            "description": suspended.content,
            "status": "open",
            "recipient": suspended.recipient,
            "requester_id": requester_id,
            "submitter_id": requester_id,
            "brand_id": suspended.brand_id,
            "tags": [],
            "created_at": now,
            "updated_at": now,
            "via": { "channel": "email" },
        }));
        let author = suspended.author.as_ref();
        self.ensure_user(
            requester_id,
            author.and_then(|a| a.name.clone()),
            author.and_then(|a| a.email.clone()),
        );
        self.tickets.insert(ticket_id, ticket.clone());
        Some(Ok(ticket))
    }

    pub fn recover(&mut self, id: i64) -> Reply {
        let agent = self.config.agent_id;
        match self.recover_one(id, Some(agent)) {
            None => not_found(),
            Some(Ok(ticket)) => to_json(
                200,
                &types::RecoveredTicketResponse {
                    ticket: vec![ticket],
                },
            ),
            Some(Err(failed)) => to_json(
                422,
                &types::RecoverSuspendedTicketFailure {
                    ticket: vec![failed],
                },
            ),
        }
    }

    pub fn recover_many(&mut self, ids: &[i64]) -> Reply {
        let mut tickets = Vec::new();
        let mut failed = Vec::new();
        for &id in ids {
            match self.recover_one(id, None) {
                Some(Ok(t)) => tickets.push(t),
                Some(Err(s)) => failed.push(s),
                // Zendesk lists unknown ids among the failures too.
                None => failed.push(from_json(
                    json!({ "id": id, "cause": "Not found", "error_messages": ["RecordNotFound"] }),
                )),
            }
        }
        if failed.is_empty() {
            to_json(200, &types::RecoveredTicketsResponse { tickets })
        } else {
            to_json(
                422,
                &types::SuspendedTicketsNotRecovered {
                    suspended_tickets: failed,
                },
            )
        }
    }

    pub fn attachments(&mut self, id: i64) -> Reply {
        let Some(suspended) = self.suspended.get(&id) else {
            return not_found();
        };
        let attachments = suspended.attachments.clone();
        let token: String = (0..15)
            .map(|_| self.rng.alphanumeric().to_ascii_lowercase())
            .collect();
        to_json(
            200,
            &types::UploadResponse {
                upload: types::Upload {
                    token: Some(token),
                    attachments,
                },
            },
        )
    }

    pub fn export(&mut self) -> Reply {
        to_json(
            200,
            &types::SuspendedTicketExportResponse {
                export: types::SuspendedTicketExport {
                    status: Some("enqueued".into()),
                    view_id: Some("suspended".into()),
                },
            },
        )
    }

    // ---------------------------------------------------------- deleted

    pub fn list_deleted(&self, listing: &Listing) -> Reply {
        let key = match listing.sort_by.as_deref() {
            None | Some("id") => None,
            Some(f @ ("subject" | "deleted_at")) => Some(f),
            Some(other) => return invalid_sort(other),
        };
        let path = "/api/v2/deleted_tickets";
        let by_id = key
            .is_none()
            .then(|| {
                pages::paginate_by_id(&self.deleted, listing, &self.base_url, path, |(_, d)| d)
            })
            .flatten();
        let page = by_id.unwrap_or_else(|| {
            let items: Vec<(String, i64, &types::DeletedTicket)> = self
                .deleted
                .iter()
                .map(|(id, (_, d))| {
                    let k = match key {
                        Some("subject") => d.subject.clone(),
                        Some("deleted_at") => d.deleted_at.map(|t| t.to_rfc3339()),
                        _ => None,
                    };
                    (k.unwrap_or_default(), *id, d)
                })
                .collect();
            pages::paginate(items, listing, &self.base_url, path)
        });
        match page {
            Ok(page) => to_json(
                200,
                &types::DeletedTicketsPage {
                    deleted_tickets: page.items.into_iter().cloned().collect(),
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }

    pub fn restore(&mut self, id: i64) -> Reply {
        match self.deleted.remove(&id) {
            Some((ticket, _)) => {
                self.tickets.insert(id, ticket);
                // What Zendesk answers live (spec/samples/real/restore_deleted_ticket).
                Reply::Json(200, json!({}))
            }
            None => not_found(),
        }
    }

    pub fn restore_many(&mut self, ids: &[i64]) -> Reply {
        for id in ids {
            if let Some((ticket, _)) = self.deleted.remove(id) {
                self.tickets.insert(*id, ticket);
            }
        }
        Reply::Empty(200)
    }

    pub fn delete_permanently(&mut self, id: i64) -> Reply {
        if !self.deleted.contains_key(&id) {
            return not_found();
        }
        self.queue(JobKind::Purge, vec![id])
    }

    pub fn delete_permanently_many(&mut self, ids: &[i64]) -> Reply {
        self.queue(JobKind::PurgeMany, ids.to_vec())
    }

    // ---------------------------------------------------------- tickets

    pub fn show_ticket(&self, id: i64) -> Reply {
        match self.tickets.get(&id) {
            Some(t) => to_json(200, &types::TicketResponse { ticket: t.clone() }),
            None => not_found(),
        }
    }

    fn soft_delete(&mut self, id: i64) -> bool {
        let Some(ticket) = self.tickets.remove(&id) else {
            return false;
        };
        let info: types::DeletedTicket = from_json(json!({
            "id": id,
            "subject": ticket.subject,
            "description": ticket.description,
            "previous_state": ticket.status,
            "deleted_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "actor": { "id": self.config.agent_id, "name": "API agent" },
        }));
        self.deleted.insert(id, (ticket, info));
        true
    }

    pub fn delete_ticket(&mut self, id: i64) -> Reply {
        if self.soft_delete(id) {
            Reply::Empty(204)
        } else {
            not_found()
        }
    }

    pub fn delete_tickets(&mut self, ids: &[i64]) -> Reply {
        self.queue(JobKind::SoftDeleteMany, ids.to_vec())
    }

    pub fn mark_spam(&mut self, id: i64) -> Reply {
        if self.mark_spam_one(id) {
            Reply::Empty(200)
        } else {
            not_found()
        }
    }

    pub fn mark_spam_many(&mut self, ids: &[i64]) -> Reply {
        self.queue(JobKind::MarkSpamMany, ids.to_vec())
    }

    /// Marks a live ticket as spam: it is soft-deleted and its requester
    /// suspended. `false` when there is no such live ticket.
    fn mark_spam_one(&mut self, id: i64) -> bool {
        let requester = self.tickets.get(&id).and_then(|t| t.requester_id);
        if !self.soft_delete(id) {
            return false;
        }
        if let Some(user) = requester.and_then(|r| self.users.get_mut(&r)) {
            user.suspended = Some(true);
        }
        true
    }

    // ---------------------------------------------------------- users

    /// Adds an end user who requested `tickets` live tickets (for tests and
    /// demos); returns the user's id and the tickets' ids.
    pub fn add_person(&mut self, name: &str, email: &str, tickets: usize) -> (i64, Vec<i64>) {
        let id = self.take_ids(1);
        let user = seed::person(id, name, email, &self.base_url);
        let subjects: Vec<String> = (1..=tickets)
            .map(|n| format!("Request {n} from {name}"))
            .collect();
        let ids = self.insert_person(id, user, &subjects);
        (id, ids)
    }

    /// Copies a user on a live ticket (as a CC); `false` if either is unknown.
    pub fn add_cc(&mut self, ticket_id: i64, user_id: i64) -> bool {
        if !self.users.contains_key(&user_id) {
            return false;
        }
        match self.tickets.get_mut(&ticket_id) {
            Some(t) => {
                t.collaborator_ids.push(user_id);
                t.email_cc_ids.push(user_id);
                true
            }
            None => false,
        }
    }

    fn insert_person(&mut self, id: i64, mut user: types::User, subjects: &[String]) -> Vec<i64> {
        user.id = Some(id);
        user.url = Some(format!("{}/api/v2/users/{id}.json", self.base_url));
        self.users.insert(id, user);
        let first = self.take_ids(subjects.len());
        subjects
            .iter()
            .enumerate()
            .map(|(n, subject)| {
                let ticket_id = first + n as i64;
                let ticket = seed::ticket(ticket_id, id, subject, &self.base_url);
                self.tickets.insert(ticket_id, ticket);
                ticket_id
            })
            .collect()
    }

    /// Makes sure a ticket's requester exists as a user.
    fn ensure_user(&mut self, id: i64, name: Option<String>, email: Option<String>) {
        if self.users.contains_key(&id) || self.erased_users.contains_key(&id) {
            return;
        }
        let name = name.unwrap_or_else(|| format!("Customer {id}"));
        let email = email.unwrap_or_else(|| format!("customer{id}@customer.example"));
        self.users
            .insert(id, seed::person(id, &name, &email, &self.base_url));
    }

    /// The deleted users, as `list_deleted_users` shows them, by id.
    fn deleted_users(&self) -> Vec<types::DeletedUser> {
        let mut out: Vec<types::DeletedUser> = self
            .users
            .values()
            .filter(|u| u.active == Some(false))
            .map(|u| self.as_deleted(u))
            .chain(self.erased_users.values().cloned())
            .collect();
        out.sort_by_key(|u| u.id);
        out
    }

    fn as_deleted(&self, u: &types::User) -> types::DeletedUser {
        from_json(json!({
            "id": u.id,
            "url": format!("{}/api/v2/deleted_users/{}.json", self.base_url, u.id.unwrap_or_default()),
            "name": u.name,
            "email": u.email,
            "phone": u.phone,
            "role": u.role,
            "active": false,
            "organization_id": u.organization_id,
            "time_zone": u.time_zone,
            "locale": u.locale,
            "created_at": u.created_at,
            "updated_at": u.updated_at,
        }))
    }

    pub fn show_user(&self, id: i64) -> Reply {
        match self.users.get(&id) {
            Some(u) => to_json(200, &types::UserResponse { user: u.clone() }),
            None => not_found(),
        }
    }

    /// A search, not a lookup: the active users whose email, name or notes
    /// contain the query (without case), or whose external id is the one
    /// given. Whether Zendesk's search finds deleted users is not known; the
    /// simulator's does not, so a client must not rely on it.
    pub fn search_users(
        &self,
        query: Option<&str>,
        external_id: Option<&str>,
        listing: &Listing,
    ) -> Reply {
        let query = query.map(str::to_lowercase);
        let contains = |field: &Option<String>, q: &str| {
            field
                .as_deref()
                .is_some_and(|f| f.to_lowercase().contains(q))
        };
        let items: Vec<(String, i64, &types::User)> = self
            .users
            .iter()
            .filter(|(_, u)| u.active != Some(false))
            .filter(|(_, u)| match (&query, external_id) {
                (Some(q), _) => {
                    contains(&u.email, q) || contains(&u.name, q) || contains(&u.notes, q)
                }
                (None, Some(e)) => u.external_id.as_deref() == Some(e),
                (None, None) => false,
            })
            .map(|(id, u)| (String::new(), *id, u))
            .collect();
        let listing = Listing {
            size: None,
            ..listing.clone()
        };
        match pages::paginate(items, &listing, &self.base_url, "/api/v2/users/search") {
            Ok(page) => to_json(
                200,
                &types::UsersPage {
                    users: page.items.into_iter().cloned().collect(),
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }

    pub fn update_user(&mut self, id: i64, change: &types::UserUpdate) -> Reply {
        let Some(user) = self.users.get_mut(&id) else {
            return not_found();
        };
        if let Some(suspended) = change.suspended {
            user.suspended = Some(suspended);
            user.updated_at = Some(chrono::Utc::now());
        }
        to_json(200, &types::UserResponse { user: user.clone() })
    }

    /// Deletes a user: `active: false`, data kept. A user deleted already is
    /// `404` here (Zendesk's answer to that is not recorded).
    pub fn delete_user(&mut self, id: i64) -> Reply {
        match self.users.get_mut(&id) {
            Some(user) if user.active != Some(false) => {
                user.active = Some(false);
                user.updated_at = Some(chrono::Utc::now());
                to_json(200, &types::UserResponse { user: user.clone() })
            }
            _ => not_found(),
        }
    }

    /// The live tickets whose requester (or, `ccd`, a collaborator) the user is.
    pub fn list_user_tickets(&self, id: i64, ccd: bool, listing: &Listing) -> Reply {
        if !self.users.contains_key(&id) {
            return not_found();
        }
        let items: Vec<(String, i64, &types::Ticket)> = self
            .tickets
            .iter()
            .filter(|(_, t)| {
                if ccd {
                    t.collaborator_ids.contains(&id)
                } else {
                    t.requester_id == Some(id)
                }
            })
            .map(|(tid, t)| (String::new(), *tid, t))
            .collect();
        let path = format!(
            "/api/v2/users/{id}/tickets/{}",
            if ccd { "ccd" } else { "requested" }
        );
        let listing = listing.unsorted();
        match pages::paginate(items, &listing, &self.base_url, &path) {
            Ok(page) => to_json(
                200,
                &types::TicketsPage {
                    tickets: page.items.into_iter().cloned().collect(),
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }

    pub fn list_deleted_users(&self, listing: &Listing) -> Reply {
        let items: Vec<(String, i64, types::DeletedUser)> = self
            .deleted_users()
            .into_iter()
            .map(|u| (String::new(), u.id.unwrap_or_default(), u))
            .collect();
        let listing = listing.unsorted();
        match pages::paginate(items, &listing, &self.base_url, "/api/v2/deleted_users") {
            Ok(page) => to_json(
                200,
                &types::DeletedUsersPage {
                    deleted_users: page.items,
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }

    pub fn show_deleted_user(&self, id: i64) -> Reply {
        match self.users.get(&id) {
            Some(u) if u.active == Some(false) => to_json(
                200,
                &types::DeletedUserResponse {
                    deleted_user: self.as_deleted(u),
                },
            ),
            _ => not_found(),
        }
    }

    /// Permanently deletes a deleted user: only a tombstone is left. A user
    /// not deleted first is not a deleted user: `404`, as Zendesk's order
    /// (delete, then permanently delete) requires.
    pub fn delete_user_permanently(&mut self, id: i64) -> Reply {
        match self.users.get(&id) {
            Some(u) if u.active == Some(false) => {
                let before = self.as_deleted(u);
                self.users.remove(&id);
                let tombstone: types::DeletedUser = from_json(json!({
                    "id": id,
                    "url": before.url,
                    "name": "Permanently Deleted User",
                    "email": null,
                    "phone": null,
                    "role": before.role,
                    "active": false,
                    "organization_id": null,
                    "time_zone": before.time_zone,
                    "locale": before.locale,
                    "created_at": before.created_at,
                    "updated_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                }));
                self.erased_users.insert(id, tombstone);
                to_json(
                    200,
                    &types::DeletedUserResponse {
                        deleted_user: before,
                    },
                )
            }
            _ => not_found(),
        }
    }

    // ---------------------------------------------------------- jobs

    fn queue(&mut self, kind: JobKind, ids: Vec<i64>) -> Reply {
        let id = format!("V3-{:016x}", self.rng.u64(..));
        self.job_seq += 1;
        let job = Job {
            id: id.clone(),
            seq: self.job_seq,
            kind,
            ids,
            queued_at: Instant::now(),
            finished: None,
        };
        let status = self.job_status(&job);
        self.jobs.insert(id, job);
        to_json(200, &types::JobStatusResponse { job_status: status })
    }

    /// Does the work of every job whose time has come.
    pub fn advance_jobs(&mut self) {
        let due: Vec<String> = self
            .jobs
            .values()
            .filter(|j| j.finished.is_none() && j.queued_at.elapsed() >= self.config.job_step * 2)
            .map(|j| j.id.clone())
            .collect();
        for id in due {
            let Some(job) = self.jobs.get(&id).cloned() else {
                continue;
            };
            let finished = self.run(&job);
            if let Some(j) = self.jobs.get_mut(&id) {
                j.finished = Some(finished);
            }
        }
    }

    fn run(
        &mut self,
        job: &Job,
    ) -> (
        types::JobStatusStatus,
        Option<String>,
        Option<types::JobStatusResults>,
    ) {
        use types::{JobStatusResults, JobStatusStatus};
        let done = || {
            format!(
                "Completed at {}",
                chrono::Utc::now().format("%Y-%m-%d %H:%M:%S %z")
            )
        };
        match job.kind {
            JobKind::Purge => {
                let id = job.ids[0];
                if self.deleted.remove(&id).is_some() {
                    (
                        JobStatusStatus::Completed,
                        Some(done()),
                        Some(JobStatusResults::JobStatusOutcome(
                            types::JobStatusOutcome { success: true },
                        )),
                    )
                } else {
                    (
                        JobStatusStatus::Failed,
                        Some(format!("Ticket {id} is not soft-deleted")),
                        None,
                    )
                }
            }
            JobKind::MarkSpamMany => {
                let results = job
                    .ids
                    .iter()
                    .enumerate()
                    .map(|(index, &id)| {
                        from_json::<types::JobStatusResult>(if self.mark_spam_one(id) {
                            json!({ "id": id, "index": index, "action": "mark_as_spam", "success": true, "status": "Updated" })
                        } else {
                            json!({
                                "id": id, "index": index, "action": "mark_as_spam", "success": false,
                                "error": "RecordNotFound", "details": format!("Ticket {id} not found"),
                            })
                        })
                    })
                    .collect();
                (
                    JobStatusStatus::Completed,
                    Some(done()),
                    Some(JobStatusResults::Array(results)),
                )
            }
            JobKind::PurgeMany | JobKind::SoftDeleteMany => {
                let results = job
                    .ids
                    .iter()
                    .enumerate()
                    .map(|(index, &id)| {
                        let ok = match job.kind {
                            JobKind::SoftDeleteMany => self.soft_delete(id),
                            _ => self.deleted.remove(&id).is_some(),
                        };
                        from_json::<types::JobStatusResult>(if ok {
                            json!({ "id": id, "index": index, "action": "delete", "success": true, "status": "Deleted" })
                        } else {
                            json!({
                                "id": id, "index": index, "action": "delete", "success": false,
                                "error": if job.kind == JobKind::SoftDeleteMany { "RecordNotFound" } else { "TicketNotDeletable" },
                                "details": format!("Ticket {id} cannot be deleted: it is not {}", if job.kind == JobKind::SoftDeleteMany { "a live ticket" } else { "soft-deleted" }),
                            })
                        })
                    })
                    .collect();
                (
                    JobStatusStatus::Completed,
                    Some(done()),
                    Some(JobStatusResults::Array(results)),
                )
            }
        }
    }

    fn job_status(&self, job: &Job) -> types::JobStatus {
        use types::JobStatusStatus;
        let total = job.ids.len() as i64;
        let (status, progress, message, results) = match &job.finished {
            Some((status, message, results)) => (
                status.clone(),
                Some(total),
                message.clone(),
                results.clone(),
            ),
            None if job.queued_at.elapsed() < self.config.job_step => {
                (JobStatusStatus::Queued, None, None, None)
            }
            None => (JobStatusStatus::Working, Some(0), None, None),
        };
        types::JobStatus {
            id: job.id.clone(),
            job_type: Some(job.kind.job_type().into()),
            url: Some(format!(
                "{}/api/v2/job_statuses/{}.json",
                self.base_url, job.id
            )),
            status,
            progress,
            total: Some(total),
            message,
            results,
        }
    }

    pub fn show_job(&mut self, id: &str) -> Reply {
        self.advance_jobs();
        match self.jobs.get(id) {
            Some(job) => to_json(
                200,
                &types::JobStatusResponse {
                    job_status: self.job_status(job),
                },
            ),
            None => not_found(),
        }
    }

    pub fn show_jobs(&mut self, ids: &[String]) -> Reply {
        self.advance_jobs();
        let job_statuses = ids
            .iter()
            .filter_map(|id| self.jobs.get(id))
            .map(|j| self.job_status(j))
            .collect();
        to_json(200, &types::JobStatusesResponse { job_statuses })
    }

    pub fn list_jobs(&mut self, listing: &Listing) -> Reply {
        self.advance_jobs();
        // Newest first: sort by the negated sequence number.
        let items: Vec<(String, i64, types::JobStatus)> = self
            .jobs
            .values()
            .map(|j| (String::new(), -(j.seq as i64), self.job_status(j)))
            .collect();
        let listing = listing.unsorted();
        match pages::paginate(items, &listing, &self.base_url, "/api/v2/job_statuses") {
            Ok(page) => to_json(
                200,
                &types::JobStatusesPage {
                    job_statuses: page.items,
                    meta: page.meta,
                    links: page.links,
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                },
            ),
            Err(reply) => reply,
        }
    }
}

fn invalid_sort(field: &str) -> Reply {
    error(
        400,
        "InvalidValue",
        &format!("sort_by `{field}` is not one of the allowed fields"),
    )
}
