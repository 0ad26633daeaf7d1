// `npm run db:seed`: loads the demo data into DATABASE_URL's database (idempotent) and prints one line.
import { getDb } from "@/lib/db";
import { formatSeedSummary, seedDemoData } from "@/prisma/seed";

async function main() {
  const db = getDb();
  try {
    const summary = await seedDemoData({ db, log: (line) => line.startsWith("seed warning") && console.warn(line) });
    console.log(formatSeedSummary(summary));
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  // The message is enough for the usual cause (no DATABASE_URL); DEBUG=1 shows where it came from.
  console.error(err instanceof Error ? (process.env.DEBUG ? err.stack : err.message) : err);
  process.exit(1);
});
