"""A moderation pass with a client generated from spec/openapi.yaml by
openapi-python-client, against the simulator. Each step checks the server's
state afterwards through other calls, not only the status code.

Run by interop/run; needs ZENDESK_BASE_URL, ZENDESK_CLIENT_ID and
ZENDESK_CLIENT_SECRET (OAuth client credentials: the token is asked for
through the generated client's `create_token_for_grant_type`) and the
generated package `zendesk_client` on PYTHONPATH. It changes the
account: run it against a simulator, never a real account.
"""

import os
import sys
import time

from zendesk_client import Client
from zendesk_client.api.deleted_tickets import (
    delete_tickets_permanently,
    list_deleted_tickets,
)
from zendesk_client.api.job_statuses import show_job_status
from zendesk_client.api.o_auth import create_token_for_grant_type, show_current_token
from zendesk_client.api.suspended_tickets import (
    delete_suspended_tickets,
    list_suspended_tickets,
    recover_suspended_tickets,
    show_suspended_ticket,
)
from zendesk_client.api.tickets import show_ticket
from zendesk_client.models import (
    ClientCredentialsGrant,
    ClientCredentialsGrantGrantType,
    DeletedTicketsPage,
    OAuthTokenResponse,
    TokenResponse,
    JobStatusResponse,
    RecoveredTicketsResponse,
    SuspendedTicketResponse,
    SuspendedTicketsNotRecovered,
    SuspendedTicketsPage,
    TicketResponse,
)


def check(condition, what):
    if not condition:
        sys.exit(f"python scenario: FAILED: {what}")
    print(f"python scenario: ok: {what}")


def connect():
    # OAuth client credentials (Zendesk switches API tokens off on
    # 2027-04-30): the token endpoint takes no Authorization header; its
    # answer is sent as `Bearer` on every other call. A long-running program
    # asks again before `expires_in` runs out.
    base = os.environ["ZENDESK_BASE_URL"]
    anonymous = Client(base_url=base, raise_on_unexpected_status=True)
    token = create_token_for_grant_type.sync(
        client=anonymous,
        body=ClientCredentialsGrant(
            grant_type=ClientCredentialsGrantGrantType.CLIENT_CREDENTIALS,
            client_id=os.environ["ZENDESK_CLIENT_ID"],
            client_secret=os.environ["ZENDESK_CLIENT_SECRET"],
            scope="read write",
            expires_in=1800,
        ),
    )
    check(isinstance(token, TokenResponse), "an OAuth token is granted")
    check(token.token_type == "bearer" and token.expires_in == 1800, "a bearer token, with its lifetime")
    client = Client(
        base_url=base,
        headers={"Authorization": f"Bearer {token.access_token}"},
        raise_on_unexpected_status=True,
    )
    current = show_current_token.sync(client=client)
    check(isinstance(current, OAuthTokenResponse), "the token in use decodes")
    check(current.token.scopes == ["read", "write"], "with the scopes asked for")
    return client


def all_pages(list_call, page_type, items):
    """Follows `meta.after_cursor` while `meta.has_more`: every record once."""
    out, after = [], None
    while True:
        kwargs = {"pagesize": 25}
        if after is not None:
            kwargs["pageafter"] = after
        page = list_call(**kwargs)
        check(isinstance(page, page_type), f"a page of {items} decodes")
        out.extend(getattr(page, items))
        if not page.meta.has_more:
            return out
        after = page.meta.after_cursor


def ids_param(ids):
    # The spec's `ids` is one string, comma-separated, as Zendesk reads it.
    return ",".join(str(i) for i in ids)


def main():
    client = connect()
    # Offset pagination (no page[size]) states the total: a second reading
    # to hold the cursor walk against.
    first = list_suspended_tickets.sync(client=client)
    check(isinstance(first, SuspendedTicketsPage), "an offset page decodes")
    expected = first.count
    check(isinstance(expected, int) and expected >= 7, f"the account has suspended tickets ({expected})")

    def suspended():
        return all_pages(
            lambda **kw: list_suspended_tickets.sync(client=client, **kw),
            SuspendedTicketsPage,
            "suspended_tickets",
        )

    listed = suspended()
    ids = [t.id for t in listed]
    check(len(ids) == expected, f"all pages list {expected} suspended tickets ({len(ids)})")
    check(len(set(ids)) == len(ids), "no suspended ticket is listed twice")

    shown = show_suspended_ticket.sync(ids[0], client=client)
    check(isinstance(shown, SuspendedTicketResponse), "show decodes")
    check(shown.suspended_ticket.id == ids[0], "show answers the ticket asked for")

    # Every id ends up accounted for: recovered (gone from the suspended
    # queue) or listed among the failures of a 422 (still there).
    to_recover = ids[-3:]
    recovered = recover_suspended_tickets.sync_detailed(client=client, ids=ids_param(to_recover))
    check(recovered.status_code in (200, 422), f"recover_many answers 200 or 422 ({recovered.status_code})")
    if recovered.status_code == 200:
        check(isinstance(recovered.parsed, RecoveredTicketsResponse), "recover_many decodes")
        failed = set()
        for t in recovered.parsed.tickets:
            shown = show_ticket.sync(t.id, client=client)
            check(isinstance(shown, TicketResponse) and shown.ticket.id == t.id, f"ticket {t.id} exists")
        check(len(recovered.parsed.tickets) == len(to_recover), "one ticket per recovered id")
    else:
        check(isinstance(recovered.parsed, SuspendedTicketsNotRecovered), "the 422 lists the failures")
        failed = {t.id for t in recovered.parsed.suspended_tickets}
        check(failed <= set(to_recover), "only ids asked for are listed as failed")
    check(len(failed) < len(to_recover), "at least one suspended ticket was recovered")
    for sid in to_recover:
        r = show_suspended_ticket.sync_detailed(sid, client=client)
        want = 200 if sid in failed else 404
        check(r.status_code == want, f"suspended ticket {sid}: {want} after recover_many")
    ids = [i for i in ids if i not in set(to_recover) - failed]

    to_delete = ids[4:7]
    deleted = delete_suspended_tickets.sync_detailed(client=client, ids=ids_param(to_delete))
    check(deleted.status_code == 204, f"destroy_many answers 204 ({deleted.status_code})")
    left = {t.id for t in suspended()}
    check(not left & set(to_delete), "the three deleted suspended tickets are gone")
    check(left == set(ids) - set(to_delete), f"exactly the others are left ({len(left)})")

    def deleted_tickets():
        return all_pages(
            lambda **kw: list_deleted_tickets.sync(client=client, **kw),
            DeletedTicketsPage,
            "deleted_tickets",
        )

    soft_deleted = [t.id for t in deleted_tickets()]
    check(len(soft_deleted) >= 3, f"there are soft-deleted tickets ({len(soft_deleted)})")
    to_purge = soft_deleted[:3]
    queued = delete_tickets_permanently.sync(client=client, ids=ids_param(to_purge))
    check(isinstance(queued, JobStatusResponse), "the permanent bulk delete answers a job")
    job = queued.job_status
    deadline = time.monotonic() + 30
    while job.status.value in ("queued", "working"):
        check(time.monotonic() < deadline, f"job {job.id} ends within 30 s")
        time.sleep(0.2)
        job = show_job_status.sync(queued.job_status.id, client=client).job_status
    check(job.status.value == "completed", f"job {job.id} completed ({job.status.value})")
    after = {t for t in (d.id for d in deleted_tickets())}
    check(not after & set(to_purge), "the purged tickets are no longer among the deleted")
    check(len(after) == len(soft_deleted) - 3, "exactly three tickets were purged")
    for tid in to_purge:
        check(show_ticket.sync_detailed(tid, client=client).status_code == 404, f"ticket {tid} is gone")

    print("python scenario: all checks passed")


if __name__ == "__main__":
    main()
