//! `auth login`, `auth status`, `auth logout`: accounts an ops team can
//! live with. A profile names an account and how to sign in to it
//! (`config.toml`, no secret); its secrets are in the OS keyring or a file
//! only its owner reads.

use super::Ctx;
use crate::args::{AuthCommand, AuthLogoutArgs, AuthStatusArgs, LoginArgs};
use crate::connect::profile_client;
use crate::exit::{self, Fatal};
use crate::identity::{self, Identity};
use crate::profiles::{self, Keeper, Method, Profile, Profiles};
use crate::vault::{Secrets, Vault};
use serde::Serialize;
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;
use zendesk_support::oauth::{Scopes, StoredTokens, TokenEndpoint, TokenRequest};
use zendesk_support::Client;

pub async fn run(command: AuthCommand, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    match command {
        AuthCommand::Login(args) => login(args, ctx).await,
        AuthCommand::Status(args) => status(args, ctx).await,
        AuthCommand::Logout(args) => logout(args, ctx),
    }
}

/// A secret typed at a prompt (not echoed), or, without a terminal, the
/// first line of standard input.
fn read_secret(what: &str) -> Result<String, Fatal> {
    let secret = if std::io::stdin().is_terminal() {
        eprint!("{what}: ");
        console::Term::stderr()
            .read_secure_line()
            .map_err(|e| Fatal::refused(format!("cannot read the {what}: {e}")))?
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(|e| {
            Fatal::refused(format!("cannot read the {what} from standard input: {e}"))
        })?;
        line
    };
    let secret = secret.trim().to_string();
    if secret.is_empty() {
        return Err(Fatal::refused(format!("no {what} given; nothing stored")));
    }
    Ok(secret)
}

async fn login(args: LoginArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let name = args.profile.clone();
    profiles::check_name(&name).map_err(Fatal::refused)?;
    let mut all = Profiles::load().map_err(Fatal::refused)?;
    let earlier = all.profiles.get(&name).cloned();
    let method = if args.client_credentials {
        Method::ClientCredentials
    } else if args.api_token {
        Method::ApiToken
    } else {
        Method::AuthorizationCode
    };
    // What is not given again is kept from an earlier login of the profile.
    let (subdomain, base_url) = match (&args.subdomain, &args.base_url, &earlier) {
        (None, None, Some(p)) => (p.subdomain.clone(), p.base_url.clone()),
        _ => (args.subdomain.clone(), args.base_url.clone()),
    };
    let client_id = args
        .client_id
        .clone()
        .or_else(|| earlier.as_ref().and_then(|p| p.client_id.clone()));
    let mut profile = Profile {
        subdomain,
        base_url,
        method,
        client_id: (method != Method::ApiToken).then_some(client_id).flatten(),
        scopes: (method != Method::ApiToken).then(|| args.scopes.clone()),
        agent_email: args.agent_email.clone(),
        secrets: Keeper::File,
    };
    // The account's URL, checked as the client checks it.
    let base = {
        let builder = match (&profile.base_url, &profile.subdomain) {
            (Some(url), _) => Client::builder().base_url(url.clone()),
            (None, Some(sub)) => Client::builder().subdomain(sub.clone()),
            (None, None) => {
                return Err(Fatal::refused(format!(
                    "which account? add --subdomain (acme for https://acme.zendesk.com) or --base-url to log in to profile {name}"
                )))
            }
        };
        builder
            .oauth_token("unused")
            .build()
            .map_err(|e| Fatal::refused(e.to_string()))?
            .base_url()
            .to_string()
    };
    if method != Method::ApiToken && profile.client_id.is_none() {
        return Err(Fatal::refused(
            "--client-id: the OAuth client's unique identifier (Admin Center > Apps and integrations > APIs > OAuth clients)",
        ));
    }
    let scopes = Scopes::parse(&args.scopes);
    let mut secrets = Secrets::default();
    match method {
        Method::AuthorizationCode => {
            let client_id = profile.client_id.clone().unwrap_or_default();
            let grant = crate::browser_login::login(
                &base,
                &client_id,
                &scopes,
                args.port,
                !args.no_browser,
                &ctx.interrupt,
            )
            .await?;
            let Some(refresh) = grant.refresh else {
                return Err(Fatal::refused(
                    "Zendesk granted no refresh token, so the login could not renew itself; nothing stored",
                ));
            };
            secrets.set_tokens(&StoredTokens {
                refresh,
                access: Some(grant.access),
            });
        }
        Method::ClientCredentials => {
            let client_id = profile.client_id.clone().unwrap_or_default();
            let secret = read_secret(&format!("client secret of {client_id}"))?;
            // Tried before it is kept: a wrong secret stores nothing.
            let endpoint = TokenEndpoint::new(&base).map_err(|e| Fatal::refused(e.to_string()))?;
            endpoint
                .request(
                    &TokenRequest::client_credentials(&client_id, &secret).scopes(scopes.clone()),
                )
                .await
                .map_err(|e| Fatal::refused(format!("{e}; nothing stored")))?;
            secrets.client_secret = Some(secret.into());
        }
        Method::ApiToken => {
            let email = profile.agent_email.clone().unwrap_or_default();
            let token = read_secret(&format!("API token of {email}"))?;
            let client = Client::builder()
                .base_url(base.clone())
                .api_token(email.clone(), token.clone())
                .build()
                .map_err(|e| Fatal::refused(e.to_string()))?;
            client.users().with_email(&email).await.map_err(|e| {
                Fatal::refused(format!("the API token was refused ({e}); nothing stored"))
            })?;
            secrets.api_token = Some(token.into());
            eprintln!("{}", identity::api_token_warning(Some(&name)));
        }
    }
    let (keeper, why_file) = Vault::choose().map_err(Fatal::refused)?;
    profile.secrets = keeper;
    let vault = Vault::new(&name, keeper);
    vault.save(&secrets).map_err(Fatal::refused)?;
    if let Some(earlier) = &earlier {
        // Secrets of an earlier login kept elsewhere are not left behind.
        if earlier.secrets != keeper {
            let _ = Vault::new(&name, earlier.secrets).delete();
        }
    }
    all.profiles.insert(name.clone(), profile.clone());
    let config = all.save().map_err(Fatal::refused)?;
    // Who it acts as, asked with the stored credentials: the proof that
    // the profile works as saved.
    let client = profile_client(&name)
        .and_then(|b| b.build().map_err(|e| e.to_string()))
        .map_err(Fatal::refused)?;
    let who = identity::identify(&client, profile.agent_email.as_deref())
        .await
        .map_err(|e| Fatal::api("checking the new login", &e, false))?;
    let report = LoginReport {
        profile: name.clone(),
        account: base.clone(),
        secrets: vault.place(),
        config: config.display().to_string(),
        identity: who.clone(),
    };
    ctx.out.result(&report, |out| {
        out.line(format!(
            "logged in to {base} as {} ({}); profile {name}",
            who.user
                .as_ref()
                .map_or("an unknown user".to_string(), |u| format!(
                    "{} (user {}, {})",
                    u.name.as_deref().unwrap_or("?"),
                    u.id,
                    u.role.as_deref().unwrap_or("?")
                )),
            profile.method.as_str()
        ));
        out.line(format!("secrets kept in {}", vault.place()));
        if let Some(why) = &why_file {
            out.line(format!("  (not the OS keyring: {why})"));
        }
        out.line(format!("profile kept in {} (no secret)", config.display()));
        out.line(format!(
            "use it with --profile {name}, or export ZENDESK_PROFILE={name}"
        ));
    });
    Ok(ExitCode::from(exit::DONE))
}

#[derive(Serialize)]
struct LoginReport {
    profile: String,
    account: String,
    secrets: String,
    config: String,
    identity: Identity,
}

/// One profile, as `auth status` sees it.
#[derive(Serialize)]
struct ProfileStatus {
    profile: String,
    account: String,
    method: Method,
    secrets: String,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    identity: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    problem: Option<String>,
    /// What to run to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
}

#[derive(Serialize)]
struct Status {
    profiles: Vec<ProfileStatus>,
    config: String,
}

async fn status(args: AuthStatusArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let all = Profiles::load().map_err(Fatal::refused)?;
    let config = profiles::config_file().map_err(Fatal::refused)?;
    let wanted = args.profile.or(ctx.account.profile.clone());
    let names: Vec<String> = match &wanted {
        Some(name) => {
            all.get(name).map_err(Fatal::refused)?;
            vec![name.clone()]
        }
        None => all.profiles.keys().cloned().collect(),
    };
    let mut report = Status {
        profiles: Vec::new(),
        config: config.display().to_string(),
    };
    for name in names {
        let profile = &all.profiles[&name];
        let vault = Vault::new(&name, profile.secrets);
        let refresh_expires = vault
            .load()
            .ok()
            .flatten()
            .and_then(|s| s.refresh_expires)
            .map(|t| {
                chrono::DateTime::from_timestamp(t as i64, 0)
                    .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                    .unwrap_or_default()
            });
        let mut entry = ProfileStatus {
            profile: name.clone(),
            account: profile.base_url(),
            method: profile.method,
            secrets: vault.place(),
            ok: false,
            identity: None,
            refresh_expires,
            problem: None,
            fix: None,
        };
        let checked = match profile_client(&name).and_then(|b| b.build().map_err(|e| e.to_string()))
        {
            Ok(client) => identity::identify(&client, profile.agent_email.as_deref())
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match checked {
            Ok(who) => {
                entry.ok = true;
                if profile.method == Method::ApiToken {
                    entry.fix = Some(format!(
                        "zendesk-moderate auth login --profile {name} --client-credentials --client-id ID"
                    ));
                }
                entry.identity = Some(who);
            }
            Err(problem) => {
                entry.problem = Some(problem);
                entry.fix = Some(format!("zendesk-moderate auth login --profile {name}"));
            }
        }
        report.profiles.push(entry);
    }
    let all_ok = report.profiles.iter().all(|p| p.ok);
    ctx.out.result(&report, |out| {
        if report.profiles.is_empty() {
            out.line(format!(
                "no profiles yet ({}): log in with `zendesk-moderate auth login --profile NAME --subdomain … --client-id …`",
                report.config
            ));
        }
        for p in &report.profiles {
            out.line(format!("profile {}: {}", p.profile, p.account));
            out.line(format!("  signs in with  {}", p.method.as_str()));
            out.line(format!("  secrets in     {}", p.secrets));
            if let Some(who) = &p.identity {
                if let Some(user) = &who.user {
                    out.line(format!(
                        "  acts as        {} (user {}, {})",
                        user.name.as_deref().unwrap_or("?"),
                        user.id,
                        user.role.as_deref().unwrap_or("?")
                    ));
                }
                if let Some(expires) = &who.expires {
                    out.line(format!("  token expires  {expires} (renewed as it runs out)"));
                }
                if let Some(scopes) = &who.scopes {
                    out.line(format!("  scopes         {scopes}"));
                }
                if let Some(days) = who.api_token_days_left {
                    out.line(format!(
                        "  !! Zendesk switches API tokens off on {} ({days} days left)",
                        zendesk_support::API_TOKENS_END
                    ));
                }
            }
            if let Some(refresh) = &p.refresh_expires {
                out.line(format!("  refresh token  expires {refresh} (log in again before then)"));
            }
            if let Some(problem) = &p.problem {
                out.line(format!("  !! cannot sign in: {problem}"));
            }
            if let Some(fix) = &p.fix {
                out.line(format!("  fix            {fix}"));
            }
        }
    });
    Ok(ExitCode::from(if all_ok {
        exit::DONE
    } else {
        exit::NOT_ALL_DONE
    }))
}

fn logout(args: AuthLogoutArgs, ctx: &Ctx) -> Result<ExitCode, Fatal> {
    let mut all = Profiles::load().map_err(Fatal::refused)?;
    let profile = all.get(&args.profile).map_err(Fatal::refused)?.clone();
    let vault = Vault::new(&args.profile, profile.secrets);
    let removed = vault.delete().map_err(Fatal::refused)?;
    all.profiles.remove(&args.profile);
    all.save().map_err(Fatal::refused)?;
    #[derive(Serialize)]
    struct Logout {
        profile: String,
        secrets_removed: bool,
        from: String,
    }
    let report = Logout {
        profile: args.profile.clone(),
        secrets_removed: removed,
        from: vault.place(),
    };
    ctx.out.result(&report, |out| {
        out.line(format!(
            "profile {} removed, and its secrets from {}{}",
            report.profile,
            report.from,
            if removed { "" } else { " (there were none)" }
        ));
        out.line("the tokens it was granted expire on their own (revoke them in Admin Center to end them now)");
    });
    Ok(ExitCode::from(exit::DONE))
}
