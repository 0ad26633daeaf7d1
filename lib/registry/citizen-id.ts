// Citizen ID numbers (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth date,
// 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export type CitizenIdProblem = "LENGTH" | "FORMAT" | "BIRTH_DATE" | "CHECK_DIGIT";

export type CitizenIdResult =
  { ok: true; value: string; birthDate: string; sex: "MALE" | "FEMALE" } | { ok: false; problem: CitizenIdProblem };

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * An ID number as typed, made comparable: full-width digits and letters from a Chinese input method
 * become ASCII (NFKC), spaces people put between the groups go, and a lower-case x (phone keyboards
 * type it; the card prints X, and one number in eleven ends in it) becomes X.
 */
export function normaliseCitizenId(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** True when the text (already normalised) has the shape of an 18-character ID number. */
export function looksLikeCitizenId(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value);
}

/**
 * Validates a citizen ID number, normalised first (normaliseCitizenId). `today` (YYYY-MM-DD) bounds
 * the birth date from above.
 */
export function parseCitizenId(options: { input: string; today?: string }): CitizenIdResult {
  const value = normaliseCitizenId(options.input);
  if (value.length !== 18) return { ok: false, problem: "LENGTH" };
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return { ok: false, problem: "FORMAT" };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (y < 1900 || !isRealDate(y, m, d) || (options.today && birthDate > options.today)) {
    return { ok: false, problem: "BIRTH_DATE" };
  }
  if (checkCharacter(value) !== value[17]) return { ok: false, problem: "CHECK_DIGIT" };
  return { ok: true, value, birthDate, sex: Number(value[16]) % 2 === 1 ? "MALE" : "FEMALE" };
}

/** Builds a valid number; used by the demo-data seed and tests. */
export function makeCitizenId(options: { region: string; birthDate: string; sequence: number; sex: "MALE" | "FEMALE" }): string {
  const { region, birthDate, sex } = options;
  if (!/^[1-9]\d{5}$/.test(region)) throw new Error(`region code must be 6 digits: ${region}`);
  // The third sequence digit carries the sex; keep the first two from the sequence number.
  let seq = options.sequence % 1000;
  if ((seq % 2 === 1) !== (sex === "MALE")) seq = (seq + 1) % 1000;
  const first17 = region + birthDate.replace(/-/g, "") + String(seq).padStart(3, "0");
  return first17 + checkCharacter(first17);
}

/** 410881199001011234 → 4108**********1234: enough to recognise, not enough to misuse. */
export function maskCitizenId(value: string): string {
  if (value.length < 8) return "*".repeat(value.length);
  return value.slice(0, 4) + "*".repeat(value.length - 8) + value.slice(-4);
}

/** 13812345678 → 138****5678 */
export function maskPhone(value: string | null | undefined): string {
  if (!value) return "";
  if (value.length < 7) return "*".repeat(value.length);
  return value.slice(0, 3) + "*".repeat(value.length - 7) + value.slice(-4);
}
