//! The one summary every acting command prints (`run`, `apply`, `purge`,
//! `spam`, `erase`): every item of what it set out to do as done, failed
//! (with Zendesk's reason), outcome unknown, skipped, or not sent yet, and
//! whether that accounts for all of them. Human and JSON alike: `done`,
//! `failed`, `unknown`, `skipped`, `pending`, `accounted`, `target`.

use crate::journal::{Act, Settled};
use crate::output::{yes_no, Output};
use crate::plan::Plan;
use console::{style, StyledObject};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use zendesk_support::Outcome;

/// One item that did not end done.
#[derive(Debug, Clone, Serialize)]
pub struct NotDone {
    pub id: i64,
    pub action: &'static str,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The job that covers it, when one does: its status tells.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
}

/// What became of everything a command set out to do.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Where: `embedded simulator`, or the account's URL.
    pub target: String,
    /// Items it set out to act on (or, dry, would have).
    pub planned: usize,
    /// Acted on with success, by action.
    pub done_by_action: BTreeMap<&'static str, usize>,
    /// Not acted on yet (a dry run: what `--apply` would do), by action.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub pending_by_action: BTreeMap<&'static str, usize>,
    pub done: usize,
    pub failed: usize,
    pub unknown: usize,
    /// Left alone on purpose (a rule's `leave`, too young), or not sent
    /// on purpose (past the job deadline).
    pub skipped: usize,
    /// Not sent yet: a dry run, or the run stopped (Ctrl-C) before them.
    pub pending: usize,
    /// Records the listing returned that could not be read.
    pub unreadable: usize,
    /// Why the listing ended before its end, when it did: then not every
    /// ticket is known, and nothing is accounted for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_ended_early: Option<String>,
    /// Whether done + failed + unknown + skipped + pending = planned, and
    /// the listing was read to its end.
    pub accounted: bool,
    /// Whether anything was changed (not a dry run).
    pub applied: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failures: Vec<NotDone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknowns: Vec<NotDone>,
    /// What the command adds of its own (a purge's `read` and `too_young`,
    /// an erasure's user).
    #[serde(flatten)]
    pub details: BTreeMap<&'static str, serde_json::Value>,
}

impl Summary {
    /// An empty summary for `target`.
    pub fn new(target: impl Into<String>, applied: bool) -> Summary {
        Summary {
            target: target.into(),
            applied,
            ..Summary::default()
        }
    }

    /// Counts one item: its outcome, or `None` when it was never sent.
    pub fn add(&mut self, id: i64, action: Act, outcome: Option<&Outcome>) {
        self.planned += 1;
        let not_done = |o: &Outcome| NotDone {
            id,
            action: action.as_str(),
            reason: o.reason().unwrap_or("no reason given").to_string(),
            status: o.status(),
            job: o.job().map(str::to_string),
        };
        match outcome {
            None => {
                self.pending += 1;
                *self.pending_by_action.entry(action.as_str()).or_default() += 1;
            }
            Some(Outcome::Done { .. }) => {
                self.done += 1;
                *self.done_by_action.entry(action.as_str()).or_default() += 1;
            }
            Some(o @ Outcome::Failed { .. }) => {
                self.failed += 1;
                self.failures.push(not_done(o));
            }
            Some(o @ Outcome::Unknown { .. }) => {
                self.unknown += 1;
                self.unknowns.push(not_done(o));
            }
            Some(_) => self.skipped += 1,
        }
    }

    /// Accounts for every ticket of `plan` by the journal's last word on
    /// it (about the action the plan asks for); `leave` is skipped. A plan
    /// of part of the queue (`plan_complete: false`) accounts for what it
    /// holds; where a listing ended early on this run, the caller says so.
    pub fn of_plan(plan: &Plan, settled: &HashMap<i64, Settled>, applied: bool) -> Summary {
        let mut s = Summary::new(plan.account.clone(), applied);
        s.unreadable = plan.unreadable;
        s.details.insert("plan_complete", plan.complete.into());
        for t in &plan.tickets {
            match t.action.act() {
                None => s.skip(),
                Some(act) => {
                    let word = settled
                        .get(&t.id)
                        .filter(|x| x.action == act && applied)
                        .map(|x| &x.outcome);
                    s.add(t.id, act, word);
                }
            }
        }
        s.close()
    }

    /// Counts one item left alone on purpose.
    pub fn skip(&mut self) {
        self.planned += 1;
        self.skipped += 1;
    }

    /// Closes the account: `accounted` is whether every item is counted
    /// once and the listing was read to its end.
    pub fn close(mut self) -> Summary {
        let counted = self.done + self.failed + self.unknown + self.skipped + self.pending;
        self.accounted = counted == self.planned && self.listing_ended_early.is_none();
        self
    }

    /// Whether every action succeeded and nothing is left.
    pub fn all_succeeded(&self) -> bool {
        self.accounted && self.failed == 0 && self.unknown == 0 && self.pending == 0
    }

    /// The human summary; its last line says whether every item is
    /// accounted for.
    pub fn print_human(&self, out: &Output, what: &str) {
        out.line("");
        if !self.applied {
            out.line("dry run: nothing was changed");
        }
        out.line(format!("{:<27} {}", format!("{what}:"), self.planned));
        for (action, n) in &self.done_by_action {
            let verb = match *action {
                "recover" => "recovered",
                "delete" => "deleted",
                "purge" => "purged",
                "spam" => "marked as spam",
                other => other,
            };
            out.line(format!("  {:<26}{n}", format!("{verb}:")));
        }
        if !self.applied {
            for (action, n) in &self.pending_by_action {
                let verb = if *action == "spam" {
                    "mark as spam"
                } else {
                    action
                };
                out.line(format!("  {:<26}{n}", format!("would {verb}:")));
            }
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
        if self.applied {
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
        }
        out.line(format!("  {:<26}{}", "skipped (left alone):", self.skipped));
        if self.pending > 0 && self.applied {
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
            "outcome unknown (the next run looks first)",
            &self.unknowns,
        );
        if let Some(why) = &self.listing_ended_early {
            out.line(format!("the listing ended early: {why}"));
        }
        out.line(format!(
            "every ticket accounted for: {}",
            yes_no(self.accounted)
        ));
    }

    /// The summary, for people or machines.
    pub fn print(&self, out: &Output, what: &str) {
        out.result(self, |out| self.print_human(out, what));
    }
}

/// The first few, each with its reason; a count of the rest.
pub fn print_not_done(out: &Output, what: &str, list: &[NotDone]) {
    const SHOWN: usize = 20;
    for n in list.iter().take(SHOWN) {
        let status = n.status.map(|s| format!(" (HTTP {s})")).unwrap_or_default();
        out.line(format!(
            "    {what}: {} {}: {}{status}",
            n.action, n.id, n.reason
        ));
    }
    if list.len() > SHOWN {
        out.line(format!("    … and {} more {what}", list.len() - SHOWN));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_that_ended_early_is_never_accounted_for() {
        let mut s = Summary::new("x", true);
        s.add(1, Act::Delete, Some(&Outcome::done()));
        assert!(s.close().accounted);
        let mut s = Summary::new("x", true);
        s.listing_ended_early = Some("HTTP 500".into());
        assert!(
            !s.close().accounted,
            "nothing read, and still not accounted"
        );
    }

    #[test]
    fn every_item_is_counted_once_whatever_became_of_it() {
        let mut s = Summary::new("x", true);
        s.add(1, Act::Purge, Some(&Outcome::done().by_job("J")));
        s.add(2, Act::Purge, Some(&Outcome::failed("no", Some(422))));
        s.add(
            3,
            Act::Purge,
            Some(&Outcome::unknown("lost", None).by_job("J")),
        );
        s.add(4, Act::Purge, None);
        s.skip();
        let s = s.close();
        assert_eq!(
            (s.done, s.failed, s.unknown, s.pending, s.skipped, s.planned),
            (1, 1, 1, 1, 1, 5)
        );
        assert!(s.accounted && !s.all_succeeded());
        assert_eq!(s.unknowns[0].job.as_deref(), Some("J"));
    }
}
