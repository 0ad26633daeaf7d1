// Bad input against every zod schema and form parser of lib/ (issue #9, "Proofs"): arbitrary values —
// any JSON, unicode, NUL, lone surrogates, huge and non-finite numbers, deep nesting — come back as a
// typed refusal with messages (or a valid parse), never as a throw. The schemas inside the server
// actions are exercised through the actions themselves in tests/integration/action-inputs.property.test.ts.
import fc from "fast-check";
import { HOSTILE_STRINGS } from "@/tests/factories/hostile-strings";
import { describe, expect, it, vi } from "vitest";
import { answerEligibility, answerEligibilityText } from "@/lib/policy/answer";
import { decodeFactsParam } from "@/lib/policy/facts-param";
import { registrationProblems, registrationSchema } from "@/lib/registry/register-applicant";
import { queueFilterSchema } from "@/lib/applications/queue";
import { decodeCursor } from "@/lib/db/cursor";
import { placementSchema, readPlacement } from "@/lib/applications/placement";
import { editFamilyRows, SECTION_IDS, SECTIONS, validateSection } from "@/lib/applications/application-sections";
import { requestFromForm } from "@/lib/applications/application-form";
import { cleanFileName } from "@/lib/applications/documents";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { translate } from "@/lib/i18n";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";

// Deterministic: a fixed seed, a bounded number of runs; time for a busy shared machine.
const RUNS = { seed: 20260909, numRuns: 200 } as const;
vi.setConfig({ testTimeout: 60_000 });

/** Strings an attacker would try: any unicode (lone surrogates too), NUL and control characters, long runs. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    ...HOSTILE_STRINGS,
    "-0",
    "NaN",
    "Infinity",
    "9".repeat(400),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u202e",
    "𠮷".repeat(50),
  ),
  fc.string({ minLength: 3000, maxLength: 12000 }),
);
const weirdNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, NaN, -0, 1e308),
  fc.bigInt().map((b) => Number(b)),
);
const anything: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nasty,
    weirdNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(nasty, tie("value"), { maxKeys: 6 }),
  ),
})).value;
/** Objects shaped like the real request, with any leaf replaced by anything. */
const shapedLike = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, anything])), { requiredKeys: [] });

function allMessages(issues: { message: string }[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) expect(typeof i.message === "string" && i.message.length > 0).toBe(true);
}

describe("the eligibility request (API, CLI, self-check)", () => {
  it("answers any body with 200 or a 400 listing problems with messages", () => {
    const body = fc.oneof(
      anything,
      fc.record(
        {
          jurisdiction: fc.oneof(nasty, fc.constantFrom("chenzhou", "jiyuan")),
          area: anything,
          kind: fc.oneof(anything, fc.constant("settlement")),
          asOf: anything,
          applicant: fc.oneof(anything, shapedLike(["birthDate", "hukou", "residence", "employment", "socialInsurance"])),
          members: anything,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(body, (b) => {
        const answer = answerEligibility({ body: b, today: "2026-11-21" });
        expect([200, 400]).toContain(answer.status);
        if (answer.status === 400) allMessages(answer.json.error.issues);
      }),
      RUNS,
    );
  });

  it("answers any text with 200 or 400, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.json()), (text) => {
        expect([200, 400]).toContain(answerEligibilityText({ text, today: "2026-11-21" }).status);
      }),
      RUNS,
    );
  });

  it("decodes any facts parameter of a link to a result, never a throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.base64String(),
          fc.json().map((j) => Buffer.from(j).toString("base64url")),
        ),
        (param) => {
          expect(typeof decodeFactsParam({ param, today: "2026-11-21" }).ok).toBe("boolean");
        },
      ),
      RUNS,
    );
  });
});

describe("registration", () => {
  it("any form gives a typed refusal naming fields with message keys, or passes", () => {
    fc.assert(
      fc.property(shapedLike(["name", "citizenId", "phone", "password", "passwordConfirm"]), (raw) => {
        // The action hands the schema strings (String(formData.get(k) ?? "")): so do we, and also the raw value.
        const asStrings = Object.fromEntries(
          Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")]),
        );
        const parsed = registrationSchema.safeParse(asStrings);
        expect(parsed.success).toBe(true);
        // Every problem is a catalogue message the form shows in the user's language.
        for (const e of registrationProblems(parsed.data!, "2026-11-21")) expect(translate("zh-CN", e.message)).not.toBe(e.message);
        const rawParsed = registrationSchema.safeParse(raw);
        if (!rawParsed.success) allMessages(rawParsed.error.issues);
      }),
      RUNS,
    );
  });
});

describe("the clerk's queue filter and cursor (query string)", () => {
  it("any query string parses (unknown values dropped), any cursor decodes or is null", () => {
    fc.assert(
      fc.property(shapedLike(["kind", "status", "overdue", "who", "after"]), nasty, (query, cursor) => {
        const parsed = queueFilterSchema.safeParse(query);
        if (!parsed.success) allMessages(parsed.error.issues);
        const c = decodeCursor(cursor);
        expect(c === null || typeof c.i === "string").toBe(true);
        expect(decodeCursor(Buffer.from(JSON.stringify(query)).toString("base64url"))).toBeNull();
      }),
      RUNS,
    );
  });
});

describe("placement (stored JSON and the approval form)", () => {
  it("any value parses or is refused with messages; reading a stored one always gives a placement", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          fc.record(
            {
              type: fc.oneof(nasty, fc.constantFrom("new_family", "existing", "collective")),
              householdNumber: anything,
              relationToHead: anything,
              householdType: anything,
            },
            { requiredKeys: [] },
          ),
        ),
        (value) => {
          const parsed = placementSchema.safeParse(value);
          if (!parsed.success) allMessages(parsed.error.issues);
          expect(["new_family", "existing", "collective"]).toContain(readPlacement(value).type);
        },
      ),
      RUNS,
    );
  });
});

describe("the application form's sections (FormData → typed values)", () => {
  const kinds = Object.keys(SECTIONS) as ApplicationKind[];
  it("validateSection, editFamilyRows and requestFromForm take any posted strings", () => {
    const values = fc.dictionary(
      fc.oneof(
        nasty,
        fc.constantFrom(
          "members",
          "m0.name",
          "m0.birthDate",
          "m0.relation",
          "address",
          "applicant.residence.months",
          "placement",
          "householdId",
        ),
      ),
      nasty,
      { maxKeys: 12 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...SECTION_IDS), values, nasty, (kind, section, v, intent) => {
        for (const e of validateSection({ kind, section, values: v, today: "2026-11-21" }))
          expect(typeof e.message === "string" && e.message.length > 0).toBe(true);
        expect(typeof editFamilyRows(v, intent)).toBe("object");
        const request = requestFromForm({
          kind,
          jurisdiction: "chenzhou",
          area: "CENTRAL_URBAN",
          birthDate: "1990-04-01",
          formData: { [section]: v },
          asOf: "2026-11-21",
        });
        expect(request === null || typeof request === "object").toBe(true);
      }),
      RUNS,
    );
  });
});

describe("names and addresses that end up in headers and redirects", () => {
  it("an uploaded file's name is cleaned of paths and control characters, never empty, at most 120 characters", () => {
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.constantFrom("../../etc/passwd", "..\\..\\boot.ini", "a\u0000.pdf", "/", "..", ".", "x".repeat(5000) + ".pdf")),
        (name) => {
          const clean = cleanFileName(name, "pdf");
          expect(clean.length).toBeGreaterThan(0);
          expect(clean.length).toBeLessThanOrEqual(120);
          // eslint-disable-next-line no-control-regex -- the check is that no control character survives
          expect(clean).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
          expect([".", ".."]).not.toContain(clean);
        },
      ),
      RUNS,
    );
  });

  it("a callback URL is a same-origin path or nothing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nasty,
          fc.webUrl(),
          fc.webPath(),
          fc.constantFrom("/\t/evil.example", "//evil.example", "/\\evil.example", "/%09/evil.example", "javascript:alert(1)"),
        ),
        (url) => {
          const safe = safeCallbackUrl(url);
          if (safe !== null) {
            expect(safe.startsWith("/") && !safe.startsWith("//") && !safe.startsWith("/\\")).toBe(true);
            expect(new URL(safe, "https://portal.example").origin).toBe("https://portal.example");
          }
        },
      ),
      RUNS,
    );
  });
});
