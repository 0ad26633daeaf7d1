// suspendOverduePermits: a VALID permit whose endorsed year ended before today is suspended, with an
// audit row (no human actor) and a notice to the holder's account, all in one transaction; running
// it again changes nothing. Dates are in 2001 so the demo data, if seeded, is never touched.
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { suspendOverduePermits } from "@/lib/permits/suspend-overdue";
import { makePerson } from "@/tests/factories/people";
import { makeActor, makePermit, makeStation } from "./certificate-fixtures";

const db = useTestDb();
const TODAY = "2001-06-15";

const audits = (permitId: string) =>
  db.auditEvent.findMany({ where: { entityType: "ResidencePermit", entityId: permitId, action: "permit.suspend" } });

describe("suspendOverduePermits", () => {
  it("suspends the permit due yesterday, not the one due today, and leaves a suspended one alone", async () => {
    const station = await makeStation(db);
    const holder = await makePerson(db, { name: "钱七", region: "431002", birthDate: "1990-01-01" });
    const account = await makeActor(db, { role: "APPLICANT", personId: holder.id });
    const dueYesterday = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-06-14" });
    const dueToday = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: TODAY });
    const alreadySuspended = await makePermit(db, {
      holderId: holder.id,
      stationId: station.id,
      validUntil: "2001-05-01",
      status: "SUSPENDED",
    });
    const noAccount = await makePermit(db, {
      holderId: (await makePerson(db, { name: "孙八", region: "431002", birthDate: "1990-01-01" })).id,
      stationId: station.id,
      validUntil: "2001-06-01",
    });

    const result = await suspendOverduePermits({ db, today: TODAY });
    expect(result.suspended).toBeGreaterThanOrEqual(2);

    const status = async (id: string) => (await db.residencePermit.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(dueYesterday.id)).toBe("SUSPENDED");
    expect(await status(noAccount.id)).toBe("SUSPENDED");
    expect(await status(dueToday.id)).toBe("VALID");
    expect(await status(alreadySuspended.id)).toBe("SUSPENDED");
    const untouched = await db.residencePermit.findUniqueOrThrow({ where: { id: alreadySuspended.id } });
    expect(untouched.updatedAt.getTime()).toBe(alreadySuspended.updatedAt.getTime());

    const [audit] = await audits(dueYesterday.id);
    expect(audit).toMatchObject({
      actorId: null,
      action: "permit.suspend",
      data: { from: "VALID", to: "SUSPENDED", validUntil: "2001-06-14", today: TODAY },
    });
    expect(await audits(dueToday.id)).toHaveLength(0);
    expect(await audits(alreadySuspended.id)).toHaveLength(0);
    expect(await audits(noAccount.id)).toHaveLength(1);

    const notices = await db.notice.findMany({ where: { userId: account.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: "permit_suspended",
      data: { permitId: dueYesterday.id, permitNumber: dueYesterday.number, validUntil: "2001-06-14" },
    });
  });

  it("is idempotent: a second run suspends nothing more and writes no more rows", async () => {
    const station = await makeStation(db);
    const holder = await makePerson(db, { name: "周九", region: "431002", birthDate: "1990-01-01" });
    const account = await makeActor(db, { role: "APPLICANT", personId: holder.id });
    const permit = await makePermit(db, { holderId: holder.id, stationId: station.id, validUntil: "2001-06-10" });
    await suspendOverduePermits({ db, today: TODAY });
    const again = await suspendOverduePermits({ db, today: TODAY });
    expect(again.suspended).toBe(0);
    expect(await audits(permit.id)).toHaveLength(1);
    expect(await db.notice.count({ where: { userId: account.id } })).toBe(1);
  });

  it("runs in batches: more permits than one batch are all suspended", async () => {
    const station = await makeStation(db);
    const holder = await makePerson(db, { name: "吴十", region: "431002", birthDate: "1990-01-01" });
    await db.residencePermit.createMany({
      data: Array.from({ length: 230 }, (_, i) => ({
        number: `JZZ-BATCH-${station.code}-${i}`,
        holderId: holder.id,
        jurisdictionId: station.id,
        stationId: station.id,
        address: "测试路 2 号",
        issuedOn: new Date("2000-01-01T00:00:00Z"),
        residenceSince: new Date("2000-01-01T00:00:00Z"),
        validUntil: new Date("2001-06-01T00:00:00Z"),
      })),
    });
    await suspendOverduePermits({ db, today: TODAY });
    expect(await db.residencePermit.count({ where: { stationId: station.id, status: "VALID" } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: {
          action: "permit.suspend",
          entityId: {
            in: (await db.residencePermit.findMany({ where: { stationId: station.id }, select: { id: true } })).map((p) => p.id),
          },
        },
      }),
    ).toBe(230);
  });
});
