// A registry of 黔南 size for the supervision benchmark, generated inside PostgreSQL with
// INSERT … SELECT generate_series: deterministic (every value derives from the row number), valid
// under the schema's CHECKs and foreign keys, and fast (no rows cross the wire). Sizes scale with
// `persons`: households ≈ persons × 0.325, applications ≈ persons × 0.05 (4,000,000 → 1,300,000 and 200,000).
import type { Client } from "pg";
// The row-number SQL pieces are shared with the demo seed's county registries (prisma/seed/bulk-registry.ts).
import { DEFAULT_SURNAMES, nameSql, uid } from "../../prisma/seed/sql-registry";
import { DECISION_REASONS, reasonSql } from "../../lib/registry/reasons";

export interface RegistrySize {
  persons: number;
  households: number;
  applications: number;
  counties: number;
  stationsPerCounty: number;
}

export function registrySize(persons: number): RegistrySize {
  const big = persons >= 100_000;
  return {
    persons,
    households: Math.max(1, Math.round(persons * 0.325)),
    applications: Math.max(20, Math.round(persons * 0.05)),
    counties: big ? 12 : 2,
    stationsPerCounty: big ? 16 : 3,
  };
}

/** The registry tables' own triggers are the summary's (FOREIGN KEY checks are system triggers, not USER ones). */
const POPULATION_TRIGGERS = (action: "ENABLE" | "DISABLE") =>
  ["Membership", "Person", "Household"].map((table) => `ALTER TABLE "${table}" ${action} TRIGGER USER`).join("; ");

/** What every step's SQL derives from. */
interface Fill {
  size: RegistrySize;
  /** The moment of the fill, ISO. */
  now: string;
  stations: number;
  users: number;
  /** Applicant user u is person u × userStride. */
  userStride: number;
}

function jurisdictionsSql({ size }: Fill): string {
  return `
    INSERT INTO "Jurisdiction" ("id", "code", "name", "level", "area", "path", "policyCode", "regionCode")
      VALUES (${uid("a0000000", "0")}, 'qiannan', '黔南州', 'CITY', 'TOWN', '/qiannan/', 'qiannan', '522700');
    INSERT INTO "Jurisdiction" ("id", "code", "name", "level", "area", "path", "parentId", "regionCode")
      SELECT ${uid("a0000000", "c")}, 'qn-c' || c, '县' || c, 'COUNTY', CASE WHEN c = 1 THEN 'CENTRAL_URBAN' ELSE 'TOWN' END::"AreaKind",
             '/qiannan/qn-c' || c || '/', ${uid("a0000000", "0")}, '5227' || lpad(c::text, 2, '0')
      FROM generate_series(1, ${size.counties}) c;
    INSERT INTO "Jurisdiction" ("id", "code", "name", "level", "area", "path", "parentId")
      SELECT ${uid("b0000000", "k")}, 'qn-c' || c || '-s' || s, '县' || c || '第' || s || '派出所', 'STATION',
             (CASE WHEN s = 1 THEN 'CENTRAL_URBAN' WHEN s % 3 = 0 THEN 'RURAL' ELSE 'TOWN' END)::"AreaKind",
             '/qiannan/qn-c' || c || '/qn-c' || c || '-s' || s || '/', ${uid("a0000000", "c")}
      FROM generate_series(1, ${size.counties}) c, generate_series(1, ${size.stationsPerCounty}) s,
           LATERAL (SELECT (c - 1) * ${size.stationsPerCounty} + s - 1 AS k) kk;`;
}

function personsSql({ size, now }: Fill): string {
  return `
    INSERT INTO "Person" ("id", "citizenId", "name", "sex", "birthDate", "createdAt", "updatedAt")
      SELECT ${uid("c0000000", "i")},
             '522701' || to_char(date '1940-01-01' + (i % 29200), 'YYYYMMDD') || lpad(((i / 29200) % 1000)::text, 3, '0') || '0',
             ${nameSql({ expr: "i", surnames: DEFAULT_SURNAMES })},
             CASE WHEN ((i / 29200) % 1000) % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END::"Sex",
             date '1940-01-01' + (i % 29200), '${now}', '${now}'
      FROM generate_series(0, ${size.persons - 1}) i`;
}

function householdsSql({ size, stations }: Fill): string {
  return `
    INSERT INTO "Household" ("id", "householdNumber", "type", "address", "area", "stationId")
      SELECT ${uid("d0000000", "h")}, lpad(h::text, 12, '0'), 'FAMILY', '黔南州某路 ' || h || ' 号',
             (CASE WHEN h % 3 = 0 THEN 'RURAL' WHEN h % 3 = 1 THEN 'TOWN' ELSE 'CENTRAL_URBAN' END)::"AreaKind",
             ${uid("b0000000", `h % ${stations}`)}
      FROM generate_series(0, ${size.households - 1}) h`;
}

// Every person has one active membership; one in twenty also a closed one in another household.
function membershipsSql({ size }: Fill): string {
  return `
    INSERT INTO "Membership" ("id", "personId", "householdId", "relation", "validFrom", "validTo", "activePersonId")
      SELECT ${uid("e0000000", "i")}, ${uid("c0000000", "i")}, ${uid("d0000000", `i % ${size.households}`)},
             (CASE WHEN i < ${size.households} THEN 'HEAD' WHEN i % 2 = 0 THEN 'SPOUSE' ELSE 'CHILD' END)::"Relation",
             date '2010-01-01', NULL, ${uid("c0000000", "i")}
      FROM generate_series(0, ${size.persons - 1}) i;
    INSERT INTO "Membership" ("id", "personId", "householdId", "relation", "validFrom", "validTo", "activePersonId")
      SELECT ${uid("e1000000", "i")}, ${uid("c0000000", "i")}, ${uid("d0000000", `(i + 7) % ${size.households}`)}, 'OTHER', date '2000-01-01', date '2009-12-31', NULL
      FROM generate_series(0, ${size.persons - 1}, 20) i`;
}

function usersSql({ stations, users, userStride }: Fill): string {
  return `
    INSERT INTO "User" ("id", "username", "passwordHash", "displayName", "role", "stationId")
      SELECT ${uid("f0000000", "k * 2 + j")}, 'bench-clerk-' || k || '-' || j, 'x', '民警' || k || '-' || j, 'CLERK', ${uid("b0000000", "k")}
      FROM generate_series(0, ${stations - 1}) k, generate_series(0, 1) j;
    INSERT INTO "User" ("id", "username", "passwordHash", "displayName", "role", "jurisdictionId")
      VALUES (${uid("f1000000", "0")}, 'bench-supervisor', 'x', '督办', 'SUPERVISOR', ${uid("a0000000", "0")});
    INSERT INTO "User" ("id", "username", "passwordHash", "displayName", "role", "personId")
      SELECT ${uid("f2000000", "u")}, 'bench-applicant-' || u, 'x', '申请人', 'APPLICANT', ${uid("c0000000", `u * ${userStride}`)}
      FROM generate_series(0, ${users - 1}) u`;
}

// Status by i % 100: 3 drafts, 5 to accept, 6 in review, 3 awaiting materials, 2 withdrawn, 11 refused,
// 70 approved (2 % of approvals against the engine). Open cases are recent (some past their limit);
// decisions spread over the last two years.
function applicationsSql({ size, now, stations, users, userStride }: Fill): string {
  return `
    INSERT INTO "Application" ("id", "number", "kind", "status", "targetJurisdictionId", "targetArea", "stationId", "applicantUserId",
        "applicantPersonId", "facts", "assigneeId", "submittedAt", "clockStartedAt", "dueAt", "decidedAt", "decisionReason", "againstEngine",
        "pausedWorkingDays", "eligibleAtSubmission", "createdAt", "updatedAt")
      SELECT ${uid("90000000", "i")}, 'QN' || lpad(i::text, 10, '0'),
             (CASE WHEN i % 7 = 0 THEN 'RESIDENCE_PERMIT' ELSE 'SETTLEMENT' END)::"ApplicationKind", st::"ApplicationStatus",
             ${uid("a0000000", "0")}, 'TOWN', ${uid("b0000000", `i % ${stations}`)}, ${uid("f2000000", `i % ${users}`)},
             ${uid("c0000000", `(i % ${users}) * ${userStride}`)}, '{}'::jsonb,
             CASE WHEN st IN ('DRAFT', 'SUBMITTED') THEN NULL ELSE ${uid("f0000000", `(i % ${stations}) * 2`)} END,
             sub, sub, sub + interval '28 days',
             CASE WHEN st IN ('APPROVED', 'REJECTED') THEN LEAST(sub + ((i % 37) + 1) * interval '1 day', timestamp '${now}') END,
             CASE WHEN st = 'APPROVED' AND i % 50 = 0 THEN '人工复核：材料齐全' END, st = 'APPROVED' AND i % 50 = 0,
             CASE WHEN st IN ('APPROVED', 'REJECTED') THEN i % 3 ELSE 0 END, true, sub, sub
      FROM generate_series(0, ${size.applications - 1}) i,
           LATERAL (SELECT CASE WHEN i % 100 < 3 THEN 'DRAFT' WHEN i % 100 < 8 THEN 'SUBMITTED' WHEN i % 100 < 14 THEN 'IN_REVIEW'
                                WHEN i % 100 < 17 THEN 'NEEDS_MATERIALS' WHEN i % 100 < 19 THEN 'WITHDRAWN' WHEN i % 100 < 30 THEN 'REJECTED'
                                ELSE 'APPROVED' END AS st) s,
           LATERAL (SELECT timestamp '${now}' - CASE WHEN st IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_MATERIALS') THEN (i % 45) ELSE ((i * 7919) % 730) END * interval '1 day'
                           - (i % 600) * interval '1 minute' AS sub) t`;
}

// What the settlement records are derived from (lib/stats/settlement-records.ts recordSettlementsFromRegistry): an
// approved settlement opens a membership keyed by its applicationId on its decision day and closes the one the
// person left that day, in the approval's own words (lib/registry/reasons.ts). Person i (i < applications < persons)
// is the one application i settled.
function settlementMembershipsSql({ size }: Fill): string {
  const join = reasonSql(DECISION_REASONS.settlementJoin, { number: 's."number"' });
  const leave = reasonSql(DECISION_REASONS.settlementLeave, { number: 's."number"', stationName: "s.station_name" });
  return `
    CREATE TEMP TABLE settled AS
      SELECT substring(a."number" from 3)::int AS i, a."id", a."number", j."name" AS station_name, (a."decidedAt" + interval '8 hours')::date AS day
      FROM "Application" a JOIN "Jurisdiction" j ON j."id" = a."stationId" WHERE a."kind" = 'SETTLEMENT' AND a."status" = 'APPROVED';
    INSERT INTO "Membership" ("id", "personId", "householdId", "relation", "validFrom", "validTo", "activePersonId", "reason")
      SELECT ${uid("e2000000", "s.i")}, ${uid("c0000000", "s.i")}, ${uid("d0000000", `(s.i + 3) % ${size.households}`)}, 'OTHER',
             date '2010-01-01', s.day, NULL, ${leave}
      FROM settled s;
    UPDATE "Membership" m SET "validFrom" = s.day, "reason" = ${join}, "applicationId" = s."id"
      FROM settled s WHERE m."id" = ${uid("e0000000", "s.i")};
    DROP TABLE settled;`;
}

/** The fill, step by step: a label for the log and the step's SQL. */
const FILL_STEPS: [label: string, sql: (fill: Fill) => string][] = [
  ["jurisdictions", jurisdictionsSql],
  ["persons", personsSql],
  ["households", householdsSql],
  ["memberships", membershipsSql],
  ["users", usersSql],
  ["applications", applicationsSql],
  ["settlement memberships", settlementMembershipsSql],
  ["population summary", () => `${POPULATION_TRIGGERS("ENABLE")}; SELECT "registry_population_rebuild"();`],
  // VACUUM sets the visibility map, so the supervision indexes answer index-only (autovacuum does it in production).
  ["vacuum analyze", () => "VACUUM ANALYZE"],
];

export async function fillRegistry(options: { client: Client; size: RegistrySize; now: Date; log: (line: string) => void }) {
  const { client, size, log } = options;
  const stations = size.counties * size.stationsPerCounty;
  const users = Math.max(1, Math.floor(size.applications / 4));
  const fill: Fill = { size, now: options.now.toISOString(), stations, users, userStride: Math.max(1, Math.floor(size.persons / users)) };
  await client.query("SET synchronous_commit = off");
  // The population summary's triggers (decision record 0212) would book every one of millions of rows
  // again, statement by statement: the fill runs with them off (the bench is the tables' owner) and
  // rebuilds the summary once at the end with the migration's own function.
  await client.query(POPULATION_TRIGGERS("DISABLE"));
  for (const [label, sql] of FILL_STEPS) {
    const t0 = Date.now();
    await client.query(sql(fill));
    log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
