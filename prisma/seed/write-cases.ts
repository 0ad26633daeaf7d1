// The cases of a demo plan: residence permits with their endorsements, applications with their members,
// documents and case events. Child rows are created only with a parent created in the same run.
import { Prisma } from "@/lib/generated/prisma/client";
import { toDate } from "./dates";
import type { DemoPlan, PlannedApplication } from "./plan-types";
import { partition, Ids, type Tx, type WriteContext } from "./write-context";

export async function writePermits(ctx: WriteContext): Promise<void> {
  const { tx, plan, created, jurisdictions, persons, users } = ctx;
  const newPermits = partition({
    rows: plan.permits,
    keyOf: (r) => r.number,
    stored: (
      await tx.residencePermit.findMany({
        where: { number: { in: plan.permits.map((r) => r.number) } },
        select: { id: true, number: true },
      })
    ).map((r) => ({ id: r.id, key: r.number })),
    ids: new Ids("permit"),
  });
  created.residencePermit = (
    await tx.residencePermit.createMany({
      data: newPermits.map((p) => ({
        id: p.id,
        number: p.number,
        holderId: persons.get(p.holderCitizenId),
        jurisdictionId: jurisdictions.get(p.jurisdictionCode),
        stationId: jurisdictions.get(p.stationCode),
        address: p.address,
        issuedOn: toDate(p.issuedOn),
        residenceSince: toDate(p.residenceSince),
        validUntil: toDate(p.validUntil),
        status: p.status,
      })),
      skipDuplicates: true,
    })
  ).count;
  created.permitEndorsement = (
    await tx.permitEndorsement.createMany({
      data: newPermits.flatMap((p) =>
        p.endorsements.map((e) => ({
          id: e.id,
          permitId: p.id,
          endorsedOn: toDate(e.endorsedOn),
          validUntil: toDate(e.validUntil),
          late: e.late,
          byUserId: users.maybe(e.byUsername),
        })),
      ),
    })
  ).count;
}

/** The memberships a demo approval opened get its key (written before the applications, so linked after them). */
async function linkDecisionMemberships(tx: Tx, households: DemoPlan["households"], applications: Ids) {
  const links = households.flatMap((h) =>
    h.memberships.flatMap((m) => (m.applicationNumber ? [[m.id, applications.get(m.applicationNumber)]] : [])),
  );
  if (links.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Membership" m SET "applicationId" = v.application_id
    FROM unnest(${links.map((l) => l[0])}::uuid[], ${links.map((l) => l[1])}::uuid[]) AS v(id, application_id)
    WHERE m."id" = v.id AND m."applicationId" IS NULL`;
}

export async function writeApplications(ctx: WriteContext, newHouseholds: DemoPlan["households"]): Promise<void> {
  const { tx, plan, created, jurisdictions, persons, users } = ctx;
  const applications = new Ids("application");
  const newApplications = partition({
    rows: plan.applications,
    keyOf: (r) => r.number,
    stored: (
      await tx.application.findMany({
        where: { number: { in: plan.applications.map((r) => r.number) } },
        select: { id: true, number: true },
      })
    ).map((r) => ({ id: r.id, key: r.number })),
    ids: applications,
  });
  created.application = (
    await tx.application.createMany({
      data: newApplications.map((a) => ({
        id: a.id,
        number: a.number,
        kind: a.kind,
        status: a.status,
        targetJurisdictionId: jurisdictions.get(a.targetJurisdictionCode),
        targetArea: a.targetArea,
        stationId: jurisdictions.get(a.stationCode),
        applicantUserId: users.get(a.applicantUsername),
        applicantPersonId: persons.get(a.applicantCitizenId),
        facts: a.facts as Prisma.InputJsonObject,
        decisionSnapshot: a.decisionSnapshot ? (a.decisionSnapshot as Prisma.InputJsonObject) : Prisma.DbNull,
        policyId: a.policyId,
        policyVersion: a.policyVersion,
        assigneeId: users.maybe(a.assigneeUsername),
        submittedAt: a.submittedAt,
        dueAt: a.dueAt,
        clockStartedAt: a.clockStartedAt,
        clockPausedAt: a.clockPausedAt,
        pausedWorkingDays: a.pausedWorkingDays,
        decidedAt: a.decidedAt,
        decisionReason: a.decisionReason,
        decisionClause: a.decisionClause,
        decisionPathwayId: a.decisionPathwayId,
        version: a.version,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
      skipDuplicates: true,
    })
  ).count;
  await linkDecisionMemberships(tx, newHouseholds, applications);
  await writeCaseRows({ ...ctx, newApplications });
}

/** The rows that belong to an application: members, documents, case events. */
async function writeCaseRows(ctx: WriteContext & { newApplications: PlannedApplication[] }): Promise<void> {
  const { tx, created, persons, users, newApplications } = ctx;
  created.applicationMember = (
    await tx.applicationMember.createMany({
      data: newApplications.flatMap((a) =>
        a.members.map((m) => ({
          id: m.id,
          applicationId: a.id,
          position: m.position,
          relation: m.relation,
          personId: persons.maybe(m.personCitizenId),
          name: m.name,
          sex: m.sex,
          citizenId: m.citizenId,
          birthDate: toDate(m.birthDate),
          facts: m.facts as Prisma.InputJsonObject,
        })),
      ),
    })
  ).count;
  created.document = (
    await tx.document.createMany({
      data: newApplications.flatMap((a) =>
        a.documents.map((d) => ({
          id: d.id,
          applicationId: a.id,
          kind: d.kind,
          fileName: d.fileName,
          sha256: d.sha256,
          sizeBytes: d.sizeBytes,
          mediaType: d.mediaType,
          uploadedById: users.get(d.uploadedByUsername),
          createdAt: d.createdAt,
        })),
      ),
    })
  ).count;
  created.caseEvent = (
    await tx.caseEvent.createMany({
      data: newApplications.flatMap((a) =>
        a.events.map((e) => ({
          id: e.id,
          applicationId: a.id,
          actorId: users.get(e.actorUsername),
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          reason: e.reason,
          clause: e.clause,
          createdAt: e.createdAt,
        })),
      ),
    })
  ).count;
}
