// POST /api/v1/eligibility inside Next.js. The portal's own server (scripts/serve.ts) answers this
// path before Next sees it (docs/decisions/0006); this route serves the same answer wherever the
// app runs under plain `next start`.
import { answerEligibilityText, todayInChina } from "@/lib/policy";
import { MAX_BODY_BYTES } from "@/lib/api/eligibility-http";
import { BodyTooLargeError, readLimitedText } from "@/lib/api/read-limited";
import { logUnexpected } from "@/lib/errors";

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  try {
    const text = await readLimitedText({ request, limit: MAX_BODY_BYTES });
    const answer = answerEligibilityText({ text, today: todayInChina({ now: new Date() }) });
    return json(answer.status, answer.json);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return json(413, { error: { code: "VALIDATION", issues: [{ path: "", message: error.message }] } });
    }
    return json(500, { error: { code: "INTERNAL", id: logUnexpected(error, "POST /api/v1/eligibility") } });
  }
}
