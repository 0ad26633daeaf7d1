// Requests the way a browser sends them, for the security specs: a server action posted as React posts it
// (its id read from this build's manifest), and a response classified as the matrix names outcomes.
import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";

export const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";

export function classify(status: number, headers: Record<string, string>, okStatus: number): string {
  const location = headers["location"] ?? headers["x-action-redirect"]?.split(";")[0];
  if (location && new URL(location, BASE).pathname === "/account/password") return "password";
  if (status === okStatus) return "ok";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status >= 300 && status < 400 && location) return `redirect to ${location}`;
  return `status ${status}`;
}

/** The action ids of this build, by "<module>#<export>" as the matrix names them. */
export function actionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node))
    ids.set(`${entry.filename}#${entry.exportedName}`, { id, page: Object.keys(entry.workers)[0] });
  return ids;
}

/** "app/(clerk)/workbench/cases/[id]/page" → "/workbench/cases/<case id>". */
function urlOf(worker: string, caseId: string): string {
  const parts = worker
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1)
    .filter((p) => !/^\(.*\)$/.test(p));
  return "/" + parts.map((p) => (p.startsWith("[") ? caseId : p)).join("/");
}

/** Posts an action as React does from a browser: multipart, the arguments in "0", the form's fields as "1_<name>". */
export async function postServerAction(options: {
  context: APIRequestContext;
  key: string;
  fields: Record<string, string>;
  caseId: string;
}) {
  const { context, key, fields, caseId } = options;
  const action = actionIds().get(key);
  expect(action, `${key} is in this build`).toBeTruthy();
  // The id's first byte carries the argument count: 0x40 one (the form), 0x60 two (previous state, form).
  const args = action!.id.startsWith("6") ? '[{"errors":[],"values":{}},"$K1"]' : action!.id.startsWith("0") ? "[]" : '["$K1"]';
  const multipart: Record<string, string> = { "0": args };
  for (const [name, value] of Object.entries(fields)) multipart[`1_${name}`] = value;
  return context.post(urlOf(action!.page, caseId), {
    multipart,
    maxRedirects: 0,
    failOnStatusCode: false,
    headers: { "Next-Action": action!.id, Accept: "text/x-component", Origin: BASE },
  });
}
