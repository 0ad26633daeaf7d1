// Where an application is handled: read from the unit tree (lib/jurisdictions/placement.ts).
export { policyUnitOf, policyUnits, stationsFor, unitsUnder, type Unit } from "@/lib/jurisdictions";
