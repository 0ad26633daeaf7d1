// What the population served by each demo station looks like: its streets (or villages), its ethnic
// make-up and its collective households. Street and village names are used for demo addresses only.
import type { HouseholdType } from "@/lib/generated/prisma/client";
import { QIANNAN_STATION_PROFILES } from "./station-profiles-qiannan";

export interface StationProfile {
  streets: readonly string[];
  /** Villages (村/嘎查) of the station's area; households there are RURAL. */
  villages?: readonly string[];
  /** Share of households in the villages when the station also serves a town. */
  ruralShare?: number;
  ethnicMix: readonly (readonly [string, number])[];
  families: number;
  collectives?: readonly { type: HouseholdType; name: string }[];
}

const HAN: StationProfile["ethnicMix"] = [["汉族", 1]];

/** A station without villages whose people are all Han: its streets, its families, its collective households if any. */
function han(streets: readonly string[], families: number, collectives?: StationProfile["collectives"]): StationProfile {
  return collectives ? { streets, ethnicMix: HAN, families, collectives } : { streets, ethnicMix: HAN, families };
}

export const STATION_PROFILES: Readonly<Record<string, StationProfile>> = {
  "jiyuan-qinyuan-ps": han(["沁园路", "黄河大道", "宣化街", "愚公路"], 5, [
    { type: "COLLECTIVE_TALENT_MARKET", name: "济源市人才交流中心公共户" },
    { type: "COLLECTIVE_UNIT", name: "济源钢铁集团集体户" },
  ]),
  "jiyuan-jishui-ps": han(["济水大街", "文昌路", "学苑路"], 4, [{ type: "COLLECTIVE_SCHOOL", name: "济源职业技术学院学生集体户" }]),
  "jiyuan-beihai-ps": han(["北海大道", "荆梁路", "天坛路"], 4),
  "jiyuan-kejing-ps": {
    streets: ["克井大街", "太行路"],
    villages: ["枣庙村", "勋掌村", "北社村"],
    ruralShare: 0.4,
    ethnicMix: HAN,
    families: 4,
  },
  "jiyuan-wangwu-ps": {
    streets: ["王屋大街"],
    villages: ["愚公村", "王屋村", "上坪村", "河口村"],
    ruralShare: 0.75,
    ethnicMix: HAN,
    families: 5,
  },
  "shaoguan-zhenjiang-donghe-ps": han(["解放路", "东堤路", "五里亭路"], 4, [{ type: "COLLECTIVE_SCHOOL", name: "韶关学院学生集体户" }]),
  "shaoguan-wujiang-xinhua-ps": han(["新华南路", "西河路", "沿江路"], 4),
  "shaoguan-qujiang-maba-ps": han(["府前路", "曲江大道", "韶钢路"], 4, [{ type: "COLLECTIVE_UNIT", name: "韶关钢铁有限公司集体户" }]),
  "shaoguan-nanxiong-xiongzhou-ps": han(["雄州大道", "永康路"], 3),
  "shaoguan-shixing-shendushui-ps": {
    streets: [],
    villages: ["大坝村", "横江村", "瑶田村"],
    ethnicMix: [
      ["瑶族", 0.7],
      ["汉族", 0.3],
    ],
    families: 3,
  },
  "shaoguan-ruyuan-rucheng-ps": {
    streets: ["鹰峰路", "城南路", "瑶族路"],
    ethnicMix: [
      ["瑶族", 0.4],
      ["汉族", 0.6],
    ],
    families: 4,
  },
  "wushen-galutu-ps": {
    streets: ["萨拉乌苏大街", "乌审大街", "苏力德街"],
    ethnicMix: [
      ["蒙古族", 0.3],
      ["汉族", 0.7],
    ],
    families: 5,
    collectives: [
      { type: "COLLECTIVE_COMMUNITY", name: "嘎鲁图镇社区公共户" },
      { type: "COLLECTIVE_TALENT_MARKET", name: "乌审旗人才交流服务中心公共户" },
    ],
  },
  "wushen-tuke-ps": {
    streets: ["图克大街", "工业园路"],
    ethnicMix: [
      ["蒙古族", 0.25],
      ["汉族", 0.75],
    ],
    families: 4,
  },
  "wushen-wudinghe-ps": {
    streets: ["无定河大街"],
    villages: ["河南嘎查", "巴图湾嘎查"],
    ruralShare: 0.3,
    ethnicMix: [
      ["蒙古族", 0.2],
      ["汉族", 0.8],
    ],
    families: 3,
  },
  "wushen-sulide-ps": {
    streets: [],
    villages: ["沙尔利格嘎查", "巴音敖包嘎查", "陶利嘎查"],
    ethnicMix: [
      ["蒙古族", 0.6],
      ["汉族", 0.4],
    ],
    families: 4,
  },
  "chenzhou-beihu-renminlu-ps": han(["人民西路", "人民东路", "国庆北路", "五岭大道"], 5, [
    { type: "COLLECTIVE_COMMUNITY", name: "人民路社区公共户" },
    { type: "COLLECTIVE_TALENT_MARKET", name: "郴州市人才服务中心公共户" },
  ]),
  "chenzhou-beihu-yanquan-ps": han(["燕泉路", "北湖路", "青年大道"], 4),
  "chenzhou-beihu-baohe-ps": {
    streets: [],
    villages: ["小溪村", "石门村", "上坪村"],
    ethnicMix: [
      ["瑶族", 0.6],
      ["汉族", 0.4],
    ],
    families: 4,
  },
  "chenzhou-suxian-suxianling-ps": han(["苏仙北路", "香雪路", "郴州大道"], 4, [{ type: "COLLECTIVE_SCHOOL", name: "湘南学院学生集体户" }]),
  "chenzhou-zixing-tangdong-ps": han(["资兴大道", "东江路"], 4),
  "chenzhou-yizhang-yuxi-ps": {
    streets: ["城南路", "民主路"],
    villages: ["黄沙村", "白石渡村"],
    ruralShare: 0.3,
    ethnicMix: [
      ["汉族", 0.95],
      ["瑶族", 0.05],
    ],
    families: 3,
  },
  ...QIANNAN_STATION_PROFILES,
};
