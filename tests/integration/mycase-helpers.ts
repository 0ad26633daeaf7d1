// Test data for the mycase integration tests: a small unit tree of its own, an applicant and a clerk,
// and cases in any status — built directly, so each test states the exact case it starts from.
import { randomUUID } from "node:crypto";
import { deflateSync } from "node:zlib";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { makeCitizenId } from "@/lib/registry/citizen-id";
import { makeUnit, policyCity } from "@/tests/factories/units";
import { actorOf, makeClerk } from "@/tests/factories/staff";

export async function makeWorld(db: Db) {
  const code = `mc-${randomUUID().slice(0, 8)}`;
  const city = await policyCity(db);
  const station = await makeUnit(db, city, { code: `${code}-s`, name: "测试派出所", level: "STATION", area: "CENTRAL_URBAN" });
  const clerk = await makeClerk(db, station.id, { username: `${code}-clerk`, displayName: "王警官" });
  return { city, station, clerk, applicant: () => makeApplicant(db) };
}

export async function makeApplicant(db: Db): Promise<Actor> {
  // A citizen ID no one holds yet: an applicant user needs a person of their own.
  let citizenId: string;
  let birthDate: string;
  do {
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
    birthDate = `1990-01-${day}`;
    citizenId = makeCitizenId({ region: "431002", birthDate, sequence: Math.floor(Math.random() * 1000), sex: "MALE" });
  } while (await db.person.findUnique({ where: { citizenId } }));
  const person = await db.person.create({
    data: { citizenId, name: "测试人", sex: "MALE", birthDate: new Date(`${birthDate}T00:00:00Z`) },
  });
  const user = await db.user.create({
    data: {
      username: `mc-app-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: "测试人",
      role: "APPLICANT",
      personId: person.id,
    },
  });
  return actorOf(user, null);
}

export async function makeCase(
  db: Db,
  options: {
    world: Awaited<ReturnType<typeof makeWorld>>;
    applicant: Actor;
    status: ApplicationStatus;
    assigned?: boolean;
    pausedAt?: Date;
    startedAt?: Date;
  },
) {
  const { world, applicant } = options;
  const personId = applicant.personId!;
  return db.application.create({
    data: {
      number: `MC-${randomUUID().slice(0, 12)}`,
      kind: "RESIDENCE_PERMIT",
      status: options.status,
      targetJurisdictionId: world.city.id,
      targetArea: "CENTRAL_URBAN",
      stationId: world.station.id,
      applicantUserId: applicant.id,
      applicantPersonId: personId,
      facts: { jurisdiction: "chenzhou", area: "central_urban", kind: "residence_permit" },
      assigneeId: options.assigned === false ? null : world.clerk.id,
      submittedAt: options.status === "DRAFT" ? null : (options.startedAt ?? new Date("2026-11-02T02:00:00Z")),
      clockStartedAt: options.status === "DRAFT" ? null : (options.startedAt ?? new Date("2026-11-02T02:00:00Z")),
      decidedAt: options.status === "APPROVED" || options.status === "REJECTED" ? new Date("2026-11-16T02:00:00Z") : null,
      clockPausedAt: options.status === "NEEDS_MATERIALS" ? (options.pausedAt ?? new Date("2026-11-09T02:00:00Z")) : null,
    },
  });
}

/** A valid 1×1 PNG, built here so no binary fixture is needed. */
export function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}
