// What the portal fetched instead of asking for a document (已调取): the permit it issued, the holder's
// identity in the register (the ID number masked), the household in the register. One rendering for the
// applicant's task list and the clerk's case page.
import type { HeldRecord } from "@/lib/applications/checklist";
import type { Translate } from "@/lib/i18n";
import { maskCitizenId } from "@/lib/registry/citizen-id";

export function heldText(record: HeldRecord, t: Translate, formatDay: (iso: string) => string): string {
  switch (record.source) {
    case "permit":
      return t("held.permit", { number: record.number, date: formatDay(record.validUntil) });
    case "identity":
      return t("held.identity", { name: record.name, id: maskCitizenId(record.citizenId) });
    case "household":
      return t("held.household", { number: record.householdNumber, address: record.address });
  }
}
