//! Live tickets: shown, soft-deleted, marked as spam.

use super::jobs::JobKind;
use super::Account;
use crate::model::model;
use crate::reply::{not_found, to_json, Reply};
use crate::seed::from_json;
use serde_json::json;
use zendesk_support::types;

impl Account {
    pub fn show_ticket(&self, id: i64) -> Reply {
        match self.tickets.get(&id) {
            Some(t) => to_json(200, &model!(TicketResponse { ticket: t.clone() })),
            None => not_found(),
        }
    }

    pub(super) fn soft_delete(&mut self, id: i64) -> bool {
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
    pub(super) fn mark_spam_one(&mut self, id: i64) -> bool {
        let requester = self.tickets.get(&id).and_then(|t| t.requester_id);
        if !self.soft_delete(id) {
            return false;
        }
        if let Some(user) = requester.and_then(|r| self.users.get_mut(&r)) {
            user.suspended = Some(true);
        }
        true
    }
}
