import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { isoDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { todayInChina } from "@/lib/policy";
import { loadDraftSection } from "@/lib/applications/draft-reads";
import {
  isAsked,
  isSectionOf,
  MEMBER_INPUTS,
  validateSection,
  visibleInputs,
  type InputDef,
  type SectionId,
} from "@/lib/applications/application-sections";
import { allPathwayIds, factsRead } from "@/lib/self-check/pathway-index";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SectionAlerts, SectionInputs } from "@/components/apply/section-inputs";
import { AnswerPanel } from "@/components/apply/answer-panel";
import { saveSectionAction } from "../../actions";
import { ApplyPageHead } from "@/components/apply/page-head";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }): Promise<Metadata> {
  const [{ t }, { section }] = await Promise.all([getT(), params]);
  return {
    title:
      isSectionOf("SETTLEMENT", section) || ["permit", "child", "person"].includes(section)
        ? t(`apply.section.${section as SectionId}`)
        : t("apply.title"),
  };
}

export default async function SectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; section: string }>;
  searchParams: Promise<{ errors?: string; error?: string; id?: string }>;
}) {
  const { id, section: asked } = await params;
  const actor = await requirePagePermission("create:application:own", `/apply/${id}/${asked}`);
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const today = todayInChina({ now: new Date() });
  const read = await loadDraftSection({ db: getDb(), actor, applicationId: id, section: asked, today });
  if (read.kind === "missing") notFound();
  if (read.kind === "submitted") redirect(`/apply/${id}/done`);
  const { app, state, households, section } = read;
  const values = state.formData[section] ?? {};
  const showErrors = query.errors === "1";
  const errors = showErrors
    ? validateSection({ kind: app.kind, section, values, today, birthDate: isoDate(app.applicantPerson.birthDate) })
    : [];
  const errorText = new Map(errors.map((e) => [e.field, t(e.message)]));
  const labelOf = (field: string) => {
    const row = /^m(\d+)\.(.+)$/.exec(field);
    const def = row
      ? MEMBER_INPUTS.find((d) => d.name === row[2])
      : visibleInputs(app.kind, section as Exclude<SectionId, "family" | "documents">, values).find((d) => d.name === field);
    return (row ? `${t("apply.section.member", { n: Number(row[1]) + 1 })} · ` : "") + (def ? t(def.label) : field);
  };
  const summary = errors.map((e) => ({ field: e.field, text: `${labelOf(e.field)}${t("common.colon")}${t(e.message)}` }));
  // Ask only what some rule of this jurisdiction reads (the self-check's rule), plus what the case itself needs.
  // Of this kind only: a residence permit is not asked what only settlement rules read.
  const { facts } = factsRead(
    allPathwayIds(app.targetJurisdiction.policyCode ?? undefined, app.kind === "RESIDENCE_PERMIT" ? "residence_permit" : "settlement"),
  );
  const relevant = (d: InputDef) => isAsked(d, values[d.name], facts);

  return (
    <div className="space-y-6">
      <ApplyPageHead applicationId={app.id} title={t(`apply.section.${section}`)} t={t} />
      <SectionAlerts error={query.error} errorId={query.id} t={t} />
      <ErrorSummary title={t("apply.section.errorTitle")} errors={summary} />
      <div className={state.asked ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" : ""}>
        <form
          action={saveSectionAction}
          noValidate
          className="max-w-2xl space-y-5 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <input type="hidden" name="applicationId" value={app.id} />
          <input type="hidden" name="section" value={section} />
          <input type="hidden" name="version" value={app.version} />
          {/* Enter in a field saves (the first submit button is the form's default), never "remove member 1". */}
          {section === "family" ? (
            <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
              {t("apply.section.save")}
            </button>
          ) : null}
          <SectionInputs
            app={app}
            section={section}
            values={values}
            errorText={errorText}
            relevant={relevant}
            households={households}
            t={t}
            locale={locale}
          />
          <button type="submit" className={PRIMARY_BUTTON}>
            {t("apply.section.save")}
          </button>
        </form>
        {state.asked ? <AnswerPanel asked={state.asked} t={t} locale={locale} applicationId={app.id} /> : null}
      </div>
    </div>
  );
}
