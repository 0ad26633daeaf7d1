// The public eligibility API as a plain Node request handler. The portal's server routes
// POST /api/v1/eligibility here before Next.js sees the request: Next's own routing costs about a
// millisecond of CPU per request, which alone would keep p95 above the 20 ms target at 50
// concurrent clients on two cores (docs/decisions/0006-eligibility-api-outside-next-routing.md).
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerEligibilityText, todayInChina } from "@/lib/policy";
import { logUnexpected } from "@/lib/errors";

export const ELIGIBILITY_PATH = "/api/v1/eligibility";
export const MAX_BODY_BYTES = 64 * 1024;

/** The headers every portal response carries (kept in step with next.config.js). */
export const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

function tooLarge() {
  return { error: { code: "VALIDATION", issues: [{ path: "", message: `body must be at most ${MAX_BODY_BYTES} bytes` }] } };
}

/** True when this handler owns the request (the caller then leaves it alone). */
export function isEligibilityRequest(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  return url === ELIGIBILITY_PATH || url.startsWith(`${ELIGIBILITY_PATH}?`);
}

export function handleEligibility(req: IncomingMessage, res: ServerResponse, now: () => Date = () => new Date()): void {
  if (req.method !== "POST") {
    send(res, 405, { error: { code: "METHOD_NOT_ALLOWED", message: "use POST with a JSON body" } }, { Allow: "POST" });
    return;
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    send(res, 413, tooLarge(), { Connection: "close" });
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  req.on("data", (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      done = true;
      send(res, 413, tooLarge(), { Connection: "close" });
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (done) return;
    done = true;
    try {
      const answer = answerEligibilityText({ text: Buffer.concat(chunks).toString("utf8"), today: todayInChina({ now: now() }) });
      send(res, answer.status, answer.json);
    } catch (error) {
      send(res, 500, { error: { code: "INTERNAL", id: logUnexpected(error, `POST ${ELIGIBILITY_PATH}`) } });
    }
  });
  req.on("error", () => {
    done = true;
  });
}
