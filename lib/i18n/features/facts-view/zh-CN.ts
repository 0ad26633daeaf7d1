// The clerk's view of the facts a decision rests on (components/workbench/facts-view.tsx), in words.
// Chinese first; merged under "factsView" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

export const factsViewZh = {
  intro: "以下是申请人在各部分填写的情况；“未填写”表示申请人没有回答，不等于“否”或“0”。",
  unanswered: "未填写",
  yes: "是",
  no: "否",
  months: "{n} 个月",
  member: "随迁家属 {n}",
  noFamily: "无随迁家属",
  notKept: "此案件未保存逐项回答，以下按提交时的请求显示，其中可能含有系统默认值（如 0 个月、无）。",
};
