// A moderation pass with a client generated from spec/openapi.yaml by
// openapi-typescript (types) and openapi-fetch (calls), against the
// simulator. Each step checks the server's state afterwards through other
// calls, not only the status code.
//
// Run by interop/run (type-checked with tsc, then run with tsx); needs
// ZENDESK_BASE_URL, ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET (OAuth client
// credentials, asked for through POST /oauth/tokens), and `./schema.d.ts`
// generated beside it. It changes the account: run it against a simulator.

import createClient from "openapi-fetch";
import type { paths } from "./schema";

function check(condition: boolean, what: string): void {
  if (!condition) {
    console.error(`typescript scenario: FAILED: ${what}`);
    process.exit(1);
  }
  console.log(`typescript scenario: ok: ${what}`);
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// OAuth client credentials (Zendesk switches API tokens off on 2027-04-30):
// the token endpoint takes no Authorization header; its access token goes
// as `Bearer` on every other call (ask again before `expires_in` runs out).
const anonymous = createClient<paths>({ baseUrl: env("ZENDESK_BASE_URL") });
const client = createClient<paths>({ baseUrl: env("ZENDESK_BASE_URL") });

async function signIn(): Promise<void> {
  const granted = await anonymous.POST("/oauth/tokens", {
    body: {
      grant_type: "client_credentials",
      client_id: env("ZENDESK_CLIENT_ID"),
      client_secret: env("ZENDESK_CLIENT_SECRET"),
      scope: "read write",
      expires_in: 1800,
    },
  });
  check(granted.response.status === 200 && granted.data?.token_type === "bearer", "an OAuth token is granted");
  const bearer = `Bearer ${granted.data!.access_token}`;
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", bearer);
      return request;
    },
  });
  const current = await client.GET("/api/v2/oauth/tokens/current");
  check(current.data?.token.scopes?.join(" ") === "read write", "the token in use has the scopes asked for");
}

// The schemas leave `id` optional; every record Zendesk sends has one.
function idOf(record: { id?: number }): number {
  check(typeof record.id === "number", "a record carries its id");
  return record.id!;
}

// The spec's `ids` is one string, comma-separated, as Zendesk reads it.
const idsParam = (ids: number[]): string => ids.join(",");

type Page = { meta?: { has_more: boolean; after_cursor?: string | null } };

// Follows `meta.after_cursor` while `meta.has_more`: every record once.
async function allIds<P extends Page>(
  what: string,
  fetchPage: (query: { "page[size]": number; "page[after]"?: string }) => Promise<{ data?: P; response: Response }>,
  records: (page: P) => { id?: number }[],
): Promise<number[]> {
  const out: number[] = [];
  let after: string | undefined;
  for (;;) {
    const { data, response } = await fetchPage({ "page[size]": 25, ...(after ? { "page[after]": after } : {}) });
    check(response.status === 200 && data !== undefined, `a page of ${what}`);
    out.push(...records(data!).map(idOf));
    if (!data!.meta?.has_more) return out;
    after = data!.meta.after_cursor ?? undefined;
  }
}

const suspendedIds = () =>
  allIds(
    "suspended tickets",
    (query) => client.GET("/api/v2/suspended_tickets", { params: { query } }),
    (page) => page.suspended_tickets,
  );

const deletedIds = () =>
  allIds(
    "deleted tickets",
    (query) => client.GET("/api/v2/deleted_tickets", { params: { query } }),
    (page) => page.deleted_tickets,
  );

async function main(): Promise<void> {
  await signIn();
  // Offset pagination (no page[size]) states the total: a second reading to
  // hold the cursor walk against.
  const first = await client.GET("/api/v2/suspended_tickets", {});
  const expected = first.data?.count ?? -1;
  check(expected >= 7, `the account has suspended tickets (${expected})`);

  let ids = await suspendedIds();
  check(ids.length === expected, `all pages list ${expected} suspended tickets (${ids.length})`);
  check(new Set(ids).size === ids.length, "no suspended ticket is listed twice");

  const shown = await client.GET("/api/v2/suspended_tickets/{id}", { params: { path: { id: ids[0] } } });
  check(shown.data?.suspended_ticket.id === ids[0], "show answers the ticket asked for");

  // Every id ends up accounted for: recovered (gone from the suspended
  // queue) or listed among the failures of a 422 (still there).
  const toRecover = ids.slice(-3);
  const recovered = await client.PUT("/api/v2/suspended_tickets/recover_many", {
    params: { query: { ids: idsParam(toRecover) } },
  });
  const status = recovered.response.status;
  check(status === 200 || status === 422, `recover_many answers 200 or 422 (${status})`);
  const failed = new Set<number>();
  if (status === 200) {
    const tickets = recovered.data!.tickets;
    check(tickets.length === toRecover.length, "one ticket per recovered id");
    for (const t of tickets) {
      const id = idOf(t);
      const got = await client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: id } } });
      check(got.data?.ticket.id === id, `ticket ${id} exists`);
    }
  } else {
    const body = recovered.error as { suspended_tickets?: { id: number }[] };
    check(Array.isArray(body.suspended_tickets), "the 422 lists the failures");
    for (const t of body.suspended_tickets!) failed.add(t.id);
  }
  check(failed.size < toRecover.length, "at least one suspended ticket was recovered");
  for (const id of toRecover) {
    const r = await client.GET("/api/v2/suspended_tickets/{id}", { params: { path: { id } } });
    const want = failed.has(id) ? 200 : 404;
    check(r.response.status === want, `suspended ticket ${id}: ${want} after recover_many`);
  }
  ids = ids.filter((id) => failed.has(id) || !toRecover.includes(id));

  const toDelete = ids.slice(4, 7);
  const deleted = await client.DELETE("/api/v2/suspended_tickets/destroy_many", {
    params: { query: { ids: idsParam(toDelete) } },
  });
  check(deleted.response.status === 204, `destroy_many answers 204 (${deleted.response.status})`);
  const left = new Set(await suspendedIds());
  check(toDelete.every((id) => !left.has(id)), "the three deleted suspended tickets are gone");
  const others = ids.filter((id) => !toDelete.includes(id));
  check(left.size === others.length && others.every((id) => left.has(id)), `exactly the others are left (${left.size})`);

  const softDeleted = await deletedIds();
  check(softDeleted.length >= 3, `there are soft-deleted tickets (${softDeleted.length})`);
  const toPurge = softDeleted.slice(0, 3);
  const queued = await client.DELETE("/api/v2/deleted_tickets/destroy_many", {
    params: { query: { ids: idsParam(toPurge) } },
  });
  check(queued.data?.job_status !== undefined, "the permanent bulk delete answers a job");
  let job = queued.data!.job_status;
  const deadline = Date.now() + 30_000;
  while (job.status === "queued" || job.status === "working") {
    check(Date.now() < deadline, `job ${job.id} ends within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const polled = await client.GET("/api/v2/job_statuses/{job_status_id}", {
      params: { path: { job_status_id: job.id } },
    });
    job = polled.data!.job_status;
  }
  check(job.status === "completed", `job ${job.id} completed (${job.status})`);
  const after = new Set(await deletedIds());
  check(toPurge.every((id) => !after.has(id)), "the purged tickets are no longer among the deleted");
  check(after.size === softDeleted.length - 3, "exactly three tickets were purged");
  for (const id of toPurge) {
    const r = await client.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: id } } });
    check(r.response.status === 404, `ticket ${id} is gone`);
  }
  console.log("typescript scenario: all checks passed");
}

main().catch((e) => {
  console.error(`typescript scenario: FAILED: ${e}`);
  process.exit(1);
});
