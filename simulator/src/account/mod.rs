//! The simulated account: its records and what each operation does to them,
//! independent of HTTP, one file per resource. Every reply body is built
//! from the types generated from the spec, so a reply cannot have a shape
//! the spec does not know.

mod deleted;
mod jobs;
pub(crate) mod oauth;
mod suspended;
mod tickets;
mod users;

use crate::config::Config;
use crate::limits::{Counters, Limits};
use crate::seed;
use jobs::Job;
use std::collections::BTreeMap;
use zendesk_support::types;

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
    /// What the gate counted: requests, refusals, jobs.
    pub counters: Counters,
}

/// The simulated account.
pub struct Account {
    pub(crate) config: Config,
    pub(crate) base_url: String,
    /// Random choices of the data (job ids, upload tokens).
    rng: fastrand::Rng,
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
    /// The gate's bookkeeping: windows, budgets, faults, counters.
    pub(crate) limits: Limits,
    /// OAuth tokens granted, refresh tokens and authorization codes.
    oauth: oauth::OAuth,
}

impl Account {
    /// An account seeded from the samples and `config`.
    pub fn new(config: Config, base_url: String) -> Self {
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let mut state = Account {
            base_url: base_url.clone(),
            next_id: 25_000_000_000_000,
            suspended: BTreeMap::new(),
            tickets: BTreeMap::new(),
            deleted: BTreeMap::new(),
            jobs: BTreeMap::new(),
            job_seq: 0,
            users: BTreeMap::new(),
            erased_users: BTreeMap::new(),
            limits: Limits::new(&config),
            oauth: oauth::OAuth::default(),
            rng: fastrand::Rng::new(),
            config,
        };
        for t in seed::sample_suspended() {
            state.suspended.insert(t.id, t);
        }
        for t in seed::sample_tickets() {
            state.tickets.insert(t.id, t);
        }
        for (t, d) in seed::sample_deleted() {
            state.deleted.insert(d.id, (t, d));
        }
        for u in seed::sample_deleted_users() {
            state.users.insert(u.id, u);
        }
        for j in seed::sample_jobs() {
            state.insert_recorded_job(j);
        }
        let first = state.take_ids(state.config.suspended);
        for t in seed::generate_suspended(&mut rng, first, state.config.suspended, &base_url) {
            state.suspended.insert(t.id, t);
        }
        let first = state.take_ids(state.config.deleted);
        for (t, d) in seed::generate_deleted(&mut rng, first, state.config.deleted) {
            state.deleted.insert(d.id, (t, d));
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

    /// Adds suspended tickets (for tests) under fresh ids; returns them.
    pub fn add_suspended(&mut self, tickets: Vec<types::SuspendedTicket>) -> Vec<i64> {
        tickets
            .into_iter()
            .map(|mut t| {
                let id = self.take_ids(1);
                t.id = id;
                self.suspended.insert(id, t);
                id
            })
            .collect()
    }

    /// A copy of everything.
    pub fn snapshot(&mut self) -> Snapshot {
        self.advance_jobs();
        let jobs = self.job_statuses();
        Snapshot {
            suspended: self.suspended.values().cloned().collect(),
            tickets: self.tickets.values().cloned().collect(),
            deleted: self.deleted.values().map(|(_, d)| d.clone()).collect(),
            jobs,
            users: self.users.values().cloned().collect(),
            deleted_users: self.deleted_users(),
            counters: self.limits.counters,
        }
    }
}
