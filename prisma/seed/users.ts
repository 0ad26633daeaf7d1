// Accounts: the seven demo accounts shown on the landing page and README, a hukou officer at every
// other demo station (so each case is handled by a clerk of its own station), and an applicant account
// for every person with a demo application. Every account has the demo password.
import type { Role } from "@/lib/generated/prisma/client";
import { seedId } from "./ids";
import { DEMO_STATION_CODES, DEMO_SUPERVISOR_SCOPES, type StationInfo } from "./jurisdictions";
import type { PlannedUser } from "./plan-types";
import type { Rng } from "./random";

export const DEMO_PASSWORD = "Hukou@2026";

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  /** Staff: the demo 警号 (six digits); null for applicants and the administrator. */
  badgeNumber: string | null;
  /** What the account is scoped to: a station or jurisdiction code, or null. */
  scopeCode: string | null;
  scopeZh: string;
  scopeEn: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "resident",
    badgeNumber: null,
    role: "APPLICANT",
    displayName: "李娜",
    scopeCode: null,
    scopeZh: "申请人：户口在湖南省衡阳县，已向郴州市中心城区提交落户申请（携配偶、女儿、母亲随迁），另有一份居住证申请草稿",
    scopeEn:
      "Applicant with hukou in Hengyang County, Hunan: a submitted settlement application to central Chenzhou (with spouse, daughter and mother) and a draft residence-permit application",
  },
  {
    username: "resident2",
    badgeNumber: null,
    role: "APPLICANT",
    displayName: "韦丽",
    scopeCode: null,
    scopeZh: "申请人：户口在黔南州独山县，持韶关市居住证（武江区新华派出所），本年度签注申请已提交",
    scopeEn:
      "Applicant with hukou in Dushan County, Qiannan, holding a Shaoguan residence permit (Xinhua station, Wujiang); this year's endorsement is submitted",
  },
  {
    username: "clerk",
    badgeNumber: "052718",
    role: "CLERK",
    displayName: "王警官（北湖区人民路派出所）",
    scopeCode: DEMO_STATION_CODES.clerk,
    scopeZh: "户籍民警：郴州市北湖区人民路派出所",
    scopeEn: "Hukou officer, Renmin Road Police Station, Beihu District, Chenzhou",
  },
  {
    username: "clerk2",
    badgeNumber: "041306",
    role: "CLERK",
    displayName: "赵警官（济源市沁园派出所）",
    scopeCode: DEMO_STATION_CODES.clerk2,
    scopeZh: "户籍民警：济源市沁园派出所",
    scopeEn: "Hukou officer, Qinyuan Police Station, Jiyuan",
  },
  {
    username: "supervisor",
    badgeNumber: "050102",
    role: "SUPERVISOR",
    displayName: "陈科长（郴州市公安局户政）",
    scopeCode: DEMO_SUPERVISOR_SCOPES.supervisor,
    scopeZh: "户政监督：郴州市全部区县及派出所",
    scopeEn: "Supervisor over all of Chenzhou (every district, county and station)",
  },
  {
    username: "supervisor2",
    badgeNumber: "071205",
    role: "SUPERVISOR",
    displayName: "杨科长（黔南州公安局户政）",
    scopeCode: DEMO_SUPERVISOR_SCOPES.supervisor2,
    scopeZh: "户政监督：黔南布依族苗族自治州 12 个县（市）",
    scopeEn: "Supervisor over the 12 counties and cities of Qiannan Prefecture",
  },
  {
    username: "admin",
    badgeNumber: null,
    role: "ADMIN",
    displayName: "系统管理员",
    scopeCode: null,
    scopeZh: "系统管理员：用户、派出所与辖区管理，不限辖区",
    scopeEn: "Administrator: users, stations and jurisdictions, no scope limit",
  },
];

const demoClerkOf = new Map<string, string>([
  [DEMO_STATION_CODES.clerk, "clerk"],
  [DEMO_STATION_CODES.clerk2, "clerk2"],
]);

/** The hukou officer of a station: the demo clerk where there is one, else `clerk-<station code>`. */
export function clerkUsername(options: { stationCode: string }): string {
  return demoClerkOf.get(options.stationCode) ?? `clerk-${options.stationCode}`;
}

const OFFICER_SURNAMES = ["张", "刘", "李", "周", "孙", "黄", "吴", "何", "罗", "梁", "邓", "石", "韦", "蒙", "包"];

function stationLabel(options: { station: StationInfo }): string {
  const { placeNames, name } = options.station;
  // 沁园街道 + 沁园派出所 says 沁园 twice; name the station after the unit above instead.
  const parent = placeNames[placeNames.length - 1] ?? "";
  const above = parent.startsWith(name.slice(0, 2)) ? (placeNames[placeNames.length - 2] ?? "") : parent;
  return above + name;
}

/** Stations with a second demo officer. */
export const SECOND_CLERK_STATIONS = ["qiannan-duyun-guanghui-ps"] as const;

export interface ApplicantAccount {
  username: string;
  displayName: string;
  citizenId: string;
}

/**
 * The other demo officers' 警号: 6 digits from 3 upwards, one per officer in plan order, so a re-run
 * gives each the same number and none collides with the named demo accounts' (0… and 04…–07…).
 */
const otherBadge = (index: number) => String(300101 + index * 7);

export function planUsers(options: { stations: StationInfo[]; applicants: ApplicantAccount[]; rng: Rng }): PlannedUser[] {
  const user = (u: Omit<PlannedUser, "id">): PlannedUser => ({ id: seedId({ table: "User", key: u.username }), ...u });
  let officers = 0;
  const byUsername = new Map(options.applicants.map((a) => [a.username, a]));
  const users: PlannedUser[] = DEMO_ACCOUNTS.map((a) => {
    const applicant = byUsername.get(a.username);
    if (a.role === "APPLICANT" && !applicant) throw new Error(`no person planned for demo account ${a.username}`);
    return user({
      username: a.username,
      displayName: a.displayName,
      badgeNumber: a.badgeNumber,
      role: a.role,
      stationCode: a.role === "CLERK" ? a.scopeCode : null,
      jurisdictionCode: a.role === "SUPERVISOR" ? a.scopeCode : null,
      citizenId: applicant?.citizenId ?? null,
    });
  });
  for (const station of options.stations) {
    if (demoClerkOf.has(station.code)) continue;
    users.push(
      user({
        username: clerkUsername({ stationCode: station.code }),
        displayName: `${options.rng.pick(OFFICER_SURNAMES)}警官（${stationLabel({ station })}）`,
        badgeNumber: otherBadge(officers++),
        role: "CLERK",
        stationCode: station.code,
        jurisdictionCode: null,
        citizenId: null,
      }),
    );
  }
  // A second officer where a supervisor may reassign a demo case (the 黔南 overdue case, docs/decisions/0215).
  for (const code of SECOND_CLERK_STATIONS) {
    const station = options.stations.find((s) => s.code === code);
    if (!station) throw new Error(`no station ${code}`);
    users.push(
      user({
        username: `${clerkUsername({ stationCode: code })}-2`,
        displayName: `${options.rng.pick(OFFICER_SURNAMES)}警官（${stationLabel({ station })}）`,
        badgeNumber: otherBadge(officers++),
        role: "CLERK",
        stationCode: code,
        jurisdictionCode: null,
        citizenId: null,
      }),
    );
  }
  for (const a of options.applicants) {
    if (DEMO_ACCOUNTS.some((d) => d.username === a.username)) continue;
    users.push(
      user({
        username: a.username,
        displayName: a.displayName,
        badgeNumber: null,
        role: "APPLICANT",
        stationCode: null,
        jurisdictionCode: null,
        citizenId: a.citizenId,
      }),
    );
  }
  return users;
}
