/** The wizard's state carried through a form as hidden inputs; an empty value is left out. */
export function HiddenInputs({ values }: { values: Record<string, string | undefined> }) {
  return Object.entries(values).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null));
}

export type StartAction = (formData: FormData) => Promise<void>;
