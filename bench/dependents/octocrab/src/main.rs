#[tokio::main]
async fn main() -> octocrab::Result<()> {
    let page = octocrab::instance()
        .issues("rust-lang", "rust")
        .list()
        .per_page(100)
        .send()
        .await?;
    let mut count = 0;
    for issue in page {
        println!("{} {}", issue.number, issue.title);
        count += 1;
    }
    println!("{count} issues");
    Ok(())
}
