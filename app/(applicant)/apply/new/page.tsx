import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { verifiedPersonId } from "@/lib/auth/scope";
import { loadEndorsablePermit, loadNewbornHousehold } from "@/lib/applications/apply-reads";
import { formatDate } from "@/lib/format";
import { endorsementWindow } from "@/lib/permits/endorsement-window";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/errors";
import { decodeFactsParam, todayInChina } from "@/lib/policy";
import { policyUnits, stationsFor, unitsUnder, type Unit } from "@/lib/applications/where";
import { Card } from "@/components/ui/card";
import { KIND_BY_SLUG } from "../kinds";
import { startApplicationAction } from "../actions";
import { chinaMidnight } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.title");

type Params = {
  kind?: string;
  jurisdiction?: string;
  unit?: string;
  permitId?: string;
  facts?: string;
  error?: string;
  field?: string;
  registered?: string;
};

const SELECT = "w-full rounded border border-stone-500 bg-white px-3 py-2 text-base";
const BUTTON = "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800";
const SECONDARY = "rounded border border-stone-500 bg-white px-4 py-2 font-medium hover:bg-stone-100";

export default async function StartApplication({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const here = `/apply/new?${new URLSearchParams(Object.entries(params).filter(([k, v]) => typeof v === "string" && k !== "error" && k !== "field" && k !== "registered") as [string, string][])}`;
  const actor = await requirePagePermission("create:application:own", here);
  const kind = params.kind ? KIND_BY_SLUG[params.kind] : undefined;
  if (!kind) notFound();
  const { t, locale } = await getT();
  const db = getDb();
  const facts = params.facts ? decodeFactsParam({ param: params.facts, today: todayInChina({ now: new Date() }) }) : null;
  const name = (u: { name: string; nameEn: string | null }) => localized(locale, u.name, u.nameEn);
  const hidden = (extra: Record<string, string | undefined>) =>
    Object.entries({ kind: params.kind, facts: facts?.ok ? params.facts : undefined, ...extra }).map(([k, v]) =>
      v ? <input key={k} type="hidden" name={k} value={v} /> : null,
    );

  let body: React.ReactNode;
  if ((kind === "PERMIT_ENDORSEMENT" || kind === "NEWBORN_REGISTRATION") && !verifiedPersonId(actor)) {
    // Acts on the register person's permit or household: only after the ID card was checked (decision 0257).
    body = (
      <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="unverified-refused">
        {t("errors.IDENTITY_UNVERIFIED")}
      </p>
    );
  } else if (kind === "PERMIT_ENDORSEMENT") {
    const permit = await loadEndorsablePermit({ db, actor, permitId: params.permitId });
    if (!permit) notFound();
    // The one window decides (start-application.ts refuses the same): early names the window and offers
    // nothing; late states the consequence before the holder starts.
    const w = endorsementWindow({ permit, today: todayInChina({ now: new Date() }) });
    const day = (iso: string) => formatDate(chinaMidnight(iso), locale);
    const facts = (
      <dl className="space-y-1">
        <dt className="font-medium">{t("apply.start.permit")}</dt>
        <dd>
          {t("apply.section.permitInfo", {
            number: permit.number,
            place: name(permit.jurisdiction),
            date: formatDate(permit.validUntil, locale),
          })}
        </dd>
        <dt className="pt-2 font-medium">{t("apply.start.station")}</dt>
        <dd>{name(permit.station)}</dd>
      </dl>
    );
    body =
      w.state === "open" || w.state === "late" ? (
        <form action={startApplicationAction} className="space-y-4">
          {hidden({ permitId: permit.id, createKey: randomUUID() })}
          {facts}
          {w.state === "open" ? (
            <p className="rounded bg-amber-50 p-3">{t("me.endorse.open", { from: day(w.opensOn), to: day(w.anniversary) })}</p>
          ) : (
            <p className="rounded bg-red-50 p-3 text-red-900" data-testid="endorse-late">
              {t("endorseWindow.late", { number: permit.number, date: day(w.anniversary) })}
            </p>
          )}
          <button type="submit" className={BUTTON}>
            {t("apply.start.create")}
          </button>
        </form>
      ) : (
        <div className="space-y-4">
          {facts}
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="endorse-window">
            {w.state === "not_yet"
              ? t("endorseWindow.notYet", { number: permit.number, from: day(w.opensOn), to: day(w.anniversary) })
              : t("endorseWindow.none", { number: permit.number })}
          </p>
          <p>
            <Link href="/me" className="text-blue-800 underline underline-offset-2">
              {t("endorseWindow.backToMe")}
            </Link>
          </p>
        </div>
      );
  } else if (kind === "NEWBORN_REGISTRATION") {
    const household = await loadNewbornHousehold({ db, actor });
    body = household ? (
      <form action={startApplicationAction} className="space-y-4">
        {hidden({ createKey: randomUUID() })}
        <dl className="space-y-1">
          <dt className="font-medium">{t("apply.start.household")}</dt>
          <dd>{t("apply.section.householdOption", { number: household.householdNumber, address: household.address })}</dd>
          <dt className="pt-2 font-medium">{t("apply.start.station")}</dt>
          <dd>{name(household.station)}</dd>
        </dl>
        <button type="submit" className={BUTTON}>
          {t("apply.start.create")}
        </button>
      </form>
    ) : (
      <p>{t("apply.chooser.newbornNone")}</p>
    );
  } else {
    const policies = await policyUnits({ db });
    const jurisdictionCode = params.jurisdiction ?? (facts?.ok ? facts.request.jurisdiction : undefined);
    const policy = policies.find((p) => p.policyCode === jurisdictionCode) ?? null;
    const units = policy ? await unitsUnder({ db, policy }) : [];
    const unit = units.find((u) => u.code === params.unit) ?? null;
    const stations: Unit[] = policy && unit ? await stationsFor({ db, unit, policy }) : [];
    const depth = (u: Unit) => (u.level === "TOWN" && u.parentId !== policy?.id ? "　" : "");
    body = (
      <div className="space-y-6">
        <form method="get" action="/apply/new" className="space-y-4">
          {hidden({})}
          <div className="flex flex-col gap-1">
            <label htmlFor="f-jurisdiction" className="font-medium">
              {t("apply.start.jurisdiction")}
            </label>
            <select id="f-jurisdiction" name="jurisdiction" defaultValue={policy?.policyCode ?? ""} className={SELECT}>
              <option value="">{t("apply.start.choose")}</option>
              {policies.map((p) => (
                <option key={p.id} value={p.policyCode ?? ""}>
                  {name(p)}
                </option>
              ))}
            </select>
          </div>
          {policy ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="f-unit" className="font-medium">
                {t("apply.start.unit")}
              </label>
              <p id="f-unit-hint" className="text-sm text-stone-600">
                {t("apply.start.unitHint")}
              </p>
              <select id="f-unit" name="unit" defaultValue={unit?.code ?? ""} aria-describedby="f-unit-hint" className={SELECT}>
                <option value="">{t("apply.start.choose")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.code}>
                    {depth(u)}
                    {name(u)}（{t(`area.${u.area}`)}）
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className={SECONDARY}>
            {t("apply.start.next")}
          </button>
        </form>
        {policy && unit ? (
          <form action={startApplicationAction} className="space-y-4 border-t border-stone-200 pt-4">
            {hidden({ jurisdiction: policy.policyCode ?? "", unit: unit.code, createKey: randomUUID() })}
            <p>
              {t("apply.start.area")}
              {t("common.colon")}
              <strong>{t(`area.${unit.area}`)}</strong>
            </p>
            {stations.length ? (
              <fieldset className="space-y-1" aria-describedby="f-station-hint">
                <legend className="font-medium">{t("apply.start.station")}</legend>
                <p id="f-station-hint" className="text-sm text-stone-600">
                  {t("apply.start.stationHint")}
                </p>
                {stations.map((s, i) => (
                  <div key={s.id} className="flex items-center gap-2 py-0.5">
                    <input
                      id={i === 0 ? "f-station" : `f-station-${i}`}
                      type="radio"
                      name="station"
                      value={s.code}
                      defaultChecked={stations.length === 1}
                      required
                      className="h-5 w-5 accent-brand-700"
                    />
                    <label htmlFor={i === 0 ? "f-station" : `f-station-${i}`}>{name(s)}</label>
                  </div>
                ))}
              </fieldset>
            ) : (
              <p role="alert" className="text-red-800">
                {t("apply.start.noStation")}
              </p>
            )}
            {stations.length ? (
              <button type="submit" className={BUTTON}>
                {t("apply.start.create")}
              </button>
            ) : null}
          </form>
        ) : null}
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      {params.registered ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
          {t("apply.register.done")}
        </p>
      ) : null}
      <h1 className="text-2xl font-bold">{t("apply.start.title", { kind: t(`kind.${kind}`) })}</h1>
      <p className="leading-relaxed text-stone-700">{t("apply.start.intro")}</p>
      {facts?.ok ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3">
          {t("apply.start.prefilled")}
        </p>
      ) : null}
      {facts && !facts.ok ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("apply.start.factsInvalid")}
        </p>
      ) : null}
      {params.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
          {isDomainErrorCode(params.error) ? t(`errors.${params.error}`) : t("common.genericError")}
          {params.field === "station" ? ` ${t("apply.start.stationHint")}` : ""}
          {params.error.startsWith("LIMIT_DRAFTS") ? (
            <>
              {" "}
              <Link href="/apply" className="font-semibold underline underline-offset-2">
                {t("apply.chooser.drafts")} →
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <Card>{body}</Card>
    </div>
  );
}
