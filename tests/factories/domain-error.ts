import { expect } from "vitest";
import type { DomainErrorCode } from "../../lib/errors";

/** Expects a domain call to fail with the given code: the same check as `rejects.toMatchObject({ code })`. */
export async function expectDomainError(call: Promise<unknown>, code: DomainErrorCode): Promise<void> {
  await expect(call).rejects.toMatchObject({ code });
}
