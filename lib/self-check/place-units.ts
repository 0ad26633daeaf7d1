// The places a resident can name: read from the unit tree (lib/jurisdictions/places.ts).
export { loadPlaceUnits, type PlaceStation, type PlaceUnit } from "@/lib/jurisdictions";
