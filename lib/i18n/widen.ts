/** The shape of a catalogue with every string literal widened: what the English side must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
