// What a supervisor sees of the people on the clerk's case screen: names (maskName) and ID numbers
// (maskCitizenId) masked, as in the supervision lists (lib/stats/supervision-cases.ts) — a supervisor
// watches the handling of a case, not the person. The station's own officers keep the full record
// (they decide on it, and reveal the full ID number through an audited action). Masked here, where the
// view is built, so no page or component can forget.
import { maskName } from "@/lib/certificates/mask-name";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import type { FactRow } from "./facts-in-words";

interface Named {
  name: string;
  citizenId?: string | null;
}

interface PeopleView {
  applicantPerson: Named & { citizenId: string; phone: string | null };
  applicantUser: { displayName: string };
  members: Named[];
  caseEvents: { actor: { displayName: string; role: string } }[];
}

const maskOne = <T extends Named>(p: T): T => ({
  ...p,
  name: maskName(p.name),
  ...(p.citizenId ? { citizenId: maskCitizenId(p.citizenId) } : {}),
});

/** The application with every person masked; officers' names (who acted) stay as they are. */
export function maskCasePeople<A extends PeopleView>(app: A): A {
  return {
    ...app,
    applicantPerson: { ...maskOne(app.applicantPerson), phone: app.applicantPerson.phone ? maskPhone(app.applicantPerson.phone) : null },
    applicantUser: { ...app.applicantUser, displayName: maskName(app.applicantUser.displayName) },
    members: app.members.map(maskOne),
    // The applicant's own steps (submit, answer, withdraw) carry their account's name.
    caseEvents: app.caseEvents.map((e) =>
      e.actor.role === "APPLICANT" ? { ...e, actor: { ...e.actor, displayName: maskName(e.actor.displayName) } } : e,
    ),
  };
}

/**
 * The newborn's and the no-hukou person's facts as a supervisor sees them (L2, decision record 0262):
 * the birth date as its year, where the child was born, the hospital and the person's story withheld.
 * Sex, relation and the situation's category stay: they are what the handling is judged by.
 */
const WITHHELD_FACTS = new Set(["birthPlace", "hospital", "story"]);

export function maskFacts<G extends { rows: FactRow[] }>(groups: G[]): G[] {
  return groups.map((g) => ({
    ...g,
    rows: g.rows.map((r): FactRow => {
      if (r.answer.type === "unanswered") return r;
      if (r.name === "birthDate" && r.answer.type === "text") return { ...r, answer: { type: "year", year: r.answer.text.slice(0, 4) } };
      if (WITHHELD_FACTS.has(r.name)) return { ...r, answer: { type: "withheld" } };
      return r;
    }),
  }));
}

/** The applicant's household members as a supervisor sees them. */
export function maskHousehold<M extends { person: Named }>(members: M[]): M[] {
  return members.map((m) => ({ ...m, person: maskOne(m.person) }));
}
