use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), zendesk_support::Error> {
    let client = zendesk_support::Client::from_env()?;
    let mut tickets = std::pin::pin!(client.suspended_tickets().stream());
    let mut count = 0;
    while let Some(ticket) = tickets.try_next().await? {
        println!("{} {:?}", ticket.id, ticket.subject);
        count += 1;
    }
    println!("{count} suspended tickets");
    Ok(())
}
