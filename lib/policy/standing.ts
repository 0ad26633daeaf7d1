// What kind of law answers: the standing of the jurisdiction's own document on the date asked about.
// A resident must be told when an answer rests on a draft for comment (黔南), and when no local document
// is in force at all (韶关 after its trial) — then what still applies and whom to ask
// (docs/decisions/0123-policy-standing.md). Pure: the date is the request's.
import { dateKey } from "./dates";
import { NO_HUKOU_NATIONAL_BASIS } from "./no-hukou";
import { nationalPolicyInForce, packsOf, policyInForce } from "./packs";
import { RESIDENCE_PERMIT_DECREE, RESIDENCE_PERMIT_DECREE_NUMBER } from "./residence-permit";
import type { IsoDate, JurisdictionCode, PolicyDocument, PolicyPack, PolicyRef, PolicyStatus, Standing } from "./types";

const ASK_ZH = "具体办理请向当地公安派出所咨询。";
const ASK_EN = "Ask the local police station before you apply.";

/** The answer's `policy.status` for a document that is answering (so it is in force on the date). */
export function statusOf(document: PolicyDocument): PolicyStatus {
  return document.nature === "draft_for_comment" ? "draft_for_comment" : "in_force";
}

function ref(pack: PolicyPack): Omit<PolicyRef, "status"> {
  return {
    id: pack.id,
    jurisdiction: pack.jurisdiction,
    title: pack.title,
    documentNumber: pack.documentNumber,
    effectiveFrom: pack.period.effectiveFrom,
    effectiveTo: pack.period.effectiveTo,
  };
}

/** National rules that hold whatever the local document: the residence-permit decree (from 2016) and no-hukou registration. */
function nationalRules(asOf: IsoDate): Standing["stillApplies"] {
  const rules: Standing["stillApplies"] = [];
  if (nationalPolicyInForce({ kind: "residence_permit", asOf }) !== null) {
    rules.push({
      document: `《${RESIDENCE_PERMIT_DECREE}》（${RESIDENCE_PERMIT_DECREE_NUMBER}）`,
      clause: "第二条",
      messageZh:
        "居住证仍可按国务院《居住证暂行条例》申领：离开户口所在地到本市居住半年以上，并有合法稳定就业、合法稳定住所或连续就读之一。",
      messageEn:
        "A residence permit can still be applied for under the State Council's Interim Regulations on Residence Permits: six months' residence here and one of stable work, a stable home or continuous study.",
    });
  }
  rules.push({
    document: NO_HUKOU_NATIONAL_BASIS,
    clause: null,
    messageZh: "没有户口的人依法登记常住户口，不设任何前置条件。",
    messageEn: "A person with no hukou is registered without any precondition.",
  });
  return rules;
}

/** The jurisdiction's document closest before or after the date, when none is in force on it. */
function nearest(jurisdiction: JurisdictionCode, asOfKey: number): { pack: PolicyPack; expired: boolean } | null {
  const packs = packsOf({ jurisdiction });
  const before = packs
    .filter((p) => p.period.effectiveTo !== null && dateKey(p.period.effectiveTo) < asOfKey)
    .sort((a, b) => dateKey(b.period.effectiveTo!) - dateKey(a.period.effectiveTo!));
  if (before.length > 0) return { pack: before[0], expired: true };
  const after = packs
    .filter((p) => dateKey(p.period.effectiveFrom) > asOfKey)
    .sort((a, b) => dateKey(a.period.effectiveFrom) - dateKey(b.period.effectiveFrom));
  return after.length > 0 ? { pack: after[0], expired: false } : null;
}

export function standingOn(options: { jurisdiction: JurisdictionCode; asOf: IsoDate }): Standing {
  const { jurisdiction, asOf } = options;
  const pack = policyInForce({ jurisdiction, asOf });
  if (pack !== null) {
    const status = statusOf(pack);
    if (status === "in_force") {
      return {
        status,
        document: ref(pack),
        messageZh: `本答复依据施行中的《${pack.title}》。`,
        messageEn: `This answer rests on a document in force: ${pack.title}.`,
        stillApplies: [],
        notModelled: [...(pack.unmodelled ?? [])],
      };
    }
    return {
      status,
      document: ref(pack),
      messageZh: `本答复依据的《${pack.title}》是征求意见稿，本系统未见正式印发的文本：结论只供参考，正式印发的条件可能不同。国家规定照常适用。${ASK_ZH}`,
      messageEn: `This answer rests on a draft circulated for comment (${pack.title}); no adopted text has been seen, so the final conditions may differ. National rules apply as usual. ${ASK_EN}`,
      stillApplies: nationalRules(asOf),
      notModelled: [...(pack.unmodelled ?? [])],
    };
  }
  const near = nearest(jurisdiction, dateKey(asOf));
  if (near === null) {
    return {
      status: "not_yet_in_force",
      document: null,
      messageZh: `该日期本地没有施行中的户籍改革文件。${ASK_ZH}`,
      messageEn: `No local reform document is in force on that date. ${ASK_EN}`,
      stillApplies: nationalRules(asOf),
      notModelled: [],
    };
  }
  const { pack: doc, expired } = near;
  return {
    status: expired ? "expired" : "not_yet_in_force",
    document: ref(doc),
    messageZh: expired
      ? `《${doc.title}》已于 ${doc.period.effectiveTo} 期满失效，本系统没有收录其后施行的本地落户规定，无法自动判断落户条件。国家规定照常适用。${ASK_ZH}`
      : `《${doc.title}》自 ${doc.period.effectiveFrom} 起施行，该日期尚未施行。国家规定照常适用。${ASK_ZH}`,
    messageEn: expired
      ? `${doc.title} expired on ${doc.period.effectiveTo}; no later local settlement rule is encoded here, so settlement cannot be checked automatically. National rules apply as usual. ${ASK_EN}`
      : `${doc.title} takes effect on ${doc.period.effectiveFrom}, after that date. National rules apply as usual. ${ASK_EN}`,
    stillApplies: nationalRules(asOf),
    notModelled: [...(doc.unmodelled ?? [])],
  };
}
