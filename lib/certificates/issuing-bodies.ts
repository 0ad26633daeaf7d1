// Who stands behind a station's decision, as a 不予许可决定书 names them: the 公安机关 the station belongs
// to, and the people's government an applicant asks for 行政复议 (docs/decisions/0245).
//
// A 派出所 is a 派出机构 of the county-level 公安机关: in a county, county-level city or banner that is
// "<县>公安局"; in a district of a city divided into districts, the city bureau's district 分局
// ("<市>公安局<区>分局"). Under 行政复议法 (2023) 第二十四条 a case against a county-level government
// department (or its 派出机构) goes to that government — 上一级主管部门 is no longer an option for
// 公安机关, which 第二十七条 does not list among the vertically led bodies — and for the district
// 派出机构 of a city department the 所在地 district government may also hear it. So we name the
// county-level unit's government: 北湖区人民政府, 汝城县人民政府, 乌审旗人民政府. A station with no
// county-level unit above it (济源's stations sit under 街道/镇 of the city) takes its city's.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface IssuingBodies {
  /** e.g. 郴州市公安局北湖分局, 汝城县公安局 */
  bureauName: string;
  /** e.g. 北湖区人民政府 */
  reviewBody: string;
}

interface Unit {
  name: string;
  level: string;
}

/** Pure: the bodies from the station's ancestors (nearest first). */
export function issuingBodiesOf(ancestors: Unit[]): IssuingBodies {
  const county = ancestors.find((u) => u.level === "COUNTY");
  const city = ancestors.find((u) => u.level === "CITY");
  if (county) {
    const district = county.name.endsWith("区") && county.name.length > 1 && city;
    return {
      bureauName: district ? `${city.name}公安局${county.name.slice(0, -1)}分局` : `${county.name}公安局`,
      reviewBody: `${county.name}人民政府`,
    };
  }
  if (city) return { bureauName: `${city.name}公安局`, reviewBody: `${city.name}人民政府` };
  return { bureauName: "", reviewBody: "作出本决定的公安机关的本级人民政府" };
}

export async function issuingBodies(options: { tx: Prisma.TransactionClient; stationId: string }): Promise<IssuingBodies> {
  const ancestors: Unit[] = [];
  let id: string | null = options.stationId;
  // The tree is five levels deep at most; the bound guards against a cycle in bad data.
  for (let depth = 0; id && depth < 8; depth++) {
    const unit: { name: string; level: string; parentId: string | null } | null = await options.tx.jurisdiction.findUnique({
      where: { id },
      select: { name: true, level: true, parentId: true },
    });
    if (!unit) break;
    if (depth > 0) ancestors.push(unit);
    id = unit.parentId;
  }
  return issuingBodiesOf(ancestors);
}
