// 适老化 and 无障碍 (the 长辈版 switch, icons with words), the 如实申报承诺 before submitting, links to
// certificate verification, and how a closed case's clock and documents read.
// Chinese first; merged under "care" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

export const careZh = {
  elder: {
    on: "长辈版",
    off: "标准版",
    onLabel: "切换到长辈版：字更大、按钮更大",
    offLabel: "退出长辈版，回到标准版",
  },
  declaration: {
    title: "如实申报承诺",
    text: "本人承诺所填信息和所交材料真实有效，如有虚假愿承担法律责任。",
    required: "请勾选“如实申报承诺”后再提交申请",
  },
  verify: {
    landingTitle: "核验证明",
    landingBody: "收到准予迁入通知、居住证、户口登记通知或不予许可决定书？输入证明上印的核验码（或扫描二维码），即可核对真伪。",
    landingLink: "核验证明真伪",
    certificateLink: "核验此证明",
    footerLink: "证明核验",
  },
  clock: {
    withdrawn: "申请已撤回，办理时限不再计算。",
    withdrawnShort: "已撤回",
  },
  review: {
    closed: "随案归档",
  },
  member: { approved: "准予登记", notApproved: "未予批准" },
};
