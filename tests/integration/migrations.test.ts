import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { diffIsEmpty, diffMigrationsToSchema, SCHEMA_PATH } from "@/lib/db/schema-engine";
import { databaseUrl } from "@/lib/db/connection";

describe("migrations", () => {
  it("produce exactly prisma/schema.prisma (the diff from migrations to schema is empty)", async () => {
    const sql = await diffMigrationsToSchema(databaseUrl());
    expect(diffIsEmpty(sql), `schema drift, create a migration:\n${sql}`).toBe(true);
  });

  it("would notice drift: a schema with an extra column gives a non-empty diff", async () => {
    const schema = fs
      .readFileSync(SCHEMA_PATH, "utf8")
      .replace("  ethnicity   String?\n", "  ethnicity   String?\n  nickname    String?\n");
    expect(schema).toContain("nickname");
    const sql = await diffMigrationsToSchema(databaseUrl(), schema);
    expect(diffIsEmpty(sql)).toBe(false);
    expect(sql).toContain('ADD COLUMN     "nickname" TEXT');
  });
});
