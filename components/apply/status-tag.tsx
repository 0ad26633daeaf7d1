import type { SectionStatus } from "@/lib/applications/application-sections";
import type { Translate } from "@/lib/i18n";

const TONE: Record<SectionStatus, string> = {
  completed: "bg-green-100 text-green-900",
  in_progress: "bg-blue-100 text-blue-900",
  not_started: "bg-stone-200 text-stone-800",
};

export function StatusTag({ status, t }: { status: SectionStatus; t: Translate }) {
  return (
    <strong className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>
      {t(`apply.tasks.status.${status}`)}
    </strong>
  );
}
