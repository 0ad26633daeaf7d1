// The rows action-inputs.property.test.ts posts against: an applicant's draft, a submitted case and one in
// review at one station, a clerk (a station lead), an admin, a staff account and a resident for the
// counter reset. Their ids go into `ids`, which the well-formed posts (action-inputs-posts.ts) read.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/tests/factories/db";
import { ensurePlace, registeredApplicant } from "./apply-fixtures";
import { startDraft } from "./apply-draft";
import { makeCase } from "@/tests/factories/cases";
import { actorOf, makeClerk } from "@/tests/factories/staff";
import { makeDocument } from "@/tests/factories/documents";

export const ids: Record<string, string> = {};

/** Makes the rows, fills `ids`, and returns the three actors who post. */
export async function setUpActionInputsWorld(db: Db): Promise<{ applicant: Actor; clerk: Actor; admin: Actor }> {
  const place = await ensurePlace(db);
  const applicant = await registeredApplicant(db);
  const clerk = await makeClerk(db, place.station.id, { lead: true });
  const ref = { user: { id: applicant.id }, person: { id: applicant.personId! } };
  ids.draft = (await startDraft(db, applicant)).id;
  ids.submitted = (await makeCase(db, { at: place, applicant: ref })).id;
  const review = await makeCase(db, { at: place, applicant: ref, status: "IN_REVIEW", assigneeId: clerk.id });
  ids.review = review.id;
  ids.document = (await makeDocument(db, { applicationId: review.id, uploadedById: applicant.id })).id;
  ids.clerk = clerk.id;
  const adminUser = await db.user.create({
    data: { username: `prop-admin-${randomUUID().slice(0, 6)}`, passwordHash: "x", displayName: "管理员", role: "ADMIN" },
  });
  const admin = actorOf(adminUser, null);
  ids.staff = (await makeClerk(db, place.station.id)).id;
  // A resident of their own for the counter reset (each good post resets the password once more).
  const resident = await registeredApplicant(db);
  ids.residentUsername = (await db.user.findUniqueOrThrow({ where: { id: resident.id } })).username;
  ids.residentName = resident.displayName;
  ids.stationId = place.station.id;
  ids.stationName = place.station.name;
  ids.districtCode = place.district.code;
  ids.stationCode = place.station.code;
  ids.draftDocument = (await makeDocument(db, { applicationId: ids.draft, sha256: "1".repeat(64), uploadedById: applicant.id })).id;
  return { applicant, clerk, admin };
}
