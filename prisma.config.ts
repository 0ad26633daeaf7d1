import path from "node:path";
import { defineConfig } from "prisma/config";

// The datasource URL is resolved at run time (lib/db/connection.ts); the CLI commands we use
// here (generate, validate, format) need no database.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
