//! Where output goes and how it looks: results on stdout (tables and
//! sentences for people, one JSON object a line for machines), messages for
//! people on stderr when stdout is for machines, colours only on a terminal
//! and never with `NO_COLOR`. A reader that goes away (`… | head -1`) ends
//! the output, not the program.

use crate::rules::Action;
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables and sentences.
    Human,
    /// One JSON object a line.
    Json,
    /// Comma-separated values (`list` only).
    Csv,
}

/// The command's output.
pub struct Output {
    pub format: Format,
    /// Stdout was closed by its reader: nothing more is written.
    gone: AtomicBool,
}

/// Turns colours off when `NO_COLOR` is set or the streams are not
/// terminals (console already checks the terminal; tables check here).
pub fn init_colours() {
    let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if no_colour {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
}

impl Output {
    pub fn new(format: Format) -> Output {
        Output {
            format,
            gone: AtomicBool::new(false),
        }
    }

    pub fn human(&self) -> bool {
        self.format == Format::Human
    }

    /// Whether stdout's reader went away.
    pub fn closed(&self) -> bool {
        self.gone.load(Ordering::Relaxed)
    }

    /// One line of results on stdout.
    pub fn line(&self, text: impl std::fmt::Display) {
        if self.closed() {
            return;
        }
        let mut out = std::io::stdout().lock();
        if writeln!(out, "{text}").and_then(|()| out.flush()).is_err() {
            // A broken pipe, or a full disk: there is nobody to tell.
            self.gone.store(true, Ordering::Relaxed);
        }
    }

    /// A message for people: on stdout with human output, on stderr when
    /// stdout is for machines.
    pub fn say(&self, text: impl std::fmt::Display) {
        if self.human() {
            self.line(text);
        } else {
            eprintln!("{text}");
        }
    }

    /// One JSON object on its own line.
    pub fn json(&self, value: &impl serde::Serialize) {
        match serde_json::to_string(value) {
            Ok(text) => self.line(text),
            Err(e) => eprintln!("error: cannot write JSON: {e}"),
        }
    }

    /// An object for machines, or lines for people.
    pub fn result(&self, value: &impl serde::Serialize, human: impl FnOnce(&Output)) {
        if self.human() {
            human(self);
        } else {
            self.json(value);
        }
    }
}

/// Whether styling (colours, bold) goes to stdout.
pub fn styled() -> bool {
    console::colors_enabled() && std::io::stdout().is_terminal()
}

/// A table in the house style: aligned, no borders, a bold header (colours
/// and bold only when [`styled`]).
pub fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(
            header
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    if !styled() {
        table.force_no_tty();
    }
    table
}

/// An action as a table cell, coloured by what it does to a ticket.
pub fn action_cell(action: Action) -> Cell {
    let cell = Cell::new(action.as_str());
    match action {
        Action::Recover => cell.fg(Color::Green),
        Action::Delete => cell.fg(Color::Red),
        Action::Leave => cell.add_attribute(Attribute::Dim),
    }
}

/// `yes` in green or `NO` in red (on a terminal), for the lines that end a
/// report.
pub fn yes_no(yes: bool) -> console::StyledObject<&'static str> {
    if yes {
        console::style("yes").green().bold()
    } else {
        console::style("NO").red().bold()
    }
}

/// `1 ticket`, `2 tickets`: a count with its noun, singular for one. `noun`
/// is the singular; its plural adds an `s` to its last word ("soft-deleted
/// ticket" → "soft-deleted tickets").
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod count_tests {
    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(super::count(1, "ticket"), "1 ticket");
        assert_eq!(super::count(0, "ticket"), "0 tickets");
        assert_eq!(
            super::count(2, "soft-deleted ticket"),
            "2 soft-deleted tickets"
        );
    }
}
