// Reference data of the demo: the reform targets the documents set (real, with their clauses), and
// plausible DEMO statistics — resident population, and the 黔南 2018 assessment inputs of the twelve
// counties — so a 黔南 supervisor sees every county's score with its inputs. The statistics are
// invented for the demo and say so in their source. Created when missing, never changed (like write.ts).
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const QIANNAN_DOC = "《黔南州进一步深化户籍制度改革实施方案(征求意见稿)》";
const SHAOGUAN_DOC = "《韶关市推动非户籍人口在城市落户实施办法(试行)》";
const WUSHEN_DOC = "《乌审旗进一步推进户籍制度改革实施方案》";

interface TargetSeed {
  unit: string;
  metric: string;
  fromYear: number;
  toYear: number;
  value: number | null;
  baseYear?: number;
  sourceDocument: string;
  sourceClause: string;
  note?: string;
}

export const DEMO_TARGETS: TargetSeed[] = [
  {
    unit: "qiannan",
    metric: "HUKOU_URBANIZATION_RATE",
    fromYear: 2018,
    toYear: 2018,
    value: 40.5,
    sourceDocument: QIANNAN_DOC,
    sourceClause: "一",
    note: "2018年户籍人口城镇化率达40.5%以上",
  },
  {
    unit: "qiannan",
    metric: "HUKOU_URBANIZATION_RATE",
    fromYear: 2019,
    toYear: 2019,
    value: 42,
    sourceDocument: QIANNAN_DOC,
    sourceClause: "一",
  },
  {
    unit: "qiannan",
    metric: "HUKOU_URBANIZATION_RATE",
    fromYear: 2020,
    toYear: 2020,
    value: 43,
    sourceDocument: QIANNAN_DOC,
    sourceClause: "一",
    note: "“十三五”末户籍人口城镇化率达43%",
  },
  {
    unit: "qiannan",
    metric: "SETTLEMENTS",
    fromYear: 2018,
    toYear: 2018,
    value: 60000,
    sourceDocument: QIANNAN_DOC,
    sourceClause: "一",
    note: "农业转移人口和其他常住人口落户城镇6万人以上",
  },
  { unit: "qiannan", metric: "SETTLEMENTS", fromYear: 2019, toYear: 2019, value: 40000, sourceDocument: QIANNAN_DOC, sourceClause: "一" },
  { unit: "qiannan", metric: "SETTLEMENTS", fromYear: 2020, toYear: 2020, value: 40000, sourceDocument: QIANNAN_DOC, sourceClause: "一" },
  {
    unit: "qiannan",
    metric: "SETTLEMENTS",
    fromYear: 2016,
    toYear: 2020,
    value: 300000,
    sourceDocument: QIANNAN_DOC,
    sourceClause: "一",
    note: "“十三五”期间落户城镇30万人以上",
  },
  {
    unit: "shaoguan",
    metric: "SETTLEMENTS",
    fromYear: 2016,
    toYear: 2020,
    value: 60000,
    sourceDocument: SHAOGUAN_DOC,
    sourceClause: "一",
    note: "“十三五”期间6万左右非户籍人口在城市落户（“左右”：约数）",
  },
  {
    unit: "shaoguan",
    metric: "HUKOU_URBANIZATION_RATE",
    fromYear: 2020,
    toYear: 2020,
    value: 45,
    sourceDocument: SHAOGUAN_DOC,
    sourceClause: "一",
    note: "到2020年户籍人口城镇化率提高到45%以上",
  },
  {
    unit: "shaoguan",
    metric: "RATE_GAP_REDUCTION",
    fromYear: 2020,
    toYear: 2020,
    value: 2,
    baseYear: 2013,
    sourceDocument: SHAOGUAN_DOC,
    sourceClause: "一",
    note: "与常住人口城镇化率差距较2013年缩小2个百分点以上",
  },
  {
    unit: "wushen",
    metric: "NO_QUOTA",
    fromYear: 2016,
    toYear: 2020,
    value: null,
    sourceDocument: WUSHEN_DOC,
    sourceClause: "三(三)",
    note: "不搞一刀切，不定任务指标",
  },
];

const DEMO_SOURCE =
  "演示数据（虚构）：人口及其变动情况统计年报表（工业57表）、城镇人口增减情况统计年报表（工业58表）、省户改办易地扶贫搬迁入住人员数据";
const PARTLY_ENTERED = "附件1 一(一)（应上升百分点）；演示数据（虚构）：省户改办易地扶贫搬迁入住人员数据；其余数字由登记库统计";
const RESIDENT_SOURCE = "演示数据（虚构）：统计部门年度常住人口数";

/** 附件1 一(一): required rise in points; [totalPrev, urbanPrev, total, urban, agri, other, urbanIncrease, relocatedSettled, relocatedMovedIn] or null (not yet reported). */
type Figures = [number, number, number, number, number, number, number, number, number];
export const DEMO_ASSESSMENT_2018: { county: string; requiredIncrease: number; figures: Figures | null; relocatedMovedIn?: number }[] = [
  { county: "qiannan-duyun", requiredIncrease: 0.6, figures: [512000, 266240, 515000, 273465, 9800, 2100, 14500, 18650, 19200] },
  { county: "qiannan-fuquan", requiredIncrease: 1.2, figures: [318000, 124020, 320000, 128320, 5200, 800, 7400, 9800, 9800] },
  { county: "qiannan-libo", requiredIncrease: 1.2, figures: [180000, 55800, 181000, 57920, 2900, 300, 3600, 6100, 6500] },
  { county: "qiannan-guiding", requiredIncrease: 0.6, figures: [300000, 105000, 301000, 107456, 4100, 700, 5000, 8000, 8700] },
  { county: "qiannan-wengan", requiredIncrease: 1.2, figures: [480000, 139200, 482000, 144600, 6900, 900, 9100, 15800, 16800] },
  { county: "qiannan-dushan", requiredIncrease: 0.6, figures: [360000, 115200, 362000, 116926, 3600, 600, 6000, 11000, 12400] },
  // Reported only the provincial relocation list: every other figure is counted in the registry
  // (the county's generated registry and its 2018 portal settlements, docs/decisions/0215).
  { county: "qiannan-pingtang", requiredIncrease: 2.4, figures: null, relocatedMovedIn: 4 },
  { county: "qiannan-luodian", requiredIncrease: 2.4, figures: [350000, 87500, 352000, 96096, 7100, 500, 8600, 14200, 15000] },
  // The rate fell: 0 of 40 points (附件1 "负增长的不得分").
  { county: "qiannan-changshun", requiredIncrease: 2.4, figures: [270000, 72900, 271000, 72628, 1200, 200, 2600, 7300, 9100] },
  // Both first parts over their caps.
  { county: "qiannan-longli", requiredIncrease: 2.4, figures: [230000, 80500, 233000, 87375, 6200, 1400, 7200, 6400, 6400] },
  { county: "qiannan-huishui", requiredIncrease: 2.4, figures: [460000, 124200, 463000, 134733, 8800, 700, 11000, 16500, 17800] },
  { county: "qiannan-sandu", requiredIncrease: 2.4, figures: [380000, 76000, 382000, 83276, 5300, 300, 6800, 14900, 16300] },
];

/** Resident population, end of year: a smooth invented series (total, urban share in percent). */
function residentSeries(options: {
  unit: string;
  from: number;
  to: number;
  total0: number;
  perYear: number;
  rate0: number;
  ratePerYear: number;
}) {
  const rows = [];
  for (let year = options.from; year <= options.to; year++) {
    const k = year - options.from;
    const residentTotal = options.total0 + options.perYear * k;
    rows.push({
      unit: options.unit,
      year,
      residentTotal,
      residentUrban: Math.round((residentTotal * (options.rate0 + options.ratePerYear * k)) / 100),
    });
  }
  return rows;
}

/** 黔南's counties: resident population near the reported hukou totals, urban share some points above the hukou rate. */
const QIANNAN_COUNTY_RESIDENTS = DEMO_ASSESSMENT_2018.map(({ county, figures }, i) => {
  const total = figures ? figures[0] : 250_000;
  const hukouRate = figures ? (figures[1] / figures[0]) * 100 : 24;
  return residentSeries({
    unit: county,
    from: 2013,
    to: 2026,
    total0: Math.round(total * 0.88),
    perYear: 800 + i * 90,
    rate0: Math.round((hukouRate + 6 + (i % 4)) * 10) / 10 - 5,
    ratePerYear: 1.1 + (i % 3) * 0.2,
  });
}).flat();

export const DEMO_RESIDENTS = [
  ...residentSeries({ unit: "qiannan", from: 2013, to: 2026, total0: 3_240_000, perYear: 6_000, rate0: 41.2, ratePerYear: 1.45 }),
  ...QIANNAN_COUNTY_RESIDENTS,
  ...residentSeries({ unit: "shaoguan", from: 2013, to: 2026, total0: 2_930_000, perYear: 4_000, rate0: 53.5, ratePerYear: 0.9 }),
  ...residentSeries({ unit: "chenzhou", from: 2013, to: 2026, total0: 4_620_000, perYear: 5_000, rate0: 47.0, ratePerYear: 1.2 }),
];

export async function writeReference(options: { tx: Tx }): Promise<number> {
  const { tx } = options;
  const codes = [
    ...new Set([...DEMO_TARGETS.map((t) => t.unit), ...DEMO_ASSESSMENT_2018.map((a) => a.county), ...DEMO_RESIDENTS.map((r) => r.unit)]),
  ];
  const units = new Map(
    (await tx.jurisdiction.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  const id = (code: string) => {
    const found = units.get(code);
    if (!found) throw new Error(`seed: no jurisdiction ${code}`);
    return found;
  };
  // skipDuplicates on each table's natural key: present rows (perhaps edited by an administrator) stay as they are.
  // A seed row names its unit by code; the table keys it by id.
  const targets = await tx.reformTarget.createMany({
    data: DEMO_TARGETS.map(({ unit, baseYear, note, ...target }) => ({
      unitId: id(unit),
      ...target,
      baseYear: baseYear ?? null,
      note: note ?? null,
    })),
    skipDuplicates: true,
  });
  const residents = await tx.populationStat.createMany({
    data: DEMO_RESIDENTS.map(({ unit, ...counts }) => ({ unitId: id(unit), ...counts, source: RESIDENT_SOURCE })),
    skipDuplicates: true,
  });
  const inputs = await tx.assessmentInput.createMany({
    data: DEMO_ASSESSMENT_2018.map(({ county, requiredIncrease, figures: f, relocatedMovedIn }) => ({
      unitId: id(county),
      year: 2018,
      requiredIncrease,
      hukouTotalPrev: f?.[0] ?? null,
      hukouUrbanPrev: f?.[1] ?? null,
      hukouTotal: f?.[2] ?? null,
      hukouUrban: f?.[3] ?? null,
      agriTransferSettlements: f?.[4] ?? null,
      otherSettlements: f?.[5] ?? null,
      urbanIncreaseTotal: f?.[6] ?? null,
      relocatedSettled: f?.[7] ?? null,
      relocatedMovedIn: f?.[8] ?? relocatedMovedIn ?? null,
      source: f ? DEMO_SOURCE : relocatedMovedIn !== undefined ? PARTLY_ENTERED : "附件1 一(一)（应上升百分点）；其余数字尚未报送",
    })),
    skipDuplicates: true,
  });
  return targets.count + residents.count + inputs.count;
}
