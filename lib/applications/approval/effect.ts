// What every approval effect receives and returns. `approveApplication` (../approve-application.ts) checks
// the case and moves it to APPROVED; the effect of its kind then writes the register or the permit and
// issues the certificates, in the same transaction — one module per kind, beside this one.
import type { Prisma } from "@/lib/db";
import type { ApplicationKind, Relation, Sex } from "@/lib/generated/prisma/enums";
import { issueCertificate } from "@/lib/certificates/issue";
import { certificateData, type RegistrationNoticeData } from "@/lib/certificates/data-keys";
import type { DecisionContext, Mover } from "@/lib/registry/apply-decision";
import type { Placement } from "../placement";

export type Certificate = { id: string; code: string };
type CertificateKind = "SETTLEMENT_NOTICE" | "REGISTRATION_NOTICE" | "RESIDENCE_PERMIT";

/** An approved ApplicationMember, as the approval reads it. */
export interface ApprovedMember {
  id: string;
  position: number;
  relation: Relation;
  personId: string | null;
  citizenId: string | null;
  name: string;
  birthDate: Date;
  sex: Sex | null;
}

/** The case being approved, as far as the effects need it. */
export interface ApprovedCase {
  id: string;
  number: string;
  kind: ApplicationKind;
  stationId: string;
  targetJurisdictionId: string;
  address: string | null;
  permitId: string | null;
  applicantPersonId: string;
  submittedAt: Date | null;
  applicantPerson: { name: string; citizenId: string };
  station: { name: string };
}

export interface EffectContext {
  tx: Prisma.TransactionClient;
  actorId: string;
  app: ApprovedCase;
  /** The registry's view of the decision (lib/registry/apply-decision.ts). */
  decision: DecisionContext;
  /** The decision day, as YYYY-MM-DD. */
  onIso: string;
  approvedMembers: ApprovedMember[];
  placement: Placement;
  /** Who was not approved and why, as the decision prints it ("name（reason）；…"). */
  notApproved: string;
  /** What every certificate of this decision carries: the issuing bodies, the date, the clause, the case. */
  common: { stationName: string; bureauName: string; decisionDate: string; clause: string; applicationNumber: string };
}

/** One kind's effect: the register or permit writes of the approval, and the certificates issued. */
export type ApprovalEffect = (ctx: EffectContext) => Promise<Certificate[]>;

/** Issues one certificate of the decision. */
export function issue(
  ctx: EffectContext,
  kind: CertificateKind,
  holderId: string,
  data: Record<string, string>,
  permitId: string | null = null,
): Promise<Certificate> {
  return issueCertificate({
    tx: ctx.tx,
    actorId: ctx.actorId,
    kind,
    applicationId: ctx.app.id,
    permitId,
    holderId,
    stationId: ctx.app.stationId,
    issuedOn: ctx.decision.on,
    data,
  });
}

/** One 户口登记通知书: a person this decision entered in the register, and the household they are in. */
export function issueRegistrationNotice(
  ctx: EffectContext,
  options: {
    registration: RegistrationNoticeData["registration"];
    person: { id: string; name: string; citizenId: string };
    household: { householdNumber: string; address: string };
  },
): Promise<Certificate> {
  const { person, household } = options;
  const data = certificateData("REGISTRATION_NOTICE", {
    ...ctx.common,
    holderName: person.name,
    registration: options.registration,
    citizenId: person.citizenId,
    householdNumber: household.householdNumber,
    address: household.address,
  });
  return issue(ctx, "REGISTRATION_NOTICE", person.id, data);
}

/** An approved member as a registry mover, with their relation to the applicant (or to the head they become). */
export function memberMover(m: ApprovedMember, relation: Relation = m.relation): Mover {
  return { personId: m.personId, memberId: m.id, citizenId: m.citizenId, name: m.name, relation, birthDate: m.birthDate, sex: m.sex };
}
