// Who is asking, by network address (docs/decisions/0272). The portal's own server (scripts/serve.ts)
// stamps every request with the client's address under CLIENT_ADDRESS_HEADER, overwriting whatever the
// client sent under that name; throttles and the audit trail read it from there.
// - Without TRUSTED_PROXIES the address is the TCP peer and X-Forwarded-For is ignored: anyone can
//   send that header, so trusting it would let one client pose as any number of addresses.
// - With TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated) X-Forwarded-For is read right to
//   left, only through hops that are trusted proxies: the first address that is not one is the client.
// Throttles count per `throttleKey`: an IPv6 client holds a whole /64 (one home or phone gets one),
// so keying the full address would let it take a fresh address per attempt; an IPv4-mapped IPv6
// address is the IPv4 address it carries.
// Pure Node (node:net), no Next.js: scripts/serve.ts imports it too.
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-hukou-client-address";

/** The trusted proxies, parsed once. `invalid` lists the entries that are neither an address nor a range. */
export interface TrustedProxies {
  readonly list: BlockList;
  readonly empty: boolean;
  readonly invalid: readonly string[];
}

const MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** An address as one canonical text: "::ffff:10.0.0.1" → "10.0.0.1", zone and brackets dropped, IPv6 lower case. Null when it is not an address. */
export function normaliseAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.trim();
  if (text.startsWith("[") && text.includes("]")) text = text.slice(1, text.indexOf("]"));
  const zone = text.indexOf("%");
  if (zone > 0) text = text.slice(0, zone);
  const mapped = MAPPED.exec(text);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const kind = isIP(text);
  if (kind === 4) return text;
  if (kind === 6) {
    const hextets = expandIPv6(text);
    // ::ffff:a00:1 is the same mapped address written in hex.
    if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
      return [hextets[6] >> 8, hextets[6] & 255, hextets[7] >> 8, hextets[7] & 255].join(".");
    }
    return text.toLowerCase();
  }
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (an embedded IPv4 tail included). */
function expandIPv6(text: string): number[] {
  // An embedded IPv4 tail ("::ffff:1.2.3.4", "64:ff9b::1.2.3.4") becomes its two groups.
  const body = text
    .toLowerCase()
    .replace(
      /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
      (_m, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`,
    );
  const parse = (part: string) => (part ? part.split(":").map((h) => parseInt(h, 16)) : []);
  if (!body.includes("::")) return parse(body);
  const [head, tail] = body.split("::");
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
}

/** What a throttle counts by: the IPv4 address, or the /64 an IPv6 address lies in ("2001:db8:1:2::/64"). */
export function throttleKey(address: string | null | undefined): string {
  const normal = normaliseAddress(address);
  if (!normal) return address ? `other:${address.slice(0, 64)}` : "unknown";
  if (isIP(normal) === 4) return normal;
  return `${expandIPv6(normal)
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(":")}::/64`;
}

/** TRUSTED_PROXIES="127.0.0.1,10.0.0.0/8,fd00::/8" → the list; an empty or absent value trusts nobody. */
export function parseTrustedProxies(value: string | null | undefined): TrustedProxies {
  const list = new BlockList();
  const invalid: string[] = [];
  let count = 0;
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [base, prefixText, extra] = entry.split("/");
    const address = normaliseAddress(base);
    const family = address ? isIP(address) : 0;
    const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    // A mapped IPv6 range given as ::ffff:10.0.0.0/104 is the IPv4 range 10.0.0.0/8.
    const mappedShift = family === 4 && base.includes(":") && prefixText !== undefined ? 96 : 0;
    const bits = prefix - mappedShift;
    if (!address || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) {
      invalid.push(entry);
      continue;
    }
    list.addSubnet(address, bits, family === 4 ? "ipv4" : "ipv6");
    count += 1;
  }
  return { list, empty: count === 0, invalid };
}

function isTrusted(trusted: TrustedProxies, address: string): boolean {
  return !trusted.empty && trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then X-Forwarded-For from
 * the right, skipping trusted proxies, up to the first address that is not one. An entry that is not
 * an address stops the walk at the last hop known good (a trusted proxy never writes one).
 */
export function resolveClientAddress(options: {
  peer: string | null | undefined;
  forwardedFor: string | string[] | null | undefined;
  trusted: TrustedProxies;
}): string | null {
  const peer = normaliseAddress(options.peer);
  if (!peer || !isTrusted(options.trusted, peer)) return peer;
  const header = Array.isArray(options.forwardedFor) ? options.forwardedFor.join(",") : (options.forwardedFor ?? "");
  // A long header is someone's padding: only the last 20 hops are read.
  const hops = header
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean)
    .slice(-20);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!isTrusted(options.trusted, hop)) return hop;
  }
  return client;
}

let fromEnvironment: TrustedProxies | null = null;

/** The portal's trusted proxies, from TRUSTED_PROXIES (read once per process). */
export function trustedProxies(): TrustedProxies {
  fromEnvironment ??= parseTrustedProxies(process.env.TRUSTED_PROXIES);
  return fromEnvironment;
}

/** Sets CLIENT_ADDRESS_HEADER on an incoming request from its socket (and X-Forwarded-For through trusted proxies). */
export function stampClientAddress(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  trusted: TrustedProxies = trustedProxies(),
): void {
  req.headers[CLIENT_ADDRESS_HEADER] =
    resolveClientAddress({ peer: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trusted }) ?? "";
}
