//! OAuth that renews itself: client credentials minted once for many
//! requests and renewed ahead of expiry, a `401` that renews and resends
//! any call once (and only once), refresh tokens rotated and saved before
//! use, and the failures of the token endpoint told apart.

mod common;

use common::fast_retries;
use httpmock::prelude::*;
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use zendesk_simulator::Config;
use zendesk_support::oauth::{
    AuthorizationRequest, RefreshGrant, RefreshToken, Scopes, StoredTokens, TokenEndpoint,
    TokenError, TokenStore,
};
use zendesk_support::{Client, Credentials, Error};

/// A token store in memory that records every save.
#[derive(Debug, Default, Clone)]
struct Memory {
    tokens: Arc<Mutex<Option<StoredTokens>>>,
    saves: Arc<Mutex<Vec<String>>>,
    fail_saves: bool,
}

impl Memory {
    fn holding(tokens: StoredTokens) -> Memory {
        Memory {
            tokens: Arc::new(Mutex::new(Some(tokens))),
            ..Memory::default()
        }
    }
}

impl TokenStore for Memory {
    fn load(&self) -> Result<Option<StoredTokens>, Box<dyn std::error::Error + Send + Sync>> {
        Ok(self.tokens.lock().unwrap().clone())
    }

    fn save(&self, tokens: &StoredTokens) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        if self.fail_saves {
            return Err("the disk is full".into());
        }
        use secrecy::ExposeSecret;
        let refresh = tokens.refresh.secret().expose_secret().to_string();
        self.saves.lock().unwrap().push(refresh);
        *self.tokens.lock().unwrap() = Some(tokens.clone());
        Ok(())
    }
}

fn token_answer(token: &str, expires_in: u64) -> serde_json::Value {
    json!({ "access_token": token, "token_type": "bearer", "scope": "read write", "expires_in": expires_in })
}

#[tokio::test]
async fn fifty_concurrent_requests_mint_one_token() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let client = sim.oauth_client_builder().build().unwrap();
    let id = sim.snapshot().tickets[0].id;
    let calls: Vec<_> = (0..50)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.show_ticket(id).await.map(|t| t.id) })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap(), id);
    }
    let counters = sim.snapshot().counters;
    assert_eq!(counters.tokens_minted, 1);
    assert_eq!(counters.unauthorized, 0);
    let status = client.token_status().unwrap();
    assert_eq!(status.fetched, 1);
    assert_eq!(status.scopes, Some(Scopes::parse("read write")));
}

#[tokio::test]
async fn a_long_run_renews_its_token_ahead_of_expiry_and_is_never_refused() {
    let sim = zendesk_simulator::start(Config {
        token_ttl: Duration::from_secs(1),
        ..Config::default()
    })
    .await
    .unwrap();
    let client = sim.oauth_client_builder().build().unwrap();
    let id = sim.snapshot().tickets[0].id;
    let started = std::time::Instant::now();
    let mut calls = 0;
    while started.elapsed() < Duration::from_millis(3500) {
        client.show_ticket(id).await.unwrap();
        calls += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let counters = sim.snapshot().counters;
    // Renewed ahead of expiry: not one request met an expired token.
    assert_eq!(counters.unauthorized, 0);
    // About once per lifetime (1 s, renewed 0.1 s early), not per request.
    assert!(
        (4..=5).contains(&counters.tokens_minted),
        "{} tokens for {calls} calls in 3.5 s",
        counters.tokens_minted
    );
}

/// A token endpoint on `server` answering `tokens` in turn (the last one
/// again after that).
async fn token_endpoint(server: &MockServer, tokens: &[&str]) {
    for (i, token) in tokens.iter().enumerate() {
        let answer = token_answer(token, 1800);
        let last = i + 1 == tokens.len();
        server
            .mock_async(move |when, then| {
                let when = when.method(POST).path("/oauth/tokens");
                if !last {
                    when.is_true(common::first(1));
                }
                then.status(200).json_body(answer);
            })
            .await;
    }
}

fn invalid_token() -> serde_json::Value {
    json!({
        "error": "invalid_token",
        "error_description": "The access token provided is expired, revoked, malformed or invalid for other reasons."
    })
}

#[tokio::test]
async fn a_401_mid_run_renews_and_resends_a_non_idempotent_call_once() {
    let server = MockServer::start_async().await;
    token_endpoint(&server, &["token-a", "token-b"]).await;
    // Zendesk revoked token-a between two calls: the recover is refused
    // (nothing done), sent again with token-b, and done.
    let refused = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/api/v2/suspended_tickets/recover_many")
                .header("authorization", "Bearer token-a");
            then.status(401).json_body(invalid_token());
        })
        .await;
    let recovered = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/api/v2/suspended_tickets/recover_many")
                .query_param("ids", "14")
                .header("authorization", "Bearer token-b");
            then.status(200).json_body(json!({
                "tickets": [{ "id": 5001, "subject": "Printer on fire" }]
            }));
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .client_credentials("acme_moderation", "s3cr3t")
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let outcome = client.recover_many([14]).await;
    assert_eq!(outcome.done(), vec![14], "{outcome:?}");
    assert!(outcome.all_done(), "{outcome:?}");
    assert_eq!(refused.calls_async().await, 1);
    assert_eq!(recovered.calls_async().await, 1, "sent again once");
    assert_eq!(client.token_status().unwrap().fetched, 2);
}

#[tokio::test]
async fn a_second_401_is_unauthorized_never_a_loop() {
    let server = MockServer::start_async().await;
    let mint = server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(200).json_body(token_answer("token-x", 1800));
        })
        .await;
    let api = server
        .mock_async(|when, then| {
            when.method(DELETE).path("/api/v2/deleted_tickets/7");
            then.status(401).json_body(invalid_token());
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .client_credentials("acme_moderation", "s3cr3t")
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let err = client.delete_ticket_permanently(7).await.unwrap_err();
    assert!(
        matches!(&err, Error::Unauthorized(a) if a.error.as_deref() == Some("invalid_token")),
        "{err:?}"
    );
    assert_eq!(
        api.calls_async().await,
        2,
        "sent, refused, renewed, sent once more"
    );
    assert_eq!(mint.calls_async().await, 2);
}

#[tokio::test]
async fn a_wrong_secret_is_a_token_error_and_no_request_is_sent() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let client = Client::builder()
        .base_url(sim.base_url())
        .client_credentials("simulator-client", "not-the-secret")
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    let Error::Token(token) = &err else {
        panic!("{err:?}");
    };
    assert!(
        matches!(token, TokenError::Refused { status: 401, error: Some(e), .. } if e == "invalid_client"),
        "{token:?}"
    );
    assert!(token.is_permanent() && !token.needs_login());
    assert!(err.to_string().contains("client id and secret"), "{err}");
    assert!(!err.to_string().contains("not-the-secret"), "{err}");
    // The token endpoint only: nothing of the API was asked.
    assert_eq!(sim.snapshot().counters.requests, 1);
}

#[tokio::test]
async fn a_token_endpoint_out_of_reach_is_retried_then_unavailable() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/oauth/tokens")
                .is_true(common::first(1));
            then.status(503).header("retry-after", "0");
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(200).json_body(token_answer("token-ok", 1800));
        })
        .await;
    let endpoint = TokenEndpoint::new(&server.base_url()).unwrap();
    let request = zendesk_support::oauth::TokenRequest::client_credentials("c", "s");
    let grant = endpoint.request(&request).await.unwrap();
    assert!(grant.access.expiry().is_some());

    let down = MockServer::start_async().await;
    let tried = down
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(500).body("<html>oops</html>");
        })
        .await;
    let client = Client::builder()
        .base_url(down.base_url())
        .client_credentials("c", "s")
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Token(TokenError::Unavailable {
                status: Some(500),
                ..
            })
        ),
        "{err:?}"
    );
    assert_eq!(tried.calls_async().await, 3, "the policy's three attempts");
}

/// Logs in to the simulator as `auth login` does: the authorization page
/// (which approves at once), then the code exchanged.
async fn login(sim: &zendesk_simulator::Running) -> zendesk_support::oauth::TokenGrant {
    let redirect = "http://127.0.0.1:47321/callback";
    let (client_id, _) = sim.oauth_client().unwrap();
    let login = AuthorizationRequest::new(
        sim.base_url(),
        &client_id,
        redirect,
        &Scopes::crate_default(),
    )
    .unwrap();
    let browser = zendesk_support::http_client()
        .unwrap()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = browser.get(login.url().clone()).send().await.unwrap();
    assert_eq!(page.status(), 302);
    let back = reqwest::Url::parse(page.headers()["location"].to_str().unwrap()).unwrap();
    let code = login.code_from_redirect(back.query().unwrap()).unwrap();
    TokenEndpoint::new(sim.base_url())
        .unwrap()
        .request(&login.token_request(&code))
        .await
        .unwrap()
}

#[tokio::test]
async fn a_rotated_refresh_token_is_saved_before_the_new_access_token_is_used() {
    let sim = zendesk_simulator::start(Config {
        token_ttl: Duration::from_secs(1),
        ..Config::default()
    })
    .await
    .unwrap();
    let granted = login(&sim).await;
    let first_refresh = granted.refresh.clone().unwrap();
    let store = Memory::holding(StoredTokens {
        refresh: first_refresh.clone(),
        access: Some(granted.access),
    });
    let (client_id, _) = sim.oauth_client().unwrap();
    let client = Client::builder()
        .base_url(sim.base_url())
        .credentials(Credentials::refresh_token(RefreshGrant::new(
            client_id.clone(),
            store.clone(),
        )))
        .build()
        .unwrap();
    let id = sim.snapshot().tickets[0].id;
    // The stored access token is good: used as it is, no refresh spent.
    client.show_ticket(id).await.unwrap();
    assert!(store.saves.lock().unwrap().is_empty());
    // Past its second, a refresh: the new pair is saved, then used.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client.show_ticket(id).await.unwrap();
    let saves = store.saves.lock().unwrap().clone();
    assert_eq!(saves.len(), 1);
    use secrecy::ExposeSecret;
    assert_ne!(saves[0], first_refresh.secret().expose_secret().to_string());
    // The old refresh token no longer works: it was rotated.
    let spent = TokenEndpoint::new(sim.base_url())
        .unwrap()
        .request(&zendesk_support::oauth::TokenRequest::refresh(
            client_id.clone(),
            &first_refresh,
        ))
        .await
        .unwrap_err();
    assert!(spent.needs_login(), "{spent}");
    assert_eq!(sim.snapshot().counters.unauthorized, 0);
}

#[tokio::test]
async fn a_refresh_token_that_cannot_be_saved_is_not_used() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(200).json_body(json!({
                "access_token": "new-access", "token_type": "bearer",
                "refresh_token": "new-refresh", "expires_in": 1800
            }));
        })
        .await;
    let api = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!({ "ticket": { "id": 1 } }));
        })
        .await;
    let store = Memory {
        fail_saves: true,
        ..Memory::holding(StoredTokens {
            refresh: RefreshToken::new("old-refresh"),
            access: None,
        })
    };
    let client = Client::builder()
        .base_url(server.base_url())
        .credentials(RefreshGrant::new("acme_moderation", store).into())
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    assert!(
        matches!(&err, Error::Token(TokenError::Store { reason }) if reason.contains("disk is full")),
        "{err:?}"
    );
    assert_eq!(api.calls_async().await, 0, "the unsaved token was not used");
}

#[tokio::test]
async fn a_refused_refresh_says_to_log_in_again() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let store = Memory::holding(StoredTokens {
        refresh: RefreshToken::new("revoked-long-ago"),
        access: None,
    });
    let client = Client::builder()
        .base_url(sim.base_url())
        .credentials(RefreshGrant::new("simulator-client", store).into())
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    let Error::Token(token) = &err else {
        panic!("{err:?}");
    };
    assert!(token.needs_login(), "{token:?}");
    assert!(err.to_string().contains("log in again"), "{err}");

    // Nothing stored at all: log in first.
    let empty = Client::builder()
        .base_url(sim.base_url())
        .credentials(RefreshGrant::new("simulator-client", Memory::default()).into())
        .build()
        .unwrap();
    let err = empty.show_ticket(1).await.unwrap_err();
    assert!(
        matches!(err, Error::Token(TokenError::NotLoggedIn)),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_fixed_access_token_is_not_renewed() {
    let server = MockServer::start_async().await;
    let api = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(401).json_body(invalid_token());
        })
        .await;
    let client = Client::builder()
        .base_url(server.base_url())
        .oauth_token("fixed")
        .build()
        .unwrap();
    let err = client.show_ticket(1).await.unwrap_err();
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(api.calls_async().await, 1, "nothing to renew it with");
}

#[tokio::test]
async fn the_token_in_use_says_its_scopes_and_expiry() {
    let sim = zendesk_simulator::start(Config::default()).await.unwrap();
    let client = sim.oauth_client_builder().build().unwrap();
    let token = client.current_token().await.unwrap();
    assert_eq!(token.scopes, ["read", "write"]);
    assert!(token.expires_at.is_some());
    let err = sim.client().current_token().await.unwrap_err();
    assert!(
        matches!(err, Error::NotFound(_)),
        "an API token has none: {err:?}"
    );
}

#[tokio::test]
async fn two_processes_sharing_a_store_do_not_spend_each_others_refresh_token() {
    let sim = zendesk_simulator::start(Config {
        token_ttl: Duration::from_secs(1),
        ..Config::default()
    })
    .await
    .unwrap();
    let granted = login(&sim).await;
    let store = Memory::holding(StoredTokens {
        refresh: granted.refresh.clone().unwrap(),
        access: Some(granted.access),
    });
    let (client_id, _) = sim.oauth_client().unwrap();
    let client = |store: &Memory| {
        Client::builder()
            .base_url(sim.base_url())
            .credentials(RefreshGrant::new(client_id.clone(), store.clone()).into())
            .build()
            .unwrap()
    };
    // Two cron runs overlap: both load the same pair and use its access
    // token, each holding the same refresh token.
    let (first, second) = (client(&store), client(&store));
    let id = sim.snapshot().tickets[0].id;
    first.show_ticket(id).await.unwrap();
    second.show_ticket(id).await.unwrap();
    for round in 1..=2 {
        tokio::time::sleep(Duration::from_millis(1100)).await;
        // The first refreshes and saves the new pair; the second's refresh
        // token is spent by then, and it takes the pair the first saved
        // instead of sending anyone to log in again.
        first.show_ticket(id).await.unwrap();
        second.show_ticket(id).await.unwrap();
        assert_eq!(
            store.saves.lock().unwrap().len(),
            round,
            "one refresh a round"
        );
    }
    assert_eq!(sim.snapshot().counters.unauthorized, 0);
}

/// A redirect is never followed: not from the token endpoint (the client
/// secret would go with it), not from an API call (its credentials would).
/// The other host hears nothing.
#[tokio::test]
async fn a_redirect_to_another_host_is_not_followed() {
    let other = MockServer::start_async().await;
    let elsewhere = other
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(token_answer("stolen", 1800));
        })
        .await;
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/oauth/tokens");
            then.status(307)
                .header("location", other.url("/oauth/tokens"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/api/v2/tickets/1");
            then.status(302)
                .header("location", other.url("/api/v2/tickets/1"));
        })
        .await;

    let with_api_token = Client::builder()
        .base_url(server.base_url())
        .api_token(common::EMAIL, common::TOKEN)
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let error = with_api_token.show_ticket(1).await.unwrap_err();
    assert!(
        matches!(&error, Error::UnexpectedStatus(e) if e.status == 302),
        "{error:?}"
    );

    let with_client_credentials = Client::builder()
        .base_url(server.base_url())
        .credentials(Credentials::client_credentials("acme_moderation", "s3cr3t"))
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let error = with_client_credentials.show_ticket(1).await.unwrap_err();
    assert!(matches!(error, Error::Token(_)), "{error:?}");

    assert_eq!(elsewhere.calls_async().await, 0);
}
