// Checks of a request's address and origin made before any page or route sees it (scripts/serve.ts,
// proxy.ts). Pure: no Next.js, no Node-only module, so the proxy can use it too.

/**
 * Why the request target cannot be served, in one sentence, or null when it can. A path segment or
 * query component whose %-encoding is not UTF-8 (`/verify/%FF`, a code cut inside a surrogate pair)
 * made Next.js or the page fail with a 500; a NUL in the query reached PostgreSQL, which refuses it in
 * text. Neither is a request a browser makes from a link of the portal.
 */
export function refuseTarget(rawUrl: string): string | null {
  const q = rawUrl.indexOf("?");
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? "" : rawUrl.slice(q + 1);
  for (const segment of path.split("/")) {
    if (!decodes(segment)) return "Bad request: the address contains an invalid character encoding.";
    // eslint-disable-next-line no-control-regex
    if (/%00|\u0000/i.test(segment)) return "Bad request: the address contains a NUL character.";
  }
  for (const part of query.split(/[&=]/)) {
    if (!decodes(part.replace(/\+/g, " "))) return "Bad request: the query contains an invalid character encoding.";
    // eslint-disable-next-line no-control-regex
    if (/%00|\u0000/i.test(part)) return "Bad request: the query contains a NUL character.";
  }
  return null;
}

function decodes(text: string): boolean {
  if (!text.includes("%")) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The host (hostname[:port]) of an origin or URL, lower-cased, or null when it is not one. */
export function hostOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing post's Origin is the portal itself: the host the client connected to
 * (`Host`), or the public address in NEXTAUTH_URL when a proxy in front changes the host. A post
 * without Origin is refused (browsers send it on every POST); `X-Forwarded-Host` is never read, since
 * any client can send it (issue #16 I1).
 */
export function originIsPortal(options: { origin: string | null; host: string | null; publicUrl: string | undefined }): boolean {
  const origin = hostOf(options.origin);
  if (!origin || options.origin !== new URL(options.origin!).origin) return false;
  const own = new Set<string>();
  if (options.host) own.add(options.host.toLowerCase());
  const pub = hostOf(options.publicUrl);
  if (pub) own.add(pub);
  return own.has(origin);
}

/** The hosts Next.js's own server-action check may accept (next.config.js serverActions.allowedOrigins). */
export function allowedActionOrigins(publicUrl: string | undefined): string[] {
  const host = hostOf(publicUrl);
  return host ? [host] : [];
}
