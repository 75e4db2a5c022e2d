//! For AI assistants, in the llms.txt convention: `docs/llms.txt` (an
//! index: a title, a summary, and a link to every operation's and schema's
//! Markdown page; rendered by `templates/llms.txt.jinja`) and
//! `docs/llms-full.txt` (all of it in one file).

/// The index, the set-up of the calls, then every operation's and schema's
/// page, each under a line naming its file.
pub fn full(index: &str, calls: &str, pages: &[(String, String)]) -> String {
    let mut out = String::new();
    for (path, text) in [("README.md", index), ("calls.md", calls)]
        .into_iter()
        .chain(pages.iter().map(|(p, t)| (p.as_str(), t.as_str())))
    {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&format!("<!-- docs/{path} -->\n\n"));
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}
