//! The Rust calls the generated API reference shows for each operation.
//! `cargo xtask docs` reads the body of each function marked `// doc: <operationId>`;
//! compiling this file (it is a test target) proves every shown call compiles.
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
    let outcome = client.recover_many([14, 77, 435]).await;
    // Each id done, failed (Zendesk's reason) or outcome unknown.
    for not_done in outcome.not_done() {
        eprintln!("{}: {}", not_done.id, not_done.outcome);
    }
    Ok(())
}

// doc: bulk_recover_suspended_tickets
async fn bulk_recover_suspended_tickets(client: &Client) -> Result<(), Error> {
    // Thousands of ids: jobs of 100, at most 30 at once; each sender stays
    // the requester. For a few hundred, recover_many answers at once.
    let outcome = client
        .bulk_recover(14..=5000, &WaitOptions::default())
        .await;
    // Each id done, failed (Zendesk's reason) or outcome unknown.
    for not_done in outcome.not_done() {
        eprintln!("{}: {}", not_done.id, not_done.outcome);
    }
    Ok(())
}

// doc: delete_suspended_tickets
async fn delete_suspended_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client.delete_suspended_many([94, 141]).await;
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
    let job = client.delete_ticket_permanently(581).await?;
    let job = client
        .wait_for_job(&job.id, &WaitOptions::default())
        .await?;
    Ok(())
}

// doc: restore_deleted_ticket
async fn restore_deleted_ticket(client: &Client) -> Result<(), Error> {
    client.restore_deleted_ticket(581).await?;
    Ok(())
}

// doc: restore_deleted_tickets
async fn restore_deleted_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client.restore_many([581, 582]).await;
    Ok(())
}

// doc: delete_tickets_permanently
async fn delete_tickets_permanently(client: &Client) -> Result<(), Error> {
    // Jobs of 100, at most 30 at once; every id reported from the results.
    let outcome = client
        .delete_permanently_many([581, 582], &WaitOptions::default())
        .await;
    Ok(())
}

// doc: show_ticket
async fn show_ticket(client: &Client) -> Result<(), Error> {
    let ticket = client.show_ticket(35436).await?;
    Ok(())
}

// doc: delete_ticket
async fn delete_ticket(client: &Client) -> Result<(), Error> {
    client.delete_ticket(35436).await?;
    Ok(())
}

// doc: delete_tickets
async fn delete_tickets(client: &Client) -> Result<(), Error> {
    let outcome = client
        .delete_tickets_many([35436, 35437], &WaitOptions::default())
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
    let jobs = call(client.raw().show_job_statuses().ids("V3-a1,V3-b2").send())
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
    client.mark_spam(35436).await?;
    Ok(())
}

// doc: mark_tickets_as_spam
async fn mark_tickets_as_spam(client: &Client) -> Result<(), Error> {
    // Any number of ids, 100 per job; every id reported from the jobs' results.
    let outcome = client
        .mark_spam_many([35436, 35437], &WaitOptions::default())
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
    let users = client.users().with_email("ada@customer.example").await?;
    Ok(())
}

// doc: show_user
async fn show_user(client: &Client) -> Result<(), Error> {
    let user = client.users().show(35436).await?;
    println!("{:?} active: {:?}", user.role, user.active);
    Ok(())
}

// doc: update_user
async fn update_user(client: &Client) -> Result<(), Error> {
    // Suspend (true) or unsuspend (false).
    let user = client.users().suspend(35436, true).await?;
    Ok(())
}

// doc: delete_user
async fn delete_user(client: &Client) -> Result<(), Error> {
    // Data stays until the deleted user is permanently deleted.
    let user = client.users().delete(35436).await?;
    Ok(())
}

// doc: list_requested_tickets
async fn list_requested_tickets(client: &Client) -> Result<(), Error> {
    let ids: Vec<i64> = client
        .users()
        .requested_tickets(35436)
        .map_ok(|t| t.id)
        .try_collect()
        .await?;
    Ok(())
}

// doc: list_ccd_tickets
async fn list_ccd_tickets(client: &Client) -> Result<(), Error> {
    let mut tickets = std::pin::pin!(client.users().ccd_tickets(35436));
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
    let user = client.users().show_deleted(35436).await?;
    Ok(())
}

// doc: delete_user_permanently
async fn delete_user_permanently(client: &Client) -> Result<(), Error> {
    // To erase a person with their tickets, in Zendesk's order, resumable:
    // client.erasure_plan(..) then client.erase(&plan, ..).
    let before = client.users().delete_permanently(35436).await?;
    Ok(())
}

// doc: create_token_for_grant_type
async fn create_token_for_grant_type(client: &Client) -> Result<(), Error> {
    // A Client built with credentials such as Credentials::client_credentials
    // does this itself, and renews the token ahead of its expiry.
    use zendesk_support::oauth::{TokenEndpoint, TokenRequest};
    let endpoint = TokenEndpoint::new("https://acme.zendesk.com")?;
    let grant = endpoint
        .request(&TokenRequest::client_credentials(
            "acme_moderation",
            "{client_secret}",
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
