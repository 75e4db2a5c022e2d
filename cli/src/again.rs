//! How to run a command again, for the hint an interrupted command prints:
//! the command line as it was given, rebuilt from what clap parsed, so that
//! the next run reaches the same account. A profile named by
//! `ZENDESK_PROFILE` is written out as `--profile NAME`; a secret given as a
//! flag is replaced by a placeholder (a secret is never printed); settings
//! read from `ZENDESK_*` variables are named, to be set again.

use clap::parser::ValueSource;
use clap::{ArgMatches, Command};

/// The flags whose values are secrets, with the placeholder printed instead.
const SECRETS: [(&str, &str); 2] = [("api-token", "API_TOKEN"), ("oauth-token", "OAUTH_TOKEN")];

/// The variable read for the OAuth client's secret, which has no flag.
const CLIENT_SECRET: &str = zendesk_support::env::CLIENT_SECRET;

/// The command line of this run, as it can be given again.
#[derive(Debug, Clone, Default)]
pub struct Again {
    /// The flags before the command (the connection, the simulator's
    /// shape, the output format), secrets replaced.
    global: Vec<String>,
    /// The command and its own arguments, as given.
    command: Vec<String>,
    /// Those of its flags that `apply` takes too (`--yes`, `--max-actions`,
    /// `--concurrency`): a `run` continues as an `apply` with them.
    acting: Vec<String>,
    /// The placeholders standing for secrets given as flags.
    placeholders: Vec<&'static str>,
    /// The variables the connection was read from.
    variables: Vec<String>,
}

impl Again {
    /// What `matches` (parsed by `cli`) was given.
    pub fn new(cli: &Command, matches: &ArgMatches) -> Again {
        let mut again = Again::default();
        let mut global = Vec::new();
        again.args_of(cli, matches, &mut global, None);
        again.global = global;
        if let Some((name, sub)) = matches.subcommand() {
            let mut command = vec![name.to_string()];
            if let Some(sub_cli) = cli.find_subcommand(name) {
                again.args_of(sub_cli, sub, &mut command, None);
                let apply: Vec<&str> = cli
                    .find_subcommand("apply")
                    .into_iter()
                    .flat_map(|a| a.get_arguments().filter_map(|arg| arg.get_long()))
                    .collect();
                let mut acting = Vec::new();
                again.args_of(sub_cli, sub, &mut acting, Some(&apply));
                again.acting = acting;
            }
            again.command = command;
        }
        if std::env::var_os(CLIENT_SECRET).is_some() {
            again.variables.push(CLIENT_SECRET.to_string());
        }
        again
    }

    /// The arguments of `cli` given in `matches`, onto `out` (only the
    /// flags named in `only`, when given); what came from variables is
    /// noted.
    fn args_of(
        &mut self,
        cli: &Command,
        matches: &ArgMatches,
        out: &mut Vec<String>,
        only: Option<&[&str]>,
    ) {
        let mut positional = Vec::new();
        for arg in cli.get_arguments() {
            let id = arg.get_id().as_str();
            if let Some(only) = only {
                if arg.is_positional() || !arg.get_long().is_some_and(|l| only.contains(&l)) {
                    continue;
                }
            }
            let source = matches.value_source(id);
            let values: Vec<String> = matches
                .get_raw(id)
                .map(|raw| raw.map(|v| v.to_string_lossy().into_owned()).collect())
                .unwrap_or_default();
            let long = arg.get_long();
            match source {
                Some(ValueSource::CommandLine) => {}
                Some(ValueSource::EnvVariable) if long == Some("profile") => {}
                Some(ValueSource::EnvVariable) => {
                    let var = arg.get_env().map(|v| v.to_string_lossy().into_owned());
                    if let Some(var) = var.filter(|v| !self.variables.contains(v)) {
                        self.variables.push(var);
                    }
                    continue;
                }
                _ => continue,
            }
            if arg.is_positional() {
                positional.extend(values);
                continue;
            }
            let Some(long) = long else { continue };
            if !arg.get_action().takes_values() {
                out.push(format!("--{long}"));
                continue;
            }
            let secret = SECRETS.iter().find(|(flag, _)| *flag == long);
            for value in values {
                out.push(format!("--{long}"));
                match secret {
                    Some((_, placeholder)) => {
                        out.push((*placeholder).to_string());
                        if !self.placeholders.contains(placeholder) {
                            self.placeholders.push(placeholder);
                        }
                    }
                    None => out.push(value),
                }
            }
        }
        out.extend(positional);
    }

    /// The same command again.
    pub fn same(&self) -> String {
        self.say(&self.command)
    }

    /// `apply PLAN` on the same account, with the flags of this command
    /// that `apply` takes too.
    pub fn apply(&self, plan: &std::path::Path) -> String {
        let mut command = vec!["apply".to_string()];
        command.extend(self.acting.iter().cloned());
        command.push(plan.display().to_string());
        self.say(&command)
    }

    /// `` `zendesk-moderate GLOBAL COMMAND` ``, and what it needs that is not
    /// printed: the secrets its placeholders stand for, the variables.
    fn say(&self, command: &[String]) -> String {
        let words: Vec<String> = std::iter::once("zendesk-moderate".to_string())
            .chain(self.global.iter().cloned())
            .chain(command.iter().cloned())
            .map(|w| quoted(&w))
            .collect();
        let mut said = format!("`{}`", words.join(" "));
        if !self.placeholders.is_empty() {
            said.push_str(&format!(
                " (with the secret in place of {}: it is never printed)",
                and_list(&self.placeholders)
            ));
        }
        if !self.variables.is_empty() {
            let names: Vec<&str> = self.variables.iter().map(String::as_str).collect();
            said.push_str(&format!(" with {} set as now", and_list(&names)));
        }
        said
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A word as a POSIX shell reads it back.
pub fn quoted(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@=,+%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn again(args: &[&str]) -> Again {
        let cli = crate::args::Cli::command();
        let matches = cli.clone().try_get_matches_from(args).unwrap();
        Again::new(&cli, &matches)
    }

    #[test]
    fn flags_are_given_again_with_secrets_replaced() {
        let again = again(&[
            "zendesk-moderate",
            "--base-url",
            "https://acme.zendesk.com",
            "--agent-email",
            "ops@acme.example",
            "--api-token",
            "s3cret-token",
            "apply",
            "my plan.json",
            "--yes",
        ]);
        let said = again.same();
        assert_eq!(
            said,
            "`zendesk-moderate --base-url https://acme.zendesk.com --agent-email ops@acme.example --api-token API_TOKEN apply --yes 'my plan.json'` (with the secret in place of API_TOKEN: it is never printed)"
        );
        assert!(!said.contains("s3cret"));
        assert!(again
            .apply(std::path::Path::new("plan.json"))
            .starts_with("`zendesk-moderate --base-url https://acme.zendesk.com --agent-email ops@acme.example --api-token API_TOKEN apply --yes plan.json`"));
    }

    #[test]
    fn the_simulators_shape_and_the_format_are_kept() {
        let again = again(&[
            "zendesk-moderate",
            "--simulator-tickets",
            "50",
            "run",
            "--rules",
            "rules.toml",
            "--format",
            "json",
            "--apply",
            "--yes",
            "--concurrency",
            "4",
        ]);
        assert_eq!(
            again.apply(std::path::Path::new("p.json")),
            "`zendesk-moderate --simulator-tickets 50 --format json apply --yes --concurrency 4 p.json`"
        );
        assert_eq!(
            again.same(),
            "`zendesk-moderate --simulator-tickets 50 --format json run --rules rules.toml --apply --yes --concurrency 4`"
        );
    }

    #[test]
    fn words_are_quoted_for_the_shell() {
        assert_eq!(quoted("plan.json"), "plan.json");
        assert_eq!(quoted("it's here"), r"'it'\''s here'");
        assert_eq!(quoted(""), "''");
    }
}
