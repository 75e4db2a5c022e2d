//! People: finding a user, the tickets they requested or are copied on,
//! suspending, deleting and permanently deleting them. Reached through
//! [`Client::users`], grouped as the resource they act on.

use crate::client::{call, Client};
use crate::error::Error;
use crate::pagination::{cursor_stream, fetch_page, page_size, CursorStream, MAX_PAGE_SIZE};
use crate::types;
use std::num::NonZeroU64;

/// The most pages of a user search followed (Zendesk stops at 10,000 users,
/// 100 a page).
const MAX_SEARCH_PAGES: u64 = 100;

/// The users of the account; see [`Client::users`].
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    client: &'a Client,
}

impl Client {
    /// Users and deleted users.
    ///
    /// ```no_run
    /// # async fn run(client: &zendesk_support::Client) -> Result<(), zendesk_support::Error> {
    /// for user in client.users().with_email("ada@customer.example").await? {
    ///     println!("{:?} {:?}", user.id, user.role);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn users(&self) -> Users<'_> {
        Users { client: self }
    }
}

impl<'a> Users<'a> {
    /// Shows one user; a deleted one (not yet permanently) has `active: false`.
    pub async fn show(&self, id: i64) -> Result<types::User, Error> {
        call(self.client.raw().show_user().user_id(id).send())
            .await
            .map(|r| r.user)
    }

    /// The active users whose email address is `email` (compared without
    /// case). Zendesk's search matches parts of names and notes too; only
    /// exact addresses are kept. Usually one user or none.
    pub async fn with_email(&self, email: &str) -> Result<Vec<types::User>, Error> {
        let wanted = email.trim().to_lowercase();
        let mut found = Vec::new();
        for page in 1..=MAX_SEARCH_PAGES {
            let page = NonZeroU64::new(page).expect("pages count from 1");
            let answer = call(
                self.client
                    .raw()
                    .search_users()
                    .query(email.trim())
                    .page(page)
                    .per_page(page_size(MAX_PAGE_SIZE))
                    .send(),
            )
            .await?;
            found.extend(answer.users.into_iter().filter(|u| {
                u.email
                    .as_deref()
                    .is_some_and(|e| e.trim().to_lowercase() == wanted)
            }));
            if answer.next_page.is_none() {
                break;
            }
        }
        Ok(found)
    }

    /// Suspends (`true`) or unsuspends (`false`) a user.
    pub async fn suspend(&self, id: i64, suspended: bool) -> Result<types::User, Error> {
        let body = types::UserUpdateRequest {
            user: types::UserUpdate {
                suspended: Some(suspended),
            },
        };
        call(
            self.client
                .raw()
                .update_user()
                .user_id(id)
                .body(body)
                .send(),
        )
        .await
        .map(|r| r.user)
    }

    /// Deletes a user (`active: false`); their data stays until
    /// [`Users::delete_permanently`].
    pub async fn delete(&self, id: i64) -> Result<types::User, Error> {
        call(self.client.raw().delete_user().user_id(id).send())
            .await
            .map(|r| r.user)
    }

    /// Shows a deleted user that is not yet permanently deleted.
    pub async fn show_deleted(&self, id: i64) -> Result<types::DeletedUser, Error> {
        call(
            self.client
                .raw()
                .show_deleted_user()
                .deleted_user_id(id)
                .send(),
        )
        .await
        .map(|r| r.deleted_user)
    }

    /// Permanently deletes a deleted user (GDPR); answers the user as it was.
    pub async fn delete_permanently(&self, id: i64) -> Result<types::DeletedUser, Error> {
        call(
            self.client
                .raw()
                .delete_user_permanently()
                .deleted_user_id(id)
                .send(),
        )
        .await
        .map(|r| r.deleted_user)
    }

    /// Every live ticket the user requested, 100 per request.
    pub fn requested_tickets(&self, id: i64) -> CursorStream<'a, types::Ticket> {
        let client = self.client;
        cursor_stream(None, move |cursor| {
            let mut request = client
                .raw()
                .list_requested_tickets()
                .user_id(id)
                .page_size(page_size(MAX_PAGE_SIZE));
            if let Some(c) = cursor {
                request = request.page_after(c);
            }
            fetch_page(request.send(), "tickets", |page| (page.tickets, page.meta))
        })
    }

    /// Every live ticket the user is copied (CC'd) on, 100 per request.
    pub fn ccd_tickets(&self, id: i64) -> CursorStream<'a, types::Ticket> {
        let client = self.client;
        cursor_stream(None, move |cursor| {
            let mut request = client
                .raw()
                .list_ccd_tickets()
                .user_id(id)
                .page_size(page_size(MAX_PAGE_SIZE));
            if let Some(c) = cursor {
                request = request.page_after(c);
            }
            fetch_page(request.send(), "tickets", |page| (page.tickets, page.meta))
        })
    }

    /// Every deleted user, permanently deleted ones included, 100 per request.
    pub fn deleted(&self) -> CursorStream<'a, types::DeletedUser> {
        let client = self.client;
        cursor_stream(None, move |cursor| {
            let mut request = client
                .raw()
                .list_deleted_users()
                .page_size(page_size(MAX_PAGE_SIZE));
            if let Some(c) = cursor {
                request = request.page_after(c);
            }
            fetch_page(request.send(), "deleted_users", |page| {
                (page.deleted_users, page.meta)
            })
        })
    }
}
