// Demo addresses in the form the registry prints them: town streets with door numbers, flats with
// building/unit/room in urban areas, and village groups (组, or 社 in a pastoral 嘎查) in the countryside.
import type { StationInfo } from "./jurisdictions";
import type { Rng } from "./random";
import { STATION_PROFILES } from "./station-profiles";

export function placePrefix(options: { station: StationInfo }): string {
  return options.station.placeNames.join("");
}

export function makeAddress(options: { rng: Rng; station: StationInfo; rural: boolean }): string {
  const { rng, station } = options;
  const profile = STATION_PROFILES[station.code];
  if (!profile) throw new Error(`no profile for station ${station.code}`);
  const prefix = placePrefix({ station });
  if (options.rural) {
    const village = rng.pick(profile.villages ?? ["新村"]);
    const group = village.endsWith("嘎查") ? "社" : "组";
    return `${prefix}${village}${rng.int(1, 9)}${group}${rng.int(1, 60)}号`;
  }
  const street = rng.pick(profile.streets.length > 0 ? profile.streets : ["中心街"]);
  if (station.area === "CENTRAL_URBAN" && rng.chance(0.7)) {
    return `${prefix}${street}${rng.int(1, 300)}号${rng.int(1, 12)}栋${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  }
  return `${prefix}${street}${rng.int(1, 200)}号`;
}

/** Whether a household at this station lies in a village rather than the town. */
export function isRuralHousehold(options: { rng: Rng; station: StationInfo }): boolean {
  if (options.station.area === "RURAL") return true;
  const profile = STATION_PROFILES[options.station.code];
  return Boolean(profile?.villages && options.rng.chance(profile.ruralShare ?? 0));
}
