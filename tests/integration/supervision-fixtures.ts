// A hand-worked subtree for the supervision tests: a county with two stations and a third under a town
// (with nothing open — it must still be listed), a supervisor of the county and one of another county,
// and cases whose clock, status and decision dates are set exactly (March 2026 has no holidays).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeClerk, makeSupervisor } from "@/tests/factories/staff";
import { makeTree, makeUnit } from "@/tests/factories/units";

/** An instant given in China time. */
export const cn = (s: string) => new Date(`${s}+08:00`);

export async function makeSupervisionTree(db: Db) {
  const tree = await makeTree(db);
  const town = await makeUnit(db, tree.county, { code: `${tree.county.code}-t`, name: "测试镇", level: "TOWN", area: "RURAL" });
  const station3 = await makeUnit(db, town, { code: `${tree.county.code}-s3`, name: "测试三派出所", level: "STATION", area: "RURAL" });
  const other = await makeTree(db);
  const supervisor = await makeSupervisor(db, tree.county);
  const outsider = await makeSupervisor(db, other.county);
  const clerk = await makeClerk(db, tree.station.id);
  const clerkB = await makeClerk(db, tree.station.id);
  const otherClerk = await makeClerk(db, tree.station2.id);
  const applicant = await makeApplicant(db);
  return { ...tree, town, station3, other, supervisor, outsider, clerk, clerkB, otherClerk, applicant };
}

export type SupervisionTree = Awaited<ReturnType<typeof makeSupervisionTree>>;

export async function makeExactCase(
  db: Db,
  tree: SupervisionTree,
  options: {
    stationId: string;
    status: ApplicationStatus;
    submitted: string;
    dueAt?: string;
    decided?: string;
    paused?: number;
    againstEngine?: boolean;
    assigneeId?: string | null;
    kind?: ApplicationKind;
  },
) {
  const submittedAt = cn(options.submitted);
  return db.application.create({
    data: {
      number: `SV-${randomUUID().slice(0, 10)}`,
      kind: options.kind ?? "SETTLEMENT",
      status: options.status,
      targetJurisdictionId: tree.city.id,
      targetArea: "CENTRAL_URBAN",
      stationId: options.stationId,
      applicantUserId: tree.applicant.user.id,
      applicantPersonId: tree.applicant.person.id,
      facts: {},
      submittedAt,
      clockStartedAt: submittedAt,
      dueAt: options.dueAt ? cn(options.dueAt) : null,
      decidedAt: options.decided ? cn(options.decided) : null,
      decisionReason: options.againstEngine ? "人工复核" : null,
      againstEngine: options.againstEngine ?? false,
      pausedWorkingDays: options.paused ?? 0,
      assigneeId: options.assigneeId ?? null,
    },
  });
}
