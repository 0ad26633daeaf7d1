import { describe, expect, it } from "vitest";
import { documentChecklist, missingDocuments, portalRecordsOf } from "./checklist";

const person = { name: "黄某", citizenId: "440203198503090012" };

describe("documents the portal holds are fetched, never asked for (电子证照 / 减证便民)", () => {
  it("an endorsement fetches the permit and the holder's identity: nothing is required", () => {
    const portal = portalRecordsOf({
      kind: "PERMIT_ENDORSEMENT",
      formData: {},
      applicantPerson: person,
      permit: { number: "JZZ-1", validUntil: new Date("2026-12-20T00:00:00Z") },
    });
    const list = documentChecklist({ kind: "PERMIT_ENDORSEMENT", portal });
    expect(list.map((i) => [i.id, i.required, i.held?.source ?? null])).toEqual([
      ["id_card", false, "identity"],
      ["permit", false, "permit"],
      ["lodging_certificate", false, null],
    ]);
    expect(list.find((i) => i.id === "permit")?.held).toEqual({ source: "permit", number: "JZZ-1", validUntil: "2026-12-20" });
    expect(missingDocuments({ checklist: list, uploadedKinds: [] })).toEqual([]);
  });

  it("without the portal's records the same items are asked for", () => {
    const list = documentChecklist({ kind: "PERMIT_ENDORSEMENT" });
    expect(missingDocuments({ checklist: list, uploadedKinds: [] }).map((i) => i.id)).toEqual(["id_card", "permit"]);
  });

  it("a newborn fetches the booklet of the household the child joins when the parent is in it; the birth and the IDs are asked", () => {
    const household = { id: "h1", householdNumber: "431002010001", address: "北湖区人民路 1 号" };
    const applicantPerson = { ...person, memberships: [{ household }] };
    const portal = portalRecordsOf({
      kind: "NEWBORN_REGISTRATION",
      formData: { child: { householdId: "h1" } },
      applicantPerson,
      permit: null,
    });
    const list = documentChecklist({ kind: "NEWBORN_REGISTRATION", portal });
    expect(list.find((i) => i.id === "parents_booklet")?.held).toEqual({
      source: "household",
      householdNumber: "431002010001",
      address: "北湖区人民路 1 号",
    });
    expect(missingDocuments({ checklist: list, uploadedKinds: [] }).map((i) => i.id)).toEqual(["birth_certificate", "parents_ids"]);
    // A household the parent is not in is not the register's answer for this family: asked for.
    const other = portalRecordsOf({
      kind: "NEWBORN_REGISTRATION",
      formData: { child: { householdId: "h2" } },
      applicantPerson,
      permit: null,
    });
    expect(
      missingDocuments({ checklist: documentChecklist({ kind: "NEWBORN_REGISTRATION", portal: other }), uploadedKinds: [] }).map(
        (i) => i.id,
      ),
    ).toEqual(["birth_certificate", "parents_ids", "parents_booklet"]);
  });

  it("other kinds fetch nothing", () => {
    expect(portalRecordsOf({ kind: "SETTLEMENT", formData: {}, applicantPerson: person, permit: null })).toEqual({});
    expect(documentChecklist({ kind: "NO_HUKOU_REGISTRATION", portal: { identity: person } }).every((i) => i.held === null)).toBe(true);
  });
});
