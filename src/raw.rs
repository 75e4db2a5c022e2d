//! A GET of any path of the API, answered as it came (status, headers, the
//! body's bytes), for tools that check what Zendesk sends (such as
//! `zendesk-moderate doctor`). It goes through the same transport as every
//! call: credentials only to the configured host, pacing, retries, the body
//! limit.

use crate::client::Client;
use crate::error::{ConfigError, Error};
use crate::refusal::Refusal;
use bytes::Bytes;
use progenitor_client::ClientInfo;
use reqwest::header::HeaderMap;

/// A response as it came.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body, decompressed, at most the client's body limit.
    pub body: Bytes,
}

impl RawResponse {
    /// The media type of the body (`application/json`), without parameters.
    pub fn content_type(&self) -> Option<&str> {
        let value = self
            .headers
            .get(reqwest::header::CONTENT_TYPE)?
            .to_str()
            .ok()?;
        Some(value.split(';').next().unwrap_or(value).trim())
    }
}

impl Client {
    /// Sends `GET <base URL><path>` (a path of the API, `/api/v2/…`, with its
    /// query) and answers the response whatever its status, its body unread
    /// by any type. An error only when there is no response to give: the
    /// request was refused, could not be sent, or its body is over the
    /// limit.
    ///
    /// ```no_run
    /// # async fn run(client: &zendesk_support::Client) -> Result<(), zendesk_support::Error> {
    /// let page = client.get_raw("/api/v2/suspended_tickets?page[size]=1").await?;
    /// println!("{} {:?}: {} bytes", page.status, page.content_type(), page.body.len());
    /// # Ok(()) }
    /// ```
    pub async fn get_raw(&self, path: &str) -> Result<RawResponse, Error> {
        if !path.starts_with("/api/v2/") {
            return Err(ConfigError::Invalid(format!(
                "{path} is not a path of the API (/api/v2/…)"
            ))
            .into());
        }
        let url = reqwest::Url::parse(&format!("{}{path}", self.base_url()))
            .map_err(|e| ConfigError::Invalid(format!("{path}: {e}")))?;
        let transport = self.raw().inner();
        let request = reqwest::Request::new(reqwest::Method::GET, url);
        transport.check_origin(&request).map_err(Error::from)?;
        let response = transport
            .send(self.raw().client(), request, "get_raw")
            .await
            .map_err(Error::Transport)?;
        // A body over the limit was not read whole; a request refused
        // before it was sent (no access token) had no answer at all.
        if let Some(
            problem @ (Refusal::TooLarge { .. } | Refusal::Token(_) | Refusal::ForeignHost { .. }),
        ) = response.extensions().get::<Refusal>()
        {
            return Err(problem.clone().into());
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::Transport)?;
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }
}
