// The landing page (landingZh), and the names of the places whose policies the portal holds (placesZh,
// under "places"). Chinese first; assembled by lib/i18n/zh-cn.ts.

export const landingZh = {
  heading: "户籍通办：落户与居住证，网上办、一次办",
  intro: "本平台落实国家和地方户籍制度改革：居民在线申请落户和居住证，户籍民警在一个页面内审核并办结，督办人员实时掌握办理时限和改革目标。",
  forWhom: "为谁服务",
  residentsTitle: "居民",
  residentsBody: "在线提交落户、居住证、居住证签注、新生儿登记和无户口人员登记申请，随时查看办理进度。",
  clerksTitle: "户籍民警",
  clerksBody: "按派出所查看待办案件，受理、审核、决定，户籍登记一次变更到位，全程留痕。",
  supervisorsTitle: "督办人员",
  supervisorsBody: "查看辖区待办队列、法定时限、超期案件和改革目标完成情况。",
  policiesTitle: "已实施的改革文件",
  policiesIntro: "平台依据以下五地的户籍制度改革文件办理，每一条规则都注明条款出处。",
  principlesTitle: "办理原则",
  principle1: "不以退出土地承包经营权、宅基地使用权、集体收益分配权作为落户条件。",
  principle2: "每个公民依法登记一个常住户口。",
  principle3: "新生儿登记、无户口人员登记不设额外条件。",
  principle4: "材料不全的，一次性告知需要补正的全部材料。",
  start: "登录办理",
};

export const placesZh = {
  jiyuan: "济源市",
  shaoguan: "韶关市",
  wushen: "乌审旗",
  chenzhou: "郴州市",
  qiannan: "黔南州",
};
