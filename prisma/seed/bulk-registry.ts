// The county registries of the demo (docs/decisions/0215): a few thousand persons per 黔南 county and
// about a thousand per county elsewhere, generated inside PostgreSQL with INSERT … SELECT generate_series
// (sql-registry.ts, shared with the supervision benchmark), so that 户籍人口城镇化率 per county is a
// plausible figure that differs between counties and rises year by year.
//
// Shape, per county: families of a head, usually a spouse and often a child (born into the household, some
// after 2016); a share of the households is urban (the county's urban attribute), the rest rural. Between
// 2012 and 2026 some rural families move into a new urban household of the same county on one day (the old
// membership closes the day the new one opens, the old household is closed): the urban share rises. These
// moves are not portal settlements (no applicationId on their memberships), so the settlement counts come only from the
// demo's applications. Every value derives from the row number: the same rows on every run.
//
// Plain INSERTs, no trigger disabled: triggers on Membership/Person/Household see these rows as any
// other. Idempotent: when the first generated household exists, nothing is written.
import type { Prisma } from "@/lib/generated/prisma/client";
import { planJurisdictions, type StationInfo } from "./jurisdictions";
import { STATION_PROFILES } from "./station-profiles";
import { citizenIdSql, nameSql, uid } from "./sql-registry";
import { HISTORY_REASONS, REASON_SEPARATOR, sqlText } from "@/lib/registry/reasons";

type Tx = Prisma.TransactionClient;

export interface CountyRegistry {
  /** Code of the county (or of a policy unit without counties, 济源). */
  unit: string;
  households: number;
  /** Per mille of the households urban from the start. */
  urbanShare: number;
  /** Per mille of the rural households that move into town between 2012 and 2026. */
  moveShare: number;
}

const QIANNAN_SURNAMES = ["韦", "罗", "王", "杨", "吴", "陆", "蒙", "莫", "潘", "石", "龙", "黄"] as const;
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "吴", "赵", "周"] as const;

/** The county registries, one row a county: 黔南's twelve first, then the others. */
export const DEMO_REGISTRIES: CountyRegistry[] = [
  // 黔南: the twelve counties, sizes and shares chosen so the rates land near their 附件1 report figures.
  { unit: "qiannan-duyun", households: 1120, urbanShare: 470, moveShare: 340 },
  { unit: "qiannan-fuquan", households: 800, urbanShare: 330, moveShare: 300 },
  { unit: "qiannan-libo", households: 560, urbanShare: 230, moveShare: 320 },
  { unit: "qiannan-guiding", households: 720, urbanShare: 280, moveShare: 280 },
  { unit: "qiannan-wengan", households: 960, urbanShare: 230, moveShare: 330 },
  { unit: "qiannan-dushan", households: 760, urbanShare: 260, moveShare: 260 },
  { unit: "qiannan-pingtang", households: 640, urbanShare: 190, moveShare: 300 },
  { unit: "qiannan-luodian", households: 680, urbanShare: 180, moveShare: 380 },
  { unit: "qiannan-changshun", households: 600, urbanShare: 220, moveShare: 240 },
  { unit: "qiannan-longli", households: 640, urbanShare: 290, moveShare: 360 },
  { unit: "qiannan-huishui", households: 880, urbanShare: 220, moveShare: 320 },
  { unit: "qiannan-sandu", households: 720, urbanShare: 160, moveShare: 300 },
  // Elsewhere: a smaller registry per county with a police station, as far as it stays cheap.
  { unit: "jiyuan", households: 350, urbanShare: 520, moveShare: 300 },
  { unit: "shaoguan-zhenjiang", households: 210, urbanShare: 700, moveShare: 300 },
  { unit: "shaoguan-qujiang", households: 210, urbanShare: 420, moveShare: 280 },
  { unit: "chenzhou-beihu", households: 280, urbanShare: 640, moveShare: 300 },
  { unit: "chenzhou-zixing", households: 210, urbanShare: 380, moveShare: 260 },
  { unit: "wushen", households: 210, urbanShare: 450, moveShare: 240 },
];

/** 黔南's counties: the first rows of DEMO_REGISTRIES. */
export const QIANNAN_REGISTRIES = DEMO_REGISTRIES.filter((r) => r.unit.startsWith("qiannan-"));

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: readonly string[]) => `ARRAY[${items.map(quote).join(",")}]::text[]`;

interface CountyRow {
  k: number;
  region: string;
  urbanArea: string;
  stations: string[];
  urbanStations: string[];
  spec: CountyRegistry;
  place: string;
  streets: string[];
  villages: string[];
  surnames: readonly string[];
}

/** The first generated household's number: its presence means the registries are already there. */
const householdNumber = (region: string, h: number) => `${region}9${String(h).padStart(5, "0")}`;
export async function writeBulkRegistry(options: {
  tx: Tx;
  registries?: CountyRegistry[];
}): Promise<{ person: number; household: number; membership: number }> {
  const { tx } = options;
  const rows = await countyRows({ tx, registries: options.registries ?? DEMO_REGISTRIES });
  const first = rows[0];
  if (!first) return { person: 0, household: 0, membership: 0 };
  if (await tx.household.findUnique({ where: { householdNumber: householdNumber(first.region, 0) }, select: { id: true } })) {
    return { person: 0, household: 0, membership: 0 };
  }
  await stageBulkRows({ tx, rows });
  return insertBulkRows({ tx });
}

/** Each county with its stored stations, its place names and the surnames its families draw from. */
async function countyRows(options: { tx: Tx; registries: CountyRegistry[] }): Promise<CountyRow[]> {
  const { tx, registries } = options;
  const plan = planJurisdictions();
  const codes = [...registries.map((r) => r.unit), ...plan.stations.map((s) => s.code)];
  const stored = await tx.jurisdiction.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, path: true, area: true, regionCode: true },
  });
  const byCode = new Map(stored.map((j) => [j.code, j]));
  const rows: CountyRow[] = [];
  registries.forEach((spec, k) => {
    const unit = byCode.get(spec.unit);
    if (!unit || !unit.regionCode) throw new Error(`seed: no unit ${spec.unit} with a region code`);
    const stations: StationInfo[] = plan.stations.filter((s) => byCode.get(s.code)?.path.startsWith(unit.path));
    const urban = stations.filter((s) => s.area !== "RURAL");
    if (urban.length === 0) throw new Error(`seed: no urban station in ${spec.unit}`);
    const profiles = stations.map((s) => STATION_PROFILES[s.code]!);
    const streets = profiles.flatMap((p) => p.streets);
    const villages = profiles.flatMap((p) => p.villages ?? []);
    rows.push({
      k,
      region: unit.regionCode,
      urbanArea: urban[0]!.area,
      stations: stations.map((s) => byCode.get(s.code)!.id),
      urbanStations: urban.map((s) => byCode.get(s.code)!.id),
      spec,
      place: urban[0]!.placeNames.join(""),
      streets: streets.length ? streets : ["中心街"],
      villages: villages.length ? villages : ["新村", "和平村"],
      surnames: spec.unit.startsWith("qiannan") ? QIANNAN_SURNAMES : SURNAMES,
    });
  });
  return rows;
}

/** Temporary tables of the households and persons to write, every value derived from the row number. */
async function stageBulkRows(options: { tx: Tx; rows: CountyRow[] }): Promise<void> {
  const { tx, rows } = options;
  const counties = rows
    .map(
      (r) =>
        `(${r.k}, ${quote(r.region)}, ${quote(r.urbanArea)}, ARRAY[${r.stations.map(quote).join(",")}]::uuid[], ARRAY[${r.urbanStations.map(quote).join(",")}]::uuid[], ${r.spec.households}, ${r.spec.urbanShare}, ${r.spec.moveShare}, ${quote(r.place)}, ${textArray(r.streets)}, ${textArray(r.villages)}, ${textArray(r.surnames)})`,
    )
    .join(",\n");
  // One row per household: whether it is urban, whether (and when) a rural one moves into town.
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE bulk_household ON COMMIT DROP AS
    SELECT c.k, h, c.region, c.urban_area, c.place, c.streets, c.villages, c.surnames,
           ${uid("d5000000", "c.k * 100000 + h")} AS hid, ${uid("d5100000", "c.k * 100000 + h")} AS did,
           u.urb, m.moves, m.move_day,
           CASE WHEN u.urb THEN c.urban_stations[1 + h % cardinality(c.urban_stations)] ELSE c.stations[1 + h % cardinality(c.stations)] END AS station,
           c.urban_stations[1 + (h / 3) % cardinality(c.urban_stations)] AS new_station
    FROM (VALUES ${counties}) AS c(k, region, urban_area, stations, urban_stations, households, urban_share, move_share, place, streets, villages, surnames),
         generate_series(0, c.households - 1) h,
         LATERAL (SELECT (h * 7919 + c.k * 104729) % 1000 < c.urban_share AS urb) u,
         LATERAL (SELECT NOT u.urb AND (h * 4409 + c.k * 31) % 1000 < c.move_share AS moves,
                         date '2012-01-01' + ((h::bigint * 2654435761 + c.k * 7) % 5400)::int AS move_day) m`);
  // Up to three persons per household (j: 0 head, 1 spouse, 2 child). Birth dates and sequence digits
  // are chosen so that (birth date, sequence) never repeats within a county: heads have distinct birth
  // days (2903 is prime to 14,600), spouses and children a sequence range of their own.
  // The 17 digits are computed once per row (a LATERAL), not once per digit of the check character.
  await tx.$executeRawUnsafe(`
    CREATE TEMP TABLE bulk_person ON COMMIT DROP AS
    SELECT b.k, b.h, b.hid, b.did, b.moves, b.move_day, j, ${uid("c5000000", "(b.k * 100000 + b.h) * 4 + j")} AS pid, ${uid("e5000000", "(b.k * 100000 + b.h) * 4 + j")} AS mid,
           ${uid("e5100000", "(b.k * 100000 + b.h) * 4 + j")} AS mid2, p.birth, p.male, ${citizenIdSql("d.first17")} AS citizen_id,
           p.relation, p.valid_from, p.reason,
           ${nameSql({ expr: "(b.h * 3 + j)", surnames: [], surnameExpr: "b.surnames[1 + p.surname]" })} AS name
    FROM bulk_household b, generate_series(0, 2) j,
         LATERAL (SELECT date '1945-01-01' + (b.h * 2903) % 14600 AS head_birth, b.h % 4 <> 0 AS head_male) hd,
         LATERAL (SELECT
           CASE j WHEN 0 THEN hd.head_birth WHEN 1 THEN hd.head_birth + ((b.h % 7) - 3) * 400 ELSE hd.head_birth + 8036 + (b.h % 11) * 500 END AS birth,
           CASE j WHEN 0 THEN hd.head_male WHEN 1 THEN NOT hd.head_male ELSE b.h % 2 = 0 END AS male,
           CASE j WHEN 0 THEN 100 WHEN 1 THEN 400 + (b.h % 7) * 2 ELSE 700 + (b.h % 11) * 2 END
             + CASE WHEN (CASE j WHEN 0 THEN hd.head_male WHEN 1 THEN NOT hd.head_male ELSE b.h % 2 = 0 END) THEN 1 ELSE 0 END AS seq,
           (CASE j WHEN 0 THEN 'HEAD' WHEN 1 THEN 'SPOUSE' ELSE 'CHILD' END)::"Relation" AS relation,
           CASE j WHEN 2 THEN hd.head_birth + 8036 + (b.h % 11) * 500 ELSE hd.head_birth + 8036 END AS valid_from,
           CASE j WHEN 0 THEN ${sqlText(HISTORY_REASONS.founded)} WHEN 1 THEN CASE WHEN b.h % 4 = 1 THEN ${sqlText(HISTORY_REASONS.marriageIn)} END
                  ELSE ${sqlText(HISTORY_REASONS.birth)} END AS reason,
           -- The child takes the father's surname: the head's, or the spouse's when the head is the mother.
           CASE WHEN j = 0 OR (j = 2 AND hd.head_male) THEN b.h % cardinality(b.surnames) ELSE (b.h / 3 + 1) % cardinality(b.surnames) END AS surname
         ) p,
         LATERAL (SELECT b.region || to_char(p.birth, 'YYYYMMDD') || lpad(p.seq::text, 3, '0') AS first17) d
    WHERE (j = 0) OR (j = 1 AND b.h % 10 <> 0) OR (j = 2 AND b.h % 6 <> 0)`);
}

async function insertBulkRows(options: { tx: Tx }): Promise<{ person: number; household: number; membership: number }> {
  const { tx } = options;
  const household =
    (await tx.$executeRawUnsafe(`
    INSERT INTO "Household" ("id", "householdNumber", "type", "address", "area", "stationId", "closedOn")
    SELECT hid, region || '9' || lpad(h::text, 5, '0'), 'FAMILY',
           CASE WHEN urb THEN place || streets[1 + h % cardinality(streets)] || (1 + h % 180) || '号'
                ELSE place || villages[1 + h % cardinality(villages)] || (1 + h % 12) || '组' || (1 + h % 60) || '号' END,
           (CASE WHEN urb THEN urban_area ELSE 'RURAL' END)::"AreaKind", station, CASE WHEN moves THEN move_day END
    FROM bulk_household ON CONFLICT DO NOTHING`)) +
    (await tx.$executeRawUnsafe(`
    INSERT INTO "Household" ("id", "householdNumber", "type", "address", "area", "stationId")
    SELECT did, region || '8' || lpad(h::text, 5, '0'), 'FAMILY',
           place || streets[1 + (h / 3) % cardinality(streets)] || (1 + h % 90) || '号' || (1 + h % 6) || '栋' || (101 + h % 20) || '室',
           urban_area::"AreaKind", new_station
    FROM bulk_household WHERE moves ON CONFLICT DO NOTHING`));
  // A number another seed row already holds (a person of the in-memory plan, a test's own) is left out
  // with the person's memberships: the generated person is simply not there.
  await tx.$executeRawUnsafe(`DELETE FROM bulk_person b USING "Person" p WHERE p."citizenId" = b.citizen_id`);
  const person = await tx.$executeRawUnsafe(`
    INSERT INTO "Person" ("id", "citizenId", "name", "sex", "birthDate", "ethnicity", "updatedAt")
    SELECT pid, citizen_id, name,
           (CASE WHEN male THEN 'MALE' ELSE 'FEMALE' END)::"Sex", birth,
           CASE WHEN k < ${QIANNAN_REGISTRIES.length} THEN (ARRAY['汉族','布依族','苗族','汉族','水族','布依族'])[1 + h % 6] ELSE '汉族' END, now()
    FROM bulk_person`);
  const membership =
    (await tx.$executeRawUnsafe(`
    INSERT INTO "Membership" ("id", "personId", "householdId", "relation", "validFrom", "validTo", "activePersonId", "reason")
    SELECT b.mid, b.pid, b.hid, b.relation, b.valid_from, CASE WHEN b.moves THEN b.move_day END, CASE WHEN b.moves THEN NULL ELSE b.pid END,
           CASE WHEN b.moves THEN concat_ws(${sqlText(REASON_SEPARATOR)}, b.reason, ${sqlText(HISTORY_REASONS.ruralToUrbanOut)}) ELSE b.reason END
    FROM bulk_person b
    WHERE NOT b.moves OR b.valid_from < b.move_day
    ON CONFLICT DO NOTHING`)) +
    (await tx.$executeRawUnsafe(`
    INSERT INTO "Membership" ("id", "personId", "householdId", "relation", "validFrom", "activePersonId", "reason")
    SELECT b.mid2, b.pid, b.did, b.relation, greatest(b.move_day, b.valid_from), b.pid,
           CASE WHEN b.valid_from > b.move_day THEN ${sqlText(HISTORY_REASONS.birth)} ELSE ${sqlText(HISTORY_REASONS.ruralToUrbanIn)} END
    FROM bulk_person b
    WHERE b.moves ON CONFLICT DO NOTHING`));
  return { person, household, membership };
}
