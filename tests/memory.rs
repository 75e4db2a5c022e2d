//! A hostile server's 400 MiB answer costs the client at most its body limit
//! in memory, not the body (nor copies of it). Alone in its own test binary,
//! so that the process's peak memory is this test's.

mod hostile;

use hostile::{Hostile, Reply};
use zendesk_support::{Client, Error};

/// The process's peak resident memory (`VmHWM`), in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[tokio::test]
async fn a_400_mib_answer_stays_within_the_body_limit() {
    const MIB: u64 = 1024 * 1024;
    let before = peak_rss();
    for status in [200, 500] {
        let server = Hostile::start(
            "/api/v2/tickets/1",
            Reply::Huge {
                status,
                bytes: 400 * MIB,
            },
            |_| Reply::empty(404),
        )
        .await;
        // The default limit (64 MiB), no retries.
        let client = Client::builder()
            .base_url(&server.base_url)
            .api_token("agent@example.com", "token")
            .no_retries()
            .build()
            .unwrap();
        match client.show_ticket(1).await {
            Err(Error::BodyTooLarge { limit, .. }) => assert_eq!(limit, 64 * MIB),
            Err(Error::Server(api)) => {
                assert!(api.body.len() <= zendesk_support::KEPT_BODY_BYTES + 64)
            }
            other => panic!("HTTP {status}: {other:?}"),
        }
    }
    if let (Some(before), Some(after)) = (before, peak_rss()) {
        let grew = after.saturating_sub(before);
        eprintln!("peak memory grew by {} MiB", grew / MIB);
        assert!(grew < 200 * MIB, "peak memory grew by {} MiB", grew / MIB);
    }
}

/// A 1 MiB gzip body that inflates to 1 GiB ends at the body limit, counted
/// after decompression, in bounded memory.
#[tokio::test]
async fn a_gzip_bomb_ends_at_the_body_limit() {
    const MIB: u64 = 1024 * 1024;
    // `python3 -c` in tests/fixtures/README.md made it: 1 GiB of zeros, gzip -9.
    let bomb = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/gzip-bomb-1gib.gz"
    ))
    .unwrap();
    assert!(bomb.len() < 2 * MIB as usize);
    let before = peak_rss();
    let reply = Reply::Full {
        status: 200,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("content-encoding".into(), "gzip".into()),
        ],
        body: bomb,
    };
    let server = Hostile::start("/api/v2/tickets/1", reply, |_| Reply::empty(404)).await;
    let client = Client::builder()
        .base_url(&server.base_url)
        .api_token("agent@example.com", "token")
        .max_response_bytes(16 * MIB)
        .no_retries()
        .build()
        .unwrap();
    match client.show_ticket(1).await {
        Err(Error::BodyTooLarge { limit, status }) => {
            assert_eq!((limit, status), (16 * MIB, 200))
        }
        other => panic!("{other:?}"),
    }
    let asked = server.seen()[0]
        .headers
        .iter()
        .any(|(k, v)| k == "accept-encoding" && v.contains("gzip"));
    assert!(asked, "the client asks for gzip");
    if let (Some(before), Some(after)) = (before, peak_rss()) {
        let grew = after.saturating_sub(before);
        eprintln!("peak memory grew by {} MiB", grew / MIB);
        assert!(grew < 200 * MIB, "peak memory grew by {} MiB", grew / MIB);
    }
}
