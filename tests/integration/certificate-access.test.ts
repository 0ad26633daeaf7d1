// Who gets a certificate (readCertificate: scoped in the query, anyone else NOT_FOUND) and what the
// public verification says (verifyCertificate: genuine, revoked, not a valid code, no such code).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { downloadCertificate, readCertificate } from "@/lib/certificates/read-certificate";
import { verifyCertificate } from "@/lib/certificates/verify";
import { checkChar } from "@/lib/certificates/code";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { makePerson } from "@/tests/factories/people";
import { makeActor, makeCertificate, makeStation } from "./certificate-fixtures";

const db = useTestDb();
let certificateId: string;
let code: string;
let owner: Actor;
let holderAccount: Actor;
let otherApplicant: Actor;
let clerk: Actor;
let otherClerk: Actor;
let supervisor: Actor;
let supervisorElsewhere: Actor;
let citizenId: string;

beforeAll(async () => {
  const station = await makeStation(db);
  const otherStation = await makeStation(db, "另一个派出所");
  // The applicant applied for a family member: both the applying account and the holder's own account may download.
  const applicantPerson = await makePerson(db, { name: "李四", region: "431002", birthDate: "1990-01-01" });
  const holder = await makePerson(db, { name: "欧阳明月", region: "431002", birthDate: "1990-01-01" });
  citizenId = holder.citizenId;
  owner = await makeActor(db, { role: "APPLICANT", personId: applicantPerson.id });
  holderAccount = await makeActor(db, { role: "APPLICANT", personId: holder.id });
  otherApplicant = await makeActor(db, {
    role: "APPLICANT",
    personId: (await makePerson(db, { name: "王五", region: "431002", birthDate: "1990-01-01" })).id,
  });
  clerk = await makeActor(db, { role: "CLERK", stationId: station.id });
  otherClerk = await makeActor(db, { role: "CLERK", stationId: otherStation.id });
  // A supervisor whose subtree holds the issuing station, and one whose subtree does not.
  supervisor = await makeActor(db, { role: "SUPERVISOR", stationId: station.id });
  supervisorElsewhere = await makeActor(db, { role: "SUPERVISOR", stationId: otherStation.id });
  const issued = await makeCertificate(db, { stationId: station.id, applicant: owner, holderId: holder.id, clerkId: clerk.id });
  certificateId = issued.id;
  code = issued.code;
});

describe("readCertificate", () => {
  it("gives the certificate to the applying account, the holder's account, a clerk of the issuing station and a supervisor above it", async () => {
    for (const actor of [owner, holderAccount, clerk, supervisor]) {
      const view = await readCertificate({ db, actor, certificateId });
      expect(view.code).toBe(code);
      expect(view.holderName).toBe("欧阳明月");
      expect(view.data.householdNumber).toBe("431002000123");
    }
  });

  it("records a supervisor's download in the audit trail", async () => {
    const before = await db.auditEvent.count({
      where: { actorId: supervisor.id, action: "certificate.download", entityId: certificateId },
    });
    const file = await downloadCertificate({ db, actor: supervisor, certificateId, baseUrl: "https://hukou.example" });
    expect(file.bytes.byteLength).toBeGreaterThan(1000);
    expect(await db.auditEvent.count({ where: { actorId: supervisor.id, action: "certificate.download", entityId: certificateId } })).toBe(
      before + 1,
    );
  });

  it("answers NOT_FOUND to another applicant, a clerk of another station, a supervisor of another subtree and nobody", async () => {
    for (const actor of [otherApplicant, otherClerk, supervisorElsewhere, null]) {
      await expect(readCertificate({ db, actor, certificateId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("answers NOT_FOUND for a missing or malformed id, exactly as for a forbidden one", async () => {
    await expect(readCertificate({ db, actor: owner, certificateId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(readCertificate({ db, actor: owner, certificateId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("verifyCertificate", () => {
  it("says genuine, with only masked personal data", async () => {
    const result = await verifyCertificate({ db, code });
    expect(result).toMatchObject({
      state: "genuine",
      code,
      kind: "SETTLEMENT_NOTICE",
      issuedOn: "2026-11-20",
      stationName: "测试市公安局人民路派出所",
      holderName: "欧***",
      holderCitizenId: maskCitizenId(citizenId),
      revokedOn: null,
    });
    expect(JSON.stringify(result)).not.toContain(citizenId);
    expect(JSON.stringify(result)).not.toContain("欧阳明月");
  });

  it("accepts the code as people type it (lower case, spaces, no hyphens)", async () => {
    const typed = code.toLowerCase().replace(/-/g, " ");
    expect((await verifyCertificate({ db, code: typed })).state).toBe("genuine");
  });

  it("says not valid for an altered code, without looking like a near miss", async () => {
    const raw = code.replace(/-/g, "");
    const altered = (raw[0] === "A" ? "B" : "A") + raw.slice(1);
    expect(await verifyCertificate({ db, code: altered })).toEqual({ state: "invalid" });
    expect(await verifyCertificate({ db, code: "<script>alert(1)</script>" })).toEqual({ state: "invalid" });
    expect(await verifyCertificate({ db, code: "" })).toEqual({ state: "invalid" });
  });

  it("says unknown for a well-formed code that no certificate carries", async () => {
    const body = "0000111122223333";
    const wellFormed = `${body.match(/.{4}/g)!.join("-")}-${checkChar(body)}`;
    expect(await verifyCertificate({ db, code: wellFormed })).toEqual({ state: "unknown", code: wellFormed });
  });

  it("says revoked once the certificate is revoked", async () => {
    const station = await makeStation(db);
    const person = await makePerson(db, { name: "赵六", region: "431002", birthDate: "1990-01-01" });
    const applicant = await makeActor(db, { role: "APPLICANT", personId: person.id });
    const issuer = await makeActor(db, { role: "CLERK", stationId: station.id });
    const issued = await makeCertificate(db, { stationId: station.id, applicant, holderId: person.id, clerkId: issuer.id });
    await db.certificate.update({ where: { id: issued.id }, data: { revokedAt: new Date("2026-11-21T02:00:00Z") } });
    expect(await verifyCertificate({ db, code: issued.code })).toMatchObject({
      state: "revoked",
      holderName: "赵*",
      revokedOn: "2026-11-21",
    });
  });
});
