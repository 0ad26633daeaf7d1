// The `facts` link parameter of /apply/new: base64url of an ELIGIBILITY-V1 request the self-check built.
// A stand-in with the behaviour of lib/policy/facts-param.ts (`decodeFactsParam`, the policy helper's
// branch) until that is merged; then this file goes and its callers import the shared one.
import { parseEligibilityRequest, type EligibilityRequest } from "@/lib/policy";

export const MAX_FACTS_PARAM_BYTES = 8 * 1024;

export type FactsParamResult =
  | { ok: true; request: EligibilityRequest }
  | { ok: false; reason: "TOO_LARGE" | "ENCODING" | "INVALID" };

/** Decodes and validates the parameter; absent → null. An invalid one is to be ignored with a message. */
export function decodeFactsParam(options: { param: string | null | undefined; today: string }): FactsParamResult | null {
  const { param } = options;
  if (!param) return null;
  if (param.length > Math.ceil((MAX_FACTS_PARAM_BYTES * 4) / 3) + 4) return { ok: false, reason: "TOO_LARGE" };
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(param)) return { ok: false, reason: "ENCODING" };
  const bytes = Buffer.from(param, "base64url");
  if (bytes.byteLength > MAX_FACTS_PARAM_BYTES) return { ok: false, reason: "TOO_LARGE" };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: "ENCODING" };
  }
  const parsed = parseEligibilityRequest({ body, today: options.today });
  return parsed.ok ? { ok: true, request: parsed.request } : { ok: false, reason: "INVALID" };
}

/** The inverse, for links and tests. */
export function encodeFactsParam(request: unknown): string {
  return Buffer.from(JSON.stringify(request), "utf8").toString("base64url");
}
