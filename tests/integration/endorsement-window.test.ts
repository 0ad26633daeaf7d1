// The endorsement (签注) window is enforced where an endorsement is started, submitted and approved
// (《居住证暂行条例》第十四条: in the month before each full year of residence; issue 15 item 8): a permit
// issued today cannot be endorsed a year early; one due within the month can; a late one is accepted and
// restarts the residence years. The endorsement's own documents are the portal's (电子证照): none is asked.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication } from "@/lib/applications/submit-application";
import { addYears } from "@/lib/policy/dates";
import { DomainError } from "@/lib/errors";
import { day, today } from "@/tests/factories/cases";
import { approveCase, makeEndorsementCase } from "@/tests/factories/decisions";
import { makeApplicant } from "@/tests/factories/applicants";
import { actorOf } from "@/tests/factories/staff";
import { useClerkDesk } from "@/tests/factories/use-desk";

const db = useTestDb();
const desk = useClerkDesk(db);

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function holder(validUntil: string, status: "VALID" | "SUSPENDED" = "VALID") {
  const applicant = await makeApplicant(db);
  const actor: Actor = { ...actorOf(applicant.user, null), identityVerified: true };
  const permit = await db.residencePermit.create({
    data: {
      number: `JZZ-W-${randomUUID().slice(0, 8)}`,
      holderId: applicant.person.id,
      jurisdictionId: desk.tree.city.id,
      stationId: desk.tree.station.id,
      address: "人民路 1 号",
      issuedOn: day(addYears({ date: validUntil, years: -1 })),
      residenceSince: day("2024-01-10"),
      validUntil: day(validUntil),
      status,
    },
  });
  return { applicant, actor, permit };
}

/** The holder starts an endorsement of the permit, as the apply page does. */
const startEndorsement = (actor: Actor, permitId: string) =>
  startApplication({ db, actor, kind: "PERMIT_ENDORSEMENT", permitId, createKey: randomUUID(), now: new Date() });

async function refusal(p: Promise<unknown>): Promise<{ code: string; details: string[] }> {
  try {
    await p;
    return { code: "OK", details: [] };
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, details: e.details };
    throw e;
  }
}

describe("the endorsement window", () => {
  it("a permit issued today cannot be endorsed: starting is refused with the window named", async () => {
    const validUntil = addYears({ date: today(), years: 1 });
    const { actor, permit } = await holder(validUntil);
    const result = await refusal(startEndorsement(actor, permit.id));
    expect(result.code).toBe("ENDORSEMENT_WINDOW");
    expect(result.details).toEqual(["not_yet", expect.any(String), validUntil]);
    expect(await db.application.count({ where: { permitId: permit.id } })).toBe(0);
  });

  it("a permit due within the month is endorsed on time: no document asked, validity moves a year, residence years kept", async () => {
    const validUntil = plusDays(today(), 10);
    const { actor, permit } = await holder(validUntil);
    const { id } = await startEndorsement(actor, permit.id);
    const saved = await saveSection({
      db,
      actor,
      applicationId: id,
      section: "permit",
      expectedVersion: 1,
      values: { address: "人民路 1 号", stillResident: "on" },
      today: today(),
    });
    expect(saved.errors).toEqual([]);
    const version = (await db.application.findUniqueOrThrow({ where: { id } })).version;
    // The ID card and the permit are the portal's own records: submission needs no upload.
    await submitApplication({ db, actor, applicationId: id, expectedVersion: version, declared: true, now: new Date() });
    const app = await db.application.update({
      where: { id },
      data: { status: "IN_REVIEW", assigneeId: desk.clerk.id, version: { increment: 1 } },
    });
    await approveCase(db, desk.clerk, app, { pathwayId: null });
    const after = await db.residencePermit.findUniqueOrThrow({ where: { id: permit.id }, include: { endorsements: true } });
    expect(after.validUntil.toISOString().slice(0, 10)).toBe(addYears({ date: validUntil, years: 1 }));
    expect(after.residenceSince.toISOString().slice(0, 10)).toBe("2024-01-10");
    expect(after.endorsements).toMatchObject([{ late: false }]);
  });

  it("approval refuses an endorsement case of a permit not yet due (a case made before the window was enforced)", async () => {
    const validUntil = addYears({ date: today(), years: 1 });
    const { applicant, permit } = await holder(validUntil);
    const app = await makeEndorsementCase(db, {
      at: desk.tree,
      applicant,
      clerk: desk.clerk,
      permitId: permit.id,
    });
    const result = await refusal(approveCase(db, desk.clerk, app, { pathwayId: null }));
    expect(result.code).toBe("ENDORSEMENT_WINDOW");
    expect((await db.residencePermit.findUniqueOrThrow({ where: { id: permit.id } })).validUntil.toISOString().slice(0, 10)).toBe(
      validUntil,
    );
  });

  it("applied on time, approved after the anniversary: still on time (the case's delay is not the holder's)", async () => {
    const validUntil = plusDays(today(), -3);
    const { applicant, permit } = await holder(validUntil, "SUSPENDED");
    const app = await makeEndorsementCase(db, {
      at: desk.tree,
      applicant,
      clerk: desk.clerk,
      permitId: permit.id,
      submittedAt: new Date(`${plusDays(today(), -5)}T04:00:00Z`),
    });
    await approveCase(db, desk.clerk, app, { pathwayId: null });
    const after = await db.residencePermit.findUniqueOrThrow({ where: { id: permit.id }, include: { endorsements: true } });
    expect(after).toMatchObject({ status: "VALID" });
    expect(after.validUntil.toISOString().slice(0, 10)).toBe(addYears({ date: validUntil, years: 1 }));
    expect(after.residenceSince.toISOString().slice(0, 10)).toBe("2024-01-10");
    expect(after.endorsements).toMatchObject([{ late: false }]);
  });

  it("a late start is accepted (the consequence is stated on the way)", async () => {
    const { actor, permit } = await holder(plusDays(today(), -20), "SUSPENDED");
    const { id } = await startEndorsement(actor, permit.id);
    expect(await db.application.count({ where: { id, permitId: permit.id } })).toBe(1);
  });
});
