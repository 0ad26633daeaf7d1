import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import type { OwnCase } from "@/lib/applications/own-case";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { statusTone } from "@/components/status-tone";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

/** The banner of a step just done (`done=` of the redirect), in the reader's language; another code shows nothing. */
function doneText(done: string | undefined, app: OwnCase, t: Translate): string | null {
  if (done === "answered") return t("me.materials.answered");
  if (done === "withdrawn") return t("me.withdraw.done");
  if (done === "rated") return t("me.rating.thanks", { score: app.rating?.score ?? "—" });
  return null;
}

type Name = (j: { name: string; nameEn: string | null }) => string;

/** The way back, the heading with status, station, target and submission time, and the banner of a step just done. */
export function CaseHeader(props: { app: OwnCase; done: string | undefined; t: Translate; locale: Locale; name: Name }) {
  const { app, done, t, locale, name } = props;
  return (
    <>
      <p>
        <Link href="/me" className="text-brand-700 underline">
          {t("me.case.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t("me.case.heading", { kind: t(`kind.${app.kind}`), number: app.number })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-stone-700">
          <Badge tone={statusTone(app.status)}>{t(`status.${app.status}`)}</Badge>
          <span>
            {t("me.case.handledBy")}
            {t("common.colon")}
            {name(app.station)}
          </span>
          <span>
            {t("me.case.target")}
            {t("common.colon")}
            {name(app.targetJurisdiction)} · {t(`area.${app.targetArea}`)}
          </span>
          <span>
            {t("me.case.submittedAt")}
            {t("common.colon")}
            {formatDateTime(app.submittedAt, locale)}
          </span>
        </p>
      </div>

      <OutcomeBanner look="case" outcome={{ done: doneText(done, app, t), error: null }} />
    </>
  );
}
