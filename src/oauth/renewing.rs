//! The access token a client holds, renewed ahead of expiry and after a
//! refusal, once however many requests are waiting for it.

use super::error::TokenError;
use super::source::TokenSource;
use super::token::{AccessToken, Scopes};
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

/// A token held, as the header it is sent in.
#[derive(Clone)]
struct Held {
    token: AccessToken,
    header: HeaderValue,
    /// Which token this is (1 for the first fetched): a refusal of an older
    /// one must not throw away a newer.
    generation: u64,
    /// After a failed renewal, the token is used as it is until then
    /// (while it works), so that every request does not try again.
    quiet_until: Option<Instant>,
}

/// The header to send, and which token it carries.
pub(crate) struct Bearer {
    pub(crate) header: HeaderValue,
    pub(crate) generation: u64,
}

/// What the client knows of the token it holds, for people (`doctor`,
/// `auth status`) and progress reports.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenStatus {
    /// When the token held expires, when known.
    pub expires: Option<SystemTime>,
    /// Its scopes, when the token endpoint said.
    pub scopes: Option<Scopes>,
    /// Tokens fetched so far (minted, refreshed, or from the caller's
    /// source).
    pub fetched: u64,
}

/// A [`TokenSource`] with the token it last gave.
pub(crate) struct Renewing {
    source: Arc<dyn TokenSource>,
    held: Mutex<Option<Held>>,
    /// One fetch at a time: the others wait for it and take its token.
    flight: tokio::sync::Mutex<()>,
    fetched: AtomicU64,
    /// What the source is made of (an OAuth client's secret): never sent
    /// to the API, but scrubbed with the token from what others may read.
    made_of: Vec<SecretString>,
}

impl std::fmt::Debug for Renewing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renewing")
            .field("source", &self.source)
            .field("fetched", &self.fetched.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Renewing {
    pub(crate) fn new(source: Arc<dyn TokenSource>) -> Renewing {
        Renewing {
            source,
            held: Mutex::new(None),
            flight: tokio::sync::Mutex::new(()),
            fetched: AtomicU64::new(0),
            made_of: Vec::new(),
        }
    }

    /// The same, for a source made of `secrets` (see [`Renewing::secrets`]).
    pub(crate) fn made_of(mut self, secrets: Vec<SecretString>) -> Renewing {
        self.made_of = secrets;
        self
    }

    /// The header held now and what the source is made of: what a tool
    /// must not write down where others may read it.
    pub(crate) fn secrets(&self) -> (Option<HeaderValue>, Vec<SecretString>) {
        let header = self.held().as_ref().map(|h| h.header.clone());
        (header, self.made_of.clone())
    }

    fn held(&self) -> std::sync::MutexGuard<'_, Option<Held>> {
        self.held.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The token held, if it need not be renewed yet.
    fn fresh(&self) -> Option<Bearer> {
        let held = self.held();
        let held = held.as_ref()?;
        let now = Instant::now();
        let quiet = held.quiet_until.is_some_and(|until| now < until) && !held.token.expired(now);
        (quiet || !held.token.due_for_renewal(now)).then(|| Bearer {
            header: held.header.clone(),
            generation: held.generation,
        })
    }

    /// The token to send: the one held, or a new one when it is due for
    /// renewal or was refused. When renewing fails while the token held
    /// still works (renewal comes early), that one is sent.
    pub(crate) async fn bearer(&self) -> Result<Bearer, TokenError> {
        if let Some(bearer) = self.fresh() {
            return Ok(bearer);
        }
        let _flight = self.flight.lock().await;
        if let Some(bearer) = self.fresh() {
            return Ok(bearer);
        }
        // The fetch runs as a task of its own, so that it finishes (and a
        // rotated refresh token is saved) even if this request is dropped.
        let source = self.source.clone();
        let fetched = tokio::spawn(async move { source.fetch().await })
            .await
            .unwrap_or_else(|e| {
                Err(TokenError::Source {
                    reason: format!("the token source did not finish: {e}"),
                })
            });
        let token = match fetched {
            Ok(token) => token,
            Err(error) => {
                let mut held = self.held();
                let now = Instant::now();
                return match held.as_mut() {
                    Some(h) if !h.token.expired(now) => {
                        tracing::warn!(%error, "renewing the access token failed; the current one is still good");
                        // Tried again in a few seconds, not by every request.
                        h.quiet_until = Some(now + std::time::Duration::from_secs(5));
                        Ok(Bearer {
                            header: h.header.clone(),
                            generation: h.generation,
                        })
                    }
                    _ => Err(error),
                };
            }
        };
        let mut header =
            HeaderValue::from_str(&format!("Bearer {}", token.secret().expose_secret())).map_err(
                |_| TokenError::Source {
                    reason: "the access token has characters a header cannot carry".into(),
                },
            )?;
        header.set_sensitive(true);
        let generation = self.fetched.fetch_add(1, Ordering::Relaxed) + 1;
        tracing::debug!(generation, expires = ?token.expiry(), "new access token");
        *self.held() = Some(Held {
            token,
            header: header.clone(),
            generation,
            quiet_until: None,
        });
        Ok(Bearer { header, generation })
    }

    /// Zendesk refused the token of `generation` (`401`): it is dropped, so
    /// that the next [`Renewing::bearer`] fetches another, unless a newer
    /// one is held already.
    pub(crate) fn refused(&self, generation: u64) {
        let mut held = self.held();
        if held.as_ref().is_some_and(|h| h.generation == generation) {
            *held = None;
        }
    }

    pub(crate) fn status(&self) -> TokenStatus {
        let held = self.held();
        TokenStatus {
            expires: held.as_ref().and_then(|h| h.token.expiry()),
            scopes: held.as_ref().and_then(|h| h.token.scopes().cloned()),
            fetched: self.fetched.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::future::BoxFuture;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    /// Hands out `token-N`, each living `lifetime`, after `delay`.
    #[derive(Debug)]
    struct Counting {
        calls: AtomicUsize,
        lifetime: Option<Duration>,
        delay: Duration,
        fail_after: Option<usize>,
    }

    impl Counting {
        fn new(lifetime: Option<Duration>) -> Arc<Counting> {
            Arc::new(Counting {
                calls: AtomicUsize::new(0),
                lifetime,
                delay: Duration::from_millis(20),
                fail_after: None,
            })
        }
    }

    impl TokenSource for Counting {
        fn fetch(&self) -> BoxFuture<'_, Result<AccessToken, TokenError>> {
            Box::pin(async move {
                tokio::time::sleep(self.delay).await;
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                if self.fail_after.is_some_and(|after| n > after) {
                    return Err(TokenError::Source {
                        reason: "down".into(),
                    });
                }
                let token = AccessToken::new(format!("token-{n}"));
                Ok(match self.lifetime {
                    Some(l) => token.expires_in(l),
                    None => token,
                })
            })
        }
    }

    fn shown(bearer: &Bearer) -> String {
        bearer.header.to_str().unwrap().to_string()
    }

    #[tokio::test]
    async fn many_waiting_requests_fetch_one_token() {
        let source = Counting::new(Some(Duration::from_secs(60)));
        let renewing = Arc::new(Renewing::new(source.clone()));
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let r = renewing.clone();
                tokio::spawn(async move { shown(&r.bearer().await.unwrap()) })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap(), "Bearer token-1");
        }
        assert_eq!(source.calls.load(Ordering::SeqCst), 1);
        assert_eq!(renewing.status().fetched, 1);
    }

    #[tokio::test]
    async fn the_secrets_are_the_token_held_and_what_the_source_is_made_of() {
        let source = Counting::new(Some(Duration::from_secs(60)));
        let renewing = Renewing::new(source).made_of(vec!["s3cr3t".to_string().into()]);
        let exposed = |r: &Renewing| {
            let (header, made_of) = r.secrets();
            let header = header.map(|h| h.to_str().unwrap().to_string());
            let made_of: Vec<String> = made_of
                .iter()
                .map(|s| s.expose_secret().to_string())
                .collect();
            (header, made_of)
        };
        assert_eq!(exposed(&renewing), (None, vec!["s3cr3t".to_string()]));
        renewing.bearer().await.unwrap();
        assert_eq!(
            exposed(&renewing),
            (
                Some("Bearer token-1".to_string()),
                vec!["s3cr3t".to_string()]
            )
        );
    }

    #[tokio::test]
    async fn a_token_is_renewed_ahead_of_its_expiry() {
        let source = Counting::new(Some(Duration::from_millis(400)));
        let renewing = Renewing::new(source.clone());
        assert_eq!(shown(&renewing.bearer().await.unwrap()), "Bearer token-1");
        // Renewal comes a tenth of the life early: at 360 ms of 400.
        tokio::time::sleep(Duration::from_millis(370)).await;
        assert_eq!(shown(&renewing.bearer().await.unwrap()), "Bearer token-2");
        assert_eq!(source.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_refusal_drops_the_token_once_whoever_reports_it() {
        let source = Counting::new(None);
        let renewing = Renewing::new(source.clone());
        let first = renewing.bearer().await.unwrap();
        renewing.refused(first.generation);
        let second = renewing.bearer().await.unwrap();
        assert_eq!(shown(&second), "Bearer token-2");
        // A late refusal of the first token keeps the second.
        renewing.refused(first.generation);
        assert_eq!(shown(&renewing.bearer().await.unwrap()), "Bearer token-2");
        assert_eq!(source.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_failed_renewal_keeps_a_token_that_still_works_and_no_other() {
        let source = Arc::new(Counting {
            fail_after: Some(1),
            ..Arc::into_inner(Counting::new(Some(Duration::from_millis(500)))).unwrap()
        });
        let renewing = Renewing::new(source.clone());
        renewing.bearer().await.unwrap();
        tokio::time::sleep(Duration::from_millis(460)).await;
        // Due for renewal, renewal fails, the token has 40 ms left: used.
        assert_eq!(shown(&renewing.bearer().await.unwrap()), "Bearer token-1");
        tokio::time::sleep(Duration::from_millis(100)).await;
        // Expired now: the failure is the answer.
        assert!(matches!(
            renewing.bearer().await,
            Err(TokenError::Source { .. })
        ));
    }
}
