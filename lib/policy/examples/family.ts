// The family members of an example and the birth dates that put them on either side of a threshold on AS_OF.
type Json = Record<string, unknown>;

/** Turns 18 on AS_OF: an adult that day. */
export const TURNS_18_TODAY = "2001-06-01";
/** Turns 18 the day after AS_OF: still a minor. */
export const TURNS_18_TOMORROW = "2001-06-02";
export const CHILD = "2010-03-15";
export const ADULT = "1995-01-01";
export const PARENT = "1960-01-01";
export const GRANDPARENT = "1936-01-01";
export const GRANDCHILD = "2016-01-01";

export const spouse = (coResident = true): Json => ({ relation: "spouse", birthDate: "1989-02-03", coResident });
export const child = (birthDate: string, extra: Json = {}): Json => ({ relation: "child", birthDate, coResident: true, ...extra });
export const parent = (extra: Json = {}): Json => ({ relation: "parent", birthDate: PARENT, coResident: true, ...extra });
export const grandparent = (extra: Json = {}): Json => ({ relation: "grandparent", birthDate: GRANDPARENT, ...extra });
export const grandchild = (extra: Json = {}): Json => ({ relation: "grandchild", birthDate: GRANDCHILD, ...extra });
