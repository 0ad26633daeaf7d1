// The authorization matrix (issue #9, "Proofs"): every page, route handler and server action of the
// portal, with the permission it needs and whether a row decides (scope). The expected answer for each
// of eight actors is GENERATED from lib/auth/permissions.ts — not written out by hand — so the matrix
// moves with the permissions table, and tests/unit/access-matrix.test.ts fails when a page, route or
// action exists without an entry here. Exercised by e2e/security/matrix.spec.ts (pages and routes
// over HTTP) and tests/integration/access-matrix-actions.test.ts (actions through their domain calls).
// docs/decisions/0230.
// The matrix in four files: the model (actors, entry types, the expected-answer rule), the pages and routes, the
// actions, and round two. Importers use this file.
export * from "./access-matrix-model";
export * from "./access-matrix-pages";
export * from "./access-matrix-actions";
export * from "./access-matrix-round-two";
