// The sign-in page. Chinese first; assembled by lib/i18n/zh-cn.ts.

export const signinZh = {
  title: "登录",
  username: "用户名",
  password: "密码",
  submit: "登录",
  submitting: "正在登录…",
  failed: "用户名或密码不正确。",
  locked: "该账号尝试登录失败次数过多，请 15 分钟后再试。",
  lastTry: "用户名或密码不正确。再输错 1 次，该账号将被锁定 15 分钟。",
  lockedNow: "用户名或密码不正确。该账号已被锁定 15 分钟；忘记密码请点“忘记密码？”。",
  usernameHint: "居民请填公民身份号码（末位 X 大小写均可）。",
  required: "请填写用户名和密码。",
  throttled: "登录尝试过于频繁，请 {seconds} 秒后再试。",
  unexpected: "系统暂时无法登录，请稍后再试。错误编号：{id}",
  demoTitle: "演示账号",
  demoNote: "演示环境中所有账号的密码均为",
  sessionNote: "为保护个人信息，登录 8 小时后需重新登录。",
};
