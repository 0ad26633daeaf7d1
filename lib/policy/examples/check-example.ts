// Runs one example through the public entry point and compares the answer with its expectations.
// Shared by the unit tests; returns the problems instead of asserting so the caller reports them.
import { answerEligibility } from "../answer";
import type { EligibilityResponse } from "../types";
import type { EligibilityExample } from "./expectations";

/** The date the examples pretend is today; every example states its own asOf anyway. */
export const EXAMPLE_TODAY = "2019-06-01";

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function answerExample(example: EligibilityExample): EligibilityResponse {
  const answer = answerEligibility({ body: example.request, today: EXAMPLE_TODAY });
  if (answer.status !== 200) {
    throw new Error(`${example.id}: request rejected: ${JSON.stringify(answer.json)}`);
  }
  return answer.json;
}

export function checkExample(example: EligibilityExample): string[] {
  const json = answerExample(example);
  const problems: string[] = [];
  const { expect } = example;
  if (expect.eligible !== undefined && json.eligible !== expect.eligible) {
    problems.push(`eligible: expected ${expect.eligible}, got ${json.eligible}`);
  }
  if (expect.reason !== undefined && json.reason !== expect.reason) {
    problems.push(`reason: expected ${expect.reason}, got ${json.reason}`);
  }
  if (expect.policyId !== undefined && json.policy?.id !== expect.policyId) {
    problems.push(`policy: expected ${expect.policyId}, got ${json.policy?.id ?? null}`);
  }
  if (expect.pathways?.length === 0 && json.pathways.length !== 0) {
    problems.push(`pathways: expected none, got ${json.pathways.map((p) => p.id).join(", ")}`);
  }
  for (const want of expect.pathways ?? []) {
    const got = json.pathways.find((p) => p.id === want.id);
    if (want.listed === false) {
      if (got) problems.push(`${want.id}: expected not listed`);
      continue;
    }
    if (!got) {
      problems.push(`${want.id}: not listed`);
      continue;
    }
    if (got.eligible !== want.met) problems.push(`${want.id}: expected met=${want.met}, got ${got.eligible}`);
    for (const item of want.unmet ?? []) {
      const found = got.unmet.some(
        (u) =>
          u.fact === item.fact && (item.need === undefined || u.need === item.need) && (!("got" in item) || sameValue(u.got, item.got)),
      );
      if (!found) problems.push(`${want.id}: expected unmet ${JSON.stringify(item)}, got ${JSON.stringify(got.unmet)}`);
    }
  }
  for (const want of expect.members ?? []) {
    const got = json.members[want.index];
    if (!got) {
      problems.push(`member ${want.index}: missing`);
      continue;
    }
    if (got.eligible !== want.eligible) {
      problems.push(`member ${want.index} (${got.relation}): expected eligible=${want.eligible}, got ${JSON.stringify(got)}`);
    }
    if (want.pathwayId !== undefined && got.pathwayId !== want.pathwayId) {
      problems.push(`member ${want.index} (${got.relation}): expected via ${want.pathwayId}, got ${got.pathwayId}`);
    }
  }
  for (const code of expect.notes ?? []) {
    if (!json.notes.some((n) => n.code === code)) problems.push(`note ${code} missing`);
  }
  return problems;
}
