//! The tool's front page (`cli/README.md`) as a newcomer tries it: every
//! command of "Try it on the embedded simulator", run as written, in order,
//! in a fresh directory, each succeeding and acting on tickets that exist.

mod common;

use common::*;

/// The commands of the page's first `sh` block after the install line,
/// each as words (comments dropped).
fn tried_commands() -> Vec<Vec<String>> {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = page
        .split("## Try it on the embedded simulator")
        .nth(1)
        .expect("the page has the section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    block
        .lines()
        .map(|l| l.split(" #").next().unwrap())
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

#[test]
fn every_command_of_the_front_page_works_on_the_embedded_simulator() {
    let dir = tempfile::tempdir().unwrap();
    let commands = tried_commands();
    assert!(commands.len() >= 8, "{commands:?}");
    for words in &commands {
        assert_eq!(words[0], "zendesk-moderate", "{words:?}");
        let output = tool()
            .current_dir(dir.path())
            .args(&words[1..])
            .output()
            .unwrap();
        let text = stdout(&output);
        let said = format!("{text}{}", String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{}: {said}", words.join(" "));
        match words[1].as_str() {
            "run" | "apply" | "purge" | "spam"
                if words.contains(&"--apply".to_string()) || words[1] == "apply" =>
            {
                assert!(
                    text.ends_with("every ticket accounted for: yes\n"),
                    "{}: {said}",
                    words.join(" ")
                );
                assert!(!text.contains("dry run"), "{}: {said}", words.join(" "));
            }
            "run" => assert!(text.contains("dry run: nothing was changed"), "{said}"),
            _ => {}
        }
        match words[1].as_str() {
            "show" => assert!(
                text.contains(&format!(" id          {} ", words[2])),
                "{said}"
            ),
            "spam" => {
                let ids = words.iter().filter(|w| w.parse::<i64>().is_ok()).count();
                assert!(
                    text.contains(&format!("  marked as spam:           {ids}\n")),
                    "{said}"
                );
            }
            "erase" => assert!(text.ends_with("person erased: yes\n"), "{said}"),
            "list" => assert!(text.lines().count() > 3, "{said}"),
            _ => {}
        }
    }
}
