// A supervisor's subtree: read from the unit tree (lib/jurisdictions/scope.ts).
export { loadScopeUnits, stationsUnder, type ScopeCounty, type ScopeStation, type ScopeUnits } from "@/lib/jurisdictions";
