import type { Translate } from "@/lib/i18n";
import { MAX_EXPLANATION } from "@/lib/applications/submit-application";
import { fieldId, FieldError } from "@/components/forms/error-summary";

/** The submit form: the explanation a case the engine does not find eligible needs, and the 如实申报承诺. */
export function SubmitForm(props: {
  action: (formData: FormData) => void | Promise<void>;
  app: { id: string; version: number };
  notEligible: boolean;
  explanation: string | undefined;
  explanationError: string | undefined;
  declarationError: string | undefined;
  t: Translate;
}) {
  const { action, app, notEligible, explanation, explanationError, declarationError, t } = props;
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="version" value={app.version} />
      {notEligible ? (
        <div className={`flex flex-col gap-1 ${explanationError ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <h2 className="text-lg font-semibold">{t("apply.check.notEligibleTitle")}</h2>
          <p id="explanation-hint" className="text-stone-700">
            {t("apply.check.notEligibleBody")}
          </p>
          <label htmlFor={fieldId("explanation")} className="font-medium">
            {t("apply.check.explanation")}
          </label>
          <FieldError id="explanation-error" text={explanationError} />
          <textarea
            id={fieldId("explanation")}
            name="explanation"
            rows={5}
            maxLength={MAX_EXPLANATION}
            defaultValue={explanation ?? ""}
            aria-describedby={explanationError ? "explanation-hint explanation-error" : "explanation-hint"}
            aria-invalid={!!explanationError}
            className={`w-full rounded px-3 py-2 text-base ${explanationError ? "border-2 border-red-700" : "border border-stone-500"}`}
          />
        </div>
      ) : null}
      <fieldset className={`rounded border p-3 ${declarationError ? "border-2 border-red-700" : "border-stone-300"}`}>
        <legend className="px-1 font-semibold">{t("care.declaration.title")}</legend>
        <FieldError id="declaration-error" text={declarationError} />
        <label htmlFor={fieldId("declaration")} className="flex items-start gap-3">
          <input
            id={fieldId("declaration")}
            type="checkbox"
            name="declaration"
            value="yes"
            aria-required="true"
            aria-invalid={!!declarationError}
            aria-describedby={declarationError ? "declaration-error" : undefined}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span>{t("care.declaration.text")}</span>
        </label>
      </fieldset>
      <p className="text-sm text-stone-700">{t("apply.check.submitNote")}</p>
      <button type="submit" className="rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800">
        {t("apply.check.submit")}
      </button>
    </form>
  );
}
