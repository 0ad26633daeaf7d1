// POST /api/v1/eligibility inside Next.js. The portal's own server (scripts/serve.ts) answers this
// path before Next sees it (docs/decisions/0006); this route serves the same answer wherever the
// app runs under plain `next start`.
import { answerEligibilityText, todayInChina } from "@/lib/policy";
import { MAX_BODY_BYTES } from "@/lib/api/eligibility-http";
import { logUnexpected } from "@/lib/errors";

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  try {
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
      return json(413, { error: { code: "VALIDATION", issues: [{ path: "", message: `body must be at most ${MAX_BODY_BYTES} bytes` }] } });
    }
    const answer = answerEligibilityText({ text, today: todayInChina({ now: new Date() }) });
    return json(answer.status, answer.json);
  } catch (error) {
    return json(500, { error: { code: "INTERNAL", id: logUnexpected(error, "POST /api/v1/eligibility") } });
  }
}
