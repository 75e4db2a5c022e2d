//! A scripted hostile HTTP server, written on raw TCP so that it can do what
//! a framework would not: reset before the headers or in the middle of a
//! body, stall, declare one length and send another, or send hundreds of MiB.
//!
//! Every request is logged. The first request to the *target* path gets the
//! scripted [`Reply`]; every other request gets what `ok` says.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// The path, without the query.
    pub path: String,
    pub query: String,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// The connection is reset before any byte of a response.
    ResetBeforeHeaders,
    /// Headers promise the whole body; half of it is sent, then a reset.
    ResetMidBody { status: u16, body: Vec<u8> },
    /// Headers promise the whole body; half of it is sent, then nothing for
    /// `stall`, then a reset.
    Stall {
        status: u16,
        body: Vec<u8>,
        stall: Duration,
    },
    /// `bytes` of a body (JSON-looking filler), sent as fast as the client
    /// reads.
    Huge { status: u16, bytes: u64 },
}

impl Reply {
    /// A complete JSON response.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    /// A complete response with a content type.
    pub fn typed(status: u16, content_type: &str, body: &str) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// A response without a body.
    pub fn empty(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// The same reply with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

type Ok = Arc<dyn Fn(&Seen) -> Reply + Send + Sync>;

/// A running hostile server.
pub struct Hostile {
    pub base_url: String,
    log: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Hostile {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Hostile {
    /// Starts a server whose first request to `target` gets `fault`.
    pub async fn start(
        target: &str,
        fault: Reply,
        ok: impl Fn(&Seen) -> Reply + Send + Sync + 'static,
    ) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let log = Arc::new(Mutex::new(Vec::new()));
        let fault = Arc::new(Mutex::new(Some(fault)));
        let ok: Ok = Arc::new(ok);
        let target = target.to_string();
        let task = {
            let log = log.clone();
            tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        return;
                    };
                    let (log, fault, ok, target) =
                        (log.clone(), fault.clone(), ok.clone(), target.clone());
                    tokio::spawn(async move {
                        serve(stream, &log, &fault, &ok, &target).await;
                    });
                }
            })
        };
        Hostile {
            base_url,
            log,
            task,
        }
    }

    /// Every request seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    /// How many requests went to `path`.
    pub fn count(&self, path: &str) -> usize {
        self.seen().iter().filter(|s| s.path == path).count()
    }
}

/// One request per connection (every answer says `Connection: close`).
async fn serve(
    mut stream: TcpStream,
    log: &Mutex<Vec<Seen>>,
    fault: &Mutex<Option<Reply>>,
    ok: &Ok,
    target: &str,
) {
    let Some(seen) = read_request(&mut stream).await else {
        return;
    };
    log.lock().unwrap().push(seen.clone());
    let scripted = if seen.path == target {
        fault.lock().unwrap().take()
    } else {
        None
    };
    let reply = scripted.unwrap_or_else(|| ok(&seen));
    let _ = write_reply(stream, reply).await;
}

async fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buffer.len() > 1 << 20 {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let target = first.next()?.to_string();
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target, String::new()),
    };
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Seen {
        method,
        path,
        query,
        headers,
    })
}

fn head(status: u16, headers: &[(String, String)], length: u64) -> Vec<u8> {
    let mut text =
        format!("HTTP/1.1 {status} Hostile\r\ncontent-length: {length}\r\nconnection: close\r\n");
    for (k, v) in headers {
        text.push_str(&format!("{k}: {v}\r\n"));
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// Ends the connection with a TCP reset rather than an orderly close
/// (`SO_LINGER` 0: dropping does not block, it aborts).
fn reset(stream: TcpStream) {
    if let Ok(std) = stream.into_std() {
        let _ = socket2::SockRef::from(&std).set_linger(Some(Duration::ZERO));
    }
}

async fn write_reply(mut stream: TcpStream, reply: Reply) -> std::io::Result<()> {
    let json = vec![("content-type".to_string(), "application/json".to_string())];
    match reply {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            stream
                .write_all(&head(status, &headers, body.len() as u64))
                .await?;
            stream.write_all(&body).await?;
            stream.flush().await?;
            stream.shutdown().await
        }
        Reply::ResetBeforeHeaders => {
            reset(stream);
            Ok(())
        }
        Reply::ResetMidBody { status, body } => {
            stream
                .write_all(&head(status, &json, body.len() as u64))
                .await?;
            stream.write_all(&body[..body.len() / 2]).await?;
            stream.flush().await?;
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
            Ok(())
        }
        Reply::Stall {
            status,
            body,
            stall,
        } => {
            stream
                .write_all(&head(status, &json, body.len() as u64))
                .await?;
            stream.write_all(&body[..body.len() / 2]).await?;
            stream.flush().await?;
            tokio::time::sleep(stall).await;
            reset(stream);
            Ok(())
        }
        Reply::Huge { status, bytes } => {
            stream.write_all(&head(status, &json, bytes)).await?;
            let filler = vec![b' '; 64 * 1024];
            let mut sent = 0u64;
            stream.write_all(b"{\"x\": \"").await?;
            sent += 7;
            while sent < bytes {
                let n = filler.len().min((bytes - sent) as usize);
                stream.write_all(&filler[..n]).await?;
                sent += n as u64;
            }
            stream.shutdown().await
        }
    }
}
