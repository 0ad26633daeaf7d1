import type { Translate } from "@/lib/i18n";
import type { Standing } from "@/lib/policy";
import { StatusIcon } from "@/components/ui/status-icon";

/**
 * What kind of law the answer rests on, beside the verdict: a draft for comment and an expired document
 * say so plainly, with the national rules that still apply and whom to ask (0123).
 */
export function StandingView({ standing, t, en }: { standing: Standing; t: Translate; en: boolean }) {
  if (standing.status === "in_force" && standing.notModelled.length === 0) {
    return (
      <p className="text-sm text-green-900" data-testid="standing" data-status={standing.status}>
        <StatusIcon name="check" /> {t("check.standing.in_force")}
      </p>
    );
  }
  const warn = standing.status !== "in_force";
  return (
    <div
      className={`rounded border p-3 text-sm ${warn ? "border-amber-400 bg-amber-50 text-amber-950" : "border-stone-200 bg-white"}`}
      data-testid="standing"
      data-status={standing.status}
    >
      <p className="font-semibold">{t(`check.standing.${standing.status}`)}</p>
      <p className="mt-1">{en ? standing.messageEn : standing.messageZh}</p>
      {standing.stillApplies.length ? (
        <>
          <p className="mt-2 font-medium">{t("check.standing.stillApplies")}</p>
          <ul className="list-disc pl-5">
            {standing.stillApplies.map((rule) => (
              <li key={rule.document}>
                {en ? rule.messageEn : rule.messageZh}（{rule.document}
                {rule.clause ? ` ${rule.clause}` : ""}）
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {standing.notModelled.length ? (
        <>
          <p className="mt-2 font-medium">{t("check.standing.notModelled")}</p>
          <ul className="list-disc pl-5">
            {standing.notModelled.map((rule) => (
              <li key={rule.document}>
                {rule.document}：{en ? rule.messageEn : rule.messageZh}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
