export * from "./calendar";
export * from "./case-clock";
export * from "./time-limits";
export * from "./coverage";
