import { describe, expect, it } from "vitest";
import { eligibilityExamples } from "./examples";
import { decodeFactsParam, encodeFactsParam, FACTS_PARAM_MAX_LENGTH } from "./facts-param";
import { parseEligibilityRequest } from "./facts-schema";

const TODAY = "2019-06-01";
const parsed = (body: unknown) => {
  const result = parseEligibilityRequest({ body, today: TODAY });
  if (!result.ok) throw new Error("invalid example");
  return result.request;
};
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

describe("facts param: the validated request in a link", () => {
  it.each(eligibilityExamples.slice(0, 40).map((e) => [e.id, e] as const))("round-trips %s", (_id, example) => {
    const request = parsed(example.request);
    const param = encodeFactsParam(request);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeFactsParam({ param, today: "2030-01-01" })).toEqual({ ok: true, request });
  });

  it.each([
    ["empty", "", "MALFORMED"],
    ["not base64url", "abc+/=", "MALFORMED"],
    ["not JSON", b64("{not json"), "MALFORMED"],
    ["JSON but not a request", b64(JSON.stringify({ jurisdiction: "beijing" })), "INVALID"],
    [
      "a request with a negative month count",
      b64(JSON.stringify({ jurisdiction: "jiyuan", area: "town", kind: "settlement", applicant: { residence: { months: -1 } } })),
      "INVALID",
    ],
    ["over 8 KB", "A".repeat(FACTS_PARAM_MAX_LENGTH + 1), "TOO_LARGE"],
  ] as const)("refuses %s", (_what, param, reason) => {
    expect(decodeFactsParam({ param, today: TODAY })).toEqual({ ok: false, reason });
  });

  it("refuses a missing parameter", () => {
    expect(decodeFactsParam({ param: null, today: TODAY })).toEqual({ ok: false, reason: "MALFORMED" });
    expect(decodeFactsParam({ param: undefined, today: TODAY })).toEqual({ ok: false, reason: "MALFORMED" });
  });

  it("accepts exactly 8 KB and refuses one character more", () => {
    const request = parsed({ jurisdiction: "chenzhou", area: "town", kind: "settlement", asOf: TODAY, applicant: {} });
    const small = encodeFactsParam(request);
    expect(small.length).toBeLessThan(FACTS_PARAM_MAX_LENGTH);
    // Pad the JSON with whitespace so the encoded text lands exactly on the limit (base64 of 3n bytes = 4n chars).
    const json = JSON.stringify(request);
    const bytes = (FACTS_PARAM_MAX_LENGTH / 4) * 3;
    const padded = json.slice(0, -1) + " ".repeat(bytes - Buffer.byteLength(json)) + "}";
    const at = b64(padded);
    expect(at.length).toBe(FACTS_PARAM_MAX_LENGTH);
    expect(decodeFactsParam({ param: at, today: TODAY })).toEqual({ ok: true, request });
    expect(decodeFactsParam({ param: `${at}A`, today: TODAY })).toEqual({ ok: false, reason: "TOO_LARGE" });
  });
});
