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

const CU = "CENTRAL_URBAN" as const;
const TOWN = "TOWN" as const;
const RURAL = "RURAL" as const;

const jiyuan = city("jiyuan", "济源市", "Jiyuan", CU, {
  policyCode: "jiyuan",
  region: "419001",
  children: [
    town("jiyuan-qinyuan", "沁园街道", "Qinyuan Subdistrict", CU, {
      children: [station("jiyuan-qinyuan-ps", "沁园派出所", "Qinyuan Police Station")],
    }),
    town("jiyuan-jishui", "济水街道", "Jishui Subdistrict", CU, {
      children: [station("jiyuan-jishui-ps", "济水派出所", "Jishui Police Station")],
    }),
    town("jiyuan-beihai", "北海街道", "Beihai Subdistrict", CU, {
      children: [station("jiyuan-beihai-ps", "北海派出所", "Beihai Police Station")],
    }),
    town("jiyuan-tiantan", "天坛街道", "Tiantan Subdistrict", CU),
    town("jiyuan-yuquan", "玉泉街道", "Yuquan Subdistrict", CU),
    town("jiyuan-kejing", "克井镇", "Kejing Town", TOWN, {
      children: [station("jiyuan-kejing-ps", "克井派出所", "Kejing Police Station")],
    }),
    town("jiyuan-wulongkou", "五龙口镇", "Wulongkou Town", TOWN),
    town("jiyuan-zhicheng", "轵城镇", "Zhicheng Town", TOWN),
    town("jiyuan-chengliu", "承留镇", "Chengliu Town", TOWN),
    town("jiyuan-shaoyuan", "邵原镇", "Shaoyuan Town", TOWN),
    town("jiyuan-potou", "坡头镇", "Potou Town", TOWN),
    town("jiyuan-lilin", "梨林镇", "Lilin Town", TOWN),
    town("jiyuan-dayu", "大峪镇", "Dayu Town", TOWN),
    town("jiyuan-sili", "思礼镇", "Sili Town", TOWN),
    town("jiyuan-wangwu", "王屋镇", "Wangwu Town", TOWN, {
      children: [station("jiyuan-wangwu-ps", "王屋派出所", "Wangwu Police Station")],
    }),
    town("jiyuan-xiaye", "下冶镇", "Xiaye Town", TOWN),
  ],
});

const shaoguan = city("shaoguan", "韶关市", "Shaoguan", CU, {
  policyCode: "shaoguan",
  region: "440200",
  children: [
    county("shaoguan-zhenjiang", "浈江区", "Zhenjiang District", CU, {
      region: "440204",
      children: [station("shaoguan-zhenjiang-donghe-ps", "东河派出所", "Donghe Police Station")],
    }),
    county("shaoguan-wujiang", "武江区", "Wujiang District", CU, {
      region: "440203",
      children: [station("shaoguan-wujiang-xinhua-ps", "新华派出所", "Xinhua Police Station")],
    }),
    county("shaoguan-qujiang", "曲江区", "Qujiang District", TOWN, {
      region: "440205",
      children: [station("shaoguan-qujiang-maba-ps", "马坝派出所", "Maba Police Station")],
    }),
    county("shaoguan-lechang", "乐昌市", "Lechang", TOWN, { region: "440281" }),
    county("shaoguan-nanxiong", "南雄市", "Nanxiong", TOWN, {
      region: "440282",
      children: [station("shaoguan-nanxiong-xiongzhou-ps", "雄州派出所", "Xiongzhou Police Station")],
    }),
    county("shaoguan-shixing", "始兴县", "Shixing County", TOWN, {
      region: "440222",
      children: [
        town("shaoguan-shixing-shendushui", "深渡水瑶族乡", "Shendushui Yao Ethnic Township", RURAL, {
          children: [station("shaoguan-shixing-shendushui-ps", "深渡水派出所", "Shendushui Police Station")],
        }),
      ],
    }),
    county("shaoguan-renhua", "仁化县", "Renhua County", TOWN, { region: "440224" }),
    county("shaoguan-wengyuan", "翁源县", "Wengyuan County", TOWN, { region: "440229" }),
    county("shaoguan-xinfeng", "新丰县", "Xinfeng County", TOWN, { region: "440233" }),
    county("shaoguan-ruyuan", "乳源瑶族自治县", "Ruyuan Yao Autonomous County", TOWN, {
      region: "440232",
      children: [station("shaoguan-ruyuan-rucheng-ps", "乳城派出所", "Rucheng Police Station")],
    }),
  ],
});

const wushen = city("wushen", "乌审旗", "Uxin Banner (Ordos)", TOWN, {
  policyCode: "wushen",
  region: "150626",
  children: [
    town("wushen-galutu", "嘎鲁图镇", "Galutu Town (banner seat)", TOWN, {
      children: [station("wushen-galutu-ps", "嘎鲁图派出所", "Galutu Police Station")],
    }),
    town("wushen-wushenzhao", "乌审召镇", "Uxin Ju Town", TOWN),
    town("wushen-tuke", "图克镇", "Tuke Town", TOWN, {
      children: [station("wushen-tuke-ps", "图克派出所", "Tuke Police Station")],
    }),
    town("wushen-wulantaolegai", "乌兰陶勒盖镇", "Ulan Tolgoi Town", TOWN),
    town("wushen-wudinghe", "无定河镇", "Wuding River Town", TOWN, {
      children: [station("wushen-wudinghe-ps", "无定河派出所", "Wuding River Police Station")],
    }),
    town("wushen-sulide", "苏力德苏木", "Sulide Sumu (pastoral)", RURAL, {
      children: [station("wushen-sulide-ps", "苏力德派出所", "Sulide Police Station")],
    }),
  ],
});

const chenzhou = city("chenzhou", "郴州市", "Chenzhou", CU, {
  policyCode: "chenzhou",
  region: "431000",
  children: [
    county("chenzhou-beihu", "北湖区", "Beihu District", CU, {
      region: "431002",
      children: [
        station("chenzhou-beihu-renminlu-ps", "人民路派出所", "Renmin Road Police Station"),
        station("chenzhou-beihu-yanquan-ps", "燕泉派出所", "Yanquan Police Station"),
        town("chenzhou-beihu-baohe", "保和瑶族乡", "Baohe Yao Ethnic Township", RURAL, {
          children: [station("chenzhou-beihu-baohe-ps", "保和派出所", "Baohe Police Station")],
        }),
        // A 建制镇 inside the district but outside the city: 三(二), not 三(一) (0122-chenzhou-central-urban-towns.md).
        // No demo station of its own: adding one would reshuffle the seeded demo population.
        town("chenzhou-beihu-huatang", "华塘镇", "Huatang Town", TOWN),
      ],
    }),
    county("chenzhou-suxian", "苏仙区", "Suxian District", CU, {
      region: "431003",
      children: [
        station("chenzhou-suxian-suxianling-ps", "苏仙岭派出所", "Suxianling Police Station"),
        town("chenzhou-suxian-qifengdu", "栖凤渡镇", "Qifengdu Town", TOWN),
      ],
    }),
    county("chenzhou-zixing", "资兴市", "Zixing", TOWN, {
      region: "431081",
      children: [station("chenzhou-zixing-tangdong-ps", "唐洞派出所", "Tangdong Police Station")],
    }),
    county("chenzhou-guiyang", "桂阳县", "Guiyang County", TOWN, { region: "431021" }),
    county("chenzhou-yizhang", "宜章县", "Yizhang County", TOWN, {
      region: "431022",
      children: [station("chenzhou-yizhang-yuxi-ps", "玉溪派出所", "Yuxi Police Station")],
    }),
    county("chenzhou-yongxing", "永兴县", "Yongxing County", TOWN, { region: "431023" }),
    county("chenzhou-jiahe", "嘉禾县", "Jiahe County", TOWN, { region: "431024" }),
    county("chenzhou-linwu", "临武县", "Linwu County", TOWN, { region: "431025" }),
    county("chenzhou-rucheng", "汝城县", "Rucheng County", TOWN, { region: "431026" }),
    county("chenzhou-guidong", "桂东县", "Guidong County", TOWN, { region: "431027" }),
    county("chenzhou-anren", "安仁县", "Anren County", TOWN, { region: "431028" }),
  ],
});

const qiannan = city("qiannan", "黔南布依族苗族自治州", "Qiannan Buyei and Miao Autonomous Prefecture", CU, {
  policyCode: "qiannan",
  region: "522700",
  children: [
    county("qiannan-duyun", "都匀市", "Duyun", CU, {
      region: "522701",
      children: [
        station("qiannan-duyun-guanghui-ps", "广惠派出所", "Guanghui Police Station"),
        station("qiannan-duyun-wenfeng-ps", "文峰派出所", "Wenfeng Police Station"),
      ],
    }),
    county("qiannan-fuquan", "福泉市", "Fuquan", TOWN, {
      region: "522702",
      children: [laterStation("qiannan-fuquan-jinshan-ps", "金山派出所", "Jinshan Police Station")],
    }),
    county("qiannan-libo", "荔波县", "Libo County", TOWN, {
      region: "522722",
      children: [
        station("qiannan-libo-yuping-ps", "玉屏派出所", "Yuping Police Station"),
        town("qiannan-libo-yaoshan", "瑶山瑶族乡", "Yaoshan Yao Ethnic Township", RURAL, {
          children: [station("qiannan-libo-yaoshan-ps", "瑶山派出所", "Yaoshan Police Station")],
        }),
      ],
    }),
    county("qiannan-guiding", "贵定县", "Guiding County", TOWN, {
      region: "522723",
      children: [laterStation("qiannan-guiding-chengguan-ps", "城关派出所", "Chengguan Police Station")],
    }),
    county("qiannan-wengan", "瓮安县", "Weng'an County", TOWN, {
      region: "522725",
      children: [laterStation("qiannan-wengan-yongyang-ps", "雍阳派出所", "Yongyang Police Station")],
    }),
    county("qiannan-dushan", "独山县", "Dushan County", TOWN, {
      region: "522726",
      children: [station("qiannan-dushan-baiquan-ps", "百泉派出所", "Baiquan Police Station")],
    }),
    county("qiannan-pingtang", "平塘县", "Pingtang County", TOWN, {
      region: "522727",
      children: [laterStation("qiannan-pingtang-pinghu-ps", "平湖派出所", "Pinghu Police Station")],
    }),
    county("qiannan-luodian", "罗甸县", "Luodian County", TOWN, {
      region: "522728",
      children: [laterStation("qiannan-luodian-longping-ps", "龙坪派出所", "Longping Police Station")],
    }),
    county("qiannan-changshun", "长顺县", "Changshun County", TOWN, {
      region: "522729",
      children: [laterStation("qiannan-changshun-changzhai-ps", "长寨派出所", "Changzhai Police Station")],
    }),
    county("qiannan-longli", "龙里县", "Longli County", TOWN, {
      region: "522730",
      children: [laterStation("qiannan-longli-longshan-ps", "龙山派出所", "Longshan Police Station")],
    }),
    county("qiannan-huishui", "惠水县", "Huishui County", TOWN, {
      region: "522731",
      children: [laterStation("qiannan-huishui-heping-ps", "和平派出所", "Heping Police Station")],
    }),
    county("qiannan-sandu", "三都水族自治县", "Sandu Shui Autonomous County", TOWN, {
      region: "522732",
      children: [station("qiannan-sandu-sanhe-ps", "三合派出所", "Sanhe Police Station")],
    }),
  ],
});

export const JURISDICTION_TREE: readonly UnitSpec[] = [
  province("henan", "河南省", "Henan Province", CU, { children: [jiyuan] }),
  province("guangdong", "广东省", "Guangdong Province", CU, { children: [shaoguan] }),
  province("neimenggu", "内蒙古自治区", "Inner Mongolia Autonomous Region", CU, { children: [wushen] }),
  province("hunan", "湖南省", "Hunan Province", CU, { children: [chenzhou] }),
  province("guizhou", "贵州省", "Guizhou Province", CU, { children: [qiannan] }),
];

export const POLICY_CODES = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"] as const;
export type PolicyCode = (typeof POLICY_CODES)[number];
