// The one check of an id taken from a URL, a form or a query before it reaches the database.
// PostgreSQL's uuid type refuses anything that is not 8-4-4-4-12 hex digits (36 dashes, say) with an
// error, so a looser pattern turned such an id into a 500 instead of the 404 a missing row gets.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The pattern inside a larger one (a form field named `memberNote_<id>`). */
export const UUID_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
