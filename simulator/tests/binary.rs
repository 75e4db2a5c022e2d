//! The standalone `zendesk-simulator`, as a bot's tests would start it: its
//! job limit (`--job-limit`, `--job-ms`), its counters
//! (`GET /simulator/stats`) and the reference it serves (`--docs`).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

/// The binary, started on a free port; killed when dropped.
struct Standalone {
    child: std::process::Child,
    base_url: String,
}

impl Standalone {
    fn start(args: &[&str]) -> Standalone {
        let child = Command::new(env!("CARGO_BIN_EXE_zendesk-simulator"))
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        // Held from here on, so that a failed assertion still kills it.
        let mut sim = Standalone {
            child,
            base_url: String::new(),
        };
        let mut lines = BufReader::new(sim.child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        sim.base_url = first.rsplit(' ').next().unwrap().to_string();
        assert!(sim.base_url.starts_with("http://127.0.0.1:"), "{first}");
        // Up to the last line it prints at start.
        let mut rest = Vec::new();
        for line in lines.by_ref().take(12) {
            let line = line.unwrap();
            let last = line.contains("/simulator/stats");
            rest.push(line);
            if last {
                break;
            }
        }
        for said in [
            "ZENDESK_CLIENT_ID=simulator-client",
            "ZENDESK_CLIENT_SECRET=simulator-secret",
            "ZENDESK_API_TOKEN=simulator-token",
            "/simulator/stats",
        ] {
            assert!(rest.iter().any(|l| l.contains(said)), "{said}: {rest:?}");
        }
        std::thread::spawn(move || lines.for_each(drop));
        sim
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn the_31st_job_at_once_is_refused_and_counted() {
    let sim = Standalone::start(&["--suspended", "0", "--job-limit", "30", "--job-ms", "60000"]);
    let http = zendesk_support::http_client().unwrap().build().unwrap();
    let mut statuses = Vec::new();
    for n in 1..=31 {
        let answer = http
            .delete(format!(
                "{}/api/v2/deleted_tickets/destroy_many?ids={n}",
                sim.base_url
            ))
            .basic_auth("agent@example.com/token", Some("simulator-token"))
            .send()
            .await
            .unwrap();
        statuses.push(answer.status().as_u16());
        if n == 31 {
            assert!(answer.headers().get("retry-after").is_none());
            let body: serde_json::Value = answer.json().await.unwrap();
            assert_eq!(body["error"], "TooManyJobs");
        }
    }
    assert!(statuses[..30].iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(statuses[30], 429);
    let stats: serde_json::Value = http
        .get(format!("{}/simulator/stats", sim.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["jobs_queued"], 30, "{stats}");
    assert_eq!(stats["peak_jobs"], 30, "{stats}");
    assert_eq!(stats["jobs_refused"], 1, "{stats}");
    assert_eq!(stats["requests"], 31, "{stats}");
}

#[tokio::test]
async fn the_reference_is_served_with_its_forms_filled_in() {
    let sim = Standalone::start(&["--suspended", "0", "--docs"]);
    let http = zendesk_support::http_client().unwrap().build().unwrap();
    let page = http
        .get(format!("{}/docs/", sim.base_url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let html = page.text().await.unwrap();
    assert!(
        html.contains("value=\"simulator-client\"") && html.contains("value=\"simulator-secret\""),
        "the OAuth client's credentials are filled in"
    );
    assert!(!html.contains("__SIMULATOR_CLIENT_"));
    assert_eq!(html.matches("<form").count(), 33, "a form per operation");
    let stats: serde_json::Value = http
        .get(format!("{}/simulator/stats", sim.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["requests"], 0, "the page is not counted: {stats}");
}
