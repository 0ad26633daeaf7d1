import { afterAll } from "vitest";
import { openTestDb, type Db } from "./db";

/**
 * A test-database client for one vitest file, disconnected after all of the file's tests. Call it at the top
 * level, before the file's own hooks: vitest runs `afterAll` hooks in reverse order, so the file's own
 * cleanup still has the client.
 */
export function useTestDb(): Db {
  const db = openTestDb();
  afterAll(async () => db.$disconnect());
  return db;
}
