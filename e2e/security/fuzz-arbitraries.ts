// The fuzz test's generators (fuzz.spec.ts): hostile path segments and field values, and whole requests to a
// route or a server action in every shape a browser or a hostile client sends, from fast-check's seeded stream.
import fc from "fast-check";
import { isUuid } from "../../lib/security/uuid";
import { dynamicSegments, type FormTarget, type RouteTarget } from "./fuzz-targets";
import { BASE, ORIGIN, ROLES, type Req, type Role } from "./fuzz-http";

export const pct = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0").toUpperCase()}`).join("");
export const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return pct(new TextEncoder().encode(s.replace(/[\uD800-\uDFFF]/g, "")));
  }
};
export const HOSTILE_SEGMENTS = [
  "%FF",
  "%E4%B8",
  "%ED%A0%80",
  "%F0%9F",
  "%00",
  "%C0%AF",
  "%",
  "%G1",
  "..",
  ".",
  "%2e%2e",
  "%2F",
  "-".repeat(36),
  "0".repeat(36),
  "00000000-0000-0000-0000-000000000000",
  "constructor",
  "__proto__",
  "%E4%B8%AD%E6%96%87",
  "a".repeat(3000),
  "%uD800",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
];

/** A path segment or query value: real ids, junk, broken encodings, random bytes. */
export function valueArb(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: real.length ? 6 : 0, arbitrary: real.length ? fc.constantFrom(...real).map(enc) : fc.constant("") },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }).map(enc) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 12 }).map(pct) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }).map(enc) },
  );
}

/** A form field's value that a validator is unlikely to take for a real number or date. */
export const fieldValue = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "",
    "\u0000",
    "x\u0000y",
    "-".repeat(36),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "__proto__",
    "\u202Eexe.pdf",
    "a".repeat(5000),
    "true",
    "[]",
    "{}",
  ),
  fc.uuid(),
  fc.string({ unit: "binary", maxLength: 20 }),
);

export const PREFETCH: Array<Record<string, string>> = [
  {},
  {},
  { "Next-Router-Prefetch": "1" },
  { Purpose: "prefetch" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { RSC: "1", "Next-Router-State-Tree": "%5B%22garbage" },
  { "Next-Router-Segment-Prefetch": "/_tree" },
];
export const prefetchArb = fc.constantFrom(...PREFETCH);
export const COOKIE_NOISE = [
  "",
  "next-auth.session-token=garbage",
  "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z",
  "hukou-locale=%FF",
  "next-auth.callback-url=http%3A%2F%2Fevil.example",
];

// ---- requests to routes -----------------------------------------------------------------------------
export function routeRequestArb(route: RouteTarget, real: Record<string, string[]>, cookies: Record<Role, string>): fc.Arbitrary<Req> {
  const segs = dynamicSegments(route.pattern);
  const names = [...route.queryNames, "callbackUrl", "back", "q", "id", "page", "code"];
  return fc
    .record({
      role: fc.constantFrom(...ROLES),
      values: fc.tuple(...segs.map((s) => valueArb(real[s] ?? [])), fc.constant("")),
      extraSeg: fc.option(valueArb([]), { freq: 8 }),
      slashes: fc.constantFrom("", "", "", "/", "//"),
      query: fc.array(fc.tuple(fc.constantFrom(...names), valueArb(real.query ?? [])), { maxLength: 3 }),
      method: fc.constantFrom("GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"),
      prefetch: prefetchArb,
      cookieNoise: fc.constantFrom(...COOKIE_NOISE),
      origin: fc.constantFrom(ORIGIN, ORIGIN, "http://evil.example", ""),
      body: fc.option(fc.uint8Array({ maxLength: 200 }), { freq: 3 }),
      type: fc.constantFrom("", "application/json", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"),
    })
    .map((g) => {
      let i = 0;
      let p = route.pattern.replace(/\[(?:\.\.\.)?\w+\]/g, () => g.values[i++]);
      if (g.extraSeg !== null) p += `/${g.extraSeg}`;
      p = p.replace(/^\/\//, "/") + g.slashes;
      const q = g.query.map(([k, v]) => `${k}=${v}`).join("&");
      const headers: Record<string, string> = { ...g.prefetch };
      const cookie = [cookies[g.role], g.cookieNoise].filter(Boolean).join("; ");
      if (cookie) headers.Cookie = cookie;
      let body: Buffer | undefined;
      if (g.method !== "GET" && g.method !== "HEAD") {
        if (g.origin) headers.Origin = g.origin;
        if (g.type) headers["Content-Type"] = g.type;
        body = Buffer.from(g.body ?? new Uint8Array());
      }
      return { method: g.method, path: `${p || "/"}${q ? `?${q}` : ""}`, headers, body, label: `${g.role} ${g.method}` };
    });
}

// ---- posts to server actions ------------------------------------------------------------------------
export const B = "----fuzz7MA4YWxkTrZu0gW";
export function multipart(parts: Array<[string, string]>): Buffer {
  return Buffer.from(
    parts.map(([n, v]) => `--${B}\r\nContent-Disposition: form-data; name="${n.replace(/"/g, "%22")}"\r\n\r\n${v}\r\n`).join("") +
      `--${B}--\r\n`,
  );
}
export const MALFORMED_MULTIPART = [
  `--${B}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--${B}`,
  `--${B}\r\nContent-Disp`,
  "not multipart at all",
  `--${B}\r\nContent-Disposition: form-data; name="1_x"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${B}--\r\n`,
  `--${B}\r\n\r\n\r\n--${B}--\r\n`,
  `--${B}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1","$K1","$Q2"]\r\n--${B}--\r\n`,
  `--${B}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$@1"]\r\n--${B}--\r\n`,
];

/** UUIDs in a rendered form that are not the fuzz test's own rows are replaced: no demo case is touched. */
export function ownHidden(hidden: Array<[string, string]>, owned: Set<string>, fresh: string): Array<[string, string]> {
  return hidden.map(([n, v]) => [n, isUuid(v) && !owned.has(v) ? fresh : v]);
}

/** What one action request is drawn from. */
function actionDraws(form: FormTarget, pages: string[], fieldCount: number) {
  return fc.record({
    role: fc.constantFrom<Role>(form.role as Role, form.role as Role, ...ROLES),
    variant: fc.constantFrom(
      "browser",
      "browser",
      "nojs",
      "nojs-urlencoded",
      "json",
      "text",
      "malformed",
      "non-form-args",
      "cross-site",
      "no-origin",
      "bad-encoding",
    ),
    values: fc.array(fieldValue, { minLength: fieldCount, maxLength: fieldCount }),
    keepSome: fc.array(fc.boolean(), { minLength: fieldCount, maxLength: fieldCount }),
    prev: fc.constantFrom('["$undefined","$K1"]', '["$K1"]', '[null,"$K1"]', '[{},"$K1"]'),
    json: fc.jsonValue({ maxDepth: 3 }),
    malformed: fc.constantFrom(...MALFORMED_MULTIPART),
    badOrigin: fc.constantFrom(
      "http://evil.example",
      `${ORIGIN}.evil.example`,
      "null",
      `${BASE.protocol}//${BASE.hostname}:1`,
      "https://127.0.0.1",
      "javascript:alert(1)",
    ),
    forwarded: fc.boolean(),
    prefetch: prefetchArb,
    page: fc.constantFrom(form.page, form.page, form.page, ...pages),
    fresh: fc.uuid(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  });
}

type ActionDraw = ReturnType<typeof actionDraws> extends fc.Arbitrary<infer T> ? T : never;

/** The headers and body of one action request, in the drawn variant's shape. */
function actionBody(
  g: ActionDraw,
  parts: {
    headers: Record<string, string>;
    jsHeaders: () => Record<string, string>;
    fields: Array<[string, string]>;
    hidden: Array<[string, string]>;
  },
): { h: Record<string, string>; body: Buffer } {
  const { headers, jsHeaders, fields, hidden } = parts;
  let body: Buffer;
  let h: Record<string, string>;
  switch (g.variant) {
    case "browser":
      h = { ...jsHeaders(), "Content-Type": `multipart/form-data; boundary=${B}` };
      body = multipart([...fields.map(([n, v]): [string, string] => [`1_${n}`, v]), ["0", g.prev]]);
      break;
    case "nojs":
      h = { ...headers, "Content-Type": `multipart/form-data; boundary=${B}` };
      body = multipart([...hidden.filter(([n]) => n.startsWith("$ACTION")), ...fields]);
      break;
    case "nojs-urlencoded":
      h = { ...headers, "Content-Type": "application/x-www-form-urlencoded" };
      body = Buffer.from(new URLSearchParams([...hidden.filter(([n]) => n.startsWith("$ACTION")), ...fields]).toString());
      break;
    case "json":
      h = { ...jsHeaders(), "Content-Type": "application/json" };
      body = Buffer.from(JSON.stringify(g.json));
      break;
    case "text":
      h = { ...jsHeaders(), "Content-Type": "text/plain;charset=UTF-8" };
      body = Buffer.from(Array.isArray(g.json) ? JSON.stringify(g.json) : "[]");
      break;
    case "malformed":
      h = { ...jsHeaders(), "Content-Type": g.forwarded ? "multipart/form-data" : `multipart/form-data; boundary=${B}` };
      body = Buffer.from(g.malformed);
      break;
    case "non-form-args":
      h = { ...jsHeaders(), "Content-Type": `multipart/form-data; boundary=${B}` };
      body = multipart([
        ["0", JSON.stringify(Array.isArray(g.json) ? g.json : [g.json])],
        ["1_x", "y"],
      ]);
      break;
    case "cross-site":
      h = {
        ...jsHeaders(),
        Origin: g.badOrigin,
        ...(g.forwarded ? { "X-Forwarded-Host": g.badOrigin.replace(/^\w+:\/\//, "") } : {}),
        "Content-Type": `multipart/form-data; boundary=${B}`,
      };
      body = multipart([...fields.map(([n, v]): [string, string] => [`1_${n}`, v]), ["0", g.prev]]);
      break;
    case "no-origin":
      h = { ...(g.forwarded ? headers : jsHeaders()), "Content-Type": `multipart/form-data; boundary=${B}` };
      delete h.Origin;
      body = g.forwarded
        ? multipart([...hidden.filter(([n]) => n.startsWith("$ACTION")), ...fields])
        : multipart([...fields.map(([n, v]): [string, string] => [`1_${n}`, v]), ["0", g.prev]]);
      break;
    default:
      h = {
        ...(g.forwarded ? jsHeaders() : headers),
        "Content-Type": g.forwarded ? "application/x-www-form-urlencoded; charset=gbk" : "application/x-www-form-urlencoded",
      };
      body = Buffer.concat([Buffer.from("a=%FF%FE&b=%&c="), Buffer.from(g.bytes)]);
  }
  return { h, body };
}

export function actionRequestArb(form: FormTarget, owned: Set<string>, cookies: Record<Role, string>, pages: string[]): fc.Arbitrary<Req> {
  const fieldNames = [...form.fields, ...form.hidden.map(([n]) => n).filter((n) => !n.startsWith("$ACTION"))];
  return actionDraws(form, pages, fieldNames.length).map((g) => {
    const hidden = ownHidden(form.hidden, owned, g.fresh);
    const fields: Array<[string, string]> = fieldNames.map((n, i) => [
      n,
      g.keepSome[i] ? (hidden.find(([h]) => h === n)?.[1] ?? g.values[i]) : g.values[i],
    ]);
    const headers: Record<string, string> = { ...g.prefetch, Origin: ORIGIN };
    if (cookies[g.role]) headers.Cookie = cookies[g.role];
    const jsHeaders = () => ({ ...headers, "Next-Action": form.actionId });
    const { h, body } = actionBody(g, { headers, jsHeaders, fields, hidden });
    return { method: "POST", path: g.page, headers: h, body, label: `${g.role} ${g.variant}` };
  });
}
