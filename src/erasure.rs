//! Erasing a person (a GDPR right-to-erasure request): their tickets deleted
//! and then permanently deleted, then the user deleted and then permanently
//! deleted, in the order Zendesk enforces, with a report that accounts for
//! every ticket and the user.
//!
//! Erasure is two steps: [`Client::erasure_plan`] finds the user and their
//! tickets and changes nothing; [`Client::erase`] carries a plan out. Keep
//! the plan (it serializes) until the erasure is complete: a deleted ticket
//! is no longer listed among the user's tickets, and Zendesk's deleted
//! tickets do not say whose they were, so after an interruption only the
//! plan still knows them. Carrying out the same plan again is safe: each
//! step either takes effect or finds it already done.

use crate::client::Client;
use crate::error::Error;
use crate::jobs::WaitOptions;
use crate::outcome::Outcome;
use crate::pagination::CursorStream;
use crate::settle::{Effect, SettleOptions};
use crate::types;
use futures::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who to erase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    /// The user with this email address (exactly, without case).
    Email(String),
    /// The user with this id.
    Id(i64),
}

/// How to erase.
#[derive(Debug, Clone, Default)]
pub struct ErasureOptions {
    /// Also delete the tickets the person is only copied (CC'd) on. Off,
    /// they are listed in the plan and left alone: they are someone else's.
    pub include_ccd: bool,
    /// Erase agents and admins too. Off, a plan for one is refused.
    pub allow_staff: bool,
    /// How long to wait for the deletion jobs.
    pub wait: WaitOptions,
}

/// Where the user stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserState {
    /// Active: not deleted.
    Active,
    /// Deleted, data kept: the next step is the permanent deletion.
    Deleted,
}

/// What erasing one person will act on, found before anything changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErasurePlan {
    /// The user's id.
    pub user_id: i64,
    /// The user's email address, when they have one.
    pub email: Option<String>,
    /// The user's name.
    pub name: Option<String>,
    /// The user's role (`end-user`, `agent`, `admin`, or what Zendesk adds).
    pub role: Option<String>,
    /// Where the user stood when the plan was made.
    pub state: UserState,
    /// The tickets to delete and then permanently delete: those the person
    /// requested (and, when asked, those they are copied on).
    pub tickets: Vec<i64>,
    /// Tickets the person is copied on and that are left alone.
    pub ccd_kept: Vec<i64>,
    /// Records of the person's tickets that could not be identified (no id,
    /// or a record that does not read), each with why. While there are any,
    /// the user is not deleted: the plan cannot know every ticket to erase.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unidentified: Vec<String>,
    /// The user's properties that held personal data when the plan was made
    /// (for example `name`, `email`, `details`, `user_fields`): names, never
    /// values, for the record of what the erasure removed.
    #[serde(default)]
    pub personal_data: Vec<String>,
}

impl ErasurePlan {
    /// Whether the user is an agent or an admin (or a role this crate does
    /// not know): someone erasure should not touch unless told.
    pub fn is_staff(&self) -> bool {
        self.role.as_deref() != Some("end-user")
    }
}

/// What looking a person up found.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// Nobody: no such user, or one permanently deleted already.
    NotFound,
    /// More than one user has this email address; erase them by id.
    Ambiguous(Vec<i64>),
    /// The plan for the one user found.
    Found(Box<ErasurePlan>),
}

/// What erasing a person did: every ticket of the plan and the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErasureReport {
    /// The user's id.
    pub user_id: i64,
    /// The user's properties that held personal data, as the plan found
    /// them: names, never values. Once `user_erased` is done, none holds it.
    #[serde(default)]
    pub personal_data: Vec<String>,
    /// Why nothing was done, when the erasure was refused.
    pub refused: Option<String>,
    /// Each ticket of the plan: permanently deleted (`Done`, naming the
    /// job) or not, and why.
    pub tickets: BTreeMap<i64, Outcome>,
    /// Deleting the user.
    pub user_deleted: Outcome,
    /// Permanently deleting the deleted user.
    pub user_erased: Outcome,
}

impl ErasureReport {
    /// Whether nothing of the person is left that the plan covers: every
    /// ticket and the user permanently deleted.
    pub fn complete(&self) -> bool {
        self.refused.is_none()
            && self.tickets.values().all(Outcome::is_done)
            && self.user_deleted.is_done()
            && self.user_erased.is_done()
    }
}

impl Client {
    /// Finds the person and every ticket they requested (and are copied on);
    /// changes nothing.
    ///
    /// An email address is looked up among active users, then among deleted
    /// ones, so that an erasure interrupted after the user was deleted is
    /// found again (its deleted tickets are not: keep the first plan).
    pub async fn erasure_plan(
        &self,
        person: &Person,
        options: &ErasureOptions,
    ) -> Result<Lookup, Error> {
        let (user_id, email, name, role, state, personal_data) = match person {
            Person::Id(id) => match self.users().show(*id).await {
                Ok(u) => from_user(&u),
                Err(Error::NotFound(_)) => return Ok(Lookup::NotFound),
                Err(e) => return Err(e),
            },
            Person::Email(email) => {
                let active = self.users().with_email(email).await?;
                match active.as_slice() {
                    [one] => from_user(one),
                    [] => match self.deleted_with_email(email).await?.as_slice() {
                        [d] => (
                            d.id,
                            d.email.clone(),
                            d.name.clone(),
                            d.role.as_ref().map(|r| r.to_string()),
                            UserState::Deleted,
                            personal_data_of_deleted(d),
                        ),
                        [] => return Ok(Lookup::NotFound),
                        many => return Ok(Lookup::Ambiguous(many.iter().map(|u| u.id).collect())),
                    },
                    many => return Ok(Lookup::Ambiguous(many.iter().map(|u| u.id).collect())),
                }
            }
        };
        let mut unidentified = Vec::new();
        let requested =
            ticket_ids(self.users().requested_tickets(user_id), &mut unidentified).await?;
        let mut ccd = ticket_ids(self.users().ccd_tickets(user_id), &mut unidentified).await?;
        ccd.retain(|id| !requested.contains(id));
        let (tickets, ccd_kept) = if options.include_ccd {
            (requested.into_iter().chain(ccd).collect(), Vec::new())
        } else {
            (requested, ccd)
        };
        Ok(Lookup::Found(Box::new(ErasurePlan {
            user_id,
            email,
            name,
            role,
            state,
            tickets,
            ccd_kept,
            unidentified,
            personal_data,
        })))
    }

    /// The deleted (not permanently) users with this email address.
    async fn deleted_with_email(&self, email: &str) -> Result<Vec<types::DeletedUser>, Error> {
        let wanted = email.trim().to_lowercase();
        let mut found = Vec::new();
        let mut deleted = std::pin::pin!(self.users().deleted());
        while let Some(user) = deleted.try_next().await? {
            if user
                .email
                .as_deref()
                .is_some_and(|e| e.trim().to_lowercase() == wanted)
            {
                found.push(user);
            }
        }
        Ok(found)
    }

    /// Carries out a plan: the tickets deleted, then permanently deleted
    /// (waiting for the jobs); then, once no ticket is left, the user deleted
    /// and permanently deleted. Safe to run again with the same plan.
    pub async fn erase(&self, plan: &ErasurePlan, options: &ErasureOptions) -> ErasureReport {
        let mut report = ErasureReport {
            user_id: plan.user_id,
            personal_data: plan.personal_data.clone(),
            refused: None,
            tickets: BTreeMap::new(),
            user_deleted: Outcome::skipped("not reached"),
            user_erased: Outcome::skipped("not reached"),
        };
        if plan.is_staff() && !options.allow_staff {
            let role = plan.role.as_deref().unwrap_or("unknown");
            let reason = format!(
                "user {} is {role}, not an end user; erasing staff must be asked for",
                plan.user_id
            );
            for &id in &plan.tickets {
                report.tickets.insert(id, Outcome::skipped(reason.clone()));
            }
            report.user_deleted = Outcome::skipped(reason.clone());
            report.user_erased = Outcome::skipped(reason.clone());
            report.refused = Some(reason);
            return report;
        }
        self.erase_tickets(&plan.tickets, &options.wait, &mut report)
            .await;
        if !plan.unidentified.is_empty() {
            let reason = format!(
                "{} of the person's ticket records could not be identified ({}); the user is kept until every ticket is known erased",
                plan.unidentified.len(),
                plan.unidentified.join("; ")
            );
            report.user_deleted = Outcome::skipped(reason.clone());
            report.user_erased = Outcome::skipped(reason);
            return report;
        }
        if !report.tickets.values().all(Outcome::is_done) {
            let reason = "some of the person's tickets are not erased yet; the user is kept so that a rerun can finish them";
            report.user_deleted = Outcome::skipped(reason);
            report.user_erased = Outcome::skipped(reason);
            return report;
        }
        report.user_deleted = self.delete_user_checked(plan.user_id).await;
        report.user_erased = if report.user_deleted.is_done() {
            self.erase_user_checked(plan.user_id).await
        } else {
            Outcome::skipped("the user is not deleted")
        };
        report
    }

    /// Finds the person and erases them: [`Client::erasure_plan`] then
    /// [`Client::erase`]. `Ok(None)` when nobody was found. Prefer the two
    /// steps when the erasure may be interrupted (see the module's notes).
    pub async fn erase_person(
        &self,
        person: &Person,
        options: &ErasureOptions,
    ) -> Result<Option<ErasureReport>, Error> {
        match self.erasure_plan(person, options).await? {
            Lookup::Found(plan) => Ok(Some(self.erase(&plan, options).await)),
            Lookup::NotFound => Ok(None),
            Lookup::Ambiguous(ids) => Err(Error::Config(crate::error::ConfigError::Invalid(
                format!("several users have this email address ({ids:?}); erase them by id"),
            ))),
        }
    }

    /// Soft-deletes then purges `ids`; each id ends done only when it is
    /// known permanently deleted, by this run or an earlier one.
    ///
    /// What the jobs' results do not settle (live bulk deletions answer
    /// results that say nothing of success), and every purge that did not
    /// succeed (a ticket an earlier run purged is "not deletable" now; one
    /// whose deletion was lost is still live), is settled by looking: a
    /// ticket neither soft-deleted nor live is gone; one still there is
    /// deleted and purged again. A look that could not be made leaves the
    /// outcome unknown, with its job.
    async fn erase_tickets(&self, ids: &[i64], wait: &WaitOptions, report: &mut ErasureReport) {
        if ids.is_empty() {
            return;
        }
        // Tickets already deleted (or purged) by an earlier run fail here
        // as not found: the purge and the look below settle them.
        let soft = self.delete_tickets_many(ids.iter().copied(), wait).await;
        let mut purged = self
            .delete_permanently_many(ids.iter().copied(), wait)
            .await;
        let recheck = purged
            .failed()
            .iter()
            .map(|o| o.id)
            .chain(soft.not_done().iter().map(|o| o.id))
            .collect();
        let options = SettleOptions {
            recheck,
            pause: wait.initial_interval,
            ..SettleOptions::default()
        };
        self.settle(Effect::Purged, &mut purged, &options, |again| async move {
            // Still there: deleted (if live) and purged again; each is
            // refused harmlessly where it is already done.
            self.delete_tickets_many(again.iter().copied(), wait).await;
            self.delete_permanently_many(again, wait).await
        })
        .await;
        for o in purged.outcomes {
            report.tickets.insert(o.id, o.outcome);
        }
    }

    /// Deletes the user, or finds them deleted already.
    async fn delete_user_checked(&self, id: i64) -> Outcome {
        match self.users().delete(id).await {
            Ok(_) => Outcome::done(),
            Err(e) => match self.users().show_deleted(id).await {
                Ok(_) => found_done(),
                // Neither live nor deleted: permanently deleted before.
                Err(Error::NotFound(_)) if matches!(e, Error::NotFound(_)) => {
                    match self.users().show(id).await {
                        Err(Error::NotFound(_)) => found_done(),
                        _ => Outcome::from_error(&e),
                    }
                }
                Err(_) => Outcome::from_error(&e),
            },
        }
    }

    /// Permanently deletes the deleted user, or finds it done already.
    async fn erase_user_checked(&self, id: i64) -> Outcome {
        match self.users().delete_permanently(id).await {
            Ok(_) => Outcome::done(),
            Err(e @ Error::NotFound(_)) => match self.users().show(id).await {
                Err(Error::NotFound(_)) => found_done(),
                _ => Outcome::from_error(&e),
            },
            Err(e) => Outcome::from_error(&e),
        }
    }
}

/// Done, as a look found it (an earlier run did it).
fn found_done() -> Outcome {
    Outcome::Done {
        job: None,
        note: Some("found done when looked up".into()),
    }
}

fn from_user(
    u: &types::User,
) -> (
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    UserState,
    Vec<String>,
) {
    (
        u.id,
        u.email.clone(),
        u.name.clone(),
        u.role.as_ref().map(|r| r.to_string()),
        if u.active == Some(false) {
            UserState::Deleted
        } else {
            UserState::Active
        },
        personal_data_of(u),
    )
}

/// The properties of a user that hold personal data (the spec's User
/// description names them), those that have a value.
fn personal_data_of(u: &types::User) -> Vec<String> {
    let text = |v: &Option<String>| v.as_deref().is_some_and(|t| !t.trim().is_empty());
    let fields = u
        .user_fields
        .values()
        .any(|v| !v.is_null() && v != "" && v != &serde_json::Value::Array(Vec::new()));
    [
        ("name", text(&u.name)),
        ("email", text(&u.email)),
        ("phone", text(&u.phone)),
        ("alias", text(&u.alias)),
        ("details", text(&u.details)),
        ("notes", text(&u.notes)),
        ("signature", text(&u.signature)),
        ("photo", u.photo.is_some()),
        ("remote_photo_url", text(&u.remote_photo_url)),
        ("user_fields", fields),
        ("external_id", text(&u.external_id)),
    ]
    .into_iter()
    .filter(|(_, held)| *held)
    .map(|(name, _)| name.to_string())
    .collect()
}

/// The same for a deleted user, which keeps fewer properties.
fn personal_data_of_deleted(u: &types::DeletedUser) -> Vec<String> {
    let text = |v: &Option<String>| v.as_deref().is_some_and(|t| !t.trim().is_empty());
    let named = text(&u.name) && u.name.as_deref() != Some("Permanently Deleted User");
    [
        ("name", named),
        ("email", text(&u.email)),
        ("phone", text(&u.phone)),
        ("photo", u.photo.is_some()),
    ]
    .into_iter()
    .filter(|(_, held)| *held)
    .map(|(name, _)| name.to_string())
    .collect()
}

/// The ids of every ticket `tickets` lists; a record without one, or one
/// that cannot be read, is noted in `unidentified`.
async fn ticket_ids(
    tickets: CursorStream<'_, types::Ticket>,
    unidentified: &mut Vec<String>,
) -> Result<Vec<i64>, Error> {
    let mut ids = Vec::new();
    let mut tickets = std::pin::pin!(tickets);
    while let Some(record) = tickets.next().await {
        match record {
            Ok(t) => ids.push(t.id),
            Err(Error::Record { reason, .. }) => {
                unidentified.push(format!("a ticket record that cannot be read: {reason}"))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_personal_data_a_user_holds_is_named_not_copied() {
        let user: types::User = serde_json::from_value(serde_json::json!({
            "id": 1,
            "name": "Ada Lovelace",
            "email": "ada@example.com",
            "phone": null,
            "alias": "",
            "details": "12 Example Street",
            "photo": { "content_url": "https://example.com/ada.png" },
            "user_fields": { "loyalty": null, "address": "12 Example Street" },
            "external_id": null
        }))
        .unwrap();
        assert_eq!(
            personal_data_of(&user),
            ["name", "email", "details", "photo", "user_fields"]
        );
        let erased: types::DeletedUser = serde_json::from_value(serde_json::json!({
            "id": 1, "name": "Permanently Deleted User", "email": null, "photo": null
        }))
        .unwrap();
        assert!(personal_data_of_deleted(&erased).is_empty());
    }
}
