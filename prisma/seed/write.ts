// Writes a demo plan: creates what is missing, never changes what exists. Rows with a natural key are
// looked up by it; rows without one (memberships, endorsements, application members, documents, case
// events) are only created together with their parent, in the run that creates the parent. Demo users
// may have moved cases on since the last run — a re-run must not undo their work.
import { Prisma } from "@/lib/generated/prisma/client";
import { toDate } from "./dates";

/** When the demo's residents had their ID cards checked: a fixed day, so two seeds write the same rows. */
const DEMO_IDENTITY_VERIFIED_ON = toDate("2018-01-02");
import type { DemoPlan } from "./plan-types";

type Tx = Prisma.TransactionClient;

export const TABLES = [
  "jurisdiction",
  "person",
  "household",
  "membership",
  "user",
  "residencePermit",
  "permitEndorsement",
  "application",
  "applicationMember",
  "document",
  "caseEvent",
  "auditEvent",
] as const;
export type TableName = (typeof TABLES)[number];
export type TableCounts = Record<TableName, number>;

export function zeroCounts(): TableCounts {
  return Object.fromEntries(TABLES.map((t) => [t, 0])) as TableCounts;
}

/** Keys → ids: the stored id where the row exists, else the plan's deterministic id. */
class Ids {
  private readonly map = new Map<string, string>();
  constructor(private readonly what: string) {}
  set(key: string, id: string) {
    this.map.set(key, id);
  }
  get(key: string): string {
    const id = this.map.get(key);
    if (!id) throw new Error(`seed: no ${this.what} ${key}`);
    return id;
  }
  maybe(key: string | null): string | null {
    return key === null ? null : this.get(key);
  }
}

/** Splits planned rows into those already stored (recording their ids) and those to create. */
function partition<R extends { id: string }>(options: {
  rows: R[];
  keyOf: (row: R) => string;
  stored: { id: string; key: string }[];
  ids: Ids;
}): R[] {
  const stored = new Map(options.stored.map((s) => [s.key, s.id]));
  const missing: R[] = [];
  for (const row of options.rows) {
    const key = options.keyOf(row);
    const id = stored.get(key);
    options.ids.set(key, id ?? row.id);
    if (!id) missing.push(row);
  }
  return missing;
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

export async function writePlan(options: { tx: Tx; plan: DemoPlan; passwordHashes: Map<string, string> }): Promise<TableCounts> {
  const { tx, plan } = options;
  const created = zeroCounts();
  const jurisdictions = new Ids("jurisdiction");
  const persons = new Ids("person");
  const users = new Ids("user");

  const newUnits = partition({
    rows: plan.jurisdictions,
    keyOf: (r) => r.code,
    stored: (
      await tx.jurisdiction.findMany({ where: { code: { in: plan.jurisdictions.map((r) => r.code) } }, select: { id: true, code: true } })
    ).map((r) => ({ id: r.id, key: r.code })),
    ids: jurisdictions,
  });
  // One statement: PostgreSQL checks the parent references at its end, parents come first anyway.
  created.jurisdiction = (
    await tx.jurisdiction.createMany({
      data: newUnits.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level,
        area: r.area,
        path: r.path,
        policyCode: r.policyCode,
        regionCode: r.regionCode,
        parentId: jurisdictions.maybe(r.parentCode),
      })),
      skipDuplicates: true,
    })
  ).count;

  const newPersons = partition({
    rows: plan.persons,
    keyOf: (r) => r.citizenId,
    stored: (
      await tx.person.findMany({
        where: { citizenId: { in: plan.persons.map((r) => r.citizenId) } },
        select: { id: true, citizenId: true },
      })
    ).map((r) => ({ id: r.id, key: r.citizenId })),
    ids: persons,
  });
  created.person = (
    await tx.person.createMany({
      data: newPersons.map((p) => ({
        id: p.id,
        citizenId: p.citizenId,
        name: p.name,
        sex: p.sex,
        birthDate: toDate(p.birthDate),
        phone: p.phone,
        formerNames: p.formerNames,
        ethnicity: p.ethnicity,
        deceasedOn: p.deceasedOn ? toDate(p.deceasedOn) : null,
      })),
      skipDuplicates: true,
    })
  ).count;

  const newHouseholds = partition({
    rows: plan.households,
    keyOf: (r) => r.householdNumber,
    stored: (
      await tx.household.findMany({
        where: { householdNumber: { in: plan.households.map((r) => r.householdNumber) } },
        select: { id: true, householdNumber: true },
      })
    ).map((r) => ({ id: r.id, key: r.householdNumber })),
    ids: new Ids("household"),
  });
  created.household = (
    await tx.household.createMany({
      data: newHouseholds.map((h) => ({
        id: h.id,
        householdNumber: h.householdNumber,
        type: h.type,
        address: h.address,
        area: h.area,
        stationId: jurisdictions.get(h.stationCode),
        closedOn: h.closedOn ? toDate(h.closedOn) : null,
      })),
      skipDuplicates: true,
    })
  ).count;
  created.membership = (
    await tx.membership.createMany({
      data: newHouseholds.flatMap((h) =>
        h.memberships.map((m) => {
          const personId = persons.get(m.citizenId);
          return {
            id: m.id,
            personId,
            householdId: h.id,
            relation: m.relation,
            validFrom: toDate(m.validFrom),
            validTo: m.validTo ? toDate(m.validTo) : null,
            activePersonId: m.validTo ? null : personId,
            reason: m.reason,
          };
        }),
      ),
      // A person registered meanwhile elsewhere keeps that registration (the unique activePersonId).
      skipDuplicates: true,
    })
  ).count;

  const newUsers = partition({
    rows: plan.users,
    keyOf: (r) => r.username,
    stored: (
      await tx.user.findMany({ where: { username: { in: plan.users.map((r) => r.username) } }, select: { id: true, username: true } })
    ).map((r) => ({ id: r.id, key: r.username })),
    ids: users,
  });
  created.user = (
    await tx.user.createMany({
      data: newUsers.map((u) => {
        const passwordHash = options.passwordHashes.get(u.username);
        if (!passwordHash) throw new Error(`seed: no password hash for new user ${u.username}`);
        return {
          id: u.id,
          username: u.username,
          passwordHash,
          displayName: u.displayName,
          badgeNumber: u.badgeNumber,
          role: u.role,
          stationId: jurisdictions.maybe(u.stationCode),
          jurisdictionId: jurisdictions.maybe(u.jurisdictionCode),
          personId: persons.maybe(u.citizenId),
          demo: true,
          // The demo's residents are people the stations know: their ID cards were checked (decision 0257).
          identityVerifiedAt: u.role === "APPLICANT" ? DEMO_IDENTITY_VERIFIED_ON : null,
        };
      }),
      skipDuplicates: true,
    })
  ).count;
  // Every account of the demo shares its public password: marked as such, also those stored before
  // the mark existed (issue 16 M6).
  await tx.user.updateMany({ where: { username: { in: plan.users.map((u) => u.username) }, demo: false }, data: { demo: true } });

  // Demo residents stored before identity verification gated the register (decision 0257) get it, once.
  await tx.user.updateMany({
    where: {
      username: { in: plan.users.filter((u) => u.role === "APPLICANT").map((u) => u.username) },
      role: "APPLICANT",
      identityVerifiedAt: null,
    },
    data: { identityVerifiedAt: DEMO_IDENTITY_VERIFIED_ON },
  });

  // Demo staff stored before 警号 existed get theirs, unless an administrator has given the number to
  // someone else meanwhile (it is unique); a number set by hand is kept.
  const unbadged = await tx.user.findMany({
    where: { username: { in: plan.users.filter((u) => u.badgeNumber).map((u) => u.username) }, badgeNumber: null },
    select: { username: true },
  });
  if (unbadged.length > 0) {
    const wanted = new Map(plan.users.map((u) => [u.username, u.badgeNumber]));
    const taken = new Set(
      (
        await tx.user.findMany({
          where: { badgeNumber: { in: unbadged.map((u) => wanted.get(u.username)!) } },
          select: { badgeNumber: true },
        })
      ).map((u) => u.badgeNumber),
    );
    for (const u of unbadged) {
      const badge = wanted.get(u.username)!;
      if (!taken.has(badge)) await tx.user.update({ where: { username: u.username }, data: { badgeNumber: badge } });
    }
  }

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
  return created;
}

export async function countTables(options: { db: Tx }): Promise<TableCounts> {
  const { db } = options;
  const counts = await Promise.all([
    db.jurisdiction.count(),
    db.person.count(),
    db.household.count(),
    db.membership.count(),
    db.user.count(),
    db.residencePermit.count(),
    db.permitEndorsement.count(),
    db.application.count(),
    db.applicationMember.count(),
    db.document.count(),
    db.caseEvent.count(),
    db.auditEvent.count(),
  ]);
  return Object.fromEntries(TABLES.map((t, i) => [t, counts[i]])) as TableCounts;
}
