// The one test-database client. Integration tests (vitest) call `useTestDb()` (./use-test-db.ts) at the top
// of a file; E2E fixtures and CLIs call `openTestDb()` and disconnect it themselves. Relative imports and no
// vitest here: Playwright loads this file too.
import { createPrismaClient, type Db } from "../../lib/db";
import { databaseUrl } from "../../lib/db/connection";

export type { Db };

/** A client on DATABASE_URL (set by scripts/with-test-db.ts or scripts/test-all.ts); the caller disconnects it. */
export function openTestDb(): Db {
  return createPrismaClient(databaseUrl());
}
