// The applicant as the register knows them: masked number (full on request, audited), identity check,
// the current household with its members, permits; and the family members applied for with the
// engine's answer for each.
import Link from "next/link";
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import type { RevealState } from "./reveal-number";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { formatDate, isoDate } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { RevealNumber } from "./reveal-number";
import { Mark, StatusIcon } from "@/components/ui/status-icon";

export function ApplicantPanel(props: {
  view: CaseView;
  t: Translate;
  locale: string;
  canReveal: boolean;
  canVerify: boolean;
  revealAction: (prev: RevealState, formData: FormData) => Promise<RevealState>;
  verifyAction: (formData: FormData) => Promise<void>;
}) {
  const { view, t, locale } = props;
  const { app, registry } = view;
  const p = app.applicantPerson;
  const dt = "text-sm text-stone-600";
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className={dt}>{t("workbench.name")}</dt>
        <dd className="font-medium">{p.name}</dd>
        <dt className={dt}>{t("workbench.citizenId")}</dt>
        <dd>
          {props.canReveal ? (
            <RevealNumber
              action={props.revealAction}
              applicationId={app.id}
              masked={maskCitizenId(p.citizenId)}
              label={t("workbench.showFull")}
              shownLabel={t("workbench.fullShown")}
            />
          ) : (
            <span className="font-mono">{maskCitizenId(p.citizenId)}</span>
          )}
        </dd>
        {/* Beside a masked number only the year: a full birth date would pin the number to about one
            candidate and bypass the audited "show full number" (L3, decision record 0262). */}
        <dt className={dt}>
          {t("workbench.sex")} / {t("authz.birthYear")}
        </dt>
        <dd>
          {t(`workbench.sexes.${p.sex}`)} · {t("authz.bornIn", { year: isoDate(p.birthDate).slice(0, 4) })}
        </dd>
        <dt className={dt}>{t("workbench.phone")}</dt>
        <dd className="font-mono">{maskPhone(p.phone) || "—"}</dd>
        <dt className={dt}>{t("workbench.identity")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {app.applicantUser.identityVerifiedAt ? (
            <Badge tone="ok">
              <StatusIcon name="check" />{" "}
              {t("workbench.identityVerified", { date: formatDate(app.applicantUser.identityVerifiedAt, locale) })}
            </Badge>
          ) : (
            <>
              <Badge tone="warn">{t("workbench.identityNotVerified")}</Badge>
              {props.canVerify ? (
                <form action={props.verifyAction}>
                  <input type="hidden" name="applicationId" value={app.id} />
                  <button type="submit" className="rounded border border-brand-700 px-2 py-0.5 text-xs text-brand-700">
                    {t("workbench.verifyIdentity")}
                  </button>
                </form>
              ) : null}
            </>
          )}
        </dd>
      </dl>

      <RegistrySection registry={registry} t={t} locale={locale} />

      <MembersSection view={view} t={t} locale={locale} />
    </div>
  );
}

type Registry = CaseView["registry"];
type Member = CaseView["app"]["members"][number];

/** The applicant's current household (with its members) and permits, as the register holds them. */
function RegistrySection({ registry, t, locale }: { registry: Registry; t: Translate; locale: string }) {
  return (
    <div>
      <h3 className="font-semibold">{t("workbench.registryTitle")}</h3>
      {registry.active ? (
        <div className="mt-1 text-sm">
          <p>
            {t("workbench.householdLine", {
              number: registry.active.household.householdNumber,
              address: registry.active.household.address,
              station: registry.active.household.station.name,
            })}
            {" · "}
            {t(`relation.${registry.active.relation}`)}
          </p>
          {registry.householdVisible ? (
            <Link href={`/workbench/households/${registry.active.household.id}`} className="text-brand-700 underline">
              {t("workbench.viewHousehold")}
            </Link>
          ) : null}
          <ul className="mt-1 list-disc pl-5">
            {registry.household.map((m) => (
              <li key={m.id}>
                {m.person.name} · {t(`relation.${m.relation}`)} · <span className="font-mono">{maskCitizenId(m.person.citizenId)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-1 text-sm text-stone-700">{t("workbench.noHousehold")}</p>
      )}
      <h4 className="mt-2 text-sm font-semibold">{t("workbench.permitsTitle")}</h4>
      {registry.permits.length === 0 ? (
        <p className="text-sm text-stone-700">{t("workbench.noPermits")}</p>
      ) : (
        <ul className="text-sm">
          {registry.permits.map((pm) => (
            <li key={pm.id} className="font-mono">
              {pm.number} · {t(`permitStatus.${pm.status}`)} · {formatDate(pm.validUntil, locale)} · {pm.station.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The family members applied for, each with the engine's answer and the decision. */
function MembersSection({ view, t, locale }: { view: CaseView; t: Translate; locale: string }) {
  return (
    <div>
      <h3 className="font-semibold">{t("workbench.membersTitle")}</h3>
      {view.app.members.length === 0 ? (
        <p className="text-sm text-stone-700">{t("workbench.noMembers")}</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {view.app.members.map((m) => (
            <MemberItem key={m.id} member={m} view={view} t={t} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MemberItem({ member: m, view, t, locale }: { member: Member; view: CaseView; t: Translate; locale: string }) {
  const allowed = view.allowed.has(m.position);
  const known = view.comparison.atSubmission !== null;
  return (
    <li className="rounded border border-stone-200 p-2" data-testid={`member-${m.position}`}>
      {/* A member with a number: the year beside its mask; a child with none yet: the date (0262). */}
      <span className="font-medium">{m.name}</span> · {t(`relation.${m.relation}`)} ·{" "}
      {m.citizenId ? t("authz.bornIn", { year: isoDate(m.birthDate).slice(0, 4) }) : formatDate(m.birthDate, locale)}
      {m.citizenId ? <span className="ml-1 font-mono">{maskCitizenId(m.citizenId)}</span> : null}
      <div className="mt-1 flex flex-wrap gap-2">
        <Badge tone={m.personId ? "default" : "muted"}>{m.personId ? t("workbench.inRegistry") : t("workbench.notInRegistry")}</Badge>
        {m.idIssued ? (
          <Badge tone="ok">{t("workbench.numberIssued")}</Badge>
        ) : !m.citizenId ? (
          <Badge tone="muted">{t("workbench.noNumberYet")}</Badge>
        ) : null}
        <Badge tone={!known ? "muted" : allowed ? "ok" : "warn"}>
          {t("workbench.engineMember")}：
          {!known ? (
            t("workbench.memberUnknown")
          ) : (
            <Mark ok={allowed}>{allowed ? t("workbench.memberAllowed") : t("workbench.memberNotAllowed")}</Mark>
          )}
        </Badge>
        {m.approved !== null ? (
          <Badge tone={m.approved ? "ok" : "warn"}>
            {t("workbench.decision")}：<Mark ok={m.approved}>{m.approved ? t("care.member.approved") : t("care.member.notApproved")}</Mark>
          </Badge>
        ) : null}
      </div>
      {m.approved === false && m.decisionNote ? (
        <p className="mt-1 text-sm" data-testid={`member-note-${m.position}`}>
          {t("workbench.memberNotApprovedBecause", { reason: m.decisionNote })}
        </p>
      ) : null}
    </li>
  );
}
