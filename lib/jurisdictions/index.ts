// The unit tree (jurisdiction → county → town → station) and every way the app reads it: where an
// application is handled, the places a resident names, a supervisor's subtree, the units a KPI page or a
// form offers, the admin tree. Pages and commands elsewhere in lib/ read units only through here.
export * from "./tree";
export * from "./placement";
export * from "./places";
export * from "./scope";
export * from "./stats-units";
export * from "./unit-tree";
export * from "./choices";
