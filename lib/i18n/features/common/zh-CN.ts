// Words every page uses: the site's name, the header and footer, roles, the forbidden page. Chinese first; assembled by lib/i18n/zh-cn.ts.

export const metaZh = { title: "户籍通办", description: "户籍制度改革网上办理平台：落户、居住证、审批与督办" };

export const commonZh = {
  siteName: "户籍通办",
  siteTagline: "户籍制度改革网上办理平台",
  skipToContent: "跳到正文",
  signIn: "登录",
  signOut: "退出登录",
  switchLanguage: "English",
  switchLanguageLabel: "切换到英文",
  home: "首页",
  myHome: "我的主页",
  footer: "本平台依据各地户籍制度改革文件办理；个人信息依法保密。",
  signedInAs: "当前用户：{name}（{role}）",
  errorId: "错误编号：{id}",
  genericError: "系统暂时无法完成操作，请稍后再试。如需帮助，请提供错误编号。",
  notFound: "没有找到该页面或记录。",
  back: "返回",
  none: "暂无",
  colon: "：",
  selfCheck: "落户自助测评",
  library: "政策库",
};

export const rolesZh = { APPLICANT: "申请人", CLERK: "户籍民警", SUPERVISOR: "督办人员", ADMIN: "系统管理员" };

export const forbiddenZh = {
  title: "无权访问",
  body: "您的账号没有访问此页面的权限。如果您认为这是错误，请联系系统管理员。",
  goHome: "返回我的主页",
};
