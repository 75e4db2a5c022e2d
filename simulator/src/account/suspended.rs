//! Suspended tickets: listed, shown, deleted, recovered, exported.

use super::jobs::JobKind;
use super::Account;
use crate::model::model;
use crate::pages::{self, Listing};
use crate::reply::{not_found, to_json, Reply};
use crate::seed::{self, from_json};
use serde_json::json;
use zendesk_support::types;

impl Account {
    pub fn list_suspended(&self, listing: &Listing) -> Reply {
        let page = pages::sorted_page(
            &self.suspended,
            listing,
            &["author_email", "cause", "created_at", "subject"],
            |key, t| match key {
                "author_email" => t.author.as_ref().and_then(|a| a.email.clone()),
                "cause" => t.cause.clone(),
                "created_at" => t.created_at.map(|d| d.to_rfc3339()),
                "subject" => t.subject.clone(),
                _ => None,
            },
            |t| t,
            (&self.base_url, "/api/v2/suspended_tickets"),
        );
        pages::page_reply!(
            page.map(pages::Page::cloned),
            SuspendedTicketsPage { suspended_tickets }
        )
    }

    pub fn show_suspended(&self, id: i64) -> Reply {
        match self.suspended.get(&id) {
            Some(t) => to_json(
                200,
                &model!(SuspendedTicketResponse {
                    suspended_ticket: t.clone(),
                }),
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
    pub(super) fn recover_one(
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
                &model!(RecoveredTicketResponse {
                    ticket: vec![ticket],
                }),
            ),
            Some(Err(failed)) => to_json(
                422,
                &model!(RecoverSuspendedTicketFailure {
                    ticket: vec![failed],
                }),
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
                // Zendesk lists unknown ids among the failures too. Its
                // document types error_messages' items as objects and names
                // no keys: these are Zendesk's error-body keys.
                None => failed.push(from_json(json!({
                    "id": id,
                    "cause": "Not found",
                    "error_messages": [{ "error": "RecordNotFound", "description": "Not found" }],
                }))),
            }
        }
        if failed.is_empty() {
            to_json(200, &model!(RecoveredTicketsResponse { tickets }))
        } else {
            to_json(
                422,
                &model!(SuspendedTicketsNotRecovered {
                    suspended_tickets: failed,
                }),
            )
        }
    }

    pub fn attachments(&mut self, id: i64) -> Reply {
        let Some(suspended) = self.suspended.get(&id) else {
            return not_found();
        };
        let attachments = suspended.attachments.clone().unwrap_or_default();
        let token: String = (0..15)
            .map(|_| self.rng.alphanumeric().to_ascii_lowercase())
            .collect();
        to_json(
            200,
            &model!(UploadResponse {
                upload: model!(Upload {
                    token: Some(token),
                    attachments,
                }),
            }),
        )
    }

    pub fn export(&mut self) -> Reply {
        to_json(
            200,
            &model!(SuspendedTicketExportResponse {
                export: model!(SuspendedTicketExport {
                    status: Some("enqueued".into()),
                    view_id: Some("suspended".into()),
                }),
            }),
        )
    }

    /// Recovers suspended tickets as a job; `requester` (the request's
    /// `author`) becomes every new ticket's requester, else each sender.
    pub fn bulk_recover(&mut self, ids: &[i64], requester: Option<i64>) -> Reply {
        self.queue(JobKind::Recover(requester), ids.to_vec())
    }
}
