// The building blocks of the eligibility request's schema (facts-schema.ts): the contract's messages, and
// the enum, optional, nullable, object, date, months and flag schemas that report them.
import { z } from "zod";
import { isRealIsoDate, isWellFormedIsoDate } from "./dates";

export const MESSAGES = {
  required: "is required",
  date: "must be a date YYYY-MM-DD",
  realDate: "must be a real calendar date YYYY-MM-DD",
  months: "must be a whole number of months, 0 or more",
  maxMonths: "must be at most 1200 months",
  boolean: "must be true or false",
  object: "must be an object",
  body: "must be a JSON object",
  list: "must be a list",
  maxMembers: "must list at most 50 members",
  json: "must be valid JSON",
  afterAsOf: "must not be after asOf",
} as const;

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const message = `must be one of ${values.join(", ")}`;
  return z.enum(values, { error: (iss) => (iss.input === undefined ? MESSAGES.required : message) });
}

/** Optional fact: absent or null becomes the fallback, so the engine never sees undefined. */
export function optional<S extends z.ZodType>(schema: S, fallback: NonNullable<z.output<S>>) {
  return schema.nullish().transform((value): NonNullable<z.output<S>> => value ?? fallback);
}

export function nullable<S extends z.ZodType>(schema: S) {
  return schema.nullish().transform((value): z.output<S> | null => value ?? null);
}

export function object<T extends z.ZodRawShape>(shape: T, notObject: string = MESSAGES.object) {
  return z.object(shape, { error: (iss) => (iss.input === undefined ? MESSAGES.required : notObject) });
}

export const isoDate = z
  .string({ error: (iss) => (iss.input === undefined ? MESSAGES.required : MESSAGES.date) })
  .superRefine((value, ctx) => {
    if (!isWellFormedIsoDate(value)) ctx.addIssue({ code: "custom", message: MESSAGES.date });
    else if (!isRealIsoDate(value)) ctx.addIssue({ code: "custom", message: MESSAGES.realDate });
  });

export const months = z
  .number({ error: MESSAGES.months })
  .int({ error: MESSAGES.months })
  .min(0, { error: MESSAGES.months })
  .max(1200, { error: MESSAGES.maxMonths });

export const flag = z.boolean({ error: MESSAGES.boolean });
