// Self-registration against the registry: link by ID number and name, refuse a wrong name without saying
// whose the number is, one account per number, the password policy.
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { registerApplicant } from "@/lib/registry/register-applicant";
import { verifyPassword } from "@/lib/auth/password";
import { translate } from "@/lib/i18n";
import { freshCitizenId } from "@/tests/factories/citizen-ids";
import { PASSWORD } from "./apply-fixtures";

const db = useTestDb();

const input = (citizenId: string, name: string, password = PASSWORD) => ({
  name,
  citizenId,
  phone: "139 1234 5678",
  password,
  passwordConfirm: password,
});
const now = new Date();

describe("registration", () => {
  it("creates the Person of an unknown number as hukou elsewhere, with sex and birth date from the number; unverified", async () => {
    const id = freshCitizenId({ birthDate: "1988-12-31", sex: "FEMALE" });
    const result = await registerApplicant({ db, input: input(id, "陈静"), now });
    expect(result).toMatchObject({ ok: true, username: id, linked: false });
    const user = await db.user.findUniqueOrThrow({ where: { username: id }, include: { person: { include: { memberships: true } } } });
    expect(user).toMatchObject({ role: "APPLICANT", displayName: "陈静", identityVerifiedAt: null });
    expect(user.person).toMatchObject({ citizenId: id, name: "陈静", sex: "FEMALE", phone: "13912345678" });
    expect(user.person!.birthDate.toISOString().slice(0, 10)).toBe("1988-12-31");
    expect(user.person!.memberships).toEqual([]);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.register" } })).toBe(1);
  });

  it("links a number the registry knows to that person when the name matches", async () => {
    const id = freshCitizenId({ birthDate: "1990-04-01" });
    const person = await db.person.create({
      data: { citizenId: id, name: "阿依古丽·买买提", sex: "MALE", birthDate: new Date("1990-04-01T00:00:00Z") },
    });
    const result = await registerApplicant({ db, input: input(id.toLowerCase(), "阿依古丽 买买提"), now });
    expect(result).toMatchObject({ ok: true, linked: true });
    expect((await db.user.findUniqueOrThrow({ where: { username: id } })).personId).toBe(person.id);
    expect(await db.person.count({ where: { citizenId: id } })).toBe(1);
  });

  it("refuses a wrong name without saying whose the number is, and creates nothing", async () => {
    const id = freshCitizenId({ birthDate: "1990-04-01" });
    await db.person.create({ data: { citizenId: id, name: "张秀英", sex: "MALE", birthDate: new Date("1990-04-01T00:00:00Z") } });
    const users = await db.user.count();
    const result = await registerApplicant({ db, input: input(id, "李四"), now });
    expect(result).toEqual({ ok: false, errors: [{ field: "citizenId", message: "apply.registerError.cannotRegister" }] });
    for (const locale of ["zh-CN", "en"] as const) expect(translate(locale, "apply.registerError.cannotRegister")).not.toContain("张");
    expect(await db.user.count()).toBe(users);
  });

  it("allows one account per number", async () => {
    const id = freshCitizenId();
    expect((await registerApplicant({ db, input: input(id, "周强"), now })).ok).toBe(true);
    const again = await registerApplicant({ db, input: input(id, "周强"), now });
    expect(again).toEqual({ ok: false, errors: [{ field: "citizenId", message: "apply.registerError.cannotRegister" }] });
    expect(await db.user.count({ where: { username: id } })).toBe(1);
  });

  it("refuses a common password (whatever its case), a short one, and every other problem at once", async () => {
    const id = freshCitizenId();
    const common = await registerApplicant({ db, input: input(id, "赵敏", "Password123"), now });
    expect(common).toEqual({ ok: false, errors: [{ field: "password", message: "apply.registerError.passwordCommon" }] });
    const many = await registerApplicant({
      db,
      input: {
        name: "",
        citizenId: id.slice(0, 17) + (id[17] === "1" ? "2" : "1"),
        phone: "2391234567",
        password: "short",
        passwordConfirm: "x",
      },
      now,
    });
    expect(many.ok).toBe(false);
    if (!many.ok)
      expect(many.errors.map((e) => e.message)).toEqual([
        "apply.registerError.nameRequired",
        "apply.validation.idCheckDigit",
        "apply.registerError.phoneFormat",
        "apply.registerError.passwordShort",
      ]);
    expect(await db.person.count({ where: { citizenId: id } })).toBe(0);
  });
});
