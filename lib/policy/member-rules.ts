// Who may come along (随迁) and on what terms. Each rule is one relation under one pathway, with
// its citation; a member is eligible when some met pathway has a rule for them that they satisfy.
import { anyOf, isFalse, isTrue, leaf } from "./conditions";
import { isMinorOn } from "./dates";
import { ageBoundary } from "./definitions";
import { MF } from "./facts";
import type { Citation, Condition, EligibilityRequest, Leaf, MemberRule, MemberSubject, Relation } from "./types";

type M = MemberSubject;

export const coResident: Leaf<M> = isTrue({
  fact: MF.coResident,
  labelZh: "与申请人共同居住生活",
  labelEn: "lives with the applicant",
});

const boundary = ageBoundary({ birthOf: (s: M) => s.member.birthDate, asOfOf: (s: M) => s.asOf });

/** Under 18 on asOf. No birth date given means minority is not shown, so the rule is unmet. */
export const minor: Leaf<M> = leaf({
  fact: MF.birthDate.path,
  need: "under 18 on asOf",
  labelZh: "未成年（申请之日未满18周岁）",
  labelEn: "under 18 on the application date",
  boundary,
  test: (s) => s.member.birthDate !== null && isMinorOn({ birthDate: s.member.birthDate, onKey: s.asOfKey }),
  got: (s) => s.member.birthDate,
});

export const adult: Leaf<M> = leaf({
  fact: MF.birthDate.path,
  need: "18 or older on asOf",
  labelZh: "已成年（申请之日已满18周岁）",
  labelEn: "18 or older on the application date",
  boundary,
  test: (s) => s.member.birthDate !== null && !isMinorOn({ birthDate: s.member.birthDate, onKey: s.asOfKey }),
  got: (s) => s.member.birthDate,
});

export const unmarried: Leaf<M> = isFalse({ fact: MF.married, labelZh: "未婚", labelEn: "unmarried" });

export const withoutIncome: Leaf<M> = isFalse({
  fact: MF.hasIncome,
  labelZh: "无生活来源",
  labelEn: "has no income of their own",
});

/** 济源 二(一): "未成年子女(包括无生活来源的未婚子女,下同)" — "下同" carries it to 二(二) (0105). */
export const minorOrUnmarriedWithoutIncome: Condition<M> = anyOf({
  id: "minor-or-unmarried-without-income",
  labelZh: "未成年，或为无生活来源的未婚子女",
  labelEn: "a minor, or an unmarried child with no income",
  options: [
    { label: "未成年子女", all: [minor] },
    { label: "无生活来源的未婚子女", all: [unmarried, withoutIncome] },
  ],
});

type FamilySpec = Partial<Record<Relation, readonly Condition<M>[]>> & {
  citation: Citation;
  applicantConditions?: readonly Condition<EligibilityRequest>[];
};

/** Member rules for the relations listed, in a fixed relation order. */
export function family(spec: FamilySpec): Omit<MemberRule, "id">[] {
  const order: Relation[] = ["spouse", "child", "parent", "grandparent", "grandchild"];
  return order
    .filter((relation) => spec[relation] !== undefined)
    .map((relation) => ({
      relation,
      citation: spec.citation,
      conditions: spec[relation] ?? [],
      applicantConditions: spec.applicantConditions ?? [],
    }));
}
