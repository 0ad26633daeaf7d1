// The register's words: case statuses, kinds of application, permit statuses, relations to the head, kinds of area. Chinese first; assembled by lib/i18n/zh-cn.ts.

export const statusZh = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  IN_REVIEW: "审核中",
  NEEDS_MATERIALS: "待补正材料",
  APPROVED: "已批准",
  REJECTED: "不予批准",
  WITHDRAWN: "已撤回",
};

export const kindZh = {
  SETTLEMENT: "落户",
  RESIDENCE_PERMIT: "居住证申领",
  PERMIT_ENDORSEMENT: "居住证签注",
  NEWBORN_REGISTRATION: "新生儿登记",
  NO_HUKOU_REGISTRATION: "无户口人员登记",
};

export const permitStatusZh = { VALID: "有效", SUSPENDED: "暂停使用（未签注）", EXPIRED: "已过期", CANCELLED: "已注销" };

export const relationZh = {
  HEAD: "户主",
  SPOUSE: "配偶",
  CHILD: "子女",
  PARENT: "父母",
  GRANDPARENT: "祖父母",
  GRANDCHILD: "孙子女",
  OTHER: "其他",
};

export const areaZh = { CENTRAL_URBAN: "中心城区", TOWN: "城镇", RURAL: "农村（牧区）" };
