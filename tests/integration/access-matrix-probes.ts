// Every guarded action's domain call, by name: the probes the matrix tries with each actor.
import type { Probe } from "./access-matrix-actions-context";
import { ADMIN_PROBES } from "./access-matrix-probes-admin";
import { CASE_PROBES } from "./access-matrix-probes-cases";

export const PROBES: Record<string, Probe> = { ...CASE_PROBES, ...ADMIN_PROBES };
