//! `cargo xtask release-gate`: a breaking change ships only with a breaking
//! version bump and a changelog section for that version.
//!
//! What this commit ships is compared with the last release, recorded in
//! `.ci/last-release.yaml` (a fresh clone has no tags): the spec with Optic's
//! `diff --check` (its breaking-change rules: a removed operation or
//! property, a narrowed request, a widened response, an enum that gained a
//! value); the generated models' fields, types and variants with the last
//! release's committed `src/generated/` (`crate::model_api`: what
//! cargo-semver-checks does not compare, such as a response property made
//! required, `Option<String>` → `String`); the published crates' Rust API
//! with cargo-semver-checks against the release's commit. `.ci/run`
//! installs Optic, and cargo-semver-checks only when the gate will run it
//! (`--semver-checks-needed`).
//!
//! At a breaking version (the minor below 1.0) Cargo's rules allow any
//! change: cargo-semver-checks would check nothing, so it is not run, and
//! the models' breaking changes are listed, not refused; what the gate then
//! requires is that version's section in CHANGELOG.md, with entries.
//!
//! The crates, the CLI and the spec's `info.version` carry one version.
//! `SEMVER_CHECKS_TARGET_DIR`, when set, is where cargo-semver-checks
//! builds (CI keeps it between runs).

use std::path::{Path, PathBuf};
use std::process::Command;

use semver::Version;
use serde::Deserialize;

/// Where the last release is recorded, under the repository root.
pub const LAST_RELEASE: &str = ".ci/last-release.yaml";

/// The crates whose Rust API dependants build on (cargo-semver-checks), with
/// their manifests: one the last release did not have yet is not compared.
pub const LIBRARIES: [(&str, &str); 3] = [
    ("zendesk-support", "Cargo.toml"),
    ("zendesk-simulator", "simulator/Cargo.toml"),
    ("zendesk-spec-check", "spec-check/Cargo.toml"),
];

/// Every package that carries the shared version (the CLI too: its flags,
/// exit codes and files are its API).
const VERSIONED: [&str; 4] = [
    "zendesk-support",
    "zendesk-simulator",
    "zendesk-spec-check",
    "zendesk-moderate",
];

/// The last release: its version and the commit it was cut from.
#[derive(Debug, Deserialize)]
pub struct LastRelease {
    pub version: Version,
    pub commit: String,
}

/// Reads `.ci/last-release.yaml`.
pub fn last_release(root: &Path) -> Result<LastRelease, String> {
    let path = root.join(LAST_RELEASE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let release: LastRelease =
        yaml_serde::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if release.commit.len() != 40 || !release.commit.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!(
            "{}: `commit` must be a full 40-digit commit hash, not {:?}",
            path.display(),
            release.commit
        ));
    }
    Ok(release)
}

/// The one version this commit ships: every versioned package's and the
/// spec's `info.version`, which must agree.
pub fn shipped_version(root: &Path) -> Result<Version, String> {
    let output = Command::new(crate::cargo())
        .current_dir(root)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let mut versions: Vec<(String, String)> = Vec::new();
    for name in VERSIONED {
        let version = metadata["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == name)
            .and_then(|p| p["version"].as_str())
            .ok_or_else(|| format!("cargo metadata lists no package {name}"))?;
        versions.push((format!("{name} (Cargo.toml)"), version.to_string()));
    }
    let spec = crate::read_spec(root)?;
    let info_version = spec
        .pointer("/info/version")
        .and_then(|v| v.as_str())
        .ok_or("spec/openapi.yaml: no info.version")?;
    versions.push(("spec/openapi.yaml info.version".into(), info_version.into()));
    in_step(&versions)
}

/// The version all `(what, version)` pairs agree on.
fn in_step(versions: &[(String, String)]) -> Result<Version, String> {
    let (first_what, first) = &versions[0];
    let apart: Vec<String> = versions
        .iter()
        .filter(|(_, v)| v != first)
        .map(|(what, v)| format!("{what} is {v}"))
        .collect();
    if !apart.is_empty() {
        return Err(format!(
            "the versions are not in step: {first_what} is {first}, but {}",
            apart.join(", ")
        ));
    }
    Version::parse(first).map_err(|e| format!("{first_what}: {first:?} is not a version: {e}"))
}

/// How the shipped version moved from the last release's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bump {
    /// The same version: only what that release already allowed.
    None,
    /// A compatible release (Cargo's rules: a patch below 1.0, a minor or
    /// patch from 1.0).
    Compatible,
    /// A release that may break (the minor below 1.0, the major from 1.0).
    Breaking,
}

/// Classifies `current` against `last` by Cargo's compatibility rules.
pub fn bump(last: &Version, current: &Version) -> Result<Bump, String> {
    if current < last {
        return Err(format!(
            "version {current} is older than the last release, {last}"
        ));
    }
    if current == last {
        return Ok(Bump::None);
    }
    let breaking = match (last.major, current.major) {
        (0, 0) => current.minor > last.minor,
        (a, b) => b > a,
    };
    Ok(if breaking {
        Bump::Breaking
    } else {
        Bump::Compatible
    })
}

/// How many entries (`- ` lines) the changelog's section for `version`
/// has, or `None` when there is no `## [version]` heading.
pub fn changelog_entries(changelog: &str, version: &Version) -> Option<usize> {
    let heading = format!("## [{version}]");
    let mut lines = changelog.lines();
    lines.find(|line| line.trim_end() == heading || line.starts_with(&format!("{heading} ")))?;
    Some(
        lines
            .take_while(|line| !line.starts_with("## "))
            .filter(|line| line.trim_start().starts_with("- "))
            .count(),
    )
}

/// What the tools found.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Optic's checks failed: the spec has a breaking change.
    pub spec_breaking: bool,
    /// The generated models' breaking changes since the last release
    /// (`crate::model_api::changes`), one line each.
    pub models_breaking: Vec<String>,
    /// cargo-semver-checks failed: the Rust API breaks what the shipped
    /// version promises (it judges the version numbers itself).
    pub rust_breaking: bool,
}

/// Why this commit may not ship as it is; empty when it may.
pub fn judge(
    last: &Version,
    current: &Version,
    changelog: &str,
    findings: &Findings,
) -> Result<Vec<String>, String> {
    let bump = bump(last, current)?;
    let mut problems = Vec::new();
    if findings.spec_breaking && bump != Bump::Breaking {
        problems.push(format!(
            "the spec has breaking changes since {last} (Optic's failed checks above), but {current} \
             is not a breaking version: bump to {} and say what broke in CHANGELOG.md",
            next_breaking(last)
        ));
    }
    if !findings.models_breaking.is_empty() && bump != Bump::Breaking {
        problems.push(format!(
            "the Rust models break what {last} promised ({}), but {current} is not a breaking \
             version: bump to {} and say what broke in CHANGELOG.md",
            findings.models_breaking.join("; "),
            next_breaking(last)
        ));
    }
    if findings.rust_breaking {
        problems.push(format!(
            "the Rust API breaks what {current} promises (cargo-semver-checks above): bump to {} \
             and say what broke in CHANGELOG.md",
            next_breaking(last)
        ));
    }
    if bump != Bump::None {
        match changelog_entries(changelog, current) {
            None => problems.push(format!(
                "CHANGELOG.md has no `## [{current}]` section for the new version"
            )),
            Some(0) => problems.push(format!(
                "CHANGELOG.md's `## [{current}]` section lists no change (`- ` lines)"
            )),
            Some(_) => {}
        }
    }
    Ok(problems)
}

/// The first version after `last` that may break.
fn next_breaking(last: &Version) -> Version {
    if last.major == 0 {
        Version::new(0, last.minor + 1, 0)
    } else {
        Version::new(last.major + 1, 0, 0)
    }
}

/// Optic's verdict from its exit status and output: `Ok(true)` when its
/// checks failed (a breaking change). It exits 0 when every check passed
/// (printing no summary then); on a failed check it exits 1 and prints
/// `Checks: 132/141 passed`. Anything else is no verdict.
pub fn optic_verdict(success: bool, output: &str) -> Result<bool, String> {
    if success {
        return Ok(false);
    }
    let failed_checks = output.lines().find_map(|line| {
        let counts = line.split("Checks:").nth(1)?.split_whitespace().next()?;
        let (passed, total) = counts.split_once('/')?;
        Some(passed.parse::<u32>().ok()? < total.parse::<u32>().ok()?)
    });
    match failed_checks {
        Some(true) => Ok(true),
        _ => Err("optic failed without a failed check: it did not compare the specs".into()),
    }
}

/// Whether the gate will run cargo-semver-checks (`.ci/run` installs it
/// only then): at a version that is not a breaking one after the last
/// release's.
pub fn semver_checks_needed(root: &Path) -> Result<bool, String> {
    let last = last_release(root)?;
    Ok(bump(&last.version, &shipped_version(root)?)? != Bump::Breaking)
}

/// Runs the gate: the checks, then the judgement. `optic` is the path of
/// Optic's executable.
pub fn run(root: &Path, optic: &Path) -> Result<(), String> {
    let last = last_release(root)?;
    let current = shipped_version(root)?;
    let breaking_version = bump(&last.version, &current)? == Bump::Breaking;
    println!(
        "release-gate: shipping {current}; the last release is {} ({})",
        last.version, last.commit
    );

    let spec_breaking = spec_breaking(root, &last, optic)?;
    let models_breaking = models_breaking(root, &last, breaking_version)?;
    // cargo-semver-checks checks nothing across a breaking version (it
    // reports "0 checks, 260 skip"): its two builds are spared.
    let rust_breaking = if breaking_version {
        println!(
            "== the Rust API: {current} is a breaking version after {}, which cargo-semver-checks \
             does not check",
            last.version
        );
        false
    } else {
        rust_breaking(root, &last)?
    };

    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md"))
        .map_err(|e| format!("CHANGELOG.md: {e}"))?;
    let findings = Findings {
        spec_breaking,
        models_breaking,
        rust_breaking,
    };
    let problems = judge(&last.version, &current, &changelog, &findings)?;
    if problems.is_empty() {
        let spec = if spec_breaking {
            "breaking changes, and a breaking version"
        } else {
            "compatible"
        };
        println!("release-gate: ok (the spec: {spec}; the Rust API: what {current} allows)");
        return Ok(());
    }
    Err(problems.join("\n"))
}

/// The last release's generated models beside this commit's (both
/// committed under `src/generated/`): their breaking changes. A release
/// without committed models (before 0.3.0) cannot be compared: that fails
/// the gate, unless the version is a breaking one, which allows any change.
fn models_breaking(
    root: &Path,
    last: &LastRelease,
    breaking_version: bool,
) -> Result<Vec<String>, String> {
    println!(
        "== the generated models against {}'s (fields, types, variants)",
        last.version
    );
    let file = |name: &str| format!("{}/{name}", crate::generate::GENERATED);
    let old: Result<Vec<String>, String> = crate::model_api::MODEL_FILES
        .iter()
        .map(|name| {
            git_show(root, &last.commit, &file(name))
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    let old = match old {
        Ok(old) => crate::model_api::read(&old[0], &old[1])
            .map_err(|e| format!("{}'s models: {e}", last.version))?,
        Err(e) if breaking_version => {
            println!(
                "not compared: {} has no committed models ({e})",
                last.version
            );
            return Ok(Vec::new());
        }
        Err(e) => {
            return Err(format!(
                "the models of {} cannot be compared: {e}; only a breaking version may follow a \
                 release without committed models",
                last.version
            ))
        }
    };
    let new: Result<Vec<String>, String> = crate::model_api::MODEL_FILES
        .iter()
        .map(|name| {
            std::fs::read_to_string(root.join(file(name)))
                .map_err(|e| format!("{}: {e}", file(name)))
        })
        .collect();
    let new = new?;
    let new = crate::model_api::read(&new[0], &new[1]).map_err(|e| format!("the models: {e}"))?;
    let (breaking, compatible) = crate::model_api::changes(&old, &new);
    for line in &compatible {
        println!("compatible: {line}");
    }
    for line in &breaking {
        println!("breaking: {line}");
    }
    println!(
        "{} breaking, {} compatible change(s) to the models",
        breaking.len(),
        compatible.len()
    );
    Ok(breaking)
}

/// The last release's spec beside this one, through Optic.
fn spec_breaking(root: &Path, last: &LastRelease, optic: &Path) -> Result<bool, String> {
    let old = git_show(root, &last.commit, "spec/openapi.yaml")?;
    let dir = root.join("target/release-gate");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let old_path: PathBuf = dir.join(format!("openapi-{}.yaml", last.version));
    std::fs::write(&old_path, old).map_err(|e| format!("{}: {e}", old_path.display()))?;

    println!(
        "== the spec against {}'s (optic diff --check)",
        last.version
    );
    let output = Command::new(optic)
        .current_dir(root)
        .env("OPTIC_TELEMETRY_LEVEL", "off")
        .arg("diff")
        .arg(&old_path)
        .arg(root.join("spec/openapi.yaml"))
        .arg("--check")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", optic.display()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    print!("{text}");
    optic_verdict(output.status.success(), &text)
}

/// The published crates' API against the last release's commit, through
/// cargo-semver-checks, which judges the version numbers itself.
fn rust_breaking(root: &Path, last: &LastRelease) -> Result<bool, String> {
    println!(
        "== the Rust API against {}'s (cargo semver-checks)",
        last.version
    );
    let mut command = Command::new(crate::cargo());
    // Its builds (the baseline's never changes) may be kept between runs.
    if let Some(dir) = std::env::var_os("SEMVER_CHECKS_TARGET_DIR") {
        command.env("CARGO_TARGET_DIR", dir);
    }
    command.current_dir(root).args([
        "semver-checks",
        "check-release",
        "--baseline-rev",
        &last.commit,
    ]);
    for (library, manifest) in LIBRARIES {
        if git_show(root, &last.commit, manifest).is_err() {
            println!(
                "{library}: not in {}, nothing to compare with",
                last.version
            );
            continue;
        }
        command.args(["-p", library]);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo semver-checks: {e}"))?;
    semver_checks_verdict(status.code())
        .map_err(|e| format!("{e} (its output is above; where it is missing, `cargo install cargo-semver-checks --locked`)"))
}

/// cargo-semver-checks' verdict from its exit code: `Ok(true)` when a lint
/// failed (100: a breaking change the version does not allow). 101 is its
/// own error, and anything else no verdict either: the gate fails closed.
pub fn semver_checks_verdict(code: Option<i32>) -> Result<bool, String> {
    match code {
        Some(0) => Ok(false),
        Some(100) => Ok(true),
        other => Err(format!(
            "cargo semver-checks did not finish (exit code {other:?}): no verdict"
        )),
    }
}

/// A file as it was at `commit`.
fn git_show(root: &Path, commit: &str, path: &str) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .current_dir(root)
        .args(["show", &format!("{commit}:{path}")])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git show {commit}:{path} failed (a shallow clone lacks the release's commit; \
             fetch it): {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).unwrap()
    }

    const CHANGELOG: &str = "# Changelog\n\n## [0.2.0] - 2026-11-27\n\n### Rust\n\n- `id` is `i64`.\n\n## [0.1.0]\n\n- First.\n";

    #[test]
    fn bumps_follow_cargo_rules() {
        assert_eq!(bump(&v("0.1.0"), &v("0.1.0")).unwrap(), Bump::None);
        assert_eq!(bump(&v("0.1.0"), &v("0.1.1")).unwrap(), Bump::Compatible);
        assert_eq!(bump(&v("0.1.3"), &v("0.2.0")).unwrap(), Bump::Breaking);
        assert_eq!(bump(&v("1.2.0"), &v("1.3.0")).unwrap(), Bump::Compatible);
        assert_eq!(bump(&v("1.2.0"), &v("2.0.0")).unwrap(), Bump::Breaking);
        assert_eq!(bump(&v("0.9.0"), &v("1.0.0")).unwrap(), Bump::Breaking);
        assert!(bump(&v("0.2.0"), &v("0.1.0")).is_err());
    }

    #[test]
    fn a_breaking_spec_without_a_breaking_bump_fails() {
        let breaking = Findings {
            spec_breaking: true,
            ..Findings::default()
        };
        for current in ["0.1.0", "0.1.1"] {
            let problems = judge(&v("0.1.0"), &v(current), CHANGELOG, &breaking).unwrap();
            assert!(
                problems.iter().any(|p| p.contains("bump to 0.2.0")),
                "{current}: {problems:?}"
            );
        }
        assert!(judge(&v("0.1.0"), &v("0.2.0"), CHANGELOG, &breaking)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn a_breaking_rust_api_fails_whatever_the_version() {
        // cargo-semver-checks has judged the version already: its failure
        // is the gate's.
        let findings = Findings {
            rust_breaking: true,
            ..Findings::default()
        };
        let problems = judge(&v("0.1.0"), &v("0.2.0"), CHANGELOG, &findings).unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn a_new_version_needs_its_changelog_section_with_entries() {
        let clean = Findings::default();
        assert!(judge(&v("0.1.0"), &v("0.1.0"), "", &clean)
            .unwrap()
            .is_empty());
        let missing = judge(&v("0.1.0"), &v("0.3.0"), CHANGELOG, &clean).unwrap();
        assert!(
            missing[0].contains("no `## [0.3.0]` section"),
            "{missing:?}"
        );
        let empty = "## [0.2.0] - 2026-11-27\n\nNothing yet.\n\n## [0.1.0]\n\n- First.\n";
        let problems = judge(&v("0.1.0"), &v("0.2.0"), empty, &clean).unwrap();
        assert!(problems[0].contains("lists no change"), "{problems:?}");
    }

    #[test]
    fn changelog_sections_are_found_by_their_exact_version() {
        assert_eq!(changelog_entries(CHANGELOG, &v("0.2.0")), Some(1));
        assert_eq!(changelog_entries(CHANGELOG, &v("0.1.0")), Some(1));
        assert_eq!(changelog_entries(CHANGELOG, &v("0.2.1")), None);
        assert_eq!(
            changelog_entries("## [0.2.0]\n- a\n- b\n", &v("0.2.0")),
            Some(2)
        );
        // 0.2.0 is not 0.2.0-rc.1's heading, nor the other way round.
        assert_eq!(
            changelog_entries("## [0.2.0-rc.1]\n- a\n", &v("0.2.0")),
            None
        );
    }

    #[test]
    fn versions_out_of_step_are_named() {
        let pairs = |spec: &str| {
            vec![
                (
                    "zendesk-support (Cargo.toml)".to_string(),
                    "0.2.0".to_string(),
                ),
                (
                    "spec/openapi.yaml info.version".to_string(),
                    spec.to_string(),
                ),
            ]
        };
        assert_eq!(in_step(&pairs("0.2.0")).unwrap(), v("0.2.0"));
        let error = in_step(&pairs("2")).unwrap_err();
        assert!(error.contains("info.version is 2"), "{error}");
    }

    #[test]
    fn semver_checks_verdicts_fail_closed() {
        assert_eq!(semver_checks_verdict(Some(0)), Ok(false));
        assert_eq!(semver_checks_verdict(Some(100)), Ok(true));
        assert!(semver_checks_verdict(Some(101)).is_err());
        assert!(semver_checks_verdict(Some(1)).is_err());
        assert!(semver_checks_verdict(None).is_err());
    }

    #[test]
    fn optic_verdicts_are_read() {
        let failed = "x Zendesk\nx  Checks: 132/141 passed \n";
        assert_eq!(optic_verdict(false, failed), Ok(true));
        assert_eq!(
            optic_verdict(true, "Operations: No operations changed\n"),
            Ok(false)
        );
        assert!(optic_verdict(false, "Error compiling schema\n").is_err());
        assert!(optic_verdict(false, "x  Checks: 141/141 passed\n").is_err());
    }

    /// This commit's committed generated files: client.rs and open_enums.rs.
    fn committed() -> (String, String) {
        let dir = crate::root().join(crate::generate::GENERATED);
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
        (read("client.rs"), read("open_enums.rs"))
    }

    fn committed_models() -> crate::model_api::Models {
        let (client, open_enums) = committed();
        crate::model_api::read(&client, &open_enums).unwrap()
    }

    /// The committed models with `from` replaced by `to` inside
    /// `types::{name}` (as the generator rewrites it when the spec changes).
    fn models_with(name: &str, from: &str, to: &str) -> crate::model_api::Models {
        let (client, open_enums) = committed();
        let start = client.find(&format!("pub struct {name} {{")).unwrap();
        let end = start + client[start..].find("\n    }\n").unwrap();
        let at = start + client[start..end].find(from).unwrap();
        let changed = format!("{}{to}{}", &client[..at], &client[at + from.len()..]);
        crate::model_api::read(&changed, &open_enums).unwrap()
    }

    const CHANGELOG_021: &str = "## [0.2.1]\n\n- A change.\n\n## [0.2.0]\n\n- First.\n";

    /// The verdicts of the scratch clone with 0.2.0 recorded as released
    /// (this branch's models): `required: [id, url]` on SuspendedTicket, the
    /// generator's change to the model as it wrote it there, passed Optic
    /// and cargo-semver-checks at 0.2.1 and fails the gate on the models;
    /// 0.3.0 may ship it.
    #[test]
    fn a_response_property_made_required_needs_a_breaking_version() {
        let required = models_with(
            "SuspendedTicket",
            "#[serde(skip_serializing_if = \"::std::option::Option::is_none\")]\n        pub url: ::std::option::Option<::std::string::String>,",
            "pub url: ::std::string::String,",
        );
        let (breaking, _) = crate::model_api::changes(&committed_models(), &required);
        assert_eq!(
            breaking,
            ["types::SuspendedTicket: the field `url` was `Option<String>` and is `String`"]
        );
        let findings = Findings {
            models_breaking: breaking,
            ..Findings::default()
        };
        let problems = judge(&v("0.2.0"), &v("0.2.1"), CHANGELOG_021, &findings).unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("SuspendedTicket: the field `url`"),
            "{problems:?}"
        );
        assert!(problems[0].contains("bump to 0.3.0"), "{problems:?}");
        let changelog = format!("## [0.3.0]\n\n- `url` is required.\n\n{CHANGELOG_021}");
        assert!(judge(&v("0.2.0"), &v("0.3.0"), &changelog, &findings)
            .unwrap()
            .is_empty());
    }

    /// The other scratch case: an optional `spam_score` on SuspendedTicket
    /// (the field as the generator wrote it there) is a compatible change of
    /// a non-exhaustive model, and 0.2.1 passes the gate.
    #[test]
    fn an_optional_response_property_added_is_a_minor_release() {
        let added = models_with(
            "SuspendedTicket",
            "        ///The API URL of this record.\n",
            "        ///How likely Zendesk judged the email to be spam (scratch case).\n        #[serde(skip_serializing_if = \"::std::option::Option::is_none\")]\n        pub spam_score: ::std::option::Option<f64>,\n        ///The API URL of this record.\n",
        );
        let (breaking, compatible) = crate::model_api::changes(&committed_models(), &added);
        assert!(breaking.is_empty(), "{breaking:?}");
        assert_eq!(
            compatible,
            ["types::SuspendedTicket: the field `spam_score` (`Option<f64>`) was added"]
        );
        let findings = Findings {
            models_breaking: breaking,
            ..Findings::default()
        };
        assert!(judge(&v("0.2.0"), &v("0.2.1"), CHANGELOG_021, &findings)
            .unwrap()
            .is_empty());
    }

    /// What made the minor release possible: the response models are
    /// non-exhaustive, the request bodies users build are not.
    #[test]
    fn the_committed_response_models_are_non_exhaustive_and_request_bodies_are_not() {
        let models = committed_models();
        for response in [
            "SuspendedTicket",
            "Ticket",
            "User",
            "JobStatus",
            "SuspendedTicketsPage",
            "ErrorBody",
        ] {
            assert!(models[response].non_exhaustive, "{response}");
        }
        for request in [
            "BulkRecoverRequest",
            "BulkRecoverAuthor",
            "UserUpdateRequest",
            "UserUpdate",
            // The token request's grants, which the build follows through
            // its `oneOf` (`TokenRequest`).
            "ClientCredentialsGrant",
            "AuthorizationCodeGrant",
            "RefreshTokenGrant",
        ] {
            assert!(!models[request].non_exhaustive, "{request}");
        }
        assert!(models["TicketStatus"].non_exhaustive, "the open enums too");
    }

    #[test]
    fn the_recorded_release_is_readable_and_older_than_what_ships() {
        let root = crate::root();
        let last = last_release(&root).unwrap();
        let current = shipped_version(&root).unwrap();
        assert!(bump(&last.version, &current).is_ok());
    }
}
