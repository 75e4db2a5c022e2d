//! A listing's peak memory against its length: every suspended ticket of a
//! simulator holding 10k to 1M, listed page by page (100 a page) through
//! the library's stream, beside a bare reqwest loop decoding the same
//! pages into the same types. Each loop runs in a process of its own (this
//! program again, `bench-memory-loop`), so that its peak resident memory
//! (`VmHWM`) is the loop's alone; the simulator runs here.
//!
//! The library keeps a bounded window of the latest ids to tell repeated
//! records, not every id delivered: its peak should be flat in the length.

use futures::TryStreamExt;
use std::process::Command;

/// The process's peak resident memory (`VmHWM`), in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// One loop, in this process: lists every suspended ticket at `base_url`
/// and prints `read N peak BYTES`.
pub fn listing_loop(which: &str, base_url: &str, email: &str, token: &str) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let client = zendesk_support::Client::builder()
        .base_url(base_url)
        .api_token(email, token)
        .build()
        .map_err(|e| e.to_string())?;
    let read = runtime.block_on(async {
        match which {
            "library" => client
                .suspended_tickets()
                .stream()
                .try_fold(0usize, |n, _| async move { Ok(n + 1) })
                .await
                .map_err(|e| e.to_string()),
            "bare" => {
                // The library's own reqwest client (its TLS, its timeouts):
                // what differs is only what the library does around it.
                use zendesk_support::generated::ClientInfo;
                let auth = format!(
                    "Basic {}",
                    crate::bench::base64_encode(format!("{email}/token:{token}").as_bytes())
                );
                crate::bench::bare_loop(client.raw().client(), base_url, &auth, 100).await
            }
            other => Err(format!("no loop {other}: library or bare")),
        }
    })?;
    let peak = peak_rss().ok_or("no VmHWM in /proc/self/status")?;
    println!("read {read} peak {peak}");
    Ok(())
}

/// Runs one loop in a process of its own: (tickets read, peak bytes).
fn measure(which: &str, sim: &zendesk_simulator::Running) -> Result<(usize, u64), String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(me)
        .args([
            "bench-memory-loop",
            which,
            sim.base_url(),
            &sim.email(),
            &sim.token(),
        ])
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "{which} loop: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        ["read", n, "peak", bytes] => Ok((
            n.parse().map_err(|_| text.to_string())?,
            bytes.parse().map_err(|_| text.to_string())?,
        )),
        _ => Err(format!("{which} loop said: {text}")),
    }
}

/// Prints the table: for each length, the bare loop's peak, the library's,
/// and their ratio.
pub fn run(sizes: &[usize]) -> Result<(), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    println!("## A listing's peak memory (page size 100, each loop in a process of its own)\n");
    println!("| suspended tickets | bare reqwest loop | zendesk_support stream | ratio |");
    println!("|--:|--:|--:|--:|");
    for &size in sizes {
        let sim = runtime
            .block_on(zendesk_simulator::start(zendesk_simulator::Config {
                suspended: size,
                rate_limit: u32::MAX,
                gzip: false,
                ..zendesk_simulator::Config::default()
            }))
            .map_err(|e| e.to_string())?;
        let (bare_read, bare) = measure("bare", &sim)?;
        let (read, library) = measure("library", &sim)?;
        if read != bare_read {
            return Err(format!(
                "the library read {read}, the bare loop {bare_read}"
            ));
        }
        let mib = |b: u64| format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0));
        println!(
            "| {read} | {} | {} | {:.2}× |",
            mib(bare),
            mib(library),
            library as f64 / bare as f64
        );
        runtime.block_on(sim.stop());
    }
    println!();
    Ok(())
}
