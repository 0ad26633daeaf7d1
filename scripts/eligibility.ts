// Eligibility from the command line, with no database and no server: the same JSON the API returns.
//   npm run -s eligibility -- request.json     (or `-` to read stdin)
// Exit 0 when the request is answered (eligible or not), 2 when it is invalid (error JSON on stdout)
// or when no input was named (usage on stderr).
import { readFileSync } from "node:fs";
import { answerEligibilityText } from "../lib/policy/answer";
import { todayInChina } from "../lib/policy/dates";

const USAGE = `usage: npm run -s eligibility -- <request.json | ->

Reads an eligibility request (contract ELIGIBILITY-V1, docs/api/ELIGIBILITY-V1.md) from the file,
or from stdin with "-", and prints the answer as one line of JSON.
exit 0: answered (eligible or not)   exit 2: invalid request, or no input given
example: npm run -s eligibility -- tests/fixtures/eligibility/chenzhou-central.json
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

async function main(args: string[]): Promise<number> {
  const source = args[0];
  if (source === "--help" || source === "-h") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (source === undefined || args.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = source === "-" ? await readStdin() : readFileSync(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    process.stderr.write(`eligibility: cannot read ${source} (${code})\n${USAGE}`);
    return 2;
  }
  // The boundary owns the clock: asOf defaults to today in China (UTC+8).
  const answer = answerEligibilityText({ text, today: todayInChina({ now: new Date() }) });
  process.stdout.write(`${JSON.stringify(answer.json)}\n`);
  return answer.status === 200 ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eligibility: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
