// What waits now in the subtree, four figures, each a link to its cases for the chosen period.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { stationHealth } from "@/lib/stats/station-health";
import { Stat } from "@/components/ui/card";
import { casesHref } from "./links";
import { TitledSection } from "@/components/ui/section";

export function OpenStats(props: {
  t: Translate;
  total: Awaited<ReturnType<typeof stationHealth>>["total"];
  period: Parameters<typeof casesHref>[0]["period"];
}) {
  const { t, total, period } = props;
  const open = total.waiting + total.inReview + total.needsMaterials;
  return (
    <TitledSection id="open-title" title={t("supervision.openTitle")} className="space-y-3" titleClassName="text-lg font-semibold">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Link href={casesHref({ link: {}, period })} className="block">
          <Stat label={t("supervision.open")} value={open} />
        </Link>
        <Link href={casesHref({ link: { overdue: true }, period })} className="block">
          <Stat label={t("supervision.overdue")} value={total.overdue} tone={total.overdue ? "warn" : "default"} />
        </Link>
        <Link href={casesHref({ link: { decided: "all" }, period })} className="block">
          <Stat label={t("supervision.table.decided")} value={total.decided} />
        </Link>
        <Link href={casesHref({ link: { decided: "approved" }, period })} className="block">
          <Stat
            label={t("supervision.table.approvalRate")}
            value={total.approvalRate === null ? "—" : `${Math.round(total.approvalRate * 100)}%`}
          />
        </Link>
      </div>
    </TitledSection>
  );
}
