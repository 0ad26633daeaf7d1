// English for applicant/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { applicantZh } from "./zh-CN";

export const applicantEn: Widen<typeof applicantZh> = {
  title: "My home",
  greeting: "Hello, {name}",
  personTitle: "My identity",
  citizenId: "Citizen ID number",
  phone: "Phone",
  birthDate: "Date of birth",
  householdTitle: "My household registration",
  noHousehold: "You have no permanent hukou in the jurisdictions this portal serves.",
  householdNumber: "Household no.",
  address: "Address",
  members: "Members",
  applicationsTitle: "My applications",
  noApplications: "You have not applied for anything yet.",
  permitsTitle: "My residence permits",
  noPermits: "You hold no residence permit.",
  permitNumber: "Permit no.",
  validUntil: "Valid until",
  number: "Application no.",
  kind: "Service",
  target: "Where",
  status: "Status",
  submittedAt: "Submitted",
};
