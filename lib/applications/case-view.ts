// Everything the clerk's one-screen review shows, read in the actor's scope (another station's case is
// NOT_FOUND): the applicant and their registry record, the members applied for, the engine's answer
// at submission beside today's, the checklist with the documents, the 补正 requests and the history.
import type { Db } from "@/lib/db";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, householdScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { caseClock, chinaDate } from "@/lib/clock";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { parseEligibilityRequest } from "@/lib/policy";
import { documentChecklist, checklistItem, portalRecordsOf } from "./checklist";
import { freeTextPosition, keyedRequestItems } from "./request-items";
import { compareAnswers, metPathways, allowedMembers } from "./engine-compare";
import { readPlacement, type Placement } from "./placement";
import { mayReassign, stationClerks } from "./reassign";
import { maskCasePeople, maskHousehold } from "./case-view-mask";
import { mayOpenFiles } from "./documents";

export async function loadCaseView(options: { db: Db; actor: Actor; applicationId: string; now?: Date }) {
  const { db } = options;
  const actor = requirePermission(
    options.actor,
    options.actor.role === "SUPERVISOR" ? "read:application:jurisdiction" : "read:application:station",
  );
  const now = options.now ?? new Date();
  const found = await findCase({ db, actor, applicationId: options.applicationId });
  // Only the station's officers see people in full; a supervisor sees them masked (case-view-mask.ts).
  const full = can(actor, "read:application:station");
  const app = full ? found : maskCasePeople(found);
  const calendar = await loadCalendar({ db });
  const clock = caseClock({ input: app, calendar, now });
  const today = chinaDate(now);
  const comparison = compareAnswers({ snapshot: app.decisionSnapshot, facts: app.facts, today });
  const parsed =
    app.facts && typeof app.facts === "object" && "applicant" in app.facts ? parseEligibilityRequest({ body: app.facts, today }) : null;
  const placement = readPlacement(app.placement);
  const requested = await requestedHousehold({ db, placement, stationId: app.stationId, applicantPersonId: app.applicantPersonId });
  const { memberships, active, household, householdVisible, permits } = await loadRegistryRecord({
    db,
    actor,
    applicantPersonId: app.applicantPersonId,
  });
  // The same one checklist the applicant saw, with the same portal records fetched (已调取).
  const checklist = documentChecklist({
    kind: app.kind,
    request: parsed?.ok ? parsed.request : null,
    answer: comparison.atSubmission,
    joinsExistingHousehold: placement.type === "existing" && !requested?.applicantIsHead,
    portal: portalRecordsOf({
      ...app,
      applicantPerson: { ...app.applicantPerson, memberships: memberships.filter((m) => m.validTo === null) },
    }),
  });
  const [reassign, clerks] = await Promise.all([mayReassign({ db, actor }), stationClerks({ db, stationId: app.stationId })]);
  return {
    app,
    clock,
    today,
    comparison,
    met: metPathways(comparison),
    allowed: allowedMembers(comparison),
    placement,
    /** The household an "existing" placement names, as this station's register has it (null: none open here). */
    requestedHousehold: requested && full ? requested : requested ? { ...requested, headName: null } : null,
    consentOnFile: app.documents.some((d) => d.kind === "head_consent"),
    checklist,
    /** Supervisors see what was filed and its mark, never the file itself (decision record 0262). */
    filesOpen: mayOpenFiles(actor),
    // A file answering a free-text 补正 item carries `other-<n>`: it is named by that item's note.
    documents: app.documents.map((d) => ({ ...d, item: checklistItem(d.kind), otherNote: otherNote(app.materialsRequests, d) })),
    registry: {
      active,
      memberships,
      household: full ? household : maskHousehold(household),
      // The household page is the station officers' (read:household:station): no link a supervisor would find refused.
      householdVisible: full && householdVisible > 0,
      permits,
    },
    mayReassign: reassign,
    clerks,
  };
}

export type CaseView = Awaited<ReturnType<typeof loadCaseView>>;

/** The case in the actor's scope, with everything the review shows; another station's case is NOT_FOUND. */
async function findCase(options: { db: Db; actor: Actor; applicationId: string }) {
  const found = await options.db.application.findFirst({
    where: { id: options.applicationId, ...applicationScope(options.actor) },
    include: {
      station: { select: { id: true, name: true } },
      targetJurisdiction: { select: { name: true, policyCode: true } },
      targetUnit: { select: { name: true } },
      applicantUser: { select: { id: true, identityVerifiedAt: true, displayName: true } },
      applicantPerson: { select: { id: true, name: true, citizenId: true, sex: true, birthDate: true, phone: true } },
      assignee: { select: { id: true, displayName: true, badgeNumber: true } },
      members: { orderBy: { position: "asc" } },
      documents: { orderBy: { createdAt: "asc" } },
      materialsRequests: { orderBy: { requestedAt: "asc" }, include: { requestedBy: { select: { displayName: true } } } },
      caseEvents: { orderBy: { createdAt: "asc" }, include: { actor: { select: { displayName: true, role: true } } } },
      permit: { select: { id: true, number: true, status: true, validUntil: true, residenceSince: true } },
      certificates: { select: { id: true, kind: true, code: true, issuedOn: true } },
      // 好差评: the clerk sees the applicant's score and comment, and a poor rating's follow-up.
      rating: { select: { score: true, comment: true, createdAt: true, followUp: { select: { status: true, dueOn: true, note: true } } } },
    },
  });
  if (!found) throw new DomainError("NOT_FOUND");
  return found;
}

/**
 * The applicant's registry record: the active household (in the actor's scope or not — the clerk
 * sees that a membership exists; the household page itself stays scoped), other active permits.
 * The memberships are read first: the checklist's portal records need them.
 */
async function loadRegistryRecord(options: { db: Db; actor: Actor; applicantPersonId: string }) {
  const { db, actor } = options;
  const memberships = await db.membership.findMany({
    where: { personId: options.applicantPersonId },
    orderBy: { validFrom: "desc" },
    include: {
      household: {
        select: { id: true, householdNumber: true, address: true, type: true, stationId: true, station: { select: { name: true } } },
      },
    },
  });
  const active = memberships.find((m) => m.validTo === null) ?? null;
  const [household, householdVisible, permits] = await Promise.all([
    active
      ? db.membership.findMany({
          where: { householdId: active.householdId, validTo: null },
          include: { person: { select: { name: true, citizenId: true, birthDate: true } } },
          orderBy: { validFrom: "asc" },
        })
      : [],
    active ? db.household.count({ where: { id: active.householdId, ...householdScope(actor) } }) : 0,
    db.residencePermit.findMany({
      where: { holderId: options.applicantPersonId },
      orderBy: { issuedOn: "desc" },
      select: { id: true, number: true, status: true, validUntil: true, station: { select: { name: true } } },
    }),
  ]);
  return { memberships, active, household, householdVisible, permits };
}

/** The note of the free-text item a document answers, "" when it answers one with no note, null otherwise. */
function otherNote(requests: { id: string; items: unknown }[], doc: { kind: string; requestId: string | null }): string | null {
  if (freeTextPosition(doc.kind) === null || !doc.requestId) return null;
  const request = requests.find((r) => r.id === doc.requestId);
  return request ? (keyedRequestItems(request.items).find((i) => i.key === doc.kind)?.note ?? "") : "";
}

/** For a join: does the station hold an open household with that number, who heads it, is it the applicant's own. */
async function requestedHousehold(options: { db: Db; placement: Placement; stationId: string; applicantPersonId: string }) {
  const { placement } = options;
  if (placement.type !== "existing") return null;
  const h = await options.db.household.findFirst({
    where: { householdNumber: placement.householdNumber, stationId: options.stationId, closedOn: null },
    select: {
      id: true,
      householdNumber: true,
      address: true,
      type: true,
      memberships: { where: { validTo: null, relation: "HEAD" }, select: { personId: true, person: { select: { name: true } } } },
    },
  });
  if (!h)
    return {
      found: false as const,
      householdNumber: placement.householdNumber,
      address: null,
      headName: null as string | null,
      applicantIsHead: false,
    };
  const head = h.memberships[0] ?? null;
  return {
    found: true as const,
    householdNumber: h.householdNumber,
    address: h.address,
    headName: head?.person.name ?? null,
    applicantIsHead: head?.personId === options.applicantPersonId,
  };
}
