// The simulated users of the load run (scripts/bench-load.ts): an applicant and an officer, each a
// browser without JavaScript with its own session, waiting a random think time (0.5–1.5 × thinkMs)
// between actions until the run ends.
import { RENTER_WORK, renterRequest } from "../../tests/factories/chenzhou-renter";
import { formsOf, type PortalClient } from "./portal-client";

/** The self-check request the applicants post to the public API: the README's resident, alone, on the day asked. */
export const ELIGIBILITY = JSON.stringify(renterRequest({ applicant: RENTER_WORK, spouse: null }));

const UUID_IN_LINK = /\/workbench\/cases\/([0-9a-f-]{36})/g;

/** The ids of the cases a workbench page links to, in page order. */
export const caseIdsIn = (html: string): string[] => [...html.matchAll(UUID_IN_LINK)].map((m) => m[1]);

/** The acknowledged submissions and approvals, to be found in the database at the end. */
export interface Tally {
  submitted: Set<string>;
  approved: Set<string>;
}

/** When and how long the users act: until `until` (epoch ms), thinking about thinkMs between actions. */
export interface LoadRun {
  until: number;
  thinkMs: number;
  tally: Tally;
}

function hasForm(html: string, field: string, value?: string): boolean {
  return formsOf(html).some((f) => f.fields.some(([k, v]) => k === field && (value === undefined || v === value)));
}

/** Waits a think time; false when the run has ended meanwhile. */
async function think(random: () => number, run: LoadRun): Promise<boolean> {
  await new Promise((r) => setTimeout(r, run.thinkMs * (0.5 + random())));
  return Date.now() < run.until;
}

/** The applicant's mix: /me, the inbox, the self-check (page and API), saving a section of the draft, submitting it (once). */
export async function applicant(client: PortalClient, draftId: string, random: () => number, run: LoadRun) {
  let submitted = false;
  while (Date.now() < run.until) {
    if (!(await think(random, run))) break;
    const pick = random();
    if (pick < 0.3) await client.request("/me");
    else if (pick < 0.4) await client.request("/me/inbox");
    else if (pick < 0.5) await client.request("/check");
    else if (pick < 0.6)
      await client.request("/api/v1/eligibility", { method: "POST", body: ELIGIBILITY, headers: { "content-type": "application/json" } });
    else if (pick < 0.88 || submitted) {
      if (submitted) {
        await client.request(`/me/cases/${draftId}`);
        continue;
      }
      // Save a draft: the section's form, then its post (a new address each time).
      const form = await client.request(`/apply/${draftId}/home`);
      if (form.status === 200 && hasForm(form.text, "section", "home"))
        await client.postForm(`/apply/${draftId}/home`, form.text, "section=home", {
          address: `北湖区人民西路 ${1 + Math.floor(random() * 200)} 号`,
        });
    } else {
      const page = await client.request(`/apply/${draftId}/check`);
      if (page.status !== 200 || !hasForm(page.text, "applicationId")) continue;
      // A resident ticks the 如实申报承诺 before submitting.
      const reply = await client.postForm(`/apply/${draftId}/check`, page.text, "applicationId", { declaration: "yes" });
      if (reply.location === `/apply/${draftId}/done`) {
        submitted = true;
        run.tally.submitted.add(draftId);
      }
    }
  }
}

/** The officer's mix: the queue, a case page, taking an unassigned case and approving it (the forms). */
export async function clerk(client: PortalClient, random: () => number, run: LoadRun) {
  while (Date.now() < run.until) {
    if (!(await think(random, run))) break;
    const queue = await client.request("/workbench?who=unassigned");
    const ids = [...new Set(caseIdsIn(queue.text))];
    const pick = random();
    if (ids.length === 0 || pick < 0.35) continue;
    const id = ids[Math.floor(random() * Math.min(ids.length, 5))];
    const page = await client.request(`/workbench/cases/${id}`);
    if (pick < 0.6 || !hasForm(page.text, "from", "case")) continue;
    // Take it (another officer may have been quicker: STALE is an answer, not an error)…
    const taken = await client.postForm(`/workbench/cases/${id}`, page.text, "from=case", {});
    if (!(taken.location ?? "").includes("done=taken")) continue;
    // …and decide it: approve on the engine's pathway, as the form proposes.
    const again = await client.request(`/workbench/cases/${id}`);
    if (!hasForm(again.text, "placementType")) continue;
    // A case the form cannot approve as it stands (e.g. a demo case with no address for a new household)
    // comes back as the form with its field errors (200), as it does for a clerk: an answer, not an error.
    const decided = await client.postForm(`/workbench/cases/${id}`, again.text, "placementType", {}, [200, 303]);
    if ((decided.location ?? "").includes("done=approved")) run.tally.approved.add(id);
  }
}
