//! The library's settle with a journal: every id sent again is in the
//! journal (under its own action) before it goes, its answer after, and
//! what looking found at the end.

use crate::journal::{Act, Journal, Settled};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use zendesk_support::{BatchOutcome, Client, Effect, SettleOptions};

/// Settles `outcome` (see [`Client::settle`]) by looking for `effect`;
/// `act_of` names each id's action in the journal, `resend` sends ids
/// found not done once more.
pub async fn journaled<F, Fut>(
    client: &Client,
    effect: Effect,
    act_of: impl Fn(i64) -> Act,
    outcome: &mut BatchOutcome,
    options: &SettleOptions,
    journal: &mut Journal,
    mut resend: F,
) -> Result<(), String>
where
    F: FnMut(Vec<i64>) -> Fut,
    Fut: Future<Output = BatchOutcome>,
{
    let before = outcome.clone();
    let journal = RefCell::new(journal);
    // The first journal write that failed: nothing more is sent after it.
    let failed: RefCell<Option<String>> = RefCell::new(None);
    let by_act = |ids: &[i64]| {
        let mut groups: BTreeMap<Act, Vec<i64>> = BTreeMap::new();
        for &id in ids {
            groups.entry(act_of(id)).or_default().push(id);
        }
        groups
    };
    client
        .settle(effect, outcome, options, |again| {
            let written = if failed.borrow().is_some() {
                Err(String::new())
            } else {
                by_act(&again)
                    .iter()
                    .try_for_each(|(act, ids)| journal.borrow_mut().sent(*act, ids))
            };
            let answer = match written {
                Ok(()) => Some(resend(again.clone())),
                Err(e) => {
                    if !e.is_empty() {
                        *failed.borrow_mut() = Some(e);
                    }
                    None
                }
            };
            let (journal, failed, by_act) = (&journal, &failed, &by_act);
            async move {
                // Not sent (the journal could not say so first): they stay
                // as they were.
                let Some(answer) = answer else {
                    return BatchOutcome::default();
                };
                let answer = answer.await;
                for (act, ids) in by_act(&again) {
                    if let Err(e) = journal.borrow_mut().batch(act, &ids, &answer) {
                        failed.borrow_mut().get_or_insert(e);
                    }
                }
                answer
            }
        })
        .await;
    if let Some(e) = failed.into_inner() {
        return Err(e);
    }
    let changed: Vec<(i64, Settled)> = outcome
        .outcomes
        .iter()
        .filter(|o| before.get(o.id) != Some(&o.outcome))
        .map(|o| {
            let action = act_of(o.id);
            (
                o.id,
                Settled {
                    action,
                    outcome: o.outcome.clone(),
                },
            )
        })
        .collect();
    journal.into_inner().outcomes(changed)
}
