// The code entry form: a plain GET to /verify, so it works without JavaScript and the result page
// has a shareable address. Errors follow the house pattern: summary at the top and beside the field.
import type { Translate } from "@/lib/i18n";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

export function VerifyForm({ t, value = "", error = null }: { t: Translate; value?: string; error?: string | null }) {
  return (
    <form action="/verify" method="get" noValidate className="space-y-4">
      {error ? (
        <div role="alert" aria-labelledby="verify-error-summary" className="rounded border-2 border-red-700 bg-white p-4">
          <h2 id="verify-error-summary" className="font-semibold text-red-800">
            {t("certificate.verify.errorSummary")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            <li>
              <a href="#code" className="text-red-800 underline">
                {error}
              </a>
            </li>
          </ul>
        </div>
      ) : null}
      <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
        <label htmlFor="code" className="block font-semibold">
          {t("certificate.verify.codeLabel")}
        </label>
        <p id="code-hint" className="mt-1 text-sm text-stone-600">
          {t("certificate.verify.codeHint")}
        </p>
        {error ? (
          <p id="code-error" className="mt-1 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <input
          id="code"
          name="code"
          type="text"
          defaultValue={value}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-describedby={error ? "code-hint code-error" : "code-hint"}
          aria-invalid={error ? true : undefined}
          className="mt-2 w-full max-w-md rounded border border-stone-500 px-3 py-2 font-mono text-lg tracking-wider"
        />
      </div>
      <button type="submit" className={PRIMARY_BUTTON}>
        {t("certificate.verify.submit")}
      </button>
    </form>
  );
}
