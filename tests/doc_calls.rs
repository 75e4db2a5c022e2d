//! The Rust calls the generated API reference shows for each operation.
//! `cargo xtask docs` reads the body of each function marked `// doc: <operationId>`;
//! compiling this file (it is a test target) proves every shown call compiles,
//! and its test runs each against a simulator holding the records the calls
//! name (the spec's examples), as `cargo xtask calls` runs the other
//! languages' calls.
#![allow(dead_code, unused_variables)]

use futures::TryStreamExt;
use zendesk_support::{call, Client, Error, WaitOptions};

// doc: list_suspended_tickets
async fn list_suspended_tickets(client: &Client) -> Result<(), Error> {
    use zendesk_support::types::ListSuspendedTicketsSortBy;
    let mut tickets = std::pin::pin!(client
        .suspended_tickets()
        .sort_by(ListSuspendedTicketsSortBy::CreatedAt)
        .stream());
    while let Some(ticket) = tickets.try_next().await? {
        println!("{:?}: {:?}", ticket.id, ticket.cause);
    }
    Ok(())
}

// doc: show_suspended_ticket
async fn show_suspended_ticket(client: &Client) -> Result<(), Error> {
    let ticket = client.show_suspended_ticket(435).await?;
    Ok(())
}

// doc: delete_suspended_ticket
async fn delete_suspended_ticket(client: &Client) -> Result<(), Error> {
    client.delete_suspended_ticket(435).await?;
    Ok(())
}

// doc: recover_suspended_ticket
async fn recover_suspended_ticket(client: &Client) -> Result<(), Error> {
    // The calling agent becomes the requester; see recover_keeping_requester.
    let ticket = client.recover(435).await?;
    Ok(())
}

// doc: recover_suspended_tickets
async fn recover_suspended_tickets(client: &Client) -> Result<(), Error> {
    // Any number of ids, 100 per call; keeps each original requester.
    let outcome = client.recover_many([435, 207623]).await;
    // Each id done, failed (Zendesk's reason) or outcome unknown.
    for not_done in outcome.not_done() {
        eprintln!("{}: {}", not_done.id, not_done.outcome);
    }
    Ok(())
}

// doc: bulk_recover_suspended_tickets
async fn bulk_recover_suspended_tickets(client: &Client) -> Result<(), Error> {
    // Any number of ids (thousands): jobs of 100, at most 30 at once; each
    // sender stays the requester. For a few hundred, recover_many answers
    // at once.
    let outcome = client
        .bulk_recover([435, 207623], &WaitOptions::default())
        .await;
    // Each id done, failed (Zendesk's reason) or outcome unknown.
    for not_done in outcome.not_done() {
        eprintln!("{}: {}", not_done.id, not_done.outcome);
    }
    Ok(())
}

// doc: delete_suspended_tickets
async fn delete_suspended_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client.delete_suspended_many([435, 207623]).await;
    assert!(outcome.all_done());
    Ok(())
}

// doc: suspended_ticket_attachments
async fn suspended_ticket_attachments(client: &Client) -> Result<(), Error> {
    let upload = call(client.raw().suspended_ticket_attachments().id(435).send())
        .await?
        .upload;
    println!("token {:?}", upload.token);
    Ok(())
}

// doc: export_suspended_tickets
async fn export_suspended_tickets(client: &Client) -> Result<(), Error> {
    let export = call(client.raw().export_suspended_tickets().send())
        .await?
        .export;
    Ok(())
}

// doc: list_deleted_tickets
async fn list_deleted_tickets(client: &Client) -> Result<(), Error> {
    let deleted: Vec<_> = client.deleted_tickets().stream().try_collect().await?;
    Ok(())
}

// doc: delete_ticket_permanently
async fn delete_ticket_permanently(client: &Client) -> Result<(), Error> {
    let job = client.delete_ticket_permanently(24000000000101).await?;
    let job = client
        .wait_for_job(&job.id, &WaitOptions::default())
        .await?;
    Ok(())
}

// doc: restore_deleted_ticket
async fn restore_deleted_ticket(client: &Client) -> Result<(), Error> {
    client.restore_deleted_ticket(24000000000101).await?;
    Ok(())
}

// doc: restore_deleted_tickets
async fn restore_deleted_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client.restore_many([24000000000101, 24000000000102]).await;
    Ok(())
}

// doc: delete_tickets_permanently
async fn delete_tickets_permanently(client: &Client) -> Result<(), Error> {
    // Jobs of 100, at most 30 at once; every id reported from the results.
    let outcome = client
        .delete_permanently_many([24000000000101, 24000000000102], &WaitOptions::default())
        .await;
    Ok(())
}

// doc: show_ticket
async fn show_ticket(client: &Client) -> Result<(), Error> {
    let ticket = client.show_ticket(24000000000042).await?;
    Ok(())
}

// doc: delete_ticket
async fn delete_ticket(client: &Client) -> Result<(), Error> {
    client.delete_ticket(24000000000042).await?;
    Ok(())
}

// doc: delete_tickets
async fn delete_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client
        .delete_tickets_many([24000000000042, 24000000000077], &WaitOptions::default())
        .await;
    Ok(())
}

// doc: list_job_statuses
async fn list_job_statuses(client: &Client) -> Result<(), Error> {
    let jobs: Vec<_> = client.job_statuses().try_collect().await?;
    Ok(())
}

// doc: show_job_statuses
async fn show_job_statuses(client: &Client) -> Result<(), Error> {
    let jobs = call(
        client
            .raw()
            .show_job_statuses()
            .ids("V3-6f2c0b7d4a9e8f1c,V3-2f1e0d9c8b7a6f5e")
            .send(),
    )
    .await?
    .job_statuses;
    Ok(())
}

// doc: show_job_status
async fn show_job_status(client: &Client) -> Result<(), Error> {
    let job = client.job_status("V3-6f2c0b7d4a9e8f1c").await?;
    Ok(())
}

// doc: mark_ticket_as_spam
async fn mark_ticket_as_spam(client: &Client) -> Result<(), Error> {
    // The ticket is deleted and its requester suspended.
    client.mark_spam(24000000000042).await?;
    Ok(())
}

// doc: mark_tickets_as_spam
async fn mark_tickets_as_spam(client: &Client) -> Result<(), Error> {
    // Any number of ids, 100 per job; every id reported from the jobs' results.
    let outcome = client
        .mark_spam_many([24000000000042, 24000000000077], &WaitOptions::default())
        .await;
    // Each id done, failed (Zendesk's reason) or outcome unknown.
    for not_done in outcome.not_done() {
        eprintln!("{}: {}", not_done.id, not_done.outcome);
    }
    Ok(())
}

// doc: search_users
async fn search_users(client: &Client) -> Result<(), Error> {
    // A search matches names and notes too; this keeps exact addresses only.
    let users = client
        .users()
        .with_email("customer24100000000555@customer.example")
        .await?;
    Ok(())
}

// doc: show_user
async fn show_user(client: &Client) -> Result<(), Error> {
    let user = client.users().show(24100000000555).await?;
    println!("{:?} active: {:?}", user.role, user.active);
    Ok(())
}

// doc: update_user
async fn update_user(client: &Client) -> Result<(), Error> {
    // Suspend (true) or unsuspend (false).
    let user = client.users().suspend(24100000000555, true).await?;
    Ok(())
}

// doc: delete_user
async fn delete_user(client: &Client) -> Result<(), Error> {
    // Data stays until the deleted user is permanently deleted.
    let user = client.users().delete(24100000000555).await?;
    Ok(())
}

// doc: list_requested_tickets
async fn list_requested_tickets(client: &Client) -> Result<(), Error> {
    let ids: Vec<i64> = client
        .users()
        .requested_tickets(24100000000555)
        .map_ok(|t| t.id)
        .try_collect()
        .await?;
    Ok(())
}

// doc: list_ccd_tickets
async fn list_ccd_tickets(client: &Client) -> Result<(), Error> {
    let mut tickets = std::pin::pin!(client.users().ccd_tickets(24100000000555));
    while let Some(ticket) = tickets.try_next().await? {
        println!("{:?} requested by {:?}", ticket.id, ticket.requester_id);
    }
    Ok(())
}

// doc: list_deleted_users
async fn list_deleted_users(client: &Client) -> Result<(), Error> {
    let mut users = std::pin::pin!(client.users().deleted());
    while let Some(user) = users.try_next().await? {
        println!("{:?} {:?}", user.id, user.name);
    }
    Ok(())
}

// doc: show_deleted_user
async fn show_deleted_user(client: &Client) -> Result<(), Error> {
    let user = client.users().show_deleted(14668816692628).await?;
    Ok(())
}

// doc: delete_user_permanently
async fn delete_user_permanently(client: &Client) -> Result<(), Error> {
    // To erase a person with their tickets, in Zendesk's order, resumable:
    // client.erasure_plan(..) then client.erase(&plan, ..).
    let before = client.users().delete_permanently(14668816692628).await?;
    Ok(())
}

// doc: create_token_for_grant_type
async fn create_token_for_grant_type(client: &Client) -> Result<(), Error> {
    // A Client built with credentials such as Credentials::client_credentials
    // does this itself, and renews the token ahead of its expiry.
    use zendesk_support::oauth::{TokenEndpoint, TokenRequest};
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let endpoint = TokenEndpoint::new(client.base_url())?;
    let grant = endpoint
        .request(&TokenRequest::client_credentials(
            var("ZENDESK_CLIENT_ID"),
            var("ZENDESK_CLIENT_SECRET"),
        ))
        .await?;
    println!(
        "a token until {:?}, scopes {:?}",
        grant.access.expiry(),
        grant.access.scopes()
    );
    Ok(())
}

// doc: show_current_token
async fn show_current_token(client: &Client) -> Result<(), Error> {
    let token = client.current_token().await?;
    println!(
        "acts as user {:?}, scopes {:?}, expires {:?}",
        token.user_id, token.scopes, token.expires_at
    );
    Ok(())
}

// ------------------------------------------------------------ the run

/// The status of every response the client read, from its
/// `zendesk.request` spans.
#[derive(Clone, Default)]
struct Statuses(std::sync::Arc<std::sync::Mutex<Vec<u64>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Statuses {
    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        struct Status<'a>(&'a Statuses);
        impl tracing::field::Visit for Status<'_> {
            fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
                if field.name() == "status" {
                    self.0 .0.lock().unwrap().push(value);
                }
            }
            fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
        }
        values.record(&mut Status(self));
    }
}

/// Runs each call against a simulator of its own (a call changes the
/// account) and checks that every response it read had a success status,
/// as the reference shows.
macro_rules! run_each {
    ($($call:ident),* $(,)?) => {{
        let mut ran: Vec<&str> = Vec::new();
        $(
            let statuses = Statuses::default();
            let _guard = tracing::subscriber::set_default(
                tracing_subscriber::layer::SubscriberExt::with(
                    tracing_subscriber::registry(),
                    statuses.clone(),
                ),
            );
            let sim = zendesk_simulator::start(zendesk_simulator::Config::default())
                .await
                .unwrap();
            // As a script runs: an OAuth client's credentials, from the
            // environment where a call reads them itself.
            let (id, secret) = sim.oauth_client().unwrap();
            std::env::set_var("ZENDESK_CLIENT_ID", id);
            std::env::set_var("ZENDESK_CLIENT_SECRET", secret);
            let client = sim.oauth_client_builder().no_retries().build().unwrap();
            $call(&client)
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", stringify!($call)));
            let seen = statuses.0.lock().unwrap().clone();
            assert!(!seen.is_empty(), "{}: sent nothing", stringify!($call));
            assert!(
                seen.iter().all(|s| (200..300).contains(s)),
                "{}: answered {seen:?}",
                stringify!($call)
            );
            sim.stop().await;
            ran.push(stringify!($call));
        )*
        ran
    }};
}

#[tokio::test]
async fn every_call_runs_against_the_simulator() {
    let ran = run_each!(
        list_suspended_tickets,
        show_suspended_ticket,
        delete_suspended_ticket,
        recover_suspended_ticket,
        recover_suspended_tickets,
        bulk_recover_suspended_tickets,
        delete_suspended_tickets,
        suspended_ticket_attachments,
        export_suspended_tickets,
        list_deleted_tickets,
        delete_ticket_permanently,
        restore_deleted_ticket,
        restore_deleted_tickets,
        delete_tickets_permanently,
        show_ticket,
        delete_ticket,
        delete_tickets,
        list_job_statuses,
        show_job_statuses,
        show_job_status,
        mark_ticket_as_spam,
        mark_tickets_as_spam,
        search_users,
        show_user,
        update_user,
        delete_user,
        list_requested_tickets,
        list_ccd_tickets,
        list_deleted_users,
        show_deleted_user,
        delete_user_permanently,
        create_token_for_grant_type,
        show_current_token,
    );
    let shown: Vec<&str> = include_str!("doc_calls.rs")
        .lines()
        .filter_map(|l| l.strip_prefix("// doc: "))
        .collect();
    assert_eq!(
        ran, shown,
        "every call the reference shows is run, in order"
    );
}
