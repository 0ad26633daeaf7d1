// Rows the certificate and permit integration tests make for themselves (the test database may be
// empty or seeded): stations, people, accounts, a decided case and its certificate.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { issueCertificate } from "@/lib/certificates/issue";
import { dbDate as day } from "@/lib/clock/day";
import { makeUnit } from "@/tests/factories/units";

const unique = () => randomUUID().slice(0, 8);

export async function makeStation(db: Db, name = "测试市公安局人民路派出所") {
  return makeUnit(db, null, { code: `it-${unique()}`, name, level: "STATION", area: "CENTRAL_URBAN" });
}

/** An account as getActor() would describe it. */
export async function makeActor(
  db: Db,
  options: { role: "APPLICANT" | "CLERK" | "SUPERVISOR"; personId?: string; stationId?: string },
): Promise<Actor> {
  const station = options.stationId ? await db.jurisdiction.findUniqueOrThrow({ where: { id: options.stationId } }) : null;
  const user = await db.user.create({
    data: {
      username: `it-${options.role.toLowerCase()}-${unique()}`,
      passwordHash: "not-used",
      displayName: "测试",
      role: options.role,
      personId: options.personId ?? null,
      stationId: options.stationId ?? null,
      jurisdictionId: options.role === "SUPERVISOR" ? (options.stationId ?? null) : null,
      identityVerifiedAt: options.role === "APPLICANT" ? new Date() : null,
    },
  });
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    stationId: user.stationId,
    jurisdictionId: user.jurisdictionId,
    scopePath: station?.path ?? null,
    personId: user.personId,
    identityVerified: user.identityVerifiedAt !== null,
  };
}

/** A settlement case decided at `stationId` for `applicant`, with its certificate issued as approval does. */
export async function makeCertificate(
  db: Db,
  options: {
    stationId: string;
    applicant: Actor;
    holderId: string;
    clerkId: string;
    kind?: "SETTLEMENT_NOTICE" | "RESIDENCE_PERMIT" | "REGISTRATION_NOTICE";
    data?: Record<string, string>;
  },
) {
  const app = await db.application.create({
    data: {
      number: `IT-${unique()}`,
      kind: "SETTLEMENT",
      status: "APPROVED",
      targetJurisdictionId: options.stationId,
      targetArea: "CENTRAL_URBAN",
      stationId: options.stationId,
      applicantUserId: options.applicant.id,
      applicantPersonId: options.holderId,
      facts: {},
      submittedAt: new Date("2026-11-02T02:00:00Z"),
      clockStartedAt: new Date("2026-11-02T02:00:00Z"),
      decidedAt: new Date("2026-11-20T02:00:00Z"),
    },
  });
  const issued = await db.$transaction((tx) =>
    issueCertificate({
      tx,
      actorId: options.clerkId,
      kind: options.kind ?? "SETTLEMENT_NOTICE",
      applicationId: app.id,
      permitId: null,
      holderId: options.holderId,
      stationId: options.stationId,
      issuedOn: day("2026-11-20"),
      data: options.data ?? {
        address: "湖南省郴州市北湖区人民西路 18 号 3 栋 502 室",
        householdNumber: "431002000123",
        decisionDate: "2026-11-20",
        clause: "郴政发〔2016〕1号 三(一)",
        applicationNumber: app.number,
      },
    }),
  );
  return { ...issued, applicationId: app.id };
}

/** A residence permit at `stationId`, valid until `validUntil`. */
export async function makePermit(
  db: Db,
  options: { holderId: string; stationId: string; validUntil: string; status?: "VALID" | "SUSPENDED" },
) {
  return db.residencePermit.create({
    data: {
      number: `JZZ-IT-${unique()}`,
      holderId: options.holderId,
      jurisdictionId: options.stationId,
      stationId: options.stationId,
      address: "测试路 1 号",
      issuedOn: day("2000-01-01"),
      residenceSince: day("2000-01-01"),
      validUntil: day(options.validUntil),
      status: options.status ?? "VALID",
    },
  });
}
