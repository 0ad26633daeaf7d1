// Where to send someone after sign-in (or a language switch): a path on this site only, never an
// open redirect, and never a page their role cannot open.
import { can, ROLE_HOME, type Actor, type Permission, type Role } from "./permissions";

const BASE = "http://portal.invalid";
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * A same-origin path, normalised by the URL parser exactly as a browser would read it, or null.
 * Control characters (browsers silently drop a TAB or newline, turning "/\t/evil.example" into
 * "//evil.example") and backslashes are refused outright; non-ASCII comes back percent-encoded,
 * so it is safe in a Location header.
 */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || UNSAFE.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  return path.startsWith("//") ? null : path;
}

/** The areas of the portal and what opening them takes. */
const AREA_PERMISSION: ReadonlyArray<readonly [string, Permission]> = [
  ["/me", "read:application:own"],
  ["/apply", "create:application:own"],
  ["/workbench", "read:application:station"],
  ["/supervision", "read:stats:jurisdiction"],
  ["/admin", "manage:user:any"],
];

/** After sign-in: the callback when the role may open it, else the role's home (not a 403). */
export function landingFor(options: { role: Role; callbackUrl: string | null | undefined }): string {
  const path = safeCallbackUrl(options.callbackUrl);
  if (!path) return ROLE_HOME[options.role];
  const area = AREA_PERMISSION.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`));
  const actor = { role: options.role } as Actor;
  return area && !can(actor, area[1]) ? ROLE_HOME[options.role] : path;
}
