// The unit tree, for any test: one way to make a unit (its path is its parent's plus its own code, as the
// seed and the admin pages make it), the 郴州 policy unit every test shares, and the usual tree of a county
// with two police stations under it. Relative imports: Playwright loads these files too.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { AreaKind, JurisdictionLevel } from "../../lib/generated/prisma/enums";

export interface UnitOptions {
  code: string;
  name: string;
  level: JurisdictionLevel;
  area: AreaKind;
  regionCode?: string;
}

/** A unit under `parent`, or a root unit when `parent` is null. */
export function makeUnit(db: Db, parent: { id: string; path: string } | null, unit: UnitOptions) {
  return db.jurisdiction.create({ data: { ...unit, path: `${parent?.path ?? "/"}${unit.code}/`, parentId: parent?.id } });
}

/** `makeUnit`, once per database: the unit of that code if a test (or the seed) made it already. */
export function ensureUnit(db: Db, parent: { id: string; path: string }, unit: UnitOptions) {
  return db.jurisdiction.upsert({
    where: { code: unit.code },
    update: {},
    create: { ...unit, path: `${parent.path}${unit.code}/`, parentId: parent.id },
  });
}

/** The 郴州 policy unit, the demo tree's own (same code, path and policy) whichever test creates it first. */
export async function policyCity(db: Db) {
  // Under 湖南省 as in the demo tree (prisma/seed/jurisdiction-tree.ts): the seed, run later in the same
  // database, adds its units under the paths it would have made itself, so the two must agree.
  const province = await db.jurisdiction.upsert({
    where: { code: "hunan" },
    update: {},
    create: { code: "hunan", name: "湖南省", nameEn: "Hunan Province", level: "PROVINCE", area: "CENTRAL_URBAN", path: "/hunan/" },
  });
  return db.jurisdiction.upsert({
    where: { code: "chenzhou" },
    update: {},
    create: {
      code: "chenzhou",
      name: "郴州市",
      nameEn: "Chenzhou",
      level: "CITY",
      area: "CENTRAL_URBAN",
      path: "/hunan/chenzhou/",
      policyCode: "chenzhou",
      regionCode: "431000",
      parentId: province.id,
    },
  });
}

/** A county of its own under the 郴州 policy unit, with two police stations: the tree most tests work in. */
export async function makeTree(db: Db) {
  const code = `cw-${randomUUID().slice(0, 8)}`;
  // One unit per policy (a unique index): the tests' own county and stations go under the 郴州 unit.
  const city = await policyCity(db);
  const county = await makeUnit(db, city, {
    code: `${code}-c`,
    name: "测试区",
    level: "COUNTY",
    area: "CENTRAL_URBAN",
    regionCode: "431002",
  });
  const station = await makeUnit(db, county, { code: `${code}-s1`, name: "测试一派出所", level: "STATION", area: "CENTRAL_URBAN" });
  const station2 = await makeUnit(db, county, { code: `${code}-s2`, name: "测试二派出所", level: "STATION", area: "CENTRAL_URBAN" });
  return { city, county, station, station2 };
}
