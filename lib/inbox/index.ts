// The inbox: one module for a user's notices. notify.ts writes them (in the transaction of the change they
// report) and names the channels; read.ts lists them, counts the unread and marks them read.
export * from "./notify";
export * from "./read";
