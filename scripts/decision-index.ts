// Writes docs/decisions/README.md from the records (scripts/lib/decision-index.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DECISIONS_DIR, decisionIndex, readDecisionRecords } from "./lib/decision-index";

const records = readDecisionRecords();
writeFileSync(path.join(DECISIONS_DIR, "README.md"), decisionIndex(records));
console.log(`docs/decisions/README.md: ${records.length} records`);
