// Residence-permit decisions on PostgreSQL: issue and endorsement (on time, late).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { approveCase, makeEndorsementCase } from "@/tests/factories/decisions";
import { day, makeCase, makeDesk, today } from "@/tests/factories/cases";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeTree } from "@/tests/factories/units";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;

beforeAll(async () => {
  ({ tree, clerk } = await makeDesk(db));
});

describe("residence permits", () => {
  it("issues a permit valid one year, residence counted from the issue date", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, {
      kind: "RESIDENCE_PERMIT",
      at: tree,
      applicant,
      status: "IN_REVIEW",
      assigneeId: clerk.id,
      facts: {
        jurisdiction: "chenzhou",
        area: "central_urban",
        kind: "residence_permit",
        asOf: "2026-11-20",
        applicant: {
          birthDate: "1990-04-01",
          hukou: { jurisdiction: "elsewhere", area: "rural" },
          residence: { type: "rented", months: 8 },
          employment: { type: "employee", months: 8 },
          socialInsurance: { urbanMonths: 6, medical: true },
        },
        members: [],
      },
    });
    const snapshot = (await db.application.findUniqueOrThrow({ where: { id: app.id } })).decisionSnapshot as {
      pathways: { id: string; eligible: boolean }[];
    };
    const met = snapshot.pathways.find((p) => p.eligible);
    expect(met, "the fixture's facts must meet a residence-permit pathway").toBeTruthy();
    await approveCase(db, clerk, app, { pathwayId: met!.id });
    const permit = await db.residencePermit.findFirstOrThrow({ where: { holderId: applicant.person.id } });
    const t = today();
    expect(permit.number).toMatch(new RegExp(`^JZZ-4310-${t.slice(0, 4)}-\\d{6}$`));
    expect(permit.status).toBe("VALID");
    expect(permit.issuedOn.toISOString().slice(0, 10)).toBe(t);
    expect(permit.residenceSince.toISOString().slice(0, 10)).toBe(t);
    expect(permit.validUntil.toISOString().slice(0, 10)).toBe(`${Number(t.slice(0, 4)) + 1}${t.slice(4)}`);
    expect(await db.certificate.count({ where: { permitId: permit.id, kind: "RESIDENCE_PERMIT" } })).toBe(1);
  });

  async function permitCase(status: "VALID" | "SUSPENDED", validUntil: string) {
    const applicant = await makeApplicant(db);
    const permit = await db.residencePermit.create({
      data: {
        number: `JZZ-T-${Math.random().toString(36).slice(2, 10)}`,
        holderId: applicant.person.id,
        jurisdictionId: tree.city.id,
        stationId: tree.station.id,
        address: "人民路 1 号",
        issuedOn: day("2024-01-10"),
        residenceSince: day("2024-01-10"),
        validUntil: day(validUntil),
        status,
      },
    });
    const app = await makeEndorsementCase(db, {
      at: tree,
      applicant,
      clerk,
      permitId: permit.id,
    });
    await approveCase(db, clerk, app, { pathwayId: null });
    return db.residencePermit.findUniqueOrThrow({ where: { id: permit.id }, include: { endorsements: true } });
  }

  const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  it("an on-time endorsement (in the month before the anniversary) extends validity by one year and keeps the residence years", async () => {
    const due = inDays(10);
    const p = await permitCase("VALID", due);
    expect(p.validUntil.toISOString().slice(0, 10)).toBe(`${Number(due.slice(0, 4)) + 1}${due.slice(4)}`);
    expect(p.residenceSince.toISOString().slice(0, 10)).toBe("2024-01-10");
    expect(p.endorsements).toMatchObject([{ late: false }]);
  });

  it("a late endorsement restores a suspended permit and restarts the residence years", async () => {
    // Missed two months ago: late, within the year a late endorsement is still possible.
    const p = await permitCase("SUSPENDED", inDays(-60));
    expect(p.status).toBe("VALID");
    expect(p.residenceSince.toISOString().slice(0, 10)).toBe(today());
    expect(p.validUntil.toISOString().slice(0, 10)).toBe(`${Number(today().slice(0, 4)) + 1}${today().slice(4)}`);
    expect(p.endorsements).toMatchObject([{ late: true }]);
  });
});
