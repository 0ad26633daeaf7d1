// Words for the coded values of a request, so an unmet-fact message reads as a sentence
// ("目前：单位宿舍") rather than as a code ("now: dormitory" stays readable in English too).

const ZH: Record<string, string> = {
  // residence.type
  owned: "自有住房（购买或自建，有产权）",
  rented_registered: "已备案的租赁住房",
  rented: "租赁住房",
  dormitory: "单位宿舍",
  relative: "借住亲友家",
  // employment.type
  employee: "受雇就业",
  self_employed: "个体工商户",
  business_owner: "企业法人或负责人",
  public_sector: "经组织人事部门调入、考录或聘用",
  flexible: "灵活就业",
  // education.level
  secondary: "中学/中专",
  vocational: "职业院校",
  technical_school: "技工院校",
  college: "大学专科",
  bachelor: "大学本科",
  master: "硕士研究生",
  doctorate: "博士研究生",
  // areas and hukou
  central_urban: "中心城区",
  town: "城镇",
  rural: "农村（牧区）",
  elsewhere: "外地",
  jiyuan: "济源市",
  shaoguan: "韶关市",
  wushen: "乌审旗",
  chenzhou: "郴州市",
  qiannan: "黔南州",
  agricultural: "原农业户口",
  non_agricultural: "原非农业户口",
  // relations
  spouse: "配偶",
  child: "子女",
  parent: "父母",
  grandparent: "祖父母/外祖父母",
  grandchild: "孙子女/外孙子女",
  none: "无",
};

const EN: Record<string, string> = {
  owned: "owned home",
  rented_registered: "registered rental",
  rented: "rental",
  dormitory: "unit dormitory",
  relative: "staying with relatives",
  employee: "employee",
  self_employed: "individual business",
  business_owner: "enterprise legal representative or manager",
  public_sector: "public-sector hire",
  flexible: "flexible employment",
  secondary: "secondary school",
  vocational: "vocational school",
  technical_school: "technical school",
  college: "college (大专)",
  bachelor: "bachelor",
  master: "master",
  doctorate: "doctorate",
  central_urban: "central urban area",
  town: "town",
  rural: "rural/pastoral area",
  elsewhere: "elsewhere",
  agricultural: "formerly agricultural hukou",
  non_agricultural: "formerly non-agricultural hukou",
  none: "none",
};

export function valueZh(value: unknown): string {
  if (value === null || value === undefined) return "未填写或无";
  if (value === true) return "是";
  if (value === false) return "否";
  if (typeof value === "string") return ZH[value] ?? value;
  if (typeof value === "object") return "已有户口";
  return String(value);
}

export function valueEn(value: unknown): string {
  if (value === null || value === undefined) return "not given / none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return EN[value] ?? value;
  if (typeof value === "object") return "has a hukou";
  return String(value);
}
