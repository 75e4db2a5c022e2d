//! `doctor`: a read-only check of an account. The credentials (how the tool
//! signs in; an OAuth token's expiry and scopes, and which commands those
//! scopes cover) and the agent's role; the rate limit the account reports;
//! one page of every
//! listing the tool uses, each body checked against the spec compiled into
//! the binary, open world (Zendesk may add properties; everything the spec
//! does describe must hold: types, enums, required properties, formats).
//!
//! `--record DIR` writes each body read, redacted for a public repository
//! (`crate::redact`: by allow-list, the tool's own credentials taken out),
//! laid out as `spec/samples/` is
//! (`real/<operation>/<status>-doctor-<date>.json`, with an `index.yaml`
//! giving each one's provenance), readable by its owner alone: what `cargo
//! xtask validate` accepts once a maintainer moves them there.

use super::{Ctx, Session};
use crate::args::DoctorArgs;
use crate::exit::{self, Fatal};
use crate::files::{create_private_dir, write_private};
use crate::redact::Redactor;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use zendesk_support::{AuthMethod, RawResponse};

/// The spec this binary was built with (the client's own).
const SPEC: &str = zendesk_support::OPENAPI_SPEC;

/// One finding of the check.
#[derive(Debug, Serialize)]
struct Finding {
    check: String,
    ok: bool,
    detail: String,
}

/// What the check found.
#[derive(Debug, Serialize)]
struct Report {
    target: String,
    healthy: bool,
    findings: Vec<Finding>,
    /// Every way a body differed from the spec.
    deviations: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recorded: Vec<String>,
}

impl Report {
    fn note(&mut self, check: &str, ok: bool, detail: impl Into<String>) {
        self.findings.push(Finding {
            check: check.into(),
            ok,
            detail: detail.into(),
        });
    }
}

/// The listings the tool uses, one page each.
const LISTINGS: [(&str, &str); 4] = [
    (
        "list_suspended_tickets",
        "/api/v2/suspended_tickets?page[size]=100",
    ),
    (
        "list_deleted_tickets",
        "/api/v2/deleted_tickets?page[size]=100",
    ),
    ("list_job_statuses", "/api/v2/job_statuses?page[size]=100"),
    ("list_deleted_users", "/api/v2/deleted_users?page[size]=100"),
];

pub async fn run(args: DoctorArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let spec = zendesk_spec_check::read_spec_text(SPEC)
        .map_err(|e| Fatal::refused(format!("the spec built into this binary: {e}")))?;
    let session = ctx.connect().await?;
    let mut report = Report {
        target: session.conn.target(),
        healthy: true,
        findings: Vec::new(),
        deviations: Vec::new(),
        recorded: Vec::new(),
    };
    let credentials = |text: &str| session.client().redact_credentials(text);
    let mut recorder = args
        .record
        .as_deref()
        .map(|dir| Recorder::new(dir, &spec, &credentials));
    let mut read = Vec::new();
    for (operation, path) in LISTINGS {
        let answer = session.client().get_raw(path).await;
        let raw = match answer {
            Ok(raw) => raw,
            Err(e) => {
                if read.is_empty() {
                    return Err(Fatal::api(&format!("GET {path}"), &e, false));
                }
                report.note(operation, false, format!("GET {path}: {e}"));
                continue;
            }
        };
        if raw.status == 401 {
            return Err(Fatal::refused(format!(
                "the account refused the credentials (HTTP 401 for GET {path})"
            )));
        }
        check(&spec, operation, path, &raw, &mut report);
        if let Some(r) = recorder.as_mut() {
            r.record(operation, path, &raw)
                .map_err(|e| Fatal::not_all_done(format!("--record: {e}")))?;
        }
        read.push(operation);
    }
    signed_in(&session, ctx, &spec, &mut report, recorder.as_mut()).await?;
    match session.client().rate_limit() {
        Some(limit) => report.note(
            "rate limit",
            true,
            format!(
                "{} requests a minute, {} left in this one",
                limit.limit.map_or("?".into(), |l| l.to_string()),
                limit.remaining.map_or("?".into(), |l| l.to_string())
            ),
        ),
        None => report.note("rate limit", false, "the responses name no rate limit"),
    }
    if let Some(r) = recorder {
        report.recorded = r
            .finish()
            .map_err(|e| Fatal::not_all_done(format!("--record: {e}")))?;
    }
    report.healthy = report.deviations.is_empty() && report.findings.iter().all(|f| f.ok);
    print(&report, ctx);
    Ok(ExitCode::from(if report.healthy {
        exit::DONE
    } else {
        exit::NOT_ALL_DONE
    }))
}

/// Checks one answer: its status, and its body against the spec.
fn check(spec: &Value, operation: &str, path: &str, raw: &RawResponse, report: &mut Report) {
    let deviations = zendesk_spec_check::check_response(
        spec,
        zendesk_spec_check::World::Open,
        operation,
        raw.status,
        raw.content_type(),
        &raw.body,
    );
    let ok = raw.status < 300 && deviations.is_empty();
    let detail = match raw.status {
        403 => format!("GET {path}: HTTP 403: the agent may not read this (managing suspended tickets needs an admin, or an agent whose role allows it)"),
        s if s >= 300 => format!("GET {path}: HTTP {s}"),
        s => format!(
            "GET {path}: HTTP {s}, {} bytes, {}",
            raw.body.len(),
            if deviations.is_empty() { "as the spec says" } else { "differs from the spec" }
        ),
    };
    report.note(operation, ok, detail);
    report.deviations.extend(deviations);
}

/// How the tool signs in, and who as: for OAuth, the token in use (its
/// expiry and scopes, which commands they cover) and its user; for an API
/// token, the agent found by their address, and the days left before
/// Zendesk switches it off. The user's role must let them moderate.
async fn signed_in(
    session: &Session,
    ctx: &Ctx,
    spec: &Value,
    report: &mut Report,
    recorder: Option<&mut Recorder<'_>>,
) -> Result<(), Fatal> {
    let method = session.conn.method();
    let mut how = method.to_string();
    if let Some(profile) = &session.conn.profile {
        how.push_str(&format!(" (profile {profile})"));
    }
    if method != AuthMethod::ApiToken {
        report.note("credentials", true, how);
        return oauth_identity(session, spec, report, recorder).await;
    }
    let days = crate::identity::api_token_days_left();
    report.note(
        "credentials",
        days > 0,
        format!(
            "{how}: Zendesk switches API tokens off on {} ({days} days left); move to OAuth with `zendesk-moderate auth login`",
            zendesk_support::API_TOKENS_END
        ),
    );
    let email = ctx
        .account
        .agent_email
        .clone()
        .or_else(|| std::env::var(zendesk_support::env::EMAIL).ok())
        .filter(|e| !e.trim().is_empty());
    let Some(email) = email else {
        report.note("agent", false, "no agent address to look the agent up by");
        return Ok(());
    };
    let path = format!("/api/v2/users/search?query={}", form_encoded(email.trim()));
    let Some(raw) = read_checked(session, spec, report, "search_users", &path).await else {
        return Ok(());
    };
    if let Some(r) = recorder {
        r.record("search_users", &path, &raw)
            .map_err(|e| Fatal::not_all_done(format!("--record: {e}")))?;
    }
    let found: Option<Value> = serde_json::from_slice::<Value>(&raw.body)
        .ok()
        .and_then(|v| {
            v["users"]
                .as_array()?
                .iter()
                .find(|u| {
                    u["email"]
                        .as_str()
                        .is_some_and(|e| e.eq_ignore_ascii_case(email.trim()))
                })
                .cloned()
        });
    match found {
        Some(user) => note_role(report, &user),
        None => report.note("agent", false, "no user with the agent's email address"),
    }
    Ok(())
}

/// The OAuth token in use and the user it acts as.
async fn oauth_identity(
    session: &Session,
    spec: &Value,
    report: &mut Report,
    mut recorder: Option<&mut Recorder<'_>>,
) -> Result<(), Fatal> {
    let path = "/api/v2/oauth/tokens/current";
    let Some(raw) = read_checked(session, spec, report, "show_current_token", path).await else {
        return Ok(());
    };
    if let Some(r) = recorder.as_mut() {
        r.record("show_current_token", path, &raw)
            .map_err(|e| Fatal::not_all_done(format!("--record: {e}")))?;
    }
    let token: Value =
        serde_json::from_slice::<Value>(&raw.body).unwrap_or_default()["token"].take();
    let scopes: Vec<String> = token["scopes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let scopes = zendesk_support::oauth::Scopes::from_iter(scopes);
    report.note(
        "token",
        true,
        format!(
            "expires {} (renewed as it runs out); scopes {}",
            token["expires_at"].as_str().unwrap_or("never"),
            if scopes.is_empty() {
                "none".to_string()
            } else {
                scopes.to_string()
            }
        ),
    );
    let uncovered: Vec<String> = crate::identity::coverage(&scopes)
        .into_iter()
        .filter(|(_, covered, _)| !covered)
        .map(|(command, _, missing)| format!("{command} (needs {})", missing.unwrap_or_default()))
        .collect();
    report.note(
        "scopes",
        uncovered.is_empty(),
        if uncovered.is_empty() {
            "cover every command (reading: list, show, plan, doctor; writing: apply, run --apply, purge, spam, erase)".to_string()
        } else {
            format!("do not cover {}: log in asking for them (`auth login --scopes \"read write\"`)", uncovered.join(", "))
        },
    );
    let Some(user_id) = token["user_id"].as_i64() else {
        report.note("agent", false, "the token names no user");
        return Ok(());
    };
    let path = format!("/api/v2/users/{user_id}");
    let Some(raw) = read_checked(session, spec, report, "show_user", &path).await else {
        return Ok(());
    };
    if let Some(r) = recorder {
        r.record("show_user", &path, &raw)
            .map_err(|e| Fatal::not_all_done(format!("--record: {e}")))?;
    }
    let user = serde_json::from_slice::<Value>(&raw.body).unwrap_or_default()["user"].take();
    note_role(report, &user);
    Ok(())
}

/// A GET, its body checked against the spec; `None` (noted) when it failed.
async fn read_checked(
    session: &Session,
    spec: &Value,
    report: &mut Report,
    operation: &str,
    path: &str,
) -> Option<RawResponse> {
    match session.client().get_raw(path).await {
        Ok(raw) => {
            let shown = path.split('?').next().unwrap_or(path);
            check(spec, operation, shown, &raw, report);
            Some(raw)
        }
        Err(e) => {
            report.note(operation, false, format!("GET {path}: {e}"));
            None
        }
    }
}

/// The user's role: moderation needs an agent or an admin.
fn note_role(report: &mut Report, user: &Value) {
    let role = user["role"].as_str().unwrap_or("unknown").to_string();
    let staff = matches!(role.as_str(), "admin" | "agent");
    report.note(
        "agent",
        staff,
        format!(
            "user {} is {role}{}",
            user["id"],
            if staff {
                ""
            } else {
                ": moderation needs an agent or an admin"
            }
        ),
    );
}

/// `a+b@x.example` as a query value.
fn form_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

fn print(report: &Report, ctx: &Ctx) {
    ctx.out.result(report, |out| {
        for f in &report.findings {
            let mark = if f.ok {
                console::style("ok").green()
            } else {
                console::style("!!").red().bold()
            };
            out.line(format!("{mark} {:<24}{}", f.check, f.detail));
        }
        for d in &report.deviations {
            out.line(format!("   deviation: {d}"));
        }
        for r in &report.recorded {
            out.line(format!("   recorded: {r}"));
        }
        out.line(format!(
            "healthy: {}",
            crate::output::yes_no(report.healthy)
        ));
    });
}

/// Writes what was read, redacted, as samples: files of their owner's
/// alone (0600) in folders of their owner's alone (0700), a folder made by
/// an earlier version included.
struct Recorder<'a> {
    dir: &'a Path,
    spec: &'a Value,
    redactor: Redactor<'a>,
    index: BTreeMap<String, Value>,
    written: Vec<String>,
    date: String,
    failed: Option<String>,
}

impl<'a> Recorder<'a> {
    fn new(
        dir: &'a Path,
        spec: &'a Value,
        credentials: &'a dyn Fn(&str) -> String,
    ) -> Recorder<'a> {
        Recorder {
            dir,
            spec,
            redactor: Redactor::new(spec, credentials),
            index: BTreeMap::new(),
            written: Vec::new(),
            date: chrono::Utc::now().format("%Y-%m-%d").to_string(),
            failed: None,
        }
    }

    fn record(&mut self, operation: &str, path: &str, raw: &RawResponse) -> Result<(), String> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        let (ext, body) = match raw.content_type() {
            _ if raw.body.is_empty() => ("empty", Vec::new()),
            Some(media @ "application/json") => match serde_json::from_slice::<Value>(&raw.body) {
                Ok(mut v) => {
                    let schema = zendesk_spec_check::response_schema(
                        self.spec, operation, raw.status, media,
                    );
                    self.redactor.body(&mut v, schema);
                    let mut text = serde_json::to_vec_pretty(&v).map_err(|e| e.to_string())?;
                    text.push(b'\n');
                    ("json", text)
                }
                // Not recorded: a body that is not JSON may be anything.
                Err(_) => return Ok(()),
            },
            _ => return Ok(()),
        };
        let name = format!("real/{operation}/{}-doctor-{}.{ext}", raw.status, self.date);
        let file = self.dir.join(&name);
        if let Err(e) = self
            .private_folders(operation)
            .and_then(|()| write_private(&file, &body))
        {
            self.failed = Some(e.clone());
            return Err(e);
        }
        self.index.insert(
            name.clone(),
            serde_json::json!({
                "source": "real",
                "from": format!("zendesk-moderate doctor --record, {}: a live account's answer, redacted by allow-list (kept: ids, numbers and timestamps the spec types, enum values, booleans, Zendesk's codes, the shape; every other text is a placeholder of its kind)", self.date),
                "license": "MIT OR Apache-2.0 (contributed by the account's owner)",
                "request": format!("GET {}", self.redactor.request(path)),
                "status": raw.status,
            }),
        );
        self.written.push(file.display().to_string());
        Ok(())
    }

    /// The folder given (when it is made here), `real/` and the
    /// operation's folder, each its owner's alone.
    fn private_folders(&self, operation: &str) -> Result<(), String> {
        if !self.dir.exists() {
            create_private_dir(self.dir)?;
        }
        let real = self.dir.join("real");
        create_private_dir(&real)?;
        create_private_dir(&real.join(operation))
    }

    /// Writes `index.yaml`; the files written.
    fn finish(self) -> Result<Vec<String>, String> {
        let mut text = String::from(
            "# Samples recorded by `zendesk-moderate doctor --record`, personal data\n# redacted. Move them under spec/samples/ and their entries into its index.yaml.\n",
        );
        for (name, entry) in &self.index {
            text.push_str(&format!("{name}:\n"));
            if let Some(fields) = entry.as_object() {
                for (k, v) in fields {
                    text.push_str(&format!("  {k}: {v}\n"));
                }
            }
        }
        if !self.dir.exists() {
            create_private_dir(self.dir)?;
        }
        write_private(&self.dir.join("index.yaml"), text.as_bytes())?;
        Ok(self.written)
    }
}
