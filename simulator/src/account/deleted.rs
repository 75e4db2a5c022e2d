//! Soft-deleted tickets: listed, restored, permanently deleted (as jobs).

use super::jobs::JobKind;
use super::Account;
use crate::pages::{self, Listing};
use crate::reply::{not_found, Reply};
use serde_json::json;

impl Account {
    /// The soft-deleted tickets in Zendesk's order: oldest first (by id,
    /// as they were created), or sorted as asked.
    pub fn list_deleted(&self, listing: &Listing) -> Reply {
        let page = pages::sorted_page(
            &self.deleted,
            listing,
            &["id", "subject", "deleted_at"],
            |key, (_, d)| match key {
                "subject" => d.subject.clone(),
                "deleted_at" => d.deleted_at.map(|t| t.to_rfc3339()),
                _ => None,
            },
            |(_, d)| d,
            (&self.base_url, "/api/v2/deleted_tickets"),
        );
        pages::page_reply!(
            page.map(pages::Page::cloned),
            DeletedTicketsPage { deleted_tickets }
        )
    }

    /// The page of the soft-deleted tickets a request asks for (Zendesk
    /// allows pages beyond the 100th less often).
    pub fn deleted_page_number(&self, listing: &Listing) -> usize {
        pages::page_number(&self.deleted, listing)
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
}
