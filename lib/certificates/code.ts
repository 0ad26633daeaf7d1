// Verification codes: 16 characters of Crockford base32 (no I, L, O, U) from 80 random bits, then a
// check character (ISO 7064 MOD 37-36), grouped XXXX-XXXX-XXXX-XXXX-C. A mistyped or altered code
// fails the check and is reported as not genuine without a database look-up; a well-formed code
// that is not in the table is reported as unknown.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
const CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"; // 36 symbols for MOD 37,36

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** ISO 7064 MOD 37,36 check character over an alphanumeric string. */
export function checkChar(body: string): string {
  let p = 36;
  for (const ch of body) {
    const v = CHECK_ALPHABET.indexOf(ch);
    if (v < 0) throw new RangeError(`not alphanumeric: ${ch}`);
    let s = (p % 37) + v;
    s = s % 36 === 0 ? 36 : s % 36;
    p = (s * 2) % 37;
  }
  const check = (37 - p) % 36;
  return CHECK_ALPHABET[check];
}

export function makeVerificationCode(random: Uint8Array): string {
  const body = base32(random).slice(0, 16);
  if (body.length !== 16) throw new RangeError("need at least 10 random bytes");
  return `${body.match(/.{4}/g)!.join("-")}-${checkChar(body)}`;
}

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: "MALFORMED" | "CHECK_FAILED" };

/**
 * Normalises what a person typed (case, spaces; O→0 and I/L→1 in the body, which never contains those
 * letters) and checks the check character, which may be any of 0–9, A–Z.
 */
export function checkVerificationCode(input: string): CodeCheck {
  const raw = input.toUpperCase().replace(/[\s-]/g, "");
  if (raw.length !== 17) return { ok: false, reason: "MALFORMED" };
  const body = raw.slice(0, 16).replace(/O/g, "0").replace(/[IL]/g, "1");
  const check = raw[16];
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(body) || !/^[0-9A-Z]$/.test(check)) return { ok: false, reason: "MALFORMED" };
  if (checkChar(body) !== check) return { ok: false, reason: "CHECK_FAILED" };
  return { ok: true, code: `${body.match(/.{4}/g)!.join("-")}-${check}` };
}
