// The facts of a self-check carried in a link (`/apply/new?…&facts=<this>`): the validated request as
// base64url JSON. One encoder and one decoder, shared by the self-check and the application, so a link
// means exactly the request the engine answered. Decoding trusts nothing: a size limit, then base64url,
// then JSON, then the request schema (0126-self-check-front-door.md).
import { parseEligibilityRequest, type EligibilityRequest } from "./facts-schema";
import type { IsoDate } from "./types";

/** Longest `facts` value accepted, in characters of the encoded parameter. */
export const FACTS_PARAM_MAX_LENGTH = 8 * 1024;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function encodeFactsParam(request: EligibilityRequest): string {
  return Buffer.from(JSON.stringify(request), "utf8").toString("base64url");
}

export type DecodeFactsResult = { ok: true; request: EligibilityRequest } | { ok: false; reason: "TOO_LARGE" | "MALFORMED" | "INVALID" };

/** `today` is the default asOf for a request that carries none (an encoded request always does). */
export function decodeFactsParam(options: { param: string | null | undefined; today: IsoDate }): DecodeFactsResult {
  const { param, today } = options;
  if (typeof param !== "string" || param === "") return { ok: false, reason: "MALFORMED" };
  if (param.length > FACTS_PARAM_MAX_LENGTH) return { ok: false, reason: "TOO_LARGE" };
  if (!BASE64URL.test(param)) return { ok: false, reason: "MALFORMED" };
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(param, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "MALFORMED" };
  }
  const parsed = parseEligibilityRequest({ body, today });
  return parsed.ok ? { ok: true, request: parsed.request } : { ok: false, reason: "INVALID" };
}
