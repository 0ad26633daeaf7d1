import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope } from "@/lib/auth/scope";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/error-codes";
import { Badge, Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { statusTone } from "@/components/status-tone";
import { OPEN_STATUSES } from "@/lib/applications/statuses";
import { takeCaseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("clerk.title") };
}

export default async function ClerkWorkbench({ searchParams }: { searchParams: Promise<{ taken?: string; error?: string; id?: string }> }) {
  const actor = await requirePagePermission("read:application:station", "/workbench");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const [station, queue] = await Promise.all([
    actor.stationId ? db.jurisdiction.findUnique({ where: { id: actor.stationId }, select: { name: true } }) : null,
    db.application.findMany({
      where: { ...applicationScope(actor), status: { in: [...OPEN_STATUSES] } },
      include: {
        applicantPerson: { select: { name: true, citizenId: true } },
        assignee: { select: { displayName: true } },
      },
      orderBy: [{ dueAt: "asc" }, { submittedAt: "asc" }],
      take: 200,
    }),
  ]);
  const now = new Date();
  const count = (s: string) => queue.filter((a) => a.status === s).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("clerk.title")}</h1>
        <p className="text-stone-700">{t("clerk.station", { station: station?.name ?? "—" })}</p>
      </div>
      {params.taken ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-4 py-3 text-green-900">
          {t("clerk.taken", { number: params.taken })}
        </p>
      ) : null}
      {params.error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-900">
          {isDomainErrorCode(params.error) ? t(`errors.${params.error}`) : `${t("common.genericError")} ${t("common.errorId", { id: params.id ?? "—" })}`}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label={t("status.SUBMITTED")} value={count("SUBMITTED")} />
        <Stat label={t("status.IN_REVIEW")} value={count("IN_REVIEW")} />
        <Stat label={t("status.NEEDS_MATERIALS")} value={count("NEEDS_MATERIALS")} />
      </div>
      <Card title={t("clerk.queueTitle")}>
        {queue.length === 0 ? (
          <p className="text-stone-600">{t("clerk.empty")}</p>
        ) : (
          <Table caption={t("clerk.queueTitle")} head={[t("clerk.number"), t("clerk.kind"), t("clerk.applicant"), t("clerk.status"), t("clerk.due"), t("clerk.assignee"), t("clerk.actions")]}>
            {queue.map((a) => {
              const overdue = a.dueAt !== null && a.dueAt < now;
              return (
                <tr key={a.id} data-testid={`case-${a.number}`}>
                  <Td className="font-mono">{a.number}</Td>
                  <Td>{t(`kind.${a.kind}`)}</Td>
                  <Td>
                    {a.applicantPerson.name}
                    <div className="font-mono text-xs text-stone-600">{maskCitizenId(a.applicantPerson.citizenId)}</div>
                  </Td>
                  <Td><Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge></Td>
                  <Td>
                    {formatDate(a.dueAt, locale)}
                    {overdue ? <div><Badge tone="warn">{t("clerk.overdue")}</Badge></div> : null}
                  </Td>
                  <Td>{a.assignee?.displayName ?? "—"}</Td>
                  <Td>
                    {a.status === "SUBMITTED" ? (
                      <form action={takeCaseAction}>
                        <input type="hidden" name="applicationId" value={a.id} />
                        <input type="hidden" name="version" value={a.version} />
                        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
                          {t("clerk.take")}
                        </button>
                      </form>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
    </div>
  );
}
