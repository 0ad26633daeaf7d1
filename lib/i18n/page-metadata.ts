import "server-only";
import type { Metadata } from "next";
import type { MessageKey } from "./index";
import { getT } from "./server";

/** The one way a page names itself: its title from the catalogue in the reader's language, plus any fixed extras. */
export function pageMetadata(key: MessageKey, extra: Omit<Metadata, "title"> = {}): () => Promise<Metadata> {
  return async () => {
    const { t } = await getT();
    return { title: t(key), ...extra };
  };
}
