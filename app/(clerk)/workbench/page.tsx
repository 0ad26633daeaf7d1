import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/permissions";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { formatDate, staffName } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { caseClock } from "@/lib/clock";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { listQueue, queueFilterSchema, QUEUE_STATUSES } from "@/lib/applications/queue";
import { Badge, Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { statusTone } from "@/components/status-tone";
import { Banner } from "@/components/casework/banner";
import { QueueFilters } from "@/components/casework/queue-filters";
import { UrgencyBadge } from "@/components/casework/urgency-badge";
import { takeCaseAction } from "./actions";
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("clerk.title");

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ClerkWorkbench({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePagePermission("read:application:station", "/workbench");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const filter = queueFilterSchema.parse({
    kind: one(params.kind) || undefined,
    status: one(params.status) || undefined,
    overdue: one(params.overdue) || undefined,
    who: one(params.who) || undefined,
    after: one(params.after) || undefined,
    q: one(params.q) || undefined,
  });
  const caseId = one(params.case);
  const takenNumber = one(params.taken);
  const [station, queue, calendar, bannerCase] = await Promise.all([
    actor.stationId ? db.jurisdiction.findUnique({ where: { id: actor.stationId }, select: { name: true } }) : null,
    listQueue({ db, actor, filter }),
    loadCalendar({ db }),
    isUuid(caseId)
      ? db.application.findFirst({ where: { id: caseId, ...applicationScope(actor) }, select: { number: true } })
      : takenNumber && takenNumber.length <= 40
        ? db.application.findFirst({ where: { number: takenNumber, ...applicationScope(actor) }, select: { number: true } })
        : null,
  ]);
  const now = new Date();
  const keep = new URLSearchParams();
  for (const [k, v] of Object.entries({
    kind: filter.kind,
    status: filter.status,
    overdue: filter.overdue,
    who: filter.who,
    q: queue.searchProblem ? undefined : filter.q?.trim(),
  }))
    if (v) keep.set(k, v);
  const nextHref = queue.next ? `/workbench?${new URLSearchParams([...keep, ["after", queue.next]])}` : null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("clerk.title")}</h1>
        <p className="text-stone-700">{t("clerk.station", { station: station?.name ?? "—" })}</p>
        {can(actor, "reset:password:any") ? (
          <p className="mt-2">
            <Link href="/workbench/password-reset" className="font-medium text-blue-800 underline underline-offset-2">
              {t("counterReset.workbenchLink")}
            </Link>
          </p>
        ) : null}
      </div>
      <Banner
        t={t}
        done={takenNumber && bannerCase ? "taken" : one(params.done)}
        error={one(params.error)}
        detail={one(params.detail)}
        errorId={one(params.id)}
        number={bannerCase?.number}
      />
      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="sr-only">
          {t("casework.countsTitle")}
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {(["SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] as const).map((s) => (
            <Stat key={s} label={t(`status.${s}`)} value={queue.counts[s]} />
          ))}
          <Stat label={t("casework.overdueCount")} value={queue.overdue} tone={queue.overdue > 0 ? "warn" : "default"} />
        </div>
        <p className="mt-2 text-xs text-stone-600">
          {QUEUE_STATUSES.filter((s) => !["SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"].includes(s))
            .map((s) => `${t(`status.${s}`)} ${queue.counts[s]}`)
            .join(" · ")}
        </p>
      </section>
      <QueueFilters t={t} filter={filter} problem={queue.searchProblem} />
      <Card title={t("clerk.queueTitle")}>
        {queue.rows.length === 0 ? (
          <p className="text-stone-600" role={filter.q ? "status" : undefined}>
            {filter.q?.trim() && !queue.searchProblem ? t("casework.searchNone", { q: filter.q.trim() }) : t("clerk.empty")}
          </p>
        ) : (
          <>
            {/* Phones get one card per case (deadline and urgency in view); wider screens the table. */}
            <ul className="space-y-3 sm:hidden">
              {queue.rows.map((a) => {
                const clock = caseClock({ input: a, calendar, now });
                return (
                  <li
                    key={a.id}
                    data-testid={`card-${a.number}`}
                    className={`rounded border p-3 ${clock.state === "running" && clock.urgency === "overdue" ? "border-red-300 bg-red-50" : clock.state === "running" && clock.urgency === "near" ? "border-amber-300 bg-amber-50" : "border-stone-200"}`}
                  >
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/workbench/cases/${a.id}`} className="font-mono text-brand-700 underline">
                        {a.number}
                      </Link>
                      <Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge>
                    </div>
                    {a.flagNote ? (
                      <p className="mt-1 text-sm">
                        <Badge tone="warn">{t("casework.flag")}</Badge>{" "}
                        {a.flagNote.length > 60 ? `${a.flagNote.slice(0, 60)}…` : a.flagNote}
                      </p>
                    ) : null}
                    <p className="mt-1 text-sm">
                      {t(`kind.${a.kind}`)} · {a.applicantPerson.name}{" "}
                      <span className="font-mono text-xs text-stone-600">{maskCitizenId(a.applicantPerson.citizenId)}</span>
                    </p>
                    <p className="mt-1 text-sm">
                      {t("clerk.due")}：{formatDate(a.dueAt, locale)} <UrgencyBadge clock={clock} t={t} />
                    </p>
                    <p className="text-sm text-stone-700">
                      {t("clerk.assignee")}：{a.assignee ? staffName({ user: a.assignee, t }) : "—"}
                    </p>
                    {a.status === "SUBMITTED" ? (
                      <form action={takeCaseAction} className="mt-2">
                        <input type="hidden" name="applicationId" value={a.id} />
                        <input type="hidden" name="version" value={a.version} />
                        <button
                          type="submit"
                          className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
                        >
                          {t("clerk.take")}
                        </button>
                      </form>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <div className="hidden sm:block">
              <Table
                caption={t("clerk.queueTitle")}
                head={[
                  t("clerk.number"),
                  t("clerk.kind"),
                  t("clerk.applicant"),
                  t("clerk.status"),
                  t("clerk.due"),
                  t("clerk.assignee"),
                  t("clerk.actions"),
                ]}
              >
                {queue.rows.map((a) => {
                  const clock = caseClock({ input: a, calendar, now });
                  const stands = clock.urgency !== "ok" && clock.state === "running";
                  return (
                    <tr
                      key={a.id}
                      data-testid={`case-${a.number}`}
                      className={
                        clock.urgency === "overdue" && stands ? "bg-red-50" : clock.urgency === "near" && stands ? "bg-amber-50" : ""
                      }
                    >
                      <Td className="font-mono">
                        <Link href={`/workbench/cases/${a.id}`} className="text-brand-700 underline">
                          {a.number}
                        </Link>
                      </Td>
                      <Td>{t(`kind.${a.kind}`)}</Td>
                      <Td>
                        {a.applicantPerson.name}
                        <div className="font-mono text-xs text-stone-600">{maskCitizenId(a.applicantPerson.citizenId)}</div>
                      </Td>
                      <Td>
                        <Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge>
                        {a.flagNote ? (
                          <div className="mt-1" title={a.flagNote}>
                            <Badge tone="warn">{t("casework.flag")}</Badge>{" "}
                            <span className="text-xs text-stone-700">
                              {a.flagNote.length > 40 ? `${a.flagNote.slice(0, 40)}…` : a.flagNote}
                            </span>
                          </div>
                        ) : null}
                      </Td>
                      <Td>
                        {formatDate(a.dueAt, locale)}
                        <div>
                          <UrgencyBadge clock={clock} t={t} />
                        </div>
                      </Td>
                      <Td>{a.assignee ? staffName({ user: a.assignee, t }) : "—"}</Td>
                      <Td>
                        <div className="flex flex-wrap items-center gap-2">
                          {a.status === "SUBMITTED" ? (
                            <form action={takeCaseAction}>
                              <input type="hidden" name="applicationId" value={a.id} />
                              <input type="hidden" name="version" value={a.version} />
                              <button
                                type="submit"
                                className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
                              >
                                {t("clerk.take")}
                              </button>
                            </form>
                          ) : null}
                          <Link
                            href={`/workbench/cases/${a.id}`}
                            className="text-sm text-brand-700 underline"
                            aria-label={`${t("casework.open")} ${a.number}`}
                          >
                            {t("casework.open")}
                          </Link>
                        </div>
                      </Td>
                    </tr>
                  );
                })}
              </Table>
            </div>
          </>
        )}
        <nav className="mt-4 flex gap-4 text-sm" aria-label={t("casework.nextPage")}>
          {filter.after ? (
            <Link href={`/workbench${keep.size ? `?${keep}` : ""}`} className="text-brand-700 underline">
              {t("casework.firstPage")}
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 underline" rel="next">
              {t("casework.nextPage")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
