//! Erasing a person and marking spam, end to end against the simulator:
//! nothing of the person left, an interrupted erasure finished by running
//! its plan again, faults, staff refused; 250 tickets marked as spam and
//! their requesters suspended.

use std::collections::BTreeSet;
use std::time::Duration;
use zendesk_simulator::{Config, Fault, Running};
use zendesk_support::{ErasureOptions, Lookup, Outcome, Person, RetryPolicy, WaitOptions};

fn options() -> ErasureOptions {
    ErasureOptions {
        wait: WaitOptions {
            timeout: Duration::from_secs(30),
            initial_interval: Duration::from_millis(20),
            max_interval: Duration::from_millis(100),
            ..WaitOptions::default()
        },
        ..ErasureOptions::default()
    }
}

async fn simulator(config: Config) -> Running {
    zendesk_simulator::start(Config {
        job_duration: Duration::from_millis(40),
        people: 10,
        ..config
    })
    .await
    .unwrap()
}

/// Nothing of the person is left: no live or deleted ticket of theirs, no
/// user, no deleted user with their data; the others' tickets untouched.
fn assert_erased(sim: &Running, user: i64, tickets: &[i64], email: &str) {
    let s = sim.snapshot();
    let ids: BTreeSet<i64> = tickets.iter().copied().collect();
    assert!(
        !s.tickets
            .iter()
            .any(|t| ids.contains(&t.id) || t.requester_id == Some(user)),
        "no live ticket of theirs"
    );
    assert!(
        !s.deleted.iter().any(|d| ids.contains(&d.id)),
        "no deleted ticket of theirs"
    );
    assert!(!s.users.iter().any(|u| u.id == user), "no user");
    let rest = s.deleted_users.iter().find(|u| u.id == user);
    let rest = rest.expect("Zendesk keeps a permanently deleted user's id");
    assert_eq!(rest.name.as_deref(), Some("Permanently Deleted User"));
    assert_eq!(rest.email, None);
    assert!(
        !format!("{s:?}").contains(email),
        "the email address appears nowhere in the account"
    );
}

#[tokio::test]
async fn erasing_a_person_with_250_tickets_leaves_nothing_of_them() {
    let sim = simulator(Config::default()).await;
    let email = "ada.erase@customer.example";
    let (user, tickets) = sim.add_person("Ada Erase", email, 250);
    // A ticket of someone else the person is copied on: kept, and reported.
    let (_, other) = sim.add_person("Bob Keeps", "bob.keeps@customer.example", 1);
    assert!(sim.add_cc(other[0], user));
    let people_before = sim.snapshot().users.len();
    let client = sim.client();

    let Lookup::Found(plan) = client
        .erasure_plan(&Person::Email(email.to_uppercase()), &options())
        .await
        .unwrap()
    else {
        panic!("the person is found")
    };
    assert_eq!(plan.user_id, user);
    assert_eq!(
        plan.tickets.iter().copied().collect::<BTreeSet<_>>(),
        tickets.iter().copied().collect()
    );
    assert_eq!(plan.ccd_kept, other);
    assert_eq!(plan.personal_data, ["name", "email"]);
    assert_eq!(
        sim.snapshot().users.len(),
        people_before,
        "a plan changes nothing"
    );

    let report = client.erase(&plan, &options()).await;
    assert!(report.complete(), "{report:#?}");
    assert_eq!(report.tickets.len(), 250);
    assert_eq!(report.personal_data, plan.personal_data);
    assert_erased(&sim, user, &tickets, email);
    assert!(
        sim.snapshot().tickets.iter().any(|t| t.id == other[0]),
        "the ticket they are only copied on stays"
    );

    // Again: the same plan finds everything done; a new lookup finds nobody.
    let again = client.erase(&plan, &options()).await;
    assert!(again.complete(), "{again:#?}");
    assert_eq!(
        client
            .erasure_plan(&Person::Email(email.into()), &options())
            .await
            .unwrap(),
        Lookup::NotFound
    );
}

#[tokio::test]
async fn an_interrupted_erasure_finishes_when_its_plan_runs_again() {
    let sim = simulator(Config {
        latency: Duration::from_millis(2),
        ..Config::default()
    })
    .await;
    let email = "cut.short@customer.example";
    let (user, tickets) = sim.add_person("Cut Short", email, 250);
    let client = sim.client();
    let Lookup::Found(plan) = client
        .erasure_plan(&Person::Email(email.into()), &options())
        .await
        .unwrap()
    else {
        panic!("found")
    };
    // Interrupt the erasure at several points, as a kill would: the future
    // is dropped mid-flight.
    let mut interrupted = 0;
    let opts = options();
    for cut in [5, 15, 40, 80] {
        let run = tokio::time::timeout(Duration::from_millis(cut), client.erase(&plan, &opts));
        if run.await.is_err() {
            interrupted += 1;
        }
    }
    assert!(interrupted > 0, "at least one run was cut short");
    let report = client.erase(&plan, &options()).await;
    assert!(report.complete(), "{report:#?}");
    assert_eq!(report.tickets.len(), 250);
    assert!(report.tickets.values().all(Outcome::is_done), "{report:?}");
    assert_erased(&sim, user, &tickets, email);
}

#[tokio::test]
async fn under_faults_reruns_of_the_plan_converge_and_the_report_matches() {
    let sim = simulator(Config {
        fault_rate: 0.05,
        faults: vec![
            Fault::ServerError,
            Fault::Unavailable,
            Fault::DropConnection,
        ],
        seed: 7,
        ..Config::default()
    })
    .await;
    let email = "faulty@customer.example";
    let (user, tickets) = sim.add_person("Faulty Net", email, 250);
    let client = sim
        .client_builder()
        .retry_policy(RetryPolicy {
            initial_backoff: Duration::from_millis(5),
            max_backoff: Duration::from_millis(50),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let plan = loop {
        // Reading may fail on a fault past the retries: read again.
        if let Ok(Lookup::Found(plan)) = client.erasure_plan(&Person::Id(user), &options()).await {
            break plan;
        }
    };
    let mut runs = 0;
    let report = loop {
        runs += 1;
        let report = client.erase(&plan, &options()).await;
        // Each report says what the account holds: a ticket reported done is
        // gone; one that is still there is not reported done.
        let s = sim.snapshot();
        for (id, step) in &report.tickets {
            let present =
                s.tickets.iter().any(|t| t.id == *id) || s.deleted.iter().any(|d| d.id == *id);
            assert!(
                !(step.is_done() && present),
                "ticket {id} reported erased but present"
            );
        }
        if report.complete() || runs == 20 {
            break report;
        }
    };
    assert!(report.complete(), "after {runs} runs: {report:#?}");
    assert_erased(&sim, user, &tickets, email);
}

#[tokio::test]
async fn agents_are_not_erased_unless_asked() {
    let sim = simulator(Config::default()).await;
    let client = sim.client();
    // The agent the simulator authenticates as.
    let Lookup::Found(plan) = client
        .erasure_plan(&Person::Id(1_000_001), &options())
        .await
        .unwrap()
    else {
        panic!("the agent is a user")
    };
    assert_eq!(plan.role.as_deref(), Some("agent"));
    assert!(plan.is_staff());
    let before = sim.snapshot();
    let report = client.erase(&plan, &options()).await;
    assert!(report.refused.is_some());
    assert!(!report.complete());
    let after = sim.snapshot();
    assert_eq!(before.users.len(), after.users.len(), "nothing done");
    assert_eq!(before.tickets.len(), after.tickets.len());
}

#[tokio::test]
async fn marking_250_tickets_as_spam_suspends_their_requesters() {
    let sim = simulator(Config::default()).await;
    let mut requesters = BTreeSet::new();
    let mut tickets = Vec::new();
    for n in 0..50 {
        let (user, ids) = sim.add_person(
            &format!("Spammer {n}"),
            &format!("spammer{n}@spam.example"),
            5,
        );
        requesters.insert(user);
        tickets.extend(ids);
    }
    // One id that is no ticket: reported failed, with Zendesk's reason.
    tickets.push(999_999_999);
    let client = sim.client();
    let before = sim.snapshot().counters.requests;
    let outcome = client
        .mark_spam_many(tickets.iter().copied(), &options().wait)
        .await;
    assert_eq!(outcome.done().len(), 250);
    let failed = outcome.failed();
    assert_eq!(failed.len(), 1, "{outcome:?}");
    assert_eq!(failed[0].id, 999_999_999);
    assert!(
        failed[0]
            .outcome
            .reason()
            .unwrap_or_default()
            .contains("RecordNotFound"),
        "{failed:?}"
    );
    // Every id names the job that told what became of it.
    assert!(outcome.outcomes.iter().all(|o| o.outcome.job().is_some()));
    let s = sim.snapshot();
    for user in &requesters {
        let u = s.users.iter().find(|u| u.id == *user).unwrap();
        assert_eq!(u.suspended, Some(true), "requester {user} suspended");
    }
    let deleted: BTreeSet<i64> = s.deleted.iter().map(|d| d.id).collect();
    assert!(
        tickets[..250].iter().all(|id| deleted.contains(id)),
        "the tickets are deleted"
    );
    // 251 ids: three calls, then the jobs polled together.
    assert!(
        s.counters.requests - before < 20,
        "{} requests",
        s.counters.requests - before
    );

    // One at a time too.
    let (user, ids) = sim.add_person("One More", "one.more@spam.example", 1);
    client.mark_spam(ids[0]).await.unwrap();
    assert_eq!(
        client.users().show(user).await.unwrap().suspended,
        Some(true)
    );
    assert!(matches!(
        client.mark_spam(ids[0]).await,
        Err(zendesk_support::Error::NotFound(_))
    ));
    // A false positive: the requester is let back in.
    let back = client.users().suspend(user, false).await.unwrap();
    assert_eq!(back.suspended, Some(false));
    let s = sim.snapshot();
    let stored = s.users.iter().find(|u| u.id == user).unwrap();
    assert_eq!(stored.suspended, Some(false));
}
