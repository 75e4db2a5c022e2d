//! The account of a run: every ticket of the plan as done, failed (with
//! Zendesk's reason), outcome unknown or skipped, and whether that accounts
//! for all of them.

use crate::journal::{Outcome, Settled};
use crate::output::{yes_no, Output};
use crate::plan::Plan;
use crate::rules::Action;
use console::{style, StyledObject};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// One ticket that did not end done.
#[derive(Debug, Clone, Serialize)]
pub struct NotDone {
    pub id: i64,
    pub action: Action,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}

/// What became of a plan.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Where: `embedded simulator`, or the account's URL.
    pub target: String,
    /// Tickets in the plan.
    pub planned: usize,
    /// Acted on with success, by action.
    pub done_by_action: BTreeMap<&'static str, usize>,
    pub done: usize,
    pub failed: usize,
    pub unknown: usize,
    /// Planned `leave`, or not acted on (a dry run).
    pub skipped: usize,
    /// Not sent yet: the run was interrupted before it got to them.
    pub pending: usize,
    /// Records the listing returned that could not be read.
    pub unreadable: usize,
    /// Whether done + failed + unknown + skipped + pending = planned.
    pub accounted: bool,
    /// Whether anything was changed (not a dry run).
    pub applied: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<NotDone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknowns: Vec<NotDone>,
}

impl Summary {
    /// Accounts for every ticket of `plan` by the journal's last word on it.
    pub fn of(plan: &Plan, settled: &HashMap<i64, Settled>, applied: bool) -> Summary {
        let mut s = Summary {
            target: plan.account.clone(),
            planned: plan.tickets.len(),
            unreadable: plan.unreadable,
            applied,
            ..Summary::default()
        };
        for t in &plan.tickets {
            if t.action == Action::Leave || !applied {
                s.skipped += 1;
                continue;
            }
            let not_done = |reason: &Option<String>, status| NotDone {
                id: t.id,
                action: t.action,
                reason: reason.clone().unwrap_or_else(|| "no reason given".into()),
                status,
            };
            // The journal's word counts only when it is about this action.
            match settled.get(&t.id).filter(|x| x.action == t.action) {
                Some(x) if x.outcome == Outcome::Done => {
                    s.done += 1;
                    *s.done_by_action.entry(t.action.as_str()).or_default() += 1;
                }
                Some(x) if x.outcome == Outcome::Failed => {
                    s.failed += 1;
                    s.failures.push(not_done(&x.reason, x.status));
                }
                Some(x) => {
                    s.unknown += 1;
                    s.unknowns.push(not_done(&x.reason, x.status));
                }
                None => s.pending += 1,
            }
        }
        s.accounted = s.done + s.failed + s.unknown + s.skipped + s.pending == s.planned;
        s
    }

    /// Whether every action succeeded.
    pub fn all_succeeded(&self) -> bool {
        self.accounted && self.failed == 0 && self.unknown == 0 && self.pending == 0
    }

    /// The human summary; its last line says whether every ticket is
    /// accounted for.
    pub fn print_human(&self, out: &Output) {
        out.line("");
        if !self.applied {
            out.line("dry run: nothing was changed");
        }
        out.line(format!("tickets in the plan:        {}", self.planned));
        for (action, n) in &self.done_by_action {
            let verb = match *action {
                "recover" => "recovered",
                "delete" => "deleted",
                other => other,
            };
            out.line(format!("  {:<26}{n}", format!("{verb}:")));
        }
        // Colours only on a terminal (console leaves them out otherwise,
        // and for NO_COLOR).
        let alarming = |n: usize, colour: fn(StyledObject<usize>) -> StyledObject<usize>| {
            if n > 0 {
                colour(style(n)).bold()
            } else {
                style(n)
            }
        };
        out.line(format!(
            "  {:<26}{}",
            "failed:",
            alarming(self.failed, |s| s.red())
        ));
        out.line(format!(
            "  {:<26}{}",
            "outcome unknown:",
            alarming(self.unknown, |s| s.yellow())
        ));
        out.line(format!("  {:<26}{}", "skipped (left alone):", self.skipped));
        if self.pending > 0 {
            out.line(format!("  {:<26}{}", "not sent yet:", self.pending));
        }
        if self.unreadable > 0 {
            out.line(format!(
                "  {:<26}{}",
                "unreadable records:", self.unreadable
            ));
        }
        print_not_done(out, "failed", &self.failures);
        print_not_done(
            out,
            "outcome unknown (check before retrying)",
            &self.unknowns,
        );
        out.line(format!(
            "every ticket accounted for: {}",
            yes_no(self.accounted)
        ));
    }
}

/// The first few, each with its reason; a count of the rest.
pub fn print_not_done(out: &Output, what: &str, list: &[NotDone]) {
    const SHOWN: usize = 20;
    for n in list.iter().take(SHOWN) {
        let status = n.status.map(|s| format!(" (HTTP {s})")).unwrap_or_default();
        out.line(format!(
            "    {what}: {} {}: {}{status}",
            n.action.as_str(),
            n.id,
            n.reason
        ));
    }
    if list.len() > SHOWN {
        out.line(format!("    … and {} more {what}", list.len() - SHOWN));
    }
}
