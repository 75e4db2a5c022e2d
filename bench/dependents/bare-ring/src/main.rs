#[derive(serde::Deserialize)]
struct Page {
    suspended_tickets: Vec<Ticket>,
}

#[derive(serde::Deserialize)]
struct Ticket {
    id: i64,
    subject: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (subdomain, email, token) = (var("ZENDESK_SUBDOMAIN")?, var("ZENDESK_EMAIL")?, var("ZENDESK_API_TOKEN")?);
    let page: Page = reqwest::Client::new()
        .get(format!("https://{subdomain}.zendesk.com/api/v2/suspended_tickets?page[size]=100"))
        .basic_auth(format!("{email}/token"), Some(token))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    for ticket in &page.suspended_tickets {
        println!("{} {:?}", ticket.id, ticket.subject);
    }
    println!("{} suspended tickets", page.suspended_tickets.len());
    Ok(())
}
