// GOV.UK error summary: every problem at once, at the top, each a link to its field, and the field's own
// error beside it. Works on the server and in a client component (no hooks). Three looks, one markup:
// `page` (a whole page's form: autoFocus moves the reader to it after a failed post), `card` (a form in a
// card of the applicant's case) and `panel` (a decision form of the clerk's case screen). docs/decisions/0294.
import type { FormProblem } from "@/lib/actions/form-outcome";

/** The one field-id convention: `f-` and the field's name, anything but letters and digits as "-". */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]/g, "-")}`;
}

export type Look = "page" | "card" | "panel";

const LOOKS = {
  page: {
    box: "rounded border-2 border-red-700 bg-white p-4",
    title: "mb-2 text-lg font-semibold text-red-800",
    list: "list-disc space-y-1 pl-5",
    link: "text-red-800 underline underline-offset-2",
    error: "font-medium text-red-800",
  },
  card: {
    box: "rounded border-2 border-red-700 bg-red-50 p-4 text-red-900",
    title: "font-semibold",
    list: "mt-2 list-disc space-y-1 pl-5",
    link: "underline",
    error: "mt-1 text-sm font-medium text-red-800",
  },
  panel: {
    box: "mb-4 rounded border-2 border-red-700 bg-white p-3",
    title: "font-semibold text-red-800",
    list: "mt-1 list-disc pl-5 text-sm",
    link: "text-red-800 underline",
    error: "mt-1 text-sm font-medium text-red-700",
  },
} as const;

/**
 * The summary; `idOf` names the element a problem's link goes to (fieldId unless the form's fields carry
 * ids of their own, which the e2e specs select by).
 */
export function ErrorSummary({
  title,
  errors,
  look = "page",
  idOf = fieldId,
}: {
  title: string;
  errors: FormProblem[];
  look?: Look;
  idOf?: (field: string) => string;
}) {
  if (errors.length === 0) return null;
  const L = LOOKS[look];
  const page = look === "page";
  const Heading = page ? "h2" : "h3";
  return (
    <div
      role="alert"
      tabIndex={-1}
      autoFocus={page || undefined}
      aria-labelledby={page ? "error-summary-title" : undefined}
      className={L.box}
      data-testid={page ? "error-summary" : undefined}
    >
      <Heading id={page ? "error-summary-title" : undefined} className={L.title}>
        {title}
      </Heading>
      <ul className={L.list}>
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${idOf(e.field)}`} className={L.link}>
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's error beside it (nothing when there is none). */
export function FieldError({ id, text, look = "page" }: { id?: string; text: string | undefined; look?: Look }) {
  return text ? (
    <p id={id} className={LOOKS[look].error}>
      {text}
    </p>
  ) : null;
}

/** Every error of one field, each beside it (a decision form may refuse a field for several reasons). */
export function FieldErrors({ errors, field, look = "panel" }: { errors: FormProblem[]; field: string; look?: Look }) {
  return (
    <>
      {errors
        .filter((e) => e.field === field)
        .map((e, i) => (
          <FieldError key={i} text={e.text} look={look} />
        ))}
    </>
  );
}

/** The ids a field is described by: its hint and its error, when it has them. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
