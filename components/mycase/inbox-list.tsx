import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { NOTICE_KINDS, type NoticeKind } from "@/lib/notify";
import { Badge } from "@/components/ui/card";

export interface NoticeView {
  id: string;
  kind: string;
  at: string;
  unread: boolean;
  number: string | null;
  href: string | null;
  /** The notice's data: a refusal's carries the code of its 不予许可决定书. */
  data?: unknown;
}

/** A refusal's notice names its written decision and the appeal rights (行政许可法 第三十八条). */
function refusalDetail(t: Translate, kind: string, data: unknown): string | null {
  if (kind !== "rejected" || !data || typeof data !== "object") return null;
  const d = data as { certificateCode?: unknown; reviewBody?: unknown };
  if (typeof d.certificateCode !== "string") return null;
  return t("mycase.inbox.rejectedDecision", { code: d.certificateCode, reviewBody: typeof d.reviewBody === "string" ? d.reviewBody : t("certificate.pdf.reviewBodyFallback") });
}

function text(t: Translate, kind: string, number: string | null): string {
  const k = (NOTICE_KINDS as readonly string[]).includes(kind) ? (kind as NoticeKind) : null;
  return k ? t(`mycase.inbox.kinds.${k}`, { number: number ?? "" }) : kind;
}

/** Newest first; unread ones stand out (not by colour alone: a badge says so). */
export function InboxList({ notices, t }: { notices: NoticeView[]; t: Translate }) {
  if (notices.length === 0) return <p className="text-stone-600">{t("mycase.inbox.empty")}</p>;
  return (
    <ul className="divide-y divide-stone-200" data-testid="inbox">
      {notices.map((n) => (
        <li key={n.id} className={`py-3 ${n.unread ? "border-l-4 border-brand-700 pl-3" : "pl-4"}`} data-unread={n.unread ? "true" : "false"}>
          <p className={n.unread ? "font-semibold" : ""}>
            {n.unread ? <><Badge tone="warn">{t("mycase.inbox.unread")}</Badge>{" "}</> : null}
            {text(t, n.kind, n.number)}
          </p>
          {refusalDetail(t, n.kind, n.data) ? <p className="text-sm" data-testid="notice-detail">{refusalDetail(t, n.kind, n.data)}</p> : null}
          <p className="text-sm text-stone-600">
            <time>{n.at}</time>
            {n.href && n.number ? (
              <>
                {" · "}
                <Link href={n.href} className="text-brand-700 underline">{t("mycase.inbox.about", { number: n.number })}</Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
