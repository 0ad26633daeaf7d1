// A browser without JavaScript, for the crash and load runs: cookies, sign-in through next-auth's
// credentials endpoint, GET pages, and post a page's own form back to its server action exactly as
// a no-JS browser would (every field the form carries — action id, bound state — plus our answers).
// Timed: every request's latency and status land in the shared Stats.

export interface Stats {
  latencies: number[];
  /** When each request of `latencies` started (performance.now()), to see when in a run the slow ones fall. */
  startedAt: number[];
  errors: number;
  /** A few examples of what went wrong, for the report. */
  errorSamples: string[];
  byStatus: Record<string, number>;
  /** Latencies per route ("GET /apply/:id/check"), to see which one is slow. */
  byRoute: Record<string, number[]>;
}

export function newStats(): Stats {
  return { latencies: [], startedAt: [], errors: 0, errorSamples: [], byStatus: {}, byRoute: {} };
}

export interface Reply {
  status: number;
  location: string | null;
  text: string;
}

/** The forms of a page: action path, and every named input (hidden, checked, textarea, first option). */
export function formsOf(html: string): { action: string | null; fields: [string, string][] }[] {
  const forms: { action: string | null; fields: [string, string][] }[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1];
    const body = m[2];
    const action = /\baction="([^"]*)"/.exec(attrs)?.[1] ?? null;
    const fields: [string, string][] = [];
    for (const input of body.matchAll(/<input\b([^>]*)>/g)) {
      const a = input[1];
      const name = /\bname="([^"]*)"/.exec(a)?.[1];
      if (!name) continue;
      const type = /\btype="([^"]*)"/.exec(a)?.[1] ?? "text";
      if ((type === "checkbox" || type === "radio") && !/\bchecked(=|\s|$)/.test(a)) continue;
      if (type === "file" || type === "submit") continue;
      fields.push([unescape(name), unescape(/\bvalue="([^"]*)"/.exec(a)?.[1] ?? "")]);
    }
    for (const t of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
      const name = /\bname="([^"]*)"/.exec(t[1])?.[1];
      if (name) fields.push([unescape(name), unescape(t[2])]);
    }
    forms.push({ action, fields });
  }
  return forms;
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export class PortalClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private stats: Stats | null,
    private timeoutMs = 30_000,
  ) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (attrs.some((a) => /^\s*max-age=0/i.test(a)) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Count the requests that start from now on in `stats` (a run's warm-up, then its measured part). */
  countInto(stats: Stats | null): void {
    this.stats = stats;
  }

  /** One request, not following redirects. `expect` lists the statuses that count as a success. */
  async request(
    path: string,
    init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
    expect: number[] = [200],
  ): Promise<Reply> {
    const started = performance.now();
    // A request belongs to the counters it started under, even when it ends after countInto.
    const stats = this.stats;
    let status = 0;
    try {
      const response = await fetch(new URL(path, this.baseUrl), {
        method: init.method ?? "GET",
        body: init.body,
        headers: { ...init.headers, cookie: this.cookieHeader() },
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      this.remember(response);
      status = response.status;
      const text = await response.text();
      return { status, location: response.headers.get("location"), text };
    } catch (error) {
      status = -1;
      throw error;
    } finally {
      if (stats) {
        const ms = performance.now() - started;
        stats.latencies.push(ms);
        stats.startedAt.push(started);
        const route = `${init.method ?? "GET"} ${path.split("?")[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")}`;
        (stats.byRoute[route] ??= []).push(ms);
        const key = status === -1 ? "network" : String(status);
        stats.byStatus[key] = (stats.byStatus[key] ?? 0) + 1;
        if (!expect.includes(status)) {
          stats.errors += 1;
          if (stats.errorSamples.length < 10) stats.errorSamples.push(`${init.method ?? "GET"} ${path} → ${status}`);
        }
      }
    }
  }

  async signIn(username: string, password: string): Promise<void> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, username, password, json: "true" });
    const reply = await this.request(
      "/api/auth/callback/credentials",
      { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } },
      [200, 302],
    );
    if (![...this.cookies.keys()].some((k) => k.includes("session-token")))
      throw new Error(`sign-in of ${username} failed (${reply.status})`);
  }

  /** Posts the form of `page` whose fields include `marker` (a field name or name=value), with our own answers on top. */
  async postForm(pagePath: string, html: string, marker: string, answers: Record<string, string | File>, expect = [303]): Promise<Reply> {
    const [name, value] = marker.split("=");
    const form = formsOf(html).find((f) => f.fields.some(([k, v]) => k === name && (value === undefined || v === value)));
    if (!form) throw new Error(`no form with ${marker} on ${pagePath}`);
    const body = new FormData();
    const overridden = new Set(Object.keys(answers));
    for (const [k, v] of form.fields) if (!overridden.has(k)) body.append(k, v);
    for (const [k, v] of Object.entries(answers)) body.append(k, v);
    // Browsers send Origin on a POST; Next's server actions refuse a cross-site one.
    return this.request(
      form.action && form.action.startsWith("/") ? form.action : pagePath,
      { method: "POST", body, headers: { origin: new URL(this.baseUrl).origin } },
      expect,
    );
  }
}

/** p50 and p95 per route, milliseconds. */
export function routeSummary(stats: Stats): Record<string, { n: number; p50: number; p95: number }> {
  return Object.fromEntries(
    Object.entries(stats.byRoute)
      .sort()
      .map(([route, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return [route, { n: list.length, p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)) }];
      }),
  );
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
