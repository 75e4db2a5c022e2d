//! Users and deleted users, and the order in which Zendesk erases them.

use super::Account;
use crate::model::model;
use crate::pages::{self, Listing};
use crate::reply::{not_found, to_json, Reply};
use crate::seed::{self, from_json};
use serde_json::json;
use zendesk_support::types;

impl Account {
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

    pub(super) fn insert_person(
        &mut self,
        id: i64,
        mut user: types::User,
        subjects: &[String],
    ) -> Vec<i64> {
        user.id = id;
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
    pub(super) fn ensure_user(&mut self, id: i64, name: Option<String>, email: Option<String>) {
        if self.users.contains_key(&id) || self.erased_users.contains_key(&id) {
            return;
        }
        let name = name.unwrap_or_else(|| format!("Customer {id}"));
        let email = email.unwrap_or_else(|| format!("customer{id}@customer.example"));
        self.users
            .insert(id, seed::person(id, &name, &email, &self.base_url));
    }

    /// The deleted users, as `list_deleted_users` shows them, by id.
    pub(super) fn deleted_users(&self) -> Vec<types::DeletedUser> {
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
            "url": format!("{}/api/v2/deleted_users/{}.json", self.base_url, u.id),
            "name": u.name,
            "email": u.email,
            "phone": u.phone,
            "role": u.role,
            "active": false,
            "organization_id": u.organization_id,
            "time_zone": u.time_zone,
            "locale": u.locale,
            "locale_id": u.locale_id,
            "photo": u.photo,
            "shared_phone_number": u.shared_phone_number,
            "created_at": u.created_at,
            "updated_at": u.updated_at,
        }))
    }

    pub fn show_user(&self, id: i64) -> Reply {
        match self.users.get(&id) {
            Some(u) => to_json(200, &model!(UserResponse { user: u.clone() })),
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
                &model!(UsersPage {
                    users: page.items.into_iter().cloned().collect::<Vec<_>>(),
                    next_page: page.next_page,
                    previous_page: page.previous_page,
                    count: page.count,
                }),
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
        to_json(200, &model!(UserResponse { user: user.clone() }))
    }

    /// Deletes a user: `active: false`, data kept. A user deleted already is
    /// `404` here (Zendesk's answer to that is not recorded).
    pub fn delete_user(&mut self, id: i64) -> Reply {
        match self.users.get_mut(&id) {
            Some(user) if user.active != Some(false) => {
                user.active = Some(false);
                user.updated_at = Some(chrono::Utc::now());
                to_json(200, &model!(UserResponse { user: user.clone() }))
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
        pages::page_reply!(
            pages::paginate(items, &listing, &self.base_url, &path).map(pages::Page::cloned),
            TicketsPage { tickets }
        )
    }

    pub fn list_deleted_users(&self, listing: &Listing) -> Reply {
        let items: Vec<(String, i64, types::DeletedUser)> = self
            .deleted_users()
            .into_iter()
            .map(|u| (String::new(), u.id, u))
            .collect();
        let listing = listing.unsorted();
        pages::page_reply!(
            pages::paginate(items, &listing, &self.base_url, "/api/v2/deleted_users"),
            DeletedUsersPage { deleted_users }
        )
    }

    pub fn show_deleted_user(&self, id: i64) -> Reply {
        match self.users.get(&id) {
            Some(u) if u.active == Some(false) => to_json(
                200,
                &model!(DeletedUserResponse {
                    deleted_user: self.as_deleted(u),
                }),
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
                    "locale_id": before.locale_id,
                    "photo": null,
                    "shared_phone_number": null,
                    "created_at": before.created_at,
                    "updated_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                }));
                self.erased_users.insert(id, tombstone);
                to_json(
                    200,
                    &model!(DeletedUserResponse {
                        deleted_user: before,
                    }),
                )
            }
            _ => not_found(),
        }
    }

    /// The user a bulk recovery's `author` names, by id or email address.
    pub fn author_id(&self, author: &types::BulkRecoverAuthor) -> Option<i64> {
        if let Some(id) = author.id {
            return self.users.contains_key(&id).then_some(id);
        }
        let email = author.email.as_deref()?.trim().to_lowercase();
        self.users
            .values()
            .find(|u| {
                u.email
                    .as_deref()
                    .is_some_and(|e| e.to_lowercase() == email)
            })
            .map(|u| u.id)
    }
}
