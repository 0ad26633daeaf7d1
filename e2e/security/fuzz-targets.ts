// What the HTTP fuzz test (fuzz.spec.ts) aims at, found rather than listed: the routes are read from
// app/ (a new page or route is fuzzed without touching the test), the server actions from the forms the
// pages render for each role.
import fs from "node:fs";
import path from "node:path";

export interface RouteTarget {
  /** e.g. /verify/[code], /api/auth/[...nextauth] */
  pattern: string;
  kind: "page" | "route";
  /** Query parameter names the source reads (searchParams.x, params.x, searchParams.get("x")). */
  queryNames: string[];
}

/** Every page.tsx and route.ts under app/, its URL pattern (route groups left out) and the query it reads. */
export function enumerateRoutes(appDir: string): RouteTarget[] {
  const out: RouteTarget[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        walk(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8");
        const names = new Set<string>();
        for (const m of source.matchAll(/(?:params|query|searchParams)\??\.(\w+)/g))
          if (!["then", "get", "getAll", "has"].includes(m[1])) names.add(m[1]);
        for (const m of source.matchAll(/searchParams\.get(?:All)?\("(\w+)"\)/g)) names.add(m[1]);
        for (const m of source.matchAll(/one\(params\.(\w+)\)/g)) names.add(m[1]);
        out.push({ pattern: `/${segments.join("/")}`, kind: entry.name === "page.tsx" ? "page" : "route", queryNames: [...names].sort() });
      }
    }
  };
  walk(appDir, []);
  return out;
}

export function dynamicSegments(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]);
}

export interface FormTarget {
  actionId: string;
  /** The page whose form carries it. */
  page: string;
  role: string;
  /** Hidden inputs as rendered (the no-JavaScript post sends them back). */
  hidden: Array<[string, string]>;
  /** Other named fields (values are generated). */
  fields: string[];
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const unescape = (s: string) => s.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (e) => ENTITIES[e]);

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
}

/** The server-action forms of a rendered page: action id, hidden inputs, other field names. */
export function formsOf(html: string, page: string, role: string): FormTarget[] {
  const out: FormTarget[] = [];
  for (const form of html.match(/<form\b[\s\S]*?<\/form>/g) ?? []) {
    const hidden: Array<[string, string]> = [];
    const fields = new Set<string>();
    let actionId: string | null = null;
    for (const tag of form.match(/<(input|select|textarea|button)\b[^>]*>/g) ?? []) {
      const name = attr(tag, "name");
      if (!name) continue;
      const value = attr(tag, "value") ?? "";
      const direct = /^\$ACTION_ID_([0-9a-f]{40,})$/.exec(name);
      if (direct) actionId = direct[1];
      if (/^\$ACTION_\d+:\d+$/.test(name)) {
        try {
          const ref = JSON.parse(value) as { id?: string };
          if (ref.id) actionId = ref.id;
        } catch {
          // not a reference
        }
      }
      if (/type="hidden"/.test(tag) || name.startsWith("$ACTION")) hidden.push([name, value]);
      else fields.add(name);
    }
    if (actionId) out.push({ actionId, page, role, hidden, fields: [...fields] });
  }
  return out;
}
