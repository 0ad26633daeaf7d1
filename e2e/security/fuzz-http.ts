// The HTTP side of the fuzz test (fuzz.spec.ts): the portal's address, the roles, one request sent and
// retried once on a fresh connection, and a batch sent with a fixed concurrency, tallied by status.
import http from "node:http";

export const CONCURRENCY = Math.max(1, Number(process.env.FUZZ_CONCURRENCY ?? 2));
export const BASE = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
export const ORIGIN = BASE.origin;
export const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

export type Role = "anonymous" | "applicant" | "clerk" | "supervisor" | "admin";
export const ROLES: Role[] = ["anonymous", "applicant", "clerk", "supervisor", "admin"];
/** Where each role's own pages are (anonymous: the public ones). */
export const AREA: Record<Role, RegExp> = {
  anonymous: /^\/(check|policies|register|signin|verify|home)?(\/|$)/,
  applicant: /^\/(me|apply|account)(\/|$)/,
  clerk: /^\/(workbench|account)(\/|$)/,
  supervisor: /^\/(supervision|account)(\/|$)/,
  admin: /^\/(admin|account)(\/|$)/,
};

export interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  label: string;
}
export interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  failures: string[];
}

/** The answer's status; -1 with the reason when none came, even on a fresh connection. */
export function sendOnce(req: Req, fresh: boolean): Promise<{ status: number; error?: string }> {
  return new Promise((resolve) => {
    const r = http.request(
      {
        host: BASE.hostname,
        port: BASE.port,
        method: req.method,
        path: req.path,
        headers: req.headers,
        agent: fresh ? false : agent,
        timeout: 60_000,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
        res.on("error", (e) => resolve({ status: -1, error: e.message }));
      },
    );
    r.on("timeout", () => r.destroy(new Error("no answer within 60 s")));
    r.on("error", (e) => resolve({ status: -1, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    r.end(req.body);
  });
}

/** A kept-alive connection the server closed just as the request went out is a client-side race, not an answer: tried once more. */
export async function send(req: Req): Promise<{ status: number; error?: string }> {
  const first = await sendOnce(req, false);
  return first.status === -1 ? sendOnce(req, true) : first;
}

export async function runAll(name: string, requests: Req[], tallies: Map<string, Tally>) {
  const tally: Tally = tallies.get(name) ?? { requests: 0, byStatus: {}, failures: [] };
  tallies.set(name, tally);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++];
      const { status, error } = await send(req);
      tally.requests += 1;
      tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
      if (status >= 500 || status < 100)
        tally.failures.push(
          `${status}${error ? ` (${error})` : ""} ${req.label} ${req.method} ${req.path.slice(0, 160)} ${JSON.stringify(req.headers).slice(0, 200)} ${req.body?.toString("utf8").slice(0, 160) ?? ""}`,
        );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
