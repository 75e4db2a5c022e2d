//! The fuzzer's corpus, replayed in every test run (no fuzzer needed): every
//! input the fuzzer kept (`fuzz/corpus/decoders/`), every captured sample,
//! and deterministic mutations of each sample (cut at many points, bytes
//! changed), through every response decoder. `cargo xtask fuzz` runs the
//! coverage-guided fuzzer itself for longer.

use std::path::{Path, PathBuf};
use zendesk_support::fuzzing::decode;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn inputs(dir: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| Some((p.clone(), std::fs::read(&p).ok()?)))
        .collect()
}

#[test]
fn the_fuzz_corpus_decodes_without_a_panic() {
    let corpus = inputs("fuzz/corpus/decoders");
    assert!(corpus.len() >= 10, "the corpus has {} inputs", corpus.len());
    for (path, data) in corpus {
        let result = std::panic::catch_unwind(|| decode(&data));
        assert!(result.is_ok(), "{} panicked", path.display());
    }
}

#[test]
fn every_sample_and_its_mutations_decode_without_a_panic() {
    let samples = inputs("spec/samples");
    assert!(samples.len() > 30);
    let mut fed = 0;
    for (path, data) in samples {
        let mut variants = vec![data.clone()];
        // Cut short at many points, as a reset would.
        let step = (data.len() / 40).max(1);
        variants.extend((0..data.len()).step_by(step).map(|n| data[..n].to_vec()));
        // One byte changed at many points: quotes, digits, brackets.
        for (i, replacement) in (0..data.len())
            .step_by(step)
            .zip([b'"', b'9', b'{', b']', 0xFF, b'n'].iter().cycle())
        {
            let mut v = data.clone();
            v[i] = *replacement;
            variants.push(v);
        }
        for v in variants {
            let result = std::panic::catch_unwind(|| decode(&v));
            assert!(
                result.is_ok(),
                "{} (a mutation of {} bytes) panicked",
                path.display(),
                v.len()
            );
            fed += 1;
        }
    }
    assert!(fed > 1000, "only {fed} inputs");
}
