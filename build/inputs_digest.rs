//! What the committed generated client (`src/generated/`) was made from: a
//! digest of every input of the generator (the spec and `build/*.rs`),
//! written beside it as `src/generated/inputs.digest`. Shared by build.rs,
//! which refuses to build a client made from other inputs, and xtask
//! (through `#[path]`), whose tests prove the check.

use std::collections::BTreeMap;
use std::path::Path;

/// The spec, under the package root.
pub const SPEC: &str = "spec/openapi.yaml";
/// The generator's own code: every `.rs` file here is an input.
pub const GENERATOR: &str = "build";

/// Every input of the generator, with its digest, by path.
pub fn inputs(root: &Path) -> Result<BTreeMap<String, u64>, String> {
    let mut paths = vec![SPEC.to_string()];
    let entries = std::fs::read_dir(root.join(GENERATOR))
        .map_err(|e| format!("{GENERATOR}/: cannot read: {e}"))?;
    for entry in entries {
        let name = entry
            .map_err(|e| format!("{GENERATOR}/: {e}"))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".rs") {
            paths.push(format!("{GENERATOR}/{name}"));
        }
    }
    paths
        .into_iter()
        .map(|path| {
            let bytes =
                std::fs::read(root.join(&path)).map_err(|e| format!("{path}: cannot read: {e}"))?;
            Ok((path, fnv1a64(&bytes)))
        })
        .collect()
}

/// `src/generated/inputs.digest`: one line per input.
pub fn digest_file(inputs: &BTreeMap<String, u64>) -> String {
    let mut text = String::from(
        "# What src/generated/ was made from (FNV-1a 64 of each file, CRLF read as LF).\n\
         # build.rs refuses to build when a file differs: run `cargo xtask generate`.\n",
    );
    for (path, digest) in inputs {
        text.push_str(&format!("fnv1a64 {digest:016x} {path}\n"));
    }
    text
}

/// The inputs whose digest differs between two digest files (or that only
/// one of them lists).
pub fn differences(recorded: &str, current: &str) -> Vec<String> {
    let lines = |text: &str| -> BTreeMap<String, String> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut words = l.split_whitespace();
                let (_, digest, path) = (words.next()?, words.next()?, words.next()?);
                Some((path.to_string(), digest.to_string()))
            })
            .collect()
    };
    let (recorded, current) = (lines(recorded), lines(current));
    let mut paths: Vec<&String> = recorded.keys().chain(current.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| recorded.get(*p) != current.get(*p))
        .cloned()
        .collect()
}

/// FNV-1a (64 bits), reading `\r\n` as `\n` (a checkout may have turned the
/// files to CRLF): a change detector for our own files, not a security
/// check, so the build of every dependent compiles no hashing crate for it.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, &byte) in bytes.iter().enumerate() {
        if byte == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_is_the_published_function_and_reads_crlf_as_lf() {
        // FNV-1a 64's test vectors (Fowler, Noll, Vo).
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(fnv1a64(b"a: 1\r\nb: 2\r\n"), fnv1a64(b"a: 1\nb: 2\n"));
        assert_ne!(fnv1a64(b"a: 1\rb"), fnv1a64(b"a: 1b"));
    }

    #[test]
    fn the_differences_name_each_changed_added_or_removed_input() {
        let digest = |pairs: &[(&str, u64)]| {
            digest_file(&pairs.iter().map(|(p, d)| (p.to_string(), *d)).collect())
        };
        let recorded = digest(&[
            ("spec/openapi.yaml", 1),
            ("build/a.rs", 2),
            ("build/gone.rs", 3),
        ]);
        let current = digest(&[
            ("spec/openapi.yaml", 9),
            ("build/a.rs", 2),
            ("build/new.rs", 4),
        ]);
        assert_eq!(
            differences(&recorded, &current),
            ["build/gone.rs", "build/new.rs", "spec/openapi.yaml"]
        );
        assert!(differences(&current, &current).is_empty());
    }

    #[test]
    fn the_committed_digest_is_of_these_inputs() {
        // What build.rs checks before compiling the committed client.
        let root = crate::root();
        let recorded = std::fs::read_to_string(root.join("src/generated/inputs.digest")).unwrap();
        let current = digest_file(&inputs(&root).unwrap());
        assert_eq!(differences(&recorded, &current), Vec::<String>::new());
    }
}
