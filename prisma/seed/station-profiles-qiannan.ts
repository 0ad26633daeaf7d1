// The demo stations of 黔南州: their streets and villages, their ethnic make-up (布依族, 苗族, 水族 and
// others beside the Han) and their collective households. Checked as StationProfile where
// station-profiles.ts spreads them into STATION_PROFILES.
export const QIANNAN_STATION_PROFILES = {
  "qiannan-duyun-guanghui-ps": {
    streets: ["广惠路", "剑江中路", "斗篷山路"],
    ethnicMix: [
      ["汉族", 0.55],
      ["布依族", 0.3],
      ["苗族", 0.15],
    ],
    families: 5,
    collectives: [{ type: "COLLECTIVE_SCHOOL", name: "黔南民族师范学院学生集体户" }],
  },
  "qiannan-duyun-wenfeng-ps": {
    streets: ["文峰路", "民族路"],
    ethnicMix: [
      ["汉族", 0.5],
      ["布依族", 0.35],
      ["苗族", 0.15],
    ],
    families: 4,
  },
  "qiannan-libo-yuping-ps": {
    streets: ["樟江路", "玉屏街"],
    ethnicMix: [
      ["布依族", 0.45],
      ["汉族", 0.35],
      ["水族", 0.1],
      ["苗族", 0.1],
    ],
    families: 4,
  },
  "qiannan-libo-yaoshan-ps": {
    streets: [],
    villages: ["拉片村", "懂别村", "菇类村"],
    ethnicMix: [
      ["瑶族", 0.7],
      ["布依族", 0.2],
      ["汉族", 0.1],
    ],
    families: 4,
  },
  "qiannan-dushan-baiquan-ps": {
    streets: ["环城路", "东门路"],
    ethnicMix: [
      ["布依族", 0.5],
      ["汉族", 0.4],
      ["苗族", 0.1],
    ],
    families: 4,
    collectives: [{ type: "COLLECTIVE_COMMUNITY", name: "百泉镇易地扶贫搬迁安置点社区公共户" }],
  },
  "qiannan-sandu-sanhe-ps": {
    streets: ["中华路", "凤羽路"],
    ethnicMix: [
      ["水族", 0.5],
      ["布依族", 0.2],
      ["苗族", 0.1],
      ["汉族", 0.2],
    ],
    families: 4,
  },
  // Stations added for the county registries (docs/decisions/0215): no in-memory families — their
  // population is generated in SQL (bulk-registry.ts); the profile gives the historic cases addresses.
  "qiannan-fuquan-jinshan-ps": {
    streets: ["金山大道", "城厢路"],
    villages: ["双谷村", "马场坪村"],
    ruralShare: 0.4,
    ethnicMix: [
      ["汉族", 0.6],
      ["苗族", 0.25],
      ["布依族", 0.15],
    ],
    families: 0,
  },
  "qiannan-guiding-chengguan-ps": {
    streets: ["金南路", "宝山路"],
    villages: ["音寨村", "新铺村"],
    ruralShare: 0.4,
    ethnicMix: [
      ["汉族", 0.45],
      ["布依族", 0.4],
      ["苗族", 0.15],
    ],
    families: 0,
  },
  "qiannan-wengan-yongyang-ps": {
    streets: ["文峰路", "雍阳路"],
    villages: ["草塘村", "玉华村"],
    ruralShare: 0.4,
    ethnicMix: [
      ["汉族", 0.75],
      ["苗族", 0.15],
      ["布依族", 0.1],
    ],
    families: 0,
  },
  "qiannan-pingtang-pinghu-ps": {
    streets: ["通州路", "平湖路"],
    villages: ["克度村", "掌布村"],
    ruralShare: 0.5,
    ethnicMix: [
      ["布依族", 0.5],
      ["汉族", 0.35],
      ["苗族", 0.15],
    ],
    families: 0,
  },
  "qiannan-luodian-longping-ps": {
    streets: ["斛兴路", "龙坪路"],
    villages: ["红水河村", "边外村"],
    ruralShare: 0.5,
    ethnicMix: [
      ["布依族", 0.6],
      ["汉族", 0.3],
      ["苗族", 0.1],
    ],
    families: 0,
  },
  "qiannan-changshun-changzhai-ps": {
    streets: ["长寨路", "广顺路"],
    villages: ["鼓扬村", "威远村"],
    ruralShare: 0.5,
    ethnicMix: [
      ["布依族", 0.45],
      ["苗族", 0.3],
      ["汉族", 0.25],
    ],
    families: 0,
  },
  "qiannan-longli-longshan-ps": {
    streets: ["冠山路", "龙山大道"],
    villages: ["谷脚村", "湾寨村"],
    ruralShare: 0.35,
    ethnicMix: [
      ["汉族", 0.55],
      ["布依族", 0.3],
      ["苗族", 0.15],
    ],
    families: 0,
  },
  "qiannan-huishui-heping-ps": {
    streets: ["和平路", "长田路"],
    villages: ["好花红村", "摆金村"],
    ruralShare: 0.45,
    ethnicMix: [
      ["布依族", 0.55],
      ["汉族", 0.3],
      ["苗族", 0.15],
    ],
    families: 0,
  },
} as const;
