//! `auth login` in the browser, as `gh auth login` does it: the
//! authorization code flow with PKCE and a loopback redirect. A listener on
//! `127.0.0.1:PORT/callback` waits for the one redirect whose `state` is
//! this login's; the browser is opened on Zendesk's authorization page (or
//! the URL printed, `--no-browser`, for a machine without one).

use crate::exit::Fatal;
use crate::interrupt::Interrupt;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
use zendesk_support::oauth::{
    AuthorizationRequest, RedirectError, Scopes, TokenEndpoint, TokenGrant,
};

/// How long a login may take in the browser.
const PATIENCE: Duration = Duration::from_secs(5 * 60);

/// The redirect URI for `port`: register it among the OAuth client's
/// redirect URLs in Admin Center.
pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}/callback")
}

struct Waiting {
    login: AuthorizationRequest,
    answers: mpsc::Sender<Result<String, RedirectError>>,
}

/// Logs in: the authorization page in the browser, then the code traded
/// for tokens at the account's token endpoint.
pub async fn login(
    base_url: &str,
    client_id: &str,
    scopes: &Scopes,
    port: u16,
    open_browser: bool,
    interrupt: &Interrupt,
) -> Result<TokenGrant, Fatal> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| {
            Fatal::refused(format!(
                "cannot listen on 127.0.0.1:{port} for the login's redirect ({e}): choose another --port, and add its http://127.0.0.1:PORT/callback to the OAuth client's redirect URLs"
            ))
        })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    let redirect = redirect_uri(port);
    let login = AuthorizationRequest::new(base_url, client_id, &redirect, scopes)
        .map_err(|e| Fatal::refused(e.to_string()))?;
    let url = login.url().to_string();
    let (answers, mut received) = mpsc::channel(4);
    let waiting = Arc::new(Mutex::new(Waiting { login, answers }));
    let app = axum::Router::new()
        .route("/callback", axum::routing::get(callback))
        .with_state(waiting.clone());
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });

    eprintln!("To log in, open this page and approve (the OAuth client's redirect URLs must include {redirect}):\n\n  {url}\n");
    if open_browser {
        match webbrowser::open(&url) {
            Ok(()) => eprintln!("(opened in your browser)"),
            Err(e) => eprintln!("(could not open a browser: {e}; open the page yourself)"),
        }
    }
    eprintln!("waiting for Zendesk to send the browser back to {redirect} …");

    let answer = tokio::select! {
        answer = received.recv() => answer,
        () = tokio::time::sleep(PATIENCE) => {
            server.abort();
            return Err(Fatal::refused(format!(
                "no answer from the browser in {} minutes; nothing stored",
                PATIENCE.as_secs() / 60
            )));
        }
        () = interrupt.wait() => {
            server.abort();
            return Err(Fatal { code: crate::exit::INTERRUPTED, message: "interrupted: nothing stored".into() });
        }
    };
    server.abort();
    let code = match answer {
        Some(Ok(code)) => code,
        Some(Err(e)) => return Err(Fatal::refused(format!("{e}; nothing stored"))),
        None => {
            return Err(Fatal::refused(
                "the login's listener stopped; nothing stored",
            ))
        }
    };
    let request = waiting
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .login
        .token_request(&code);
    let endpoint = TokenEndpoint::new(base_url).map_err(|e| Fatal::refused(e.to_string()))?;
    endpoint
        .request(&request)
        .await
        .map_err(|e| Fatal::refused(format!("{e}; nothing stored")))
}

/// The redirect: a code for this login is passed on; one of another state
/// (an old tab, a forged link) is refused and the login goes on waiting.
async fn callback(
    State(waiting): State<Arc<Mutex<Waiting>>>,
    Query(query): Query<HashMap<String, String>>,
) -> impl IntoResponse {
    let query = serde_urlencoded::to_string(&query).unwrap_or_default();
    let (answer, sender) = {
        let waiting = waiting.lock().unwrap_or_else(|p| p.into_inner());
        (
            waiting.login.code_from_redirect(&query),
            waiting.answers.clone(),
        )
    };
    let page = match &answer {
        Ok(_) => "Logged in: you can close this tab and go back to the terminal.".to_string(),
        Err(RedirectError::StateMismatch) => {
            return (
                axum::http::StatusCode::BAD_REQUEST,
                Html(page(
                    "This is not the answer to the login under way (an old tab?): nothing done."
                        .into(),
                )),
            );
        }
        Err(e) => format!("Not logged in: {e}."),
    };
    let _ = sender.send(answer).await;
    (axum::http::StatusCode::OK, Html(self::page(page)))
}

fn page(text: String) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<!doctype html><meta charset=utf-8><title>zendesk-moderate</title><p>{escaped}</p>")
}
