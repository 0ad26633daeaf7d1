import { expect } from "vitest";
import { DomainError, type DomainErrorCode } from "../../lib/errors";

/** Expects a domain call to fail with the given code: the same check as `rejects.toMatchObject({ code })`. */
export async function expectDomainError(call: Promise<unknown>, code: DomainErrorCode): Promise<void> {
  await expect(call).rejects.toMatchObject({ code });
}

/** The code a domain call fails with, "OK" when it succeeds; anything but a DomainError is thrown on. */
export async function domainErrorCode(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

/** The code and details a domain call fails with, null when it succeeds; anything but a DomainError is thrown on. */
export async function domainErrorOf(call: Promise<unknown>): Promise<{ code: string; details: string[] } | null> {
  try {
    await call;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  return null;
}
