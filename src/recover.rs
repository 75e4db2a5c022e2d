//! Recovering suspended tickets, and the difference between the two ways.
//!
//! - [`Client::recover`] uses `PUT /suspended_tickets/{id}/recover`: Zendesk
//!   makes **the calling agent the requester** of the new ticket.
//! - [`Client::recover_keeping_requester`] and [`Client::recover_many`] use
//!   `recover_many`, which **keeps the original author** as the requester,
//!   even for a single id.
//!
//! Both answer `422` with the suspended tickets that could not be recovered;
//! the generated client hands that body back unparsed (it is not Zendesk's
//! common error shape), and this module reads it.

use crate::client::Client;
use crate::error::{ApiError, Error};
use crate::{generated, types};

impl Client {
    /// Recovers one suspended ticket through the single-ticket endpoint.
    /// **The calling agent becomes the requester**; use
    /// [`Client::recover_keeping_requester`] to keep the original author.
    pub async fn recover(&self, id: i64) -> Result<types::Ticket, Error> {
        match self.raw().recover_suspended_ticket().id(id).send().await {
            Ok(r) => first_ticket(r.into_inner().ticket),
            Err(e) => Err(refusal(e, |body| {
                serde_json::from_str::<types::RecoverSuspendedTicketFailure>(body)
                    .ok()
                    .map(|f| f.ticket)
            })
            .await),
        }
    }

    /// Recovers one suspended ticket through `recover_many`, keeping the
    /// original author as the requester.
    pub async fn recover_keeping_requester(&self, id: i64) -> Result<types::Ticket, Error> {
        match self
            .raw()
            .recover_suspended_tickets()
            .ids(id.to_string())
            .send()
            .await
        {
            Ok(r) => first_ticket(r.into_inner().tickets),
            Err(e) => Err(refusal(e, |body| {
                match serde_json::from_str::<types::RecoverSuspendedTicketsFailure>(body).ok()? {
                    types::RecoverSuspendedTicketsFailure::SuspendedTicketsNotRecovered(f) => {
                        Some(f.suspended_tickets)
                    }
                    types::RecoverSuspendedTicketsFailure::RequestRefused(_) => None,
                }
            })
            .await),
        }
    }
}

fn first_ticket(tickets: Vec<types::Ticket>) -> Result<types::Ticket, Error> {
    tickets.into_iter().next().ok_or_else(|| Error::Decode {
        status: Some(200),
        body: String::new(),
        reason: "the recover answer holds no ticket".into(),
    })
}

/// Why a suspended ticket was not recovered, in Zendesk's words.
pub(crate) fn why_not(ticket: &types::SuspendedTicket) -> String {
    let mut parts: Vec<String> = ticket.cause.iter().cloned().collect();
    parts.extend(ticket.error_messages.iter().flatten().map(error_message));
    if parts.is_empty() {
        "not recovered (Zendesk gave no cause)".into()
    } else {
        parts.join("; ")
    }
}

/// The suspended tickets a `recover_many` 422 lists as not recovered, or the
/// error when the call failed otherwise: [`Error::Invalid`] when Zendesk
/// refused the request (an error body), [`Error::Decode`] when the 422 could
/// not be read at all (so nothing is known of what was recovered).
pub(crate) async fn failures(
    e: generated::Error<()>,
) -> Result<Vec<types::SuspendedTicket>, Error> {
    let (api, bytes) = unparsed_422(e).await?;
    match serde_json::from_slice::<types::RecoverSuspendedTicketsFailure>(&bytes) {
        Ok(types::RecoverSuspendedTicketsFailure::SuspendedTicketsNotRecovered(f)) => {
            Ok(f.suspended_tickets)
        }
        Ok(types::RecoverSuspendedTicketsFailure::RequestRefused(_)) => {
            Err(Error::Invalid(Box::new(api)))
        }
        Err(e) => Err(Error::Decode {
            status: Some(422),
            body: api.body,
            reason: e.to_string(),
        }),
    }
}

/// A 422 answer the generated client left unparsed, with its whole body;
/// any other outcome converted to [`Error`].
async fn unparsed_422(e: generated::Error<()>) -> Result<(ApiError, bytes::Bytes), Error> {
    match e {
        generated::Error::UnexpectedResponse(response) if response.status().as_u16() == 422 => {
            let headers = response.headers().clone();
            let bytes = response.bytes().await.map_err(Error::Transport)?;
            Ok((ApiError::new(422, &headers, &bytes), bytes))
        }
        other => Err(Error::from_generated(other).await),
    }
}

/// The error for a failed recover: for a 422 listing the suspended ticket,
/// [`Error::Invalid`] whose description is the cause.
async fn refusal(
    e: generated::Error<()>,
    not_recovered: impl Fn(&str) -> Option<Vec<types::SuspendedTicket>>,
) -> Error {
    match unparsed_422(e).await {
        Err(e) => e,
        Ok((mut api, bytes)) => {
            if let Some(tickets) = not_recovered(&String::from_utf8_lossy(&bytes)) {
                api.error = Some("NotRecovered".into());
                api.description = tickets.first().map(why_not);
            }
            Error::Invalid(Box::new(api))
        }
    }
}

/// One of a suspended ticket's error messages, as words: Zendesk documents
/// the items as objects without saying what they hold, so a string is taken
/// as it is, an object by its first text among the usual keys, and anything
/// else as its JSON.
fn error_message(item: &serde_json::Value) -> String {
    match item {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Object(fields) => ["description", "message", "title", "error"]
            .iter()
            .find_map(|key| fields.get(*key).and_then(serde_json::Value::as_str))
            .map_or_else(|| item.to_string(), str::to_string),
        other => other.to_string(),
    }
}
