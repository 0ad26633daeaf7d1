// Self-registration of a resident. The citizen ID number is the key: a number the registry knows links the
// account to that Person — only when the name matches; a wrong name and a number that already has an
// account get one answer that says neither (issue 16, M3); an unknown number creates the Person (sex and birth date read from the number) with no household
// ("hukou elsewhere"). One account per number (User.personId is unique). The identity stays unverified
// (User.identityVerifiedAt null) until a clerk has seen the originals. The username is the ID number.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/common-passwords";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayInChina } from "@/lib/policy/dates";
import { parseCitizenId } from "./citizen-id";
import { citizenIdProblemKey } from "./citizen-id-messages";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import type { ThrottleResult } from "@/lib/auth/throttle";
import { dbDate } from "@/lib/clock/day";

export const registrationSchema = z.object({
  name: z.string("errors.VALIDATION").default(""),
  citizenId: z.string("errors.VALIDATION").default(""),
  phone: z.string("errors.VALIDATION").default(""),
  password: z.string("errors.VALIDATION").default(""),
  passwordConfirm: z.string("errors.VALIDATION").default(""),
});
export type RegistrationInput = z.input<typeof registrationSchema>;

export interface RegistrationError {
  field: "name" | "citizenId" | "phone" | "password" | "passwordConfirm";
  message: MessageKey;
}

export type RegistrationResult =
  { ok: true; userId: string; username: string; linked: boolean } | { ok: false; errors: RegistrationError[] };

const PASSWORD_MESSAGES = {
  TOO_SHORT: "apply.registerError.passwordShort",
  TOO_LONG: "apply.registerError.passwordLong",
  COMMON: "apply.registerError.passwordCommon",
} as const;

/** Every problem of the form at once (the database is not asked). */
export function registrationProblems(input: z.output<typeof registrationSchema>, today: string): RegistrationError[] {
  const errors: RegistrationError[] = [];
  const name = input.name.trim();
  if (!name) errors.push({ field: "name", message: "apply.registerError.nameRequired" });
  else if (name.length > 40) errors.push({ field: "name", message: "apply.registerError.nameTooLong" });
  if (!input.citizenId.trim()) errors.push({ field: "citizenId", message: "apply.registerError.idRequired" });
  else {
    const id = parseCitizenId({ input: input.citizenId, today });
    if (!id.ok) errors.push({ field: "citizenId", message: citizenIdProblemKey(id.problem) });
  }
  const phone = input.phone.replace(/[\s-]/g, "");
  if (!phone) errors.push({ field: "phone", message: "apply.registerError.phoneRequired" });
  else if (!/^1[3-9]\d{9}$/.test(phone)) errors.push({ field: "phone", message: "apply.registerError.phoneFormat" });
  const problem = passwordProblem(input.password);
  if (problem) errors.push({ field: "password", message: PASSWORD_MESSAGES[problem] });
  else if (input.password !== input.passwordConfirm)
    errors.push({ field: "passwordConfirm", message: "apply.registerError.passwordMismatch" });
  return errors;
}

/** The same name, ignoring spaces and the middle dot people type differently (阿依古丽·买买提). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/[\s·•・.]/g, "")
      .toLowerCase();
  return norm(a) === norm(b);
}

/** The one answer for "the name does not match" and "this number already has an account": which check failed is not said (issue 16, M3). */
const CANNOT_REGISTER: RegistrationResult = { ok: false, errors: [{ field: "citizenId", message: "apply.registerError.cannotRegister" }] };

type Known = { id: string; name: string; user: { id: string } | null } | null;
/** Whether an account may be opened for this number and name, from the database alone (no hashing). */
const refusal = (known: Known, name: string): boolean => !!known && (!sameName(known.name, name) || !!known.user);

export async function registerApplicant(options: {
  db: Db;
  input: RegistrationInput;
  now: Date;
  /** The sign-in throttle (lib/auth/throttle.ts) and the client's address: registration posts count against the same allowance. */
  throttle?: (options: { address: string | null }) => Promise<ThrottleResult>;
  address?: string | null;
}): Promise<RegistrationResult> {
  const { db, now } = options;
  const input = registrationSchema.parse(options.input);
  const errors = registrationProblems(input, todayInChina({ now }));
  if (errors.length) return { ok: false, errors };
  const id = parseCitizenId({ input: input.citizenId });
  if (!id.ok) return { ok: false, errors: [{ field: "citizenId", message: citizenIdProblemKey(id.problem) }] };
  // A form that reaches the database counts, as a sign-in attempt does: the lookups are the oracle, the hash the CPU.
  if (options.throttle) {
    const throttled = await options.throttle({ address: options.address ?? null });
    if (!throttled.ok) return { ok: false, errors: [{ field: "citizenId", message: "apply.registerError.throttled" }] };
  }
  const name = input.name.trim();
  const phone = input.phone.replace(/[\s-]/g, "");
  const lookUp = (client: Pick<Db, "person">) =>
    client.person.findUnique({ where: { citizenId: id.value }, select: { id: true, name: true, user: { select: { id: true } } } });
  // Check before hashing: scrypt runs only for an account that will be opened. The transaction checks again.
  if (refusal(await lookUp(db), name)) return CANNOT_REGISTER;
  // Hash outside the transaction: scrypt is slow on purpose and must not hold row locks.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const known = await lookUp(tx);
      if (refusal(known, name)) return CANNOT_REGISTER;
      const person =
        known ??
        (await tx.person.create({
          data: { citizenId: id.value, name, sex: id.sex, birthDate: dbDate(id.birthDate), phone },
          select: { id: true },
        }));
      // Linked to a known person, the account is a claim until a clerk checks the ID card (identityVerifiedAt
      // null): it reads nothing of the register meanwhile (lib/auth/scope.ts, decision 0257).
      const user = await tx.user.create({
        data: { username: id.value, passwordHash, displayName: name, role: "APPLICANT", personId: person.id, identityVerifiedAt: null },
        select: { id: true, username: true },
      });
      await writeAudit({
        tx,
        event: {
          actorId: user.id,
          action: "user.register",
          entityType: "User",
          entityId: user.id,
          data: { personId: person.id, linked: !!known },
        },
      });
      return { ok: true, userId: user.id, username: user.username, linked: !!known } as const;
    }, TX_OPTIONS);
  } catch (error) {
    // Registered a moment ago by a parallel post (User.personId, User.username or Person.citizenId unique).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return CANNOT_REGISTER;
    throw error;
  }
}
