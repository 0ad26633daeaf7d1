import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { verifiedPersonId } from "@/lib/auth/scope";
import { loadEndorsablePermit, loadNewbornHousehold } from "@/lib/applications/apply-reads";
import { endorsementWindow } from "@/lib/permits/endorsement-window";
import { getT } from "@/lib/i18n/server";
import { decodeFactsParam, todayInChina } from "@/lib/policy";
import { policyUnits, stationsFor, unitsUnder, type Unit } from "@/lib/jurisdictions";
import { Card } from "@/components/ui/card";
import { KIND_BY_SLUG } from "../kinds";
import { startApplicationAction } from "../actions";
import type { Locale, Translate } from "@/lib/i18n";
import { PermitStart } from "@/components/apply/start/permit-start";
import { NewbornStart } from "@/components/apply/start/newborn-start";
import { PlaceStart } from "@/components/apply/start/place-start";
import { StartNotices } from "@/components/apply/start/start-notices";
import { OutcomeBanner } from "@/components/forms/outcome-banner";
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

type Db = ReturnType<typeof getDb>;
type Actor = Awaited<ReturnType<typeof requirePagePermission>>;
type Kind = (typeof KIND_BY_SLUG)[string];
type Context = { db: Db; actor: Actor; params: Params; hidden: Record<string, string | undefined>; factsJurisdiction?: string };

/** What the kind needs before it starts: the verified permit, the household, or the place and station. */
async function startBody(kind: Kind, { db, actor, params, hidden, factsJurisdiction }: Context, t: Translate, locale: Locale) {
  const props = { hidden, createKey: randomUUID(), action: startApplicationAction, t, locale };
  if ((kind === "PERMIT_ENDORSEMENT" || kind === "NEWBORN_REGISTRATION") && !verifiedPersonId(actor)) {
    // Acts on the register person's permit or household: only after the ID card was checked (decision 0257).
    return (
      <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="unverified-refused">
        {t("errors.IDENTITY_UNVERIFIED")}
      </p>
    );
  }
  if (kind === "PERMIT_ENDORSEMENT") {
    const permit = await loadEndorsablePermit({ db, actor, permitId: params.permitId });
    if (!permit) notFound();
    // The one window decides (start-application.ts refuses the same).
    return <PermitStart permit={permit} window={endorsementWindow({ permit, today: todayInChina({ now: new Date() }) })} {...props} />;
  }
  if (kind === "NEWBORN_REGISTRATION") return <NewbornStart household={await loadNewbornHousehold({ db, actor })} {...props} />;
  const policies = await policyUnits({ db });
  const jurisdictionCode = params.jurisdiction ?? factsJurisdiction;
  const policy = policies.find((p) => p.policyCode === jurisdictionCode) ?? null;
  const units = policy ? await unitsUnder({ db, policy }) : [];
  const unit = units.find((u) => u.code === params.unit) ?? null;
  const stations: Unit[] = policy && unit ? await stationsFor({ db, unit, policy }) : [];
  return <PlaceStart policies={policies} policy={policy} units={units} unit={unit} stations={stations} {...props} />;
}

export default async function StartApplication({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const here = `/apply/new?${new URLSearchParams(Object.entries(params).filter(([k, v]) => typeof v === "string" && k !== "error" && k !== "field" && k !== "registered") as [string, string][])}`;
  const actor = await requirePagePermission("create:application:own", here);
  const kind = params.kind ? KIND_BY_SLUG[params.kind] : undefined;
  if (!kind) notFound();
  const { t, locale } = await getT();
  const facts = params.facts ? decodeFactsParam({ param: params.facts, today: todayInChina({ now: new Date() }) }) : null;
  const hidden = { kind: params.kind, facts: facts?.ok ? params.facts : undefined };
  const factsJurisdiction = facts?.ok ? facts.request.jurisdiction : undefined;
  const body = await startBody(kind, { db: getDb(), actor, params, hidden, factsJurisdiction }, t, locale);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <OutcomeBanner look="soft" outcome={{ done: params.registered ? t("apply.register.done") : null, error: null }} />
      <h1 className="text-2xl font-bold">{t("apply.start.title", { kind: t(`kind.${kind}`) })}</h1>
      <p className="leading-relaxed text-stone-700">{t("apply.start.intro")}</p>
      <StartNotices factsOk={facts ? facts.ok : null} error={params.error} field={params.field} t={t} />
      <Card>{body}</Card>
    </div>
  );
}
