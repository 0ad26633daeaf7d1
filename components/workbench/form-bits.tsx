// What the case screen's decision forms share: their state type, input classes, the hidden case reference,
// and reading back what was typed (a refused post comes back with it).
import type { FormOutcome } from "@/lib/actions/form-outcome";

export type DecisionFormState = FormOutcome<Record<string, string | string[]>>;
export type Action = (prev: DecisionFormState, formData: FormData) => Promise<DecisionFormState>;
export type Labels = Record<string, string>;

// Without its width, for a field set in from the left (one width class only: two conflicting ones
// leave the winner to the stylesheet's order, and w-full won, pushing the note past its box).
export const inputBox = "mt-1 block rounded border border-stone-400 px-2 py-1.5 text-sm";
export const input = `${inputBox} w-full`;
export const button = "rounded px-4 py-2 text-sm font-medium text-white";

export function Hidden({ applicationId, version }: { applicationId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export const v = (state: DecisionFormState, name: string, fallback = "") =>
  typeof state.values[name] === "string" ? (state.values[name] as string) : fallback;
export const has = (state: DecisionFormState, name: string, value: string, fallback: boolean) =>
  Object.keys(state.values).length === 0 ? fallback : ([] as string[]).concat(state.values[name] ?? []).includes(value);
