// The hukou officer's workbench: the queue and its refusals. Chinese first; assembled by lib/i18n/zh-cn.ts.

export const clerkZh = {
  title: "户籍民警工作台",
  station: "所属派出所：{station}",
  queueTitle: "本所待办队列",
  empty: "本所当前没有待办案件。",
  number: "申请编号",
  kind: "事项",
  applicant: "申请人",
  citizenId: "身份号码",
  status: "状态",
  due: "办结时限",
  overdue: "已超期",
  assignee: "承办人",
  take: "受理并开始审核",
  taken: "已受理申请 {number}，现由您承办。",
  counts: "待受理 {submitted} 件 · 审核中 {inReview} 件 · 待补正 {needs} 件",
  actions: "操作",
};
