// Building blocks of rules: a leaf tests one fact; `anyOf` holds alternatives. Leaves are built once
// when a pack module loads (closures over fixed accessors), so evaluating a request only calls them.
import { valueZh, valueEn } from "./value-labels";
import type { AnyOf, Boundary, Condition, Leaf, Parameter, UnmetItem } from "./types";

/** A fact of the subject: its request path, its name in both languages and how to read it. */
export interface FactRef<S, T> {
  readonly path: string;
  readonly labelZh: string;
  readonly labelEn: string;
  get(subject: S): T;
  /** Sentences for "n more months needed", where the fact is a count of months. */
  readonly shortfallZh?: (n: number) => string;
  readonly shortfallEn?: (n: number) => string;
}

export function fact<S, T>(ref: FactRef<S, T>): FactRef<S, T> {
  return ref;
}

function needing(labelZh: string, labelEn: string, got: unknown): { zh: string; en: string } {
  return {
    zh: `需要：${labelZh}（目前：${valueZh(got)}）`,
    en: `Needs: ${labelEn} (now: ${valueEn(got)})`,
  };
}

export function leaf<S>(spec: Omit<Leaf<S>, "type" | "explain"> & Partial<Pick<Leaf<S>, "explain">>): Leaf<S> {
  return {
    type: "leaf",
    explain: (got) => needing(spec.labelZh, spec.labelEn, got),
    ...spec,
  };
}

/** A count of months at or above a cited threshold ("以上"/"满" include the number itself). */
export function atLeast<S>(options: { fact: FactRef<S, number>; parameter: Parameter }): Leaf<S> {
  const { fact: f, parameter } = options;
  const min = parameter.value;
  const boundary: Boundary<S> = {
    describe: `${f.path} = ${min} (met) and ${min - 1} (unmet)`,
    at: (s) => f.get(s) === min,
    below: (s) => f.get(s) === min - 1,
  };
  return {
    type: "leaf",
    fact: f.path,
    need: `>= ${min}`,
    labelZh: `${f.labelZh}不少于 ${min} 个月`,
    labelEn: `${f.labelEn}: at least ${min}`,
    parameter,
    boundary,
    test: (s) => f.get(s) >= min,
    got: (s) => f.get(s),
    explain: (got) => {
      const n = min - Number(got);
      return {
        zh: f.shortfallZh ? f.shortfallZh(n) : `${f.labelZh}还差 ${n} 个月`,
        en: f.shortfallEn ? f.shortfallEn(n) : `${f.labelEn}: ${n} more needed`,
      };
    },
  };
}

export function isTrue<S>(options: { fact: FactRef<S, boolean>; labelZh?: string; labelEn?: string }): Leaf<S> {
  const f = options.fact;
  return leaf({
    fact: f.path,
    need: "true",
    labelZh: options.labelZh ?? f.labelZh,
    labelEn: options.labelEn ?? f.labelEn,
    test: (s) => f.get(s) === true,
    got: (s) => f.get(s),
  });
}

export function isFalse<S>(options: { fact: FactRef<S, boolean>; labelZh: string; labelEn: string }): Leaf<S> {
  const f = options.fact;
  return leaf({
    fact: f.path,
    need: "false",
    labelZh: options.labelZh,
    labelEn: options.labelEn,
    test: (s) => f.get(s) === false,
    got: (s) => f.get(s),
  });
}

export function isOneOf<S, T>(options: { fact: FactRef<S, T>; values: readonly T[]; labelZh: string; labelEn: string }): Leaf<S> {
  const f = options.fact;
  const allowed = new Set<T>(options.values);
  return leaf({
    fact: f.path,
    need: options.values.length === 1 ? `= ${String(options.values[0])}` : `one of ${options.values.join(", ")}`,
    labelZh: options.labelZh,
    labelEn: options.labelEn,
    test: (s) => allowed.has(f.get(s)),
    got: (s) => f.get(s),
  });
}

export function isNot<S, T>(options: { fact: FactRef<S, T>; value: T; labelZh: string; labelEn: string }): Leaf<S> {
  const f = options.fact;
  return leaf({
    fact: f.path,
    need: `!= ${String(options.value)}`,
    labelZh: options.labelZh,
    labelEn: options.labelEn,
    test: (s) => f.get(s) !== options.value,
    got: (s) => f.get(s),
  });
}

export function anyOf<S>(spec: Omit<AnyOf<S>, "type">): AnyOf<S> {
  return { type: "anyOf", ...spec };
}

function unmetItem<S>(l: Leaf<S>, subject: S, prefix: string): UnmetItem {
  const got = l.got(subject);
  const message = l.explain(got);
  const need = l.needFor === undefined ? l.need : l.needFor(subject);
  const fact = l.factFor === undefined ? l.fact : l.factFor(subject);
  return { fact: prefix + fact, need, got, messageZh: message.zh, messageEn: message.en };
}

// collectUnmet and allMet run for every pathway of every request: positional arguments here spare an
// options object per call on the hot path (the one exception to README house rule 1, the options object).

/**
 * Appends every unmet fact to `out` and returns the distance to meeting the conditions: the number of
 * facts still to change, counting for alternatives only the closest option. Ranking uses the distance.
 */
export function collectUnmet<S>(conditions: readonly Condition<S>[], subject: S, prefix: string, out: UnmetItem[]): number {
  let distance = 0;
  for (const c of conditions) {
    if (c.type === "leaf") {
      if (!c.test(subject)) {
        out.push(unmetItem(c, subject, prefix));
        distance++;
      }
      continue;
    }
    if (c.options.some((o) => o.all.every((l) => l.test(subject)))) continue;
    let closest = Infinity;
    for (const option of c.options) {
      let missing = 0;
      for (const l of option.all) {
        if (l.test(subject)) continue;
        missing++;
        out.push({ ...unmetItem(l, subject, prefix), anyOf: c.id, option: option.label });
      }
      closest = Math.min(closest, missing);
    }
    distance += closest;
  }
  return distance;
}

export function allMet<S>(conditions: readonly Condition<S>[], subject: S): boolean {
  for (const c of conditions) {
    if (c.type === "leaf" ? !c.test(subject) : !c.options.some((o) => o.all.every((l) => l.test(subject)))) {
      return false;
    }
  }
  return true;
}

/** Every leaf, alternatives included — for the invariant tests and the coverage test. */
export function leavesOf<S>(conditions: readonly Condition<S>[]): Leaf<S>[] {
  return conditions.flatMap((c) => (c.type === "leaf" ? [c] : c.options.flatMap((o) => [...o.all])));
}

export interface ConditionDescription {
  labelZh: string;
  labelEn: string;
  fact?: string;
  need?: string;
  parameter?: Parameter;
  anyOf?: { label: string; all: ConditionDescription[] }[];
}

/** Human-readable conditions for the policy library page. */
export function describeConditions<S>(options: {
  conditions: readonly Condition<S>[];
  /** Prepended to member facts, e.g. "members[*].". */
  prefix?: string;
}): ConditionDescription[] {
  const { conditions, prefix = "" } = options;
  const describeLeaf = (l: Leaf<S>): ConditionDescription => ({
    labelZh: l.labelZh,
    labelEn: l.labelEn,
    fact: prefix + l.fact,
    need: l.need,
    ...(l.parameter ? { parameter: l.parameter } : {}),
  });
  return conditions.map((c) =>
    c.type === "leaf"
      ? describeLeaf(c)
      : {
          labelZh: c.labelZh,
          labelEn: c.labelEn,
          anyOf: c.options.map((o) => ({ label: o.label, all: o.all.map(describeLeaf) })),
        },
  );
}
