//! `list` and `show`: suspended tickets as a table, JSON lines or CSV.

use crate::rules::Action;
use crate::rules::{self, Age, Condition, Pattern};
use crate::{Fatal, Format};
use chrono::Utc;
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use futures::StreamExt;
use std::process::ExitCode;
use zendesk_support::types::SuspendedTicket;
use zendesk_support::Client;

/// The filters of `list`: the conditions of a rule, as flags.
#[derive(Debug, clap::Args)]
pub struct Filter {
    /// Suspension cause ids (e.g. 0 = spam, 13 = blocklisted).
    #[arg(long, value_delimiter = ',')]
    cause_id: Vec<i64>,
    /// Suspension cause names (e.g. `spam`, `not_on_whitelist`).
    #[arg(long, value_delimiter = ',')]
    cause_name: Vec<String>,
    /// Suspension cause text (exact, without case).
    #[arg(long)]
    cause: Vec<String>,
    /// Sender domain, or a parent domain of it.
    #[arg(long)]
    sender_domain: Vec<String>,
    /// Recipient address.
    #[arg(long)]
    recipient: Vec<String>,
    /// Regular expression the subject matches.
    #[arg(long)]
    subject: Option<Pattern>,
    /// Suspended at least this long ago (e.g. `2h`).
    #[arg(long)]
    older_than: Option<Age>,
    /// Suspended less than this long ago.
    #[arg(long)]
    newer_than: Option<Age>,
    /// Brand ids.
    #[arg(long, value_delimiter = ',')]
    brand_id: Vec<i64>,
}

impl Filter {
    fn condition(&self) -> Condition {
        let list = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
        Condition {
            cause_id: (!self.cause_id.is_empty()).then(|| self.cause_id.clone()),
            cause_name: list(&self.cause_name),
            cause: list(&self.cause),
            sender_domain: list(&self.sender_domain),
            sender: None,
            recipient: list(&self.recipient),
            subject: self.subject.clone(),
            older_than: self.older_than,
            newer_than: self.newer_than,
            brand_id: (!self.brand_id.is_empty()).then(|| self.brand_id.clone()),
        }
    }
}

/// A table in the house style: aligned, no borders, a bold header (colours
/// and bold only on a terminal: comfy-table leaves them out otherwise).
pub fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(
            header
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    table
}

/// An action as a table cell, coloured by what it does to a ticket.
pub fn action_cell(action: Action) -> Cell {
    let cell = Cell::new(action.as_str());
    match action {
        Action::Recover => cell.fg(Color::Green),
        Action::Delete => cell.fg(Color::Red),
        Action::Leave => cell.add_attribute(Attribute::Dim),
    }
}

const COLUMNS: [&str; 7] = [
    "id",
    "created_at",
    "cause_id",
    "cause",
    "sender",
    "recipient",
    "subject",
];

fn row(t: &SuspendedTicket) -> [String; 7] {
    let text = |v: Option<&str>| v.unwrap_or("").to_string();
    [
        t.id.map(|i| i.to_string()).unwrap_or_default(),
        t.created_at.map(|d| d.to_rfc3339()).unwrap_or_default(),
        t.cause_id.map(|i| i.to_string()).unwrap_or_default(),
        text(t.cause.as_deref()),
        text(rules::sender(t)),
        text(t.recipient.as_deref()),
        text(t.subject.as_deref()),
    ]
}

pub async fn list(client: &Client, filter: &Filter, format: Format) -> Result<ExitCode, Fatal> {
    let condition = filter.condition();
    let now = Utc::now();
    let mut records = std::pin::pin!(crate::listing::suspended(client));
    let mut csv = (format == Format::Csv).then(|| csv::Writer::from_writer(std::io::stdout()));
    let mut table = table(&COLUMNS);
    let (mut shown, mut unreadable) = (0usize, 0usize);
    if let Some(w) = csv.as_mut() {
        w.write_record(COLUMNS)
            .map_err(|e| Fatal(1, e.to_string()))?;
    }
    while let Some(record) = records.next().await {
        let t = match record {
            Ok(t) => t,
            Err(e @ zendesk_support::Error::Record { .. }) => {
                tracing::warn!(error = %e, "a suspended ticket could not be read");
                unreadable += 1;
                continue;
            }
            Err(e) => return Err(Fatal(1, format!("reading the suspended tickets: {e}"))),
        };
        if !condition.matches(&t, now) {
            continue;
        }
        shown += 1;
        match format {
            Format::Json => crate::json_line(&t),
            Format::Csv => {
                if let Some(w) = csv.as_mut() {
                    w.write_record(row(&t))
                        .map_err(|e| Fatal(1, e.to_string()))?;
                }
            }
            Format::Human => {
                let mut cells = row(&t);
                cells[6] = cells[6].chars().take(60).collect();
                table.add_row(cells);
            }
        }
    }
    if let Some(mut w) = csv {
        w.flush().map_err(|e| Fatal(1, e.to_string()))?;
    }
    if format == Format::Human {
        println!("{table}");
        println!("{shown} suspended tickets");
    }
    if unreadable > 0 {
        eprintln!("{unreadable} records could not be read");
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn show(client: &Client, id: i64, format: Format) -> Result<ExitCode, Fatal> {
    let t = client
        .show_suspended_ticket(id)
        .await
        .map_err(|e| Fatal(1, e.to_string()))?;
    if format == Format::Human {
        let mut table = table(&["field", "value"]);
        for (name, value) in COLUMNS.iter().zip(row(&t)) {
            table.add_row(vec![name.to_string(), value]);
        }
        println!("{table}");
        if let Some(content) = &t.content {
            println!("\n{content}");
        }
    } else {
        crate::json_line(&t);
    }
    Ok(ExitCode::SUCCESS)
}
