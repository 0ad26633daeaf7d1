// The supervisor's pages. Chinese first; assembled by lib/i18n/zh-cn.ts.

export const supervisorZh = {
  title: "督办总览",
  scope: "辖区：{name}",
  openTitle: "待办与时限",
  open: "办理中",
  overdue: "超期未办结",
  byStation: "按派出所",
};
