// The portal's button looks, as class strings for a <button> or a link that acts as one. Margins and
// widths stay with the caller, written before the look (`mt-3 ${OUTLINE_LINK}`).

/** The main action of a page or form. */
export const PRIMARY_BUTTON = "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800";

/** The action of a filter bar (a GET form above a list or figures). */
export const FILTER_BUTTON = "rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

/** An action on one row or card of a list. */
export const ROW_BUTTON = "rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800";

/** A large way in beside the main one (landing page): outlined, not filled. */
export const OUTLINE_LINK = "inline-block rounded border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50";
