// POST /api/v1/eligibility — the public eligibility API (shared/api/ELIGIBILITY-V1.md).
// No sign-in: the engine only reads the facts it is given and stores nothing.
import { answerEligibilityText, todayInChina } from "@/lib/policy";
import { logUnexpected } from "@/lib/errors";

const MAX_BODY_BYTES = 64 * 1024;

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
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
    const id = logUnexpected(error, "POST /api/v1/eligibility");
    return json(500, { error: { code: "INTERNAL", id } });
  }
}
