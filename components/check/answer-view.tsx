import Link from "next/link";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { VALIDATION_MESSAGES, type EligibilityAnswer } from "@/lib/policy";
import { Badge } from "@/components/ui/card";
import { PolicyNotes } from "@/components/policy-notes";
import {
  APPLICANT_FIELDS,
  contradictionOf,
  CONTRADICTION_KEYS,
  fieldForIssue,
  MEMBER_FIELDS,
  PLACE_FIELDS,
} from "@/lib/self-check/form-model";
import { StandingView } from "./standing-view";
import { clauseHref } from "@/lib/self-check/pathway-index";
import { Mark } from "@/components/ui/status-icon";
import { localized } from "@/lib/i18n/localized";
import { TitledSection } from "@/components/ui/section";

/** What is wrong with an answer, in the resident's language (shown beside the field). */
export function issueMessage(issue: { path: string; message: string }, t: Translate): string {
  const rule = contradictionOf(issue);
  if (rule) return t(CONTRADICTION_KEYS[rule]);
  const key = (Object.keys(VALIDATION_MESSAGES) as (keyof typeof VALIDATION_MESSAGES)[]).find(
    (k) => VALIDATION_MESSAGES[k] === issue.message,
  );
  return key
    ? t(`check.validation.${key}` as MessageKey)
    : issue.message.startsWith("must be one of")
      ? t("check.validation.oneOf")
      : issue.message;
}

/** A validation issue in the resident's language: which question, and what is wrong with it (for the summary). */
export function issueText(issue: { path: string; message: string }, t: Translate): string {
  const name = fieldForIssue(issue.path);
  const member = name ? /^m(\d+)\.(.+)$/.exec(name) : null;
  const field = member
    ? MEMBER_FIELDS.find((f) => f.name === member[2])
    : [...PLACE_FIELDS, ...APPLICANT_FIELDS].find((f) => f.name === name);
  const where = field ? (member ? `${t("check.member", { n: Number(member[1]) + 1 })} · ` : "") + t(field.label) : issue.path || "—";
  return `${where}${t("common.colon")}${issueMessage(issue, t)}`;
}

function Citation({ document, clause, pathwayId }: { document: string; clause: string; pathwayId: string }) {
  const href = clauseHref(pathwayId);
  const text = `${document} ${clause}`;
  return href ? (
    <Link href={href} className="text-blue-800 underline underline-offset-2">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}

export function AnswerView({
  answer,
  t,
  locale,
  nextSteps,
}: {
  answer: EligibilityAnswer;
  t: Translate;
  locale: Locale;
  nextSteps?: React.ReactNode;
}) {
  if (answer.status === 400) {
    // The issues are listed in the summary above the form and beside each field (the task list's answer
    // panel lists them itself: components/apply/answer-panel.tsx).
    return (
      <p className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
        <a href="#error-summary" className="font-semibold underline">
          {t("check.errorSummary", { n: answer.json.error.issues.length })}
        </a>
      </p>
    );
  }
  const r = answer.json;
  if (r.reason === "NO_POLICY_IN_FORCE") {
    return (
      <div className="space-y-4">
        <p className="rounded bg-stone-100 p-4 text-lg font-semibold ring-1 ring-stone-200" data-testid="verdict">
          {t("check.noPolicy")}
        </p>
        <StandingView standing={r.standing} t={t} en={locale === "en"} />
        {r.notes.length ? <PolicyNotes notes={r.notes} en={locale === "en"} /> : null}
      </div>
    );
  }
  const met = r.pathways.filter((p) => p.eligible);
  const en = locale === "en";
  return (
    <div className="space-y-4">
      <p
        className={`rounded p-4 text-lg font-semibold ${r.eligible ? "bg-green-50 text-green-900 ring-1 ring-green-200" : "bg-stone-100 text-stone-900 ring-1 ring-stone-200"}`}
        data-testid="verdict"
      >
        {r.eligible
          ? r.kind === "residence_permit"
            ? t("check.eligibleYesPermit")
            : t("check.eligibleYes", { n: met.length })
          : t("check.eligibleNo")}
      </p>
      {r.policy ? (
        <p className="text-sm text-stone-700">
          {t("check.policy")}
          {t("common.colon")}
          <span lang="zh-CN">
            《{r.policy.title}》{r.policy.documentNumber ?? ""}
          </span>
        </p>
      ) : null}
      <StandingView standing={r.standing} t={t} en={en} />
      <ol className="space-y-3">
        {r.pathways.map((p) => (
          <PathwayAnswer key={p.id} pathway={p} t={t} locale={locale} />
        ))}
      </ol>
      {nextSteps}
      {r.members.length ? <MembersAnswer members={r.members} t={t} locale={locale} /> : null}
      {r.notes.length ? (
        <TitledSection id="notes-answer" title={t("check.notes")} level={3} titleClassName="mb-1 font-semibold">
          <PolicyNotes notes={r.notes} en={en} />
        </TitledSection>
      ) : null}
    </div>
  );
}

type Answered = Extract<EligibilityAnswer, { status: 200 }>["json"];

/** One pathway: met or not, its clause, and what is still missing. */
function PathwayAnswer({ pathway: p, t, locale }: { pathway: Answered["pathways"][number]; t: Translate; locale: Locale }) {
  return (
    <li
      data-testid={`pathway-${p.id}`}
      className={`rounded-lg border p-4 ${p.eligible ? "border-green-300 bg-white" : "border-stone-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={p.eligible ? "ok" : "muted"}>
          <Mark ok={p.eligible}>{p.eligible ? t("check.met") : t("check.notMet")}</Mark>
        </Badge>
        <span className="font-medium">{localized(locale, p.summary, p.summaryEn)}</span>
      </div>
      <p className="mt-1 text-sm">
        <Citation document={p.citation.document} clause={p.citation.clause} pathwayId={p.id} />
      </p>
      {p.unmet.length ? (
        <div className="mt-2 text-sm">
          <span className="text-stone-700">{t("check.missing")}</span>
          <ul className="mt-1 list-disc pl-5">
            {p.unmet.map((u, i) => (
              <li key={i}>{localized(locale, u.messageZh, u.messageEn)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** The family members: each one's answer, with the clause or what is missing. */
function MembersAnswer({ members, t, locale }: { members: Answered["members"]; t: Translate; locale: Locale }) {
  return (
    <TitledSection id="members-answer" title={t("check.membersTitle")} level={3} titleClassName="mb-2 font-semibold">
      <ul className="space-y-2">
        {members.map((m) => (
          <li key={m.index} className="rounded border border-stone-200 bg-white p-3" data-testid={`member-${m.index}`}>
            <span className="font-medium">
              {t("check.member", { n: m.index + 1 })}（{t(`relation.${m.relation.toUpperCase()}` as MessageKey)}）
            </span>
            ：
            {m.eligible && m.citation
              ? t("check.memberYes", { clause: `${m.citation.document} ${m.citation.clause}` })
              : t("check.memberNo")}
            {!m.eligible && m.unmet.length ? (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {m.unmet.map((u, i) => (
                  <li key={i}>{localized(locale, u.messageZh, u.messageEn)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
