// `npm run -s crash-test [-- --smoke] [--rounds N] [--applicants N] [--approvals N]`
// kill -9 of the portal in the middle of a stream of submissions and approvals (issue #9, "Proofs").
// A throw-away database with the demo data; applicants with drafts one click from submitted; cases in
// review for the station's clerks. The production portal serves them; browsers without JavaScript
// post the real forms. When part of the stream is acknowledged the portal gets SIGKILL (no shutdown
// hook, transactions cut), is started again, and the database must show: every acknowledged
// submission and approval present; no person with two active memberships; every approved case with
// its moves, certificate, event and audit row; no case event without its status. The operations not
// acknowledged are then posted again and must finish exactly once. Prints one JSON line; exit 1 on
// any violation. Then one server process alone is killed (-9) mid-stream while the others serve: the
// portal's first process must start another by itself (docs/decisions/0235), nothing acknowledged lost.
// docs/decisions/0233.
import { createPrismaClient, type Db } from "../lib/db";
import { submitApplication } from "../lib/applications/submit-application";
import { takeCase } from "../lib/applications/take-case";
import { startHarness, waitForPortal, type Harness } from "./lib/portal-harness";
import { descendants } from "./lib/process-tree";
import { PortalClient } from "./lib/portal-client";
import { BENCH_PASSWORD, demoPlace, makeUsers, readyDraft, type BenchUser } from "./lib/bench-fixtures";
import { verifyAfterCrash } from "./lib/crash-checks";
import { numberArg } from "./lib/args";

const SMOKE = process.argv.includes("--smoke");
const ROUNDS = numberArg("--rounds", SMOKE ? 1 : 3);
const APPLICANTS = numberArg("--applicants", SMOKE ? 8 : 40);
const APPROVALS = numberArg("--approvals", SMOKE ? 5 : 30);
const CLERKS = SMOKE ? 2 : 4;
const CONCURRENCY = SMOKE ? 3 : 6;
const log = (line: string) => console.error(line);

interface Work {
  submissions: { user: BenchUser; id: string; acked: boolean }[];
  approvals: { clerk: BenchUser; id: string; acked: boolean }[];
}

const verify = (url: string, work: Work) =>
  verifyAfterCrash(url, {
    submissions: work.submissions.map((s) => ({ id: s.id, acked: s.acked })),
    approvals: work.approvals.map((a) => ({ id: a.id, acked: a.acked })),
  });

async function prepare(db: Db): Promise<{ work: Work; clerks: BenchUser[] }> {
  const place = await demoPlace(db);
  const applicants = await makeUsers(db, { role: "APPLICANT", count: APPLICANTS + APPROVALS, place, tag: "crash" });
  const clerks = await makeUsers(db, { role: "CLERK", count: CLERKS, place, tag: "crash" });
  const work: Work = { submissions: [], approvals: [] };
  for (const [i, user] of applicants.entries()) {
    const id = await readyDraft(db, { actor: user.actor, place });
    if (i < APPLICANTS) {
      work.submissions.push({ user, id, acked: false });
      continue;
    }
    // A case in review, taken by one of the clerks, waiting for the decision.
    const version = (await db.application.findUniqueOrThrow({ where: { id } })).version;
    await submitApplication({ db, actor: user.actor, applicationId: id, expectedVersion: version, declared: true, now: new Date() });
    const clerk = clerks[i % clerks.length];
    const submitted = await db.application.findUniqueOrThrow({ where: { id } });
    await takeCase({ db, actor: clerk.actor, applicationId: id, expectedVersion: submitted.version });
    work.approvals.push({ clerk, id, acked: false });
  }
  return { work, clerks };
}

/** One submission as a browser without JavaScript: the check page, then its form. Resolves true when acknowledged. */
async function submit(client: PortalClient, id: string): Promise<boolean> {
  const page = await client.request(`/apply/${id}/check`, {}, [200, 303, 307]);
  if (page.status !== 200) return page.location?.endsWith(`/apply/${id}/done`) ?? false;
  // A resident ticks the 如实申报承诺 before submitting.
  const reply = await client.postForm(`/apply/${id}/check`, page.text, "applicationId", { declaration: "yes" });
  return reply.status === 303 && reply.location === `/apply/${id}/done`;
}

async function approve(client: PortalClient, id: string): Promise<boolean> {
  const page = await client.request(`/workbench/cases/${id}`);
  if (!/name="placementType"/.test(page.text)) return false;
  const reply = await client.postForm(`/workbench/cases/${id}`, page.text, "placementType", {});
  return reply.status === 303 && (reply.location ?? "").includes("done=approved");
}

/** Signed-in browsers, one per account, made before the stream so the kill lands on the work itself. */
async function signInAll(h: Harness, work: Work): Promise<Map<string, PortalClient>> {
  const clients = new Map<string, PortalClient>();
  const users = [...work.submissions.map((s) => s.user), ...work.approvals.map((a) => a.clerk)];
  for (const user of users) {
    if (clients.has(user.username)) continue;
    const c = new PortalClient(h.baseUrl, null, 20_000);
    await c.signIn(user.username, BENCH_PASSWORD);
    clients.set(user.username, c);
  }
  return clients;
}

/** A stream: CONCURRENCY workers take the open operations (submissions and approvals interleaved) one by one. */
async function drive(clients: Map<string, PortalClient>, work: Work, onAck: () => void): Promise<number> {
  let cut = 0;
  const subs = work.submissions.filter((s) => !s.acked);
  const apps = work.approvals.filter((a) => !a.acked);
  const queue: (() => Promise<void>)[] = [];
  for (let i = 0; i < Math.max(subs.length, apps.length); i++) {
    const s = subs[i];
    const a = apps[i];
    if (s)
      queue.push(async () => {
        if (await submit(clients.get(s.user.username)!, s.id)) {
          s.acked = true;
          onAck();
        }
      });
    if (a)
      queue.push(async () => {
        if (await approve(clients.get(a.clerk.username)!, a.id)) {
          a.acked = true;
          onAck();
        }
      });
  }
  let dead = false;
  const worker = async () => {
    while (!dead && queue.length) {
      const op = queue.shift()!;
      try {
        await op();
      } catch {
        // Cut off by the kill: not acknowledged, and the portal is gone for the rest of this stream.
        dead = true;
        cut += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return cut;
}

async function finalStatuses(url: string, ids: string[]): Promise<Map<string, string>> {
  const db = createPrismaClient(url);
  try {
    const rows = await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
    return new Map(rows.map((r) => [r.id, r.status]));
  } finally {
    await db.$disconnect();
  }
}

interface WorkerRound {
  acknowledgedAtKill: number;
  processes: number;
  newProcessAfterMs: number | null;
  problems: string[];
}

async function killOneWorker(h: Harness, work: Work): Promise<WorkerRound | null> {
  const pid = h.portal?.pid;
  const processes = pid ? descendants(pid).length : 0;
  const open = work.submissions.filter((s) => !s.acked).length + work.approvals.filter((a) => !a.acked).length;
  if (!pid || processes < 2 || open === 0) return null;
  const target = Math.max(1, Math.floor(open / 4));
  let acks = 0;
  let killed: number | null = null;
  const streaming = drive(await signInAll(h, work), work, () => {
    acks += 1;
    if (acks >= target && killed === null) killed = h.killOneWorker9();
  });
  await Promise.race([streaming, new Promise((r) => setTimeout(r, 120_000))]);
  if (killed === null) killed = h.killOneWorker9();
  await streaming;
  log(`• one server process (${killed}) killed after ${acks} acknowledgements; waiting for its replacement…`);
  const since = Date.now();
  const alive = () => descendants(pid).filter((p) => p !== killed).length;
  while (Date.now() - since < 60_000 && alive() < processes) await new Promise((r) => setTimeout(r, 200));
  const newProcessAfterMs = alive() >= processes ? Date.now() - since : null;
  await waitForPortal(`${h.baseUrl}/api/auth/csrf`, 60_000);
  const problems = await verify(h.db.url, work);
  if (newProcessAfterMs === null)
    problems.push(`the portal did not start another server process within 60 s of one being killed (${alive()} of ${processes} running)`);
  if (h.portal?.exitCode !== null) problems.push("the portal's first process stopped when one server process was killed");
  return { acknowledgedAtKill: acks, processes, newProcessAfterMs, problems };
}

async function main() {
  const started = Date.now();
  const h = await startHarness({ log, quiet: true });
  const rounds: { acknowledgedAtKill: number; cutOff: number; problems: string[] }[] = [];
  let final: string[] = [];
  let work: Work | null = null;
  let workerRound: WorkerRound | null = null;
  try {
    const db = createPrismaClient(h.db.url);
    ({ work } = await prepare(db));
    await db.$disconnect();
    const total = work.submissions.length + work.approvals.length;
    await h.start();
    for (let round = 1; round <= ROUNDS; round++) {
      const open = work.submissions.filter((s) => !s.acked).length + work.approvals.filter((a) => !a.acked).length;
      if (open === 0) break;
      // Kill once about a third of what is still open has been acknowledged: mid-stream, requests in flight.
      const target = Math.max(1, Math.floor(open / 3));
      let acks = 0;
      let killed: Promise<void> | null = null;
      const clients = await signInAll(h, work);
      const streaming = drive(clients, work, () => {
        acks += 1;
        if (acks >= target && !killed) killed = h.kill9();
      });
      await Promise.race([streaming, new Promise((r) => setTimeout(r, 120_000))]);
      if (!killed) killed = h.kill9();
      await killed;
      const cutOff = await streaming;
      log(`• round ${round}: portal killed after ${acks} acknowledgements (${total} operations in all)`);
      await h.start();
      rounds.push({ acknowledgedAtKill: acks, cutOff, problems: await verify(h.db.url, work) });
    }
    workerRound = await killOneWorker(h, work);
    // Whatever was cut off is posted again on the restarted portal: it must finish, once.
    await drive(await signInAll(h, work), work, () => {});
    final = await verify(h.db.url, work);
    // Not acknowledged is not necessarily not done: a write can commit and its answer be cut off by the
    // kill; posted again, it finds the case already moved on (and optimistic locking lets it happen once).
    const status = await finalStatuses(
      h.db.url,
      [...work.submissions, ...work.approvals].map((o) => o.id),
    );
    const notDone = [
      ...work.submissions.filter((s) => !s.acked && (status.get(s.id) ?? "DRAFT") === "DRAFT").map((s) => `submission ${s.id}`),
      ...work.approvals.filter((a) => !a.acked && status.get(a.id) !== "APPROVED").map((a) => `approval ${a.id}`),
    ];
    if (notDone.length) final.push(`not finished after restart: ${notDone.slice(0, 5).join(", ")}${notDone.length > 5 ? "…" : ""}`);
  } finally {
    await h.stop();
  }
  const problems = [...rounds.flatMap((r) => r.problems), ...(workerRound?.problems ?? []), ...final];
  console.log(
    JSON.stringify({
      mode: SMOKE ? "smoke" : "full",
      rounds: rounds.length,
      acknowledgedAtKill: rounds.map((r) => r.acknowledgedAtKill),
      // Requests in flight when the portal died (their answers never came: not acknowledged).
      cutOff: rounds.map((r) => r.cutOff),
      // One server process killed while the others served (null: the portal runs a single process).
      oneWorkerKilled: workerRound && {
        acknowledgedAtKill: workerRound.acknowledgedAtKill,
        processes: workerRound.processes,
        newProcessAfterMs: workerRound.newProcessAfterMs,
      },
      submissions: { total: work?.submissions.length ?? 0, acknowledged: work?.submissions.filter((s) => s.acked).length ?? 0 },
      approvals: { total: work?.approvals.length ?? 0, acknowledged: work?.approvals.filter((a) => a.acked).length ?? 0 },
      problems,
      seconds: Math.round((Date.now() - started) / 1000),
      ok: problems.length === 0,
    }),
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  console.log(JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
