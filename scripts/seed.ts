// `npm run db:seed`: loads the demo data into DATABASE_URL's database (idempotent) and prints one line.
import { databaseUrl } from "@/lib/db/connection";
import { formatSeedSummary } from "@/prisma/seed";
import { seedDatabase } from "./lib/seed";

async function main() {
  console.log(formatSeedSummary(await seedDatabase(databaseUrl())));
}

main().catch((err) => {
  // The message is enough for the usual cause (no DATABASE_URL); DEBUG=1 shows where it came from.
  console.error(err instanceof Error ? (process.env.DEBUG ? err.stack : err.message) : err);
  process.exit(1);
});
