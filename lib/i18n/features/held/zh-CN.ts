// Documents the portal itself issued or holds (电子证照 / 减证便民, issue 15 item 8), and the endorsement
// window where an endorsement is offered. Merged under "held" and "endorseWindow" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

export const heldZh = {
  badge: "已调取（系统内电子证照）",
  noUpload: "无需上传：本平台已从系统内调取。",
  permit: "居住证 {number}，有效期至 {date}（本平台签发）",
  identity: "{name}，公民身份号码 {id}（户籍登记中的身份，签发居住证时已核验）",
  household: "户号 {number}，{address}（户籍登记中的家庭户）",
  fetched: "已调取",
};

export const endorseWindowZh = {
  notYet: "居住证 {number} 的签注期为 {from} 至 {to}，现在还不能办理签注。请在签注期内再来。",
  notYetShort: "签注期 {from} 至 {to}，届时可以申请",
  late: "已逾期：居住证 {number} 应于 {date} 前签注。现在补办签注后居住证恢复使用，但在居住地的居住年限从补办之日起重新连续计算。",
  none: "居住证 {number} 已不能签注；如仍在此居住，请重新申领居住证。",
  backToMe: "返回我的主页",
};
