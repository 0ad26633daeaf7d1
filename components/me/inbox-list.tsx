import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { NOTICE_KINDS, type NoticeKind } from "@/lib/inbox";
import { Badge } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { checklistItem } from "@/lib/applications/checklist";
import { chinaMidnight } from "@/lib/clock/day";

export interface NoticeView {
  id: string;
  kind: string;
  at: string;
  unread: boolean;
  number: string | null;
  href: string | null;
  /** What the notice itself says beyond its headline (the people a decision names, the items asked for…). */
  details?: string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 补正: every item asked for (一次性告知), the officer's message, then by when — as the notice stored them. */
function materialsDetails(t: Translate, locale: string, d: Record<string, unknown>): string[] {
  const out: string[] = [];
  const items = Array.isArray(d.items) ? d.items : [];
  for (const raw of items) {
    if (!raw || typeof raw !== "object") continue;
    const i = raw as Record<string, unknown>;
    const str = (k: string) => (typeof i[k] === "string" && (i[k] as string).trim() ? (i[k] as string).trim() : null);
    // Notices written before the names were stored carry the checklist id alone.
    const def = str("item") ? checklistItem(str("item")!) : null;
    const label = locale === "en" ? (str("labelEn") ?? def?.labelEn ?? str("labelZh")) : (str("labelZh") ?? def?.labelZh ?? null);
    const note = str("note");
    if (label) out.push(note ? t("me.inbox.materialsItemNote", { label, note }) : t("me.inbox.materialsItem", { label }));
    else if (note) out.push(t("me.inbox.materialsOther", { note }));
  }
  if (typeof d.message === "string" && d.message.trim()) out.push(t("me.inbox.materialsMessage", { message: d.message.trim() }));
  const day = (key: string) =>
    typeof d[key] === "string" && ISO_DAY.test(d[key] as string) ? formatDate(chinaMidnight(d[key]), locale) : null;
  const answerBy = day("answerBy");
  const requestedOn = day("requestedOn");
  const left = typeof d.remainingWorkingDays === "number" && Number.isInteger(d.remainingWorkingDays) ? d.remainingWorkingDays : null;
  if (answerBy) out.push(t("me.inbox.materialsAnswerBy", { date: answerBy }));
  else if (requestedOn) {
    out.push(
      left !== null && left > 0
        ? t("me.inbox.materialsPaused", { date: requestedOn, days: left })
        : t("me.inbox.materialsPausedNoDays", { date: requestedOn }),
    );
  }
  return out;
}

/**
 * The lines a notice's stored data adds to its headline; unknown or malformed data adds nothing.
 * `locale` picks the stored name of a document (a 补正 notice keeps both) and formats dates.
 */
export function noticeDetails(t: Translate, kind: string, data: unknown, locale = "zh-CN"): string[] {
  const d = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const text = (key: string) => (typeof d[key] === "string" && (d[key] as string).trim() ? (d[key] as string) : null);
  const out: string[] = [];
  if (kind === "materials_requested") out.push(...materialsDetails(t, locale, d));
  if (kind === "approved") {
    if (text("approvedNames")) out.push(t("me.inbox.approvedPeople", { names: text("approvedNames")! }));
    if (text("notApproved")) out.push(t("me.inbox.notApprovedPeople", { list: text("notApproved")! }));
  }
  if ((kind === "approved" || kind === "rejected" || kind === "withdrawn_by_you") && text("reason"))
    out.push(t("me.inbox.reason", { reason: text("reason")! }));
  // A refusal's notice names its written decision and the appeal rights (行政许可法 第三十八条).
  if (kind === "rejected" && text("certificateCode")) {
    out.push(
      t("me.inbox.rejectedDecision", {
        code: text("certificateCode")!,
        reviewBody: text("reviewBody") ?? t("certificate.pdf.reviewBodyFallback"),
      }),
    );
  }
  return out;
}

function text(t: Translate, kind: string, number: string | null): string {
  const k = (NOTICE_KINDS as readonly string[]).includes(kind) ? (kind as NoticeKind) : null;
  return k ? t(`me.inbox.kinds.${k}`, { number: number ?? "" }) : kind;
}

/** Newest first; unread ones stand out (not by colour alone: a badge says so). */
export function InboxList({ notices, t }: { notices: NoticeView[]; t: Translate }) {
  if (notices.length === 0) return <p className="text-stone-600">{t("me.inbox.empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200" data-testid="inbox">
      {notices.map((n) => (
        <li
          key={n.id}
          className={`py-3 ${n.unread ? "border-l-4 border-brand-700 pl-3" : "pl-4"}`}
          data-unread={n.unread ? "true" : "false"}
        >
          <p className={n.unread ? "font-semibold" : ""}>
            {n.unread ? (
              <>
                <Badge tone="warn">{t("me.inbox.unread")}</Badge>{" "}
              </>
            ) : null}
            {text(t, n.kind, n.number)}
          </p>
          {n.details?.length ? (
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="notice-details">
              {n.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
          <p className="text-sm text-stone-600">
            <time>{n.at}</time>
            {n.href && n.number ? (
              <>
                {" · "}
                <Link href={n.href} className="text-brand-700 underline">
                  {t("me.inbox.about", { number: n.number })}
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
