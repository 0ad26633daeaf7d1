// Name material for realistic demo residents. Given names follow the fashions of the birth decades,
// so a grandmother is 秀英 and her granddaughter 梓涵; minority surnames and Mongolian names follow the
// ethnic make-up of each place.
import type { Sex } from "@/lib/generated/prisma/client";
import type { Rng } from "./random";
import { eraOf, GIVEN, MONGOLIAN } from "./given-names";

const HAN_SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 72],
  ["李", 72],
  ["张", 68],
  ["刘", 54],
  ["陈", 50],
  ["杨", 32],
  ["黄", 25],
  ["赵", 22],
  ["吴", 21],
  ["周", 20],
  ["徐", 15],
  ["孙", 14],
  ["马", 13],
  ["朱", 12],
  ["胡", 12],
  ["郭", 11],
  ["何", 11],
  ["高", 10],
  ["林", 10],
  ["罗", 10],
  ["郑", 9],
  ["梁", 9],
  ["谢", 8],
  ["宋", 7],
  ["唐", 7],
  ["许", 6],
  ["韩", 6],
  ["冯", 6],
  ["邓", 6],
  ["曹", 6],
  ["彭", 5],
  ["曾", 5],
  ["肖", 5],
  ["田", 5],
  ["董", 4],
  ["袁", 4],
  ["潘", 4],
  ["蒋", 4],
  ["蔡", 4],
  ["余", 4],
  ["杜", 3],
  ["叶", 3],
  ["程", 3],
  ["魏", 3],
  ["苏", 3],
  ["吕", 3],
  ["丁", 3],
  ["雷", 2],
  ["侯", 2],
  ["谭", 2],
  ["段", 2],
  ["范", 2],
  ["廖", 2],
  ["欧阳", 1],
  ["司马", 1],
];

const MINORITY_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  布依族: ["韦", "莫", "蒙", "罗", "陆", "王", "吴", "黄", "岑", "班"],
  苗族: ["杨", "吴", "龙", "潘", "石", "王", "张", "李"],
  水族: ["潘", "韦", "蒙", "陆", "石", "吴"],
  瑶族: ["盘", "赵", "邓", "冯", "沈", "房", "唐", "李"],
};

export function pickSurname(options: { rng: Rng; ethnicity: string }): string {
  const minority = MINORITY_SURNAMES[options.ethnicity];
  if (minority && options.rng.chance(0.85)) return options.rng.pick(minority);
  return options.rng.weighted(HAN_SURNAMES);
}

export function isMongolian(ethnicity: string): boolean {
  return ethnicity === "蒙古族";
}

/** A full name; `surname` is inherited within a family (ignored for Mongolian names). */
export function makeName(options: { rng: Rng; sex: Sex; birthDate: string; ethnicity: string; surname?: string }): string {
  const { rng, sex } = options;
  if (isMongolian(options.ethnicity)) return rng.pick(MONGOLIAN[sex]);
  const surname = options.surname ?? pickSurname({ rng, ethnicity: options.ethnicity });
  return surname + rng.pick(GIVEN[sex][eraOf(options.birthDate)]);
}

const COMPOUND_SURNAMES = ["欧阳", "司马"];

export function surnameOf(name: string): string {
  return name.length >= 3 && COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
}

/** A name the person was registered under before (改名), kept in formerNames. */
export function makeFormerName(options: { rng: Rng; name: string; sex: Sex; birthDate: string; ethnicity: string }): string {
  if (isMongolian(options.ethnicity)) return options.rng.pick(MONGOLIAN[options.sex]);
  const surname = surnameOf(options.name);
  const pool = GIVEN[options.sex][eraOf(options.birthDate)].filter((g) => surname + g !== options.name);
  return surname + options.rng.pick(pool);
}

/** An 11-digit mobile number (13x/15x/18x); the numbers are invented. */
export function makePhone(options: { rng: Rng }): string {
  return "1" + options.rng.pick(["3", "5", "8"]) + options.rng.digits(9);
}

export interface Hometown {
  region: string;
  name: string;
  /** Urban/rural attribute of the registration there, for the ELIGIBILITY-V1 facts. */
  area: "town" | "rural";
  formerNature: "agricultural" | "non_agricultural";
}

const RURAL = { area: "rural", formerNature: "agricultural" } as const;
const TOWN = { area: "town", formerNature: "non_agricultural" } as const;

/**
 * Places outside the five jurisdictions that people move from (real county codes), one row a place:
 * the jurisdiction they move to, the place's code and name, and its registration.
 */
const HOMETOWN_ROWS: [jurisdiction: string, region: string, name: string, registration: typeof RURAL | typeof TOWN][] = [
  ["chenzhou", "430421", "湖南省衡阳县", RURAL],
  ["chenzhou", "430524", "湖南省隆回县", RURAL],
  ["chenzhou", "430381", "湖南省湘乡市", TOWN],
  ["chenzhou", "360730", "江西省宁都县", RURAL],
  ["jiyuan", "411325", "河南省内乡县", RURAL],
  ["jiyuan", "410825", "河南省温县", TOWN],
  ["jiyuan", "140525", "山西省泽州县", RURAL],
  ["jiyuan", "341221", "安徽省临泉县", RURAL],
  ["shaoguan", "450881", "广西壮族自治区桂平市", RURAL],
  ["shaoguan", "441481", "广东省兴宁市", TOWN],
  ["shaoguan", "440982", "广东省化州市", RURAL],
  ["shaoguan", "430524", "湖南省隆回县", RURAL],
  ["wushen", "610825", "陕西省定边县", RURAL],
  ["wushen", "610824", "陕西省靖边县", TOWN],
  ["wushen", "150621", "内蒙古自治区达拉特旗", RURAL],
  ["qiannan", "520521", "贵州省大方县", RURAL],
  ["qiannan", "520523", "贵州省金沙县", RURAL],
  ["qiannan", "451221", "广西壮族自治区南丹县", TOWN],
];

/** The places by the jurisdiction their people move to, in the rows' order. */
export const HOMETOWNS: Readonly<Record<string, readonly Hometown[]>> = HOMETOWN_ROWS.reduce<Record<string, Hometown[]>>(
  (places, [jurisdiction, region, name, registration]) => {
    (places[jurisdiction] ??= []).push({ region, name, ...registration });
    return places;
  },
  {},
);
