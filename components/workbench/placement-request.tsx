// Where the applicant asked the hukou to go (立户 / 投靠 / 集体户), and — for a join — what this station's
// register says of that household: does it exist here, who heads it, is the head's consent on file.
// The decision panel pre-selects the same placement; the clerk may change it there.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";
import { StatusIcon } from "@/components/ui/status-icon";

export function PlacementRequest({ view, t }: { view: CaseView; t: Translate }) {
  const { app, placement, requestedHousehold: h } = view;
  if (app.kind !== "SETTLEMENT" && app.kind !== "NO_HUKOU_REGISTRATION") return null;
  const dt = "text-sm text-stone-600";
  return (
    <div data-testid="placement-request">
      <h3 className="font-semibold">{t("workbench.placementRequest.title")}</h3>
      <dl className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className={dt}>{t("workbench.placementRequest.asked")}</dt>
        <dd className="font-medium" data-testid="placement-asked">
          {placement.type === "new_family"
            ? t("workbench.placementRequest.newFamily", { address: app.address ?? "—" })
            : placement.type === "collective"
              ? t("workbench.placementRequest.collective", { type: t(`workbench.householdTypes.${placement.householdType}`) })
              : t("workbench.placementRequest.join", {
                  number: placement.householdNumber,
                  relation: t(`relation.${placement.relationToHead}`),
                })}
        </dd>
        {h ? (
          <>
            <dt className={dt}>{t("workbench.placementRequest.register")}</dt>
            <dd>
              {h.found ? (
                <span>{t("workbench.placementRequest.found", { address: h.address ?? "", head: h.headName ?? "—" })}</span>
              ) : (
                <Badge tone="warn">{t("workbench.placementRequest.notFound")}</Badge>
              )}
            </dd>
            <dt className={dt}>{t("workbench.placementRequest.consent")}</dt>
            <dd>
              {h.applicantIsHead ? (
                <Badge tone="ok">{t("workbench.placementRequest.ownHousehold")}</Badge>
              ) : view.consentOnFile ? (
                <Badge tone="ok">
                  <StatusIcon name="check" /> {t("workbench.placementRequest.consentOnFile")}
                </Badge>
              ) : (
                <Badge tone="warn">{t("workbench.placementRequest.consentMissing")}</Badge>
              )}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
