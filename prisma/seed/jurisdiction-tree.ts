// The administrative units of the five policy jurisdictions (/work/shared/domain/jurisdictions.md) and
// demo police stations under them. Codes are lowercase ASCII slugs, each prefixed by its parent's so
// that a code alone says where a unit is; the materialised path is built from them.
//
// Urban/rural attribute (`area`) choices:
// - Provinces and the policy units contain every kind of area; they carry the attribute of their seat
//   (a capital or central urban area → CENTRAL_URBAN). 乌审旗 has no central urban area at all: its seat
//   嘎鲁图镇 is a town, and its policy only distinguishes towns from pastoral areas, so it is TOWN.
//   Rules never read the area of an aggregate unit; they read the area of the target unit or household.
// - 济源: the five 街道 are the central urban area (济政办〔2015〕14号 二(三)); the eleven 镇 are TOWN.
//   济源 has no 乡, so its villages are represented by RURAL households under town stations.
// - 韶关: 浈江区 and 武江区 form the contiguous old city → CENTRAL_URBAN. 曲江区 was a county until 2004
//   and its seat 马坝 is a separate town some 20 km south → TOWN. (韶关's trial measures set the same
//   conditions for every area, so this choice changes no eligibility answer.)
// - 郴州: 北湖区 and 苏仙区 are the central urban area (郴政发〔2016〕1号 三(一)); 资兴市 and the counties
//   are the "other towns" of 三(二). The 建制镇 inside the two districts (华塘镇, 栖凤渡镇) are TOWN: 三(二).
// - 黔南: 都匀市 is the prefecture seat → CENTRAL_URBAN; the other eleven counties/cities → TOWN.
// - One real ethnic township (乡/苏木) per policy unit where one exists is RURAL, so rural households exist.
// A station takes the area of its parent unit.
import type { AreaKind, JurisdictionLevel } from "@/lib/generated/prisma/client";

export interface UnitSpec {
  code: string;
  name: string;
  nameEn: string;
  level: JurisdictionLevel;
  area: AreaKind;
  policyCode?: string;
  /** 6-digit address code (GB/T 2260) printed in the citizen IDs of people born here. */
  region?: string;
  children?: UnitSpec[];
  /** A station added after the first demo: listed after all others, so the earlier stations keep their draws and household numbers. */
  later?: boolean;
}

type Extra = { region?: string; policyCode?: string; children?: UnitSpec[] };

function unit(level: JurisdictionLevel) {
  return (code: string, name: string, nameEn: string, area: AreaKind, extra: Extra = {}): UnitSpec => ({
    code,
    name,
    nameEn,
    level,
    area,
    ...extra,
  });
}

const province = unit("PROVINCE");
const city = unit("CITY");
const county = unit("COUNTY");
const town = unit("TOWN");

/** A police station; its area is filled in from the parent when the tree is flattened. */
function station(code: string, name: string, nameEn: string): UnitSpec {
  return { code, name, nameEn, level: "STATION", area: "TOWN" };
}

/** A station of a county that had none in the first demo (docs/decisions/0215): every 黔南 county needs a registry. */
function laterStation(code: string, name: string, nameEn: string): UnitSpec {
  return { ...station(code, name, nameEn), later: true };
}

/**
 * A demo station below a unit: [slug, name, place in English], LATER when it came after the first demo.
 * Its code: the unit's, the slug, "-ps"; its English name: the place and "Police Station".
 */
type StationRow = readonly [slug: string, name: string, placeEn: string, later?: typeof LATER];
const LATER = "later" as const;

/** A county-level unit with its address code and its one demo station, if it has one. */
function countyWith(code: string, name: string, nameEn: string, area: AreaKind, region: string, ps?: StationRow): UnitSpec {
  if (!ps) return county(code, name, nameEn, area, { region });
  const [slug, psName, psPlaceEn, later] = ps;
  const make = later ? laterStation : station;
  return county(code, name, nameEn, area, { region, children: [make(`${code}-${slug}-ps`, psName, `${psPlaceEn} Police Station`)] });
}

/** A county-level unit with its address code and the units below it. */
function countyOf(code: string, name: string, nameEn: string, area: AreaKind, region: string, children: UnitSpec[]): UnitSpec {
  return county(code, name, nameEn, area, { region, children });
}

/** A town or subdistrict with its one demo station ([name, place in English]), coded the town's code and "-ps". */
function townWith(code: string, name: string, nameEn: string, area: AreaKind, [psName, psPlaceEn]: readonly [string, string]): UnitSpec {
  return town(code, name, nameEn, area, { children: [station(`${code}-ps`, psName, `${psPlaceEn} Police Station`)] });
}

/** One of the five policy units: its own policy code, its address code and the units below it. */
function policyUnit(code: string, name: string, nameEn: string, area: AreaKind, region: string, children: UnitSpec[]): UnitSpec {
  return city(code, name, nameEn, area, { policyCode: code, region, children });
}

const CU = "CENTRAL_URBAN" as const;
const TOWN = "TOWN" as const;
const RURAL = "RURAL" as const;

const jiyuan = policyUnit("jiyuan", "济源市", "Jiyuan", CU, "419001", [
  townWith("jiyuan-qinyuan", "沁园街道", "Qinyuan Subdistrict", CU, ["沁园派出所", "Qinyuan"]),
  townWith("jiyuan-jishui", "济水街道", "Jishui Subdistrict", CU, ["济水派出所", "Jishui"]),
  townWith("jiyuan-beihai", "北海街道", "Beihai Subdistrict", CU, ["北海派出所", "Beihai"]),
  town("jiyuan-tiantan", "天坛街道", "Tiantan Subdistrict", CU),
  town("jiyuan-yuquan", "玉泉街道", "Yuquan Subdistrict", CU),
  townWith("jiyuan-kejing", "克井镇", "Kejing Town", TOWN, ["克井派出所", "Kejing"]),
  town("jiyuan-wulongkou", "五龙口镇", "Wulongkou Town", TOWN),
  town("jiyuan-zhicheng", "轵城镇", "Zhicheng Town", TOWN),
  town("jiyuan-chengliu", "承留镇", "Chengliu Town", TOWN),
  town("jiyuan-shaoyuan", "邵原镇", "Shaoyuan Town", TOWN),
  town("jiyuan-potou", "坡头镇", "Potou Town", TOWN),
  town("jiyuan-lilin", "梨林镇", "Lilin Town", TOWN),
  town("jiyuan-dayu", "大峪镇", "Dayu Town", TOWN),
  town("jiyuan-sili", "思礼镇", "Sili Town", TOWN),
  townWith("jiyuan-wangwu", "王屋镇", "Wangwu Town", TOWN, ["王屋派出所", "Wangwu"]),
  town("jiyuan-xiaye", "下冶镇", "Xiaye Town", TOWN),
]);

const shaoguan = policyUnit("shaoguan", "韶关市", "Shaoguan", CU, "440200", [
  countyWith("shaoguan-zhenjiang", "浈江区", "Zhenjiang District", CU, "440204", ["donghe", "东河派出所", "Donghe"]),
  countyWith("shaoguan-wujiang", "武江区", "Wujiang District", CU, "440203", ["xinhua", "新华派出所", "Xinhua"]),
  countyWith("shaoguan-qujiang", "曲江区", "Qujiang District", TOWN, "440205", ["maba", "马坝派出所", "Maba"]),
  countyWith("shaoguan-lechang", "乐昌市", "Lechang", TOWN, "440281"),
  countyWith("shaoguan-nanxiong", "南雄市", "Nanxiong", TOWN, "440282", ["xiongzhou", "雄州派出所", "Xiongzhou"]),
  countyOf("shaoguan-shixing", "始兴县", "Shixing County", TOWN, "440222", [
    townWith("shaoguan-shixing-shendushui", "深渡水瑶族乡", "Shendushui Yao Ethnic Township", RURAL, ["深渡水派出所", "Shendushui"]),
  ]),
  countyWith("shaoguan-renhua", "仁化县", "Renhua County", TOWN, "440224"),
  countyWith("shaoguan-wengyuan", "翁源县", "Wengyuan County", TOWN, "440229"),
  countyWith("shaoguan-xinfeng", "新丰县", "Xinfeng County", TOWN, "440233"),
  countyWith("shaoguan-ruyuan", "乳源瑶族自治县", "Ruyuan Yao Autonomous County", TOWN, "440232", ["rucheng", "乳城派出所", "Rucheng"]),
]);

const wushen = policyUnit("wushen", "乌审旗", "Uxin Banner (Ordos)", TOWN, "150626", [
  townWith("wushen-galutu", "嘎鲁图镇", "Galutu Town (banner seat)", TOWN, ["嘎鲁图派出所", "Galutu"]),
  town("wushen-wushenzhao", "乌审召镇", "Uxin Ju Town", TOWN),
  townWith("wushen-tuke", "图克镇", "Tuke Town", TOWN, ["图克派出所", "Tuke"]),
  town("wushen-wulantaolegai", "乌兰陶勒盖镇", "Ulan Tolgoi Town", TOWN),
  townWith("wushen-wudinghe", "无定河镇", "Wuding River Town", TOWN, ["无定河派出所", "Wuding River"]),
  townWith("wushen-sulide", "苏力德苏木", "Sulide Sumu (pastoral)", RURAL, ["苏力德派出所", "Sulide"]),
]);

const chenzhou = policyUnit("chenzhou", "郴州市", "Chenzhou", CU, "431000", [
  countyOf("chenzhou-beihu", "北湖区", "Beihu District", CU, "431002", [
    station("chenzhou-beihu-renminlu-ps", "人民路派出所", "Renmin Road Police Station"),
    station("chenzhou-beihu-yanquan-ps", "燕泉派出所", "Yanquan Police Station"),
    townWith("chenzhou-beihu-baohe", "保和瑶族乡", "Baohe Yao Ethnic Township", RURAL, ["保和派出所", "Baohe"]),
    // A 建制镇 inside the district but outside the city: 三(二), not 三(一) (0122-chenzhou-central-urban-towns.md).
    // No demo station of its own: adding one would reshuffle the seeded demo population.
    town("chenzhou-beihu-huatang", "华塘镇", "Huatang Town", TOWN),
  ]),
  countyOf("chenzhou-suxian", "苏仙区", "Suxian District", CU, "431003", [
    station("chenzhou-suxian-suxianling-ps", "苏仙岭派出所", "Suxianling Police Station"),
    town("chenzhou-suxian-qifengdu", "栖凤渡镇", "Qifengdu Town", TOWN),
  ]),
  countyWith("chenzhou-zixing", "资兴市", "Zixing", TOWN, "431081", ["tangdong", "唐洞派出所", "Tangdong"]),
  countyWith("chenzhou-guiyang", "桂阳县", "Guiyang County", TOWN, "431021"),
  countyWith("chenzhou-yizhang", "宜章县", "Yizhang County", TOWN, "431022", ["yuxi", "玉溪派出所", "Yuxi"]),
  countyWith("chenzhou-yongxing", "永兴县", "Yongxing County", TOWN, "431023"),
  countyWith("chenzhou-jiahe", "嘉禾县", "Jiahe County", TOWN, "431024"),
  countyWith("chenzhou-linwu", "临武县", "Linwu County", TOWN, "431025"),
  countyWith("chenzhou-rucheng", "汝城县", "Rucheng County", TOWN, "431026"),
  countyWith("chenzhou-guidong", "桂东县", "Guidong County", TOWN, "431027"),
  countyWith("chenzhou-anren", "安仁县", "Anren County", TOWN, "431028"),
]);

const qiannan = policyUnit("qiannan", "黔南布依族苗族自治州", "Qiannan Buyei and Miao Autonomous Prefecture", CU, "522700", [
  countyOf("qiannan-duyun", "都匀市", "Duyun", CU, "522701", [
    station("qiannan-duyun-guanghui-ps", "广惠派出所", "Guanghui Police Station"),
    station("qiannan-duyun-wenfeng-ps", "文峰派出所", "Wenfeng Police Station"),
  ]),
  countyWith("qiannan-fuquan", "福泉市", "Fuquan", TOWN, "522702", ["jinshan", "金山派出所", "Jinshan", LATER]),
  countyOf("qiannan-libo", "荔波县", "Libo County", TOWN, "522722", [
    station("qiannan-libo-yuping-ps", "玉屏派出所", "Yuping Police Station"),
    townWith("qiannan-libo-yaoshan", "瑶山瑶族乡", "Yaoshan Yao Ethnic Township", RURAL, ["瑶山派出所", "Yaoshan"]),
  ]),
  countyWith("qiannan-guiding", "贵定县", "Guiding County", TOWN, "522723", ["chengguan", "城关派出所", "Chengguan", LATER]),
  countyWith("qiannan-wengan", "瓮安县", "Weng'an County", TOWN, "522725", ["yongyang", "雍阳派出所", "Yongyang", LATER]),
  countyWith("qiannan-dushan", "独山县", "Dushan County", TOWN, "522726", ["baiquan", "百泉派出所", "Baiquan"]),
  countyWith("qiannan-pingtang", "平塘县", "Pingtang County", TOWN, "522727", ["pinghu", "平湖派出所", "Pinghu", LATER]),
  countyWith("qiannan-luodian", "罗甸县", "Luodian County", TOWN, "522728", ["longping", "龙坪派出所", "Longping", LATER]),
  countyWith("qiannan-changshun", "长顺县", "Changshun County", TOWN, "522729", ["changzhai", "长寨派出所", "Changzhai", LATER]),
  countyWith("qiannan-longli", "龙里县", "Longli County", TOWN, "522730", ["longshan", "龙山派出所", "Longshan", LATER]),
  countyWith("qiannan-huishui", "惠水县", "Huishui County", TOWN, "522731", ["heping", "和平派出所", "Heping", LATER]),
  countyWith("qiannan-sandu", "三都水族自治县", "Sandu Shui Autonomous County", TOWN, "522732", ["sanhe", "三合派出所", "Sanhe"]),
]);

export const JURISDICTION_TREE: readonly UnitSpec[] = [
  province("henan", "河南省", "Henan Province", CU, { children: [jiyuan] }),
  province("guangdong", "广东省", "Guangdong Province", CU, { children: [shaoguan] }),
  province("neimenggu", "内蒙古自治区", "Inner Mongolia Autonomous Region", CU, { children: [wushen] }),
  province("hunan", "湖南省", "Hunan Province", CU, { children: [chenzhou] }),
  province("guizhou", "贵州省", "Guizhou Province", CU, { children: [qiannan] }),
];

export const POLICY_CODES = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"] as const;
export type PolicyCode = (typeof POLICY_CODES)[number];
