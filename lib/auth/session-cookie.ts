// next-auth writes its session cookie with Expires = now + the session's lifetime, so the cookie outlives
// the browser (a shared PC at a station's counter keeps the session for 8 hours). The portal's session
// cookie is a browser-session cookie instead; the 8-hour limit stays in the token (issue #16 L8).
import { isSessionCookie } from "./session-token";

/**
 * A Set-Cookie line with Expires and Max-Age removed when it sets the session cookie. A deletion (empty
 * value, or Max-Age=0 / an Expires in the past) is kept as it is, or sign-out would no longer remove it.
 */
export function asBrowserSessionCookie(line: string): string {
  const [pair, ...attributes] = line.split(";");
  const eq = pair.indexOf("=");
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  if (eq < 0 || !isSessionCookie(name) || value === "") return line;
  const deletes = attributes.some((a) => {
    const [key, v = ""] = a.split("=");
    const k = key.trim().toLowerCase();
    return (k === "max-age" && Number(v) <= 0) || (k === "expires" && Date.parse(v) <= Date.now());
  });
  if (deletes) return line;
  return [pair, ...attributes.filter((a) => !/^\s*(expires|max-age)\s*=/i.test(a))].join(";");
}
